import AgendaModules
import AgendaRules
import Foundation
import TestSupport
import Testing

@testable import AgendaCore

/// The weaker spots issue 14 lists beside its classes: each a clear, located message instead of a
/// misleading one, a silent default or a run that takes minutes.
@Suite struct FormatEdgeTests {
    // MARK: YAML

    @Test func aDuplicateKeyInAFlowMappingPointsAtTheRepeat() throws {
        let text = Base.with("{id: xtra, name: Xtra, kind: welfare}", "{id: xtra, name: Xtra, kind: welfare, name: X}")
        let lines = try AgendaFixture.lines(text)
        #expect(
            lines.contains(
                "agenda.yaml:\(position(of: "name: X}", in: text)): error: duplicate key 'name' in this mapping"))
        #expect(
            lines.contains("agenda.yaml:\(position(of: "name: Xtra", in: text)): note: 'name' was first given here"))
    }

    @Test func aDuplicateKeyInAFlowMappingOverLinesSkipsNestedAndQuotedText() throws {
        let text = Base.plus("themes:\n  - {id: a, title: \"x, id: y\",\n     note: {id: z}, # id: w\n     id: b}\n")
        let lines = try AgendaFixture.lines(text)
        #expect(
            lines.contains("agenda.yaml:\(position(of: "id: b}", in: text)): error: duplicate key 'id' in this mapping")
        )
        #expect(lines.contains("agenda.yaml:\(position(of: "id: a,", in: text)): note: 'id' was first given here"))
    }

    @Test func aStrTagMakesANumberText() throws {
        let text = Base.with("    lead: ggd\n", "    lead: ggd\n    reach: !!str 100000\n")
        let lines = try AgendaFixture.lines(text)
        #expect(
            lines.contains(
                "agenda.yaml:\(position(of: "!!str", in: text)): error: expected a whole number for reach, found the "
                    + "text '100000'"), "\(lines)")
    }

    @Test func anyOtherTagIsRefused() throws {
        let text = Base.with("    lead: ggd\n", "    lead: ggd\n    reach: !!int 100000\n")
        let lines = try AgendaFixture.lines(text)
        #expect(
            lines.contains(
                "agenda.yaml:\(position(of: "!!int", in: text)): error: the YAML tag '!!int' is not used in agendas"))
        let custom = try AgendaFixture.lines(Base.with("title: Valpreventie", "title: !python/object Valpreventie"))
        #expect(custom.contains { $0.contains("error: the YAML tag '!python/object' is not used in agendas") })
    }

    @Test func aMillionStrayKeysAreCountedNotListed() throws {
        var text = Base.text
        for index in 0..<5_000 { text += "stray\(index): 1\n" }
        let lines = try AgendaFixture.lines(text).filter { $0.contains("error:") }
        #expect(lines.count == ValueReader.unknownKeyLimit + 1)
        #expect(
            lines.last
                == "agenda.yaml:\(position(of: "stray20:", in: text)): error: 4,980 more unknown keys in an agenda "
                + "file, from here on; the first 20 are reported above")
    }

    // MARK: Lists that may not be empty

    @Test func anActionThatIsNowhere() throws {
        let text = Base.with("where: [delft]", "where: []")
        #expect(
            try AgendaFixture.lines(text).contains(
                "agenda.yaml:\(position(of: "[]", in: text)): error: 'where' is an empty list, which places the action "
                    + "nowhere"))
    }

    @Test func aRegionWithoutMunicipalities() throws {
        let start = Base.text.range(of: "  municipalities:\n")!
        let end = Base.text.range(of: "partners:\n")!
        let text = Base.text.replacingCharacters(
            in: start.lowerBound..<end.lowerBound, with: "  municipalities: []\n"
        )
        .replacingOccurrences(of: "where: [den-haag/laak]", with: "where: [all]")
        .replacingOccurrences(of: "where: [delft]", with: "where: [all]")
        let lines = try AgendaFixture.lines(text)
        #expect(
            lines.contains(
                "agenda.yaml:\(position(of: "[]", in: text)): error: 'municipalities' is an empty list, which leaves "
                    + "the region without municipalities"), "\(lines)")
    }

    @Test(arguments: ["domains", "pillars", "municipalities"])
    func aSourceEligibleForNothing(_ key: String) throws {
        let text = Base.with("    funder: Gemeente", "    funder: Gemeente\n    eligible: {\(key): []}")
        let lines = try AgendaFixture.lines(text)
        #expect(
            lines == [
                "agenda.yaml:\(position(of: "[]", in: text)): error: '\(key)' is an empty list, which makes the source "
                    + "pay for nothing",
                "agenda.yaml:\(position(of: "[]", in: text)): note: list the \(key) it pays for, or write 'all' (or "
                    + "leave '\(key)' out)",
            ])
    }

    @Test func anEmptyFundingFromAndServes() throws {
        let text = Base.with("    lead: ggd\n", "    lead: ggd\n    funding-from: []\n")
            .replacingOccurrences(
                of: "{id: xtra, name: Xtra, kind: welfare}", with: "{id: xtra, name: Xtra, kind: welfare, serves: []}")
        let lines = try AgendaFixture.lines(text).filter { $0.contains("error:") }
        #expect(lines.count == 2)
        #expect(lines.contains { $0.contains("'funding-from' is an empty list, which lets no source pay") })
        #expect(lines.contains { $0.contains("'serves' is an empty list, which says the partner works in no") })
    }

    // MARK: Values

    @Test func anAllocationKeyOfZerosIsAnError() throws {
        let text =
            Base.with("residents-75plus: 32000", "residents-75plus: 0")
            .replacingOccurrences(of: "residents-75plus: 9000", with: "residents-75plus: 0")
            + "planning:\n  allocation-key: {indicator: residents-75plus, min-share: 0.5}\n"
        #expect(
            try AgendaFixture.lines(text).contains(
                "agenda.yaml:\(position(of: "residents-75plus, min-share", in: text)): error: every municipality has 0 "
                    + "for 'residents-75plus', the allocation key, so it would share nothing and the fairness floor "
                    + "would be off"))
    }

    @Test func aShareAboveOneWithDecimalsSuggestsNothing() throws {
        let text = Base.with("    funder: Gemeente", "    funder: Gemeente\n    max-share: 1.5")
        #expect(
            try AgendaFixture.lines(text).contains(
                "agenda.yaml:28:16: error: 'max-share' is a share from 0 to 1, found 1.5"))
    }

    @Test func spacesBetweenThousandsAreNamed() throws {
        let text = Base.with("budget: {2025: 100000,", "budget: {2025: 100 000,")
        #expect(
            try AgendaFixture.lines(text).contains(
                "agenda.yaml:\(position(of: "100 000", in: text)): error: expected a whole number of euros for the "
                    + "budget of 2025, found the text '100 000'; did you mean 100000? (leave out the spaces)"))
    }

    @Test func aTitleLongerThanTheLimitSaysTheLimit() throws {
        let title = String(repeating: "a", count: 4_000)
        let text = Base.with("title: Valpreventie", "title: \(title)")
        #expect(
            try AgendaFixture.lines(text).contains(
                "agenda.yaml:\(position(of: title, in: text)): error: the action's title is 4,000 characters long; it "
                    + "may be at most 200"))
    }

    @Test func anIdLongerThanTheLimitSaysTheLimit() throws {
        let id = String(repeating: "a", count: 101)
        let text = Base.with("id: valpreventie", "id: \(id)")
        #expect(
            try AgendaFixture.lines(text).contains {
                $0.hasPrefix("agenda.yaml:\(position(of: id, in: text)): error: action id is 101 characters long")
            })
    }
}
