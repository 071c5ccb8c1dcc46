import TestSupport
import Testing

@testable import AgendaCore

/// Keys and types: unknown keys, missing keys, wrong types, each at the exact key or value.
@Suite struct StructureDiagnosticsTests {
    @Test func baseAgendaIsClean() throws {
        #expect(try AgendaFixture.lines(Base.text) == [])
    }

    @Test func unknownKeySuggestsTheClosestKey() throws {
        let lines = try AgendaFixture.lines(Base.with("    title: Ontmoeting in Laak", "    titel: Ontmoeting in Laak"))
        #expect(lines.contains("agenda.yaml:31:5: error: unknown key 'titel' in an action; did you mean 'title'?"))
        #expect(lines.contains("agenda.yaml:30:5: error: an action is missing required key 'title'"))
    }

    @Test func unknownKeyWithoutNearMatchListsTheKeys() throws {
        let lines = try AgendaFixture.lines(Base.with("  title: Test agenda", "  budgetline: Test agenda"))
        #expect(lines.contains("agenda.yaml:3:3: error: unknown key 'budgetline' in the 'agenda' section"))
        #expect(
            lines.contains(
                "agenda.yaml:3:3: note: the 'agenda' section may have: id, title, horizon, description, period, "
                    + "language, coordinator, status, adopted-on, include, modules"
            ))
    }

    @Test func unknownTopLevelSection() throws {
        let lines = try AgendaFixture.lines(Base.plus("acties: []\n"))
        #expect(
            lines.contains("agenda.yaml:47:1: error: unknown key 'acties' in an agenda file; did you mean 'actions'?"))
    }

    @Test func unknownKeyInIndicatorUsesContractSpelling() throws {
        let text = Base.with("unit: share, higher_is: worse", "unit: share, higher-is: worse")
        let lines = try AgendaFixture.lines(text)
        #expect(
            lines.contains(
                "agenda.yaml:\(position(of: "higher-is", in: text)): error: unknown key 'higher-is' in indicator "
                    + "'lonely'; did you mean 'higher_is'?"
            ))
    }

    @Test func missingRequiredFields() throws {
        let lines = try AgendaFixture.lines(Base.with("    lead: ggd\n", ""))
        #expect(lines.contains("agenda.yaml:39:5: error: an action is missing required key 'lead'"))
    }

    @Test func missingSeveralRequiredFieldsAreNamedTogether() throws {
        let lines = try AgendaFixture.lines(Base.with("  - {id: ggd, name: GGD, kind: public-health}", "  - {id: ggd}"))
        #expect(lines.contains("agenda.yaml:22:5: error: a partner is missing required keys 'name', 'kind'"))
    }

    @Test func listWhereAMappingIsExpected() throws {
        let lines = try AgendaFixture.lines(Base.with("    partners: [ggd]", "    partners: {ggd: 1}"))
        #expect(lines.contains("agenda.yaml:37:15: error: expected a list of partners, found a mapping"))
    }

    @Test func budgetAsAList() throws {
        let lines = try AgendaFixture.lines(Base.with("budget: {2025: 100000, 2026: 100000}", "budget: [100000]"))
        #expect(
            lines.contains(
                "agenda.yaml:28:13: error: expected the budget as a mapping of years to euros, e.g. {2025: 60000}, "
                    + "found a list"
            ))
    }

    @Test func textWhereMoneyIsExpected() throws {
        let lines = try AgendaFixture.lines(Base.with("{2025: 50000, 2026: 50000}", "{2025: veel, 2026: 50000}"))
        #expect(
            lines.contains(
                "agenda.yaml:38:18: error: expected a whole number of euros for the cost of 2025, found the text 'veel'"
            ))
    }

    @Test func dutchNotationWhereMoneyIsExpected() throws {
        let text = Base.with("{2025: 50000, 2026: 50000}", "{2025: 1.500.000, 2026: '60,000'}")
        let lines = try AgendaFixture.lines(text)
        #expect(
            lines.contains(
                "agenda.yaml:38:18: error: expected a whole number of euros for the cost of 2025, found the text "
                    + "'1.500.000'; did you mean 1500000? (leave out thousands separators)"
            ))
        #expect(
            lines.contains(
                "agenda.yaml:\(position(of: "'60,000'", in: text)): error: expected a whole number of euros for the "
                    + "cost of 2026, found the text '60,000'; did you mean 60000? (leave out thousands separators)"
            ))
    }

    @Test func fractionalEuros() throws {
        let lines = try AgendaFixture.lines(Base.with("{2025: 50000, 2026: 50000}", "{2025: 50000.5, 2026: 50000}"))
        #expect(
            lines.contains("agenda.yaml:38:18: error: the cost of 2025 must be a whole number of euros, found 50000.5"))
    }

    @Test func yesIsNotABoolean() throws {
        let text = Base.with("    funder: Gemeente", "    funder: Gemeente\n    carry-over: ja")
        let lines = try AgendaFixture.lines(text)
        #expect(
            lines.contains(
                "agenda.yaml:\(position(of: "ja", in: text)): error: expected true or false for 'carry-over', found "
                    + "the text 'ja'; did you mean true?"
            ))
    }

    @Test func wordOutsideItsVocabulary() throws {
        let lines = try AgendaFixture.lines(
            Base.with(
                "    pillar: content\n    goals: [ontmoeting]\n    where: [delft]",
                "    pillar: inhoud\n    goals: [ontmoeting]\n    where: [delft]"))
        #expect(lines.contains("agenda.yaml:42:13: error: 'inhoud' is not a valid pillar"))
        #expect(lines.contains("agenda.yaml:42:13: note: pillar is one of: content, organisation, funding"))
    }

    @Test func nearMissOfAWordGetsASuggestion() throws {
        let text = Base.with(
            "    cost: {per-year: 20000, years: 2025-2026}",
            "    cost: {per-year: 20000, years: 2025-2026}\n    evidence: effective-god")
        let lines = try AgendaFixture.lines(text)
        #expect(
            lines.contains(
                "agenda.yaml:47:15: error: 'effective-god' is not a valid evidence level; did you mean "
                    + "'effective-good'?"
            ))
    }

    @Test func rootMustBeAMapping() throws {
        let lines = try AgendaFixture.lines("- just\n- a list\n")
        #expect(
            lines == ["agenda.yaml:1:1: error: expected an agenda file (a mapping of keys to values), found a list"])
    }

    @Test func sectionMustBeAList() throws {
        let lines = try AgendaFixture.lines(
            Base.with(
                "partners:\n  - {id: xtra, name: Xtra, kind: welfare}\n  - {id: ggd, name: GGD, kind: public-health}",
                "partners:\n  xtra: {name: Xtra, kind: welfare}\n  ggd: {name: GGD, kind: public-health}"))
        #expect(lines.contains("agenda.yaml:21:3: error: expected 'partners' to be a list, found a mapping"))
    }
}
