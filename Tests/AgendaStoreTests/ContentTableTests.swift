import Foundation
import Testing

@testable import AgendaStore

/// The hash that finds a content again: 64-bit FNV-1a as 16 hexadecimal digits.
@Suite struct ContentTableTests {
    @Test(arguments: [
        ("", "cbf29ce484222325"),
        ("a", "af63dc4c8601ec8c"),
        ("foobar", "85944171f73967e8"),
    ])
    func knownVectors(input: String, hash: String) {
        #expect(ContentTable.fnv1a(Data(input.utf8)) == hash)
    }

    @Test func leadingZerosAreKept() {
        // FNV-1a 64 of "10" is 07f89207b4ba08a4: its first digit is 0.
        #expect(ContentTable.fnv1a(Data("10".utf8)) == "07f89207b4ba08a4")
    }

    @Test func everyHashHasSixteenLowercaseHexDigits() {
        for count in 0..<200 {
            let hash = ContentTable.fnv1a(Sample.bytes(count, seed: UInt8(count % 256)))
            #expect(hash.count == 16)
            #expect(hash.allSatisfy { "0123456789abcdef".contains($0) })
        }
    }
}
