import AgendaRules
import Testing

/// `RuleInput` keeps a number as given and formats it when its text is read: the text is the one
/// formatting at once gave (four decimals, `ValueReader.format`), and inputs compare and hash by
/// name and text, however they were made.
@Suite struct RuleInputTests {
    @Test func aNumberReadsAsItsFormattedText() {
        for number in [0.0, 3, -2.5, 1.23456789, 0.00004, 0.00005, 1e15, 123_456.78915] {
            let input = RuleInput("share", number)
            #expect(input.value == ValueReader.format((number * 10_000).rounded() / 10_000), "\(number)")
        }
        #expect(RuleInput("share", 1.23456789).value == "1.2346")
        #expect(RuleInput("count", 12).value == "12")
    }

    @Test func inputsCompareAndHashByText() {
        let number = RuleInput("share", 0.25)
        let text = RuleInput("share", "0.25")
        #expect(number == text)
        #expect(Set([number, text]).count == 1)
        #expect(number != RuleInput("share", 0.5))
        #expect(number != RuleInput("other", 0.25))
    }

    @Test func settingTheTextReplacesTheNumber() {
        var input = RuleInput("share", 0.25)
        input.value = "a quarter"
        #expect(input.value == "a quarter")
        #expect(input == RuleInput("share", "a quarter"))
    }
}
