import AgendaRules
import Foundation
import Testing

@testable import AgendaCore

/// `ValueReader.format`, which every rule's inputs pass through: plain numbers, six decimals at
/// most, the same digits as Foundation's `String(format: "%.6f")` it replaced for speed.
@Suite struct ValueFormatTests {
    /// What the format gave before: `%.6f` by Foundation, trailing zeros and point dropped.
    static func foundation(_ number: Double) -> String {
        if number.rounded() == number, abs(number) < 1e15 { return String(Int(number)) }
        var text = String(format: "%.6f", number)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    @Test func wholeAndPlainNumbers() {
        #expect(ValueReader.format(3) == "3")
        #expect(ValueReader.format(-0.0) == "0")
        #expect(ValueReader.format(0.5) == "0.5")
        #expect(ValueReader.format(1.25) == "1.25")
        #expect(ValueReader.format(-2.0000004) == "-2")
        #expect(ValueReader.format(0.0000026) == "0.000003")
        #expect(ValueReader.format(0.0000001) == "0")
        #expect(ValueReader.format(1e15 + 0.5) == "1000000000000000.5")
    }

    /// Numbers too long for the fast path (more than 40 characters) and the non-finite ones.
    @Test func longAndNonFiniteNumbers() {
        for number in [1e40 + 1, -1e300, 1.5e35, Double.infinity, -Double.infinity, Double.nan] {
            #expect(ValueReader.format(number) == Self.foundation(number), "\(number)")
        }
    }

    /// A fixed sequence of numbers from a billionth to a billion, so a failure names its number.
    @Test func randomNumbersMatchFoundation() {
        var random = SplitMix64(seed: 0x5EED)
        for _ in 0..<20_000 {
            let draw = random.next()
            let magnitude = pow(10, Double(Int(draw % 19)) - 9)
            let number = (random.unit() - 0.5) * magnitude
            #expect(ValueReader.format(number) == Self.foundation(number), "\(number)")
        }
    }
}
