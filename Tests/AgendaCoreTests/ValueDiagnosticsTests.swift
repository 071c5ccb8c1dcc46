import TestSupport
import Testing

@testable import AgendaCore

/// Ids, periods, money, weights and shares.
@Suite struct ValueDiagnosticsTests {
    @Test func duplicateActionId() throws {
        let lines = try AgendaFixture.lines(Base.with("  - id: valpreventie", "  - id: ontmoeting-laak"))
        #expect(lines.contains("agenda.yaml:39:9: error: duplicate action id 'ontmoeting-laak'"))
        #expect(lines.contains("agenda.yaml:30:9: note: 'ontmoeting-laak' is first defined here"))
    }

    @Test func duplicatePartnerId() throws {
        let lines = try AgendaFixture.lines(Base.with("{id: ggd, name: GGD", "{id: xtra, name: GGD"))
        #expect(lines.contains("agenda.yaml:22:10: error: duplicate partner id 'xtra'"))
        #expect(lines.contains("agenda.yaml:21:10: note: 'xtra' is first defined here"))
    }

    @Test func duplicateMunicipalityId() throws {
        let lines = try AgendaFixture.lines(Base.with("    - id: delft", "    - id: den-haag"))
        #expect(lines.contains("agenda.yaml:17:11: error: duplicate municipality id 'den-haag'"))
    }

    @Test func nonSlugIdGetsASlugSuggestion() throws {
        let lines = try AgendaFixture.lines(Base.with("{id: xtra, name: Xtra", "{id: Xtra Welzijn, name: Xtra"))
        #expect(
            lines.contains(
                "agenda.yaml:21:10: error: 'Xtra Welzijn' is not a valid partner id; ids use lower-case letters, "
                    + "digits and '-'; did you mean 'xtra-welzijn'?"
            ))
    }

    @Test func reversedPeriod() throws {
        let lines = try AgendaFixture.lines(Base.with("  period: 2025-2026", "  period: 2026-2025"))
        #expect(
            lines.contains(
                "agenda.yaml:4:11: error: the agenda's period runs backwards: 2026 is after 2025; did you mean "
                    + "2025-2026?"
            ))
    }

    @Test func reversedCostYears() throws {
        let lines = try AgendaFixture.lines(Base.with("years: 2025-2026}", "years: 2026-2025}"))
        #expect(
            lines.contains(
                "agenda.yaml:46:36: error: the cost's period runs backwards: 2026 is after 2025; did you mean "
                    + "2025-2026?"
            ))
    }

    @Test func costOutsideThePeriod() throws {
        let lines = try AgendaFixture.lines(Base.with("{2025: 50000, 2026: 50000}", "{2025: 50000, 2027: 50000}"))
        #expect(lines.contains("agenda.yaml:38:25: error: cost in 2027 lies outside the agenda's period 2025-2026"))
    }

    @Test func costPerYearOutsideThePeriod() throws {
        let lines = try AgendaFixture.lines(Base.with("years: 2025-2026}", "years: 2025-2027}"))
        #expect(lines.contains("agenda.yaml:46:36: error: cost in 2027 lies outside the agenda's period 2025-2026"))
    }

    @Test func budgetOutsideThePeriod() throws {
        let lines = try AgendaFixture.lines(Base.with("2026: 100000}", "2026: 100000, 2029: 5000}"))
        #expect(lines.contains("agenda.yaml:28:42: error: budget for 2029 lies outside the agenda's period 2025-2026"))
    }

    @Test func negativeMoney() throws {
        let lines = try AgendaFixture.lines(Base.with("{2025: 50000, 2026: 50000}", "{2025: -50000, 2026: 50000}"))
        #expect(lines.contains("agenda.yaml:38:18: error: the cost of 2025 cannot be negative, found -50000"))
    }

    @Test func negativeWeight() throws {
        let text = Base.with("title: Ontmoeting}", "title: Ontmoeting, weight: -2}")
        let lines = try AgendaFixture.lines(text)
        #expect(
            lines.contains(
                "agenda.yaml:\(position(of: "-2}", in: text)): error: the goal's weight runs from 0 to 100, found -2"))
    }

    @Test func negativePlanningWeight() throws {
        let lines = try AgendaFixture.lines(Base.plus("planning:\n  weights:\n    pillars: {content: -1}\n"))
        #expect(lines.contains("agenda.yaml:49:24: error: the weight of 'content' runs from 0 to 100, found -1"))
    }

    @Test func shareIndicatorAboveOne() throws {
        let lines = try AgendaFixture.lines(Base.with("lonely: 0.5}", "lonely: 43}"))
        #expect(
            lines.contains("agenda.yaml:14:53: error: 'lonely' is a share from 0 to 1, found 43; did you mean 0.43?"))
    }

    @Test func maxShareAboveOne() throws {
        let text = Base.with("    funder: Gemeente", "    funder: Gemeente\n    max-share: 43")
        let lines = try AgendaFixture.lines(text)
        #expect(
            lines.contains("agenda.yaml:28:16: error: 'max-share' is a share from 0 to 1, found 43; did you mean 0.43?")
        )
    }

    @Test func decimalCommaInAShare() throws {
        let text = Base.with("    funder: Gemeente", "    funder: Gemeente\n    max-share: 0,8")
        let lines = try AgendaFixture.lines(text)
        #expect(
            lines.contains(
                "agenda.yaml:28:16: error: expected a number for 'max-share', found the text '0,8'; did you mean "
                    + "0.8? (use a decimal point)"
            ))
    }

    @Test func targetNeedsOneBound() throws {
        let text = Base.with(
            "title: Ontmoeting}", "title: Ontmoeting, target: {indicator: lonely, at-least: 0.1, at-most: 0.3}}")
        let lines = try AgendaFixture.lines(text)
        #expect(
            lines.contains(
                "agenda.yaml:\(position(of: "at-most", in: text)): error: a target has either 'at-least' or "
                    + "'at-most', not both"
            ))
    }

    @Test func emptyCost() throws {
        let lines = try AgendaFixture.lines(Base.with("{2025: 50000, 2026: 50000}", "{}"))
        #expect(lines.contains("agenda.yaml:38:11: error: the cost names no year; write e.g. {2025: 60000}"))
    }

    @Test func negativeCostIsNotAlsoAnEmptyCost() throws {
        let lines = try AgendaFixture.lines(Base.with("{2025: 50000, 2026: 50000}", "{2025: -5}"))
        #expect(
            lines.filter { $0.contains("error:") } == [
                "agenda.yaml:38:18: error: the cost of 2025 cannot be negative, found -5"
            ])
    }

    @Test func commitmentSpanningThePeriodIsInside() throws {
        let text = Base.with(
            "kind: welfare}", "kind: welfare, commitment: {hours-per-year: 100, from: 2020, to: 2030}}")
        #expect(try AgendaFixture.lines(text) == [])
    }

    @Test func commitmentBeforeThePeriodIsFlagged() throws {
        let text = Base.with(
            "kind: welfare}", "kind: welfare, commitment: {hours-per-year: 100, from: 2020, to: 2022}}")
        let lines = try AgendaFixture.lines(text)
        #expect(
            lines == [
                "agenda.yaml:\(position(of: "{hours", in: text)): warning: Xtra's commitment (2020-2022) lies "
                    + "outside the agenda's period 2025-2026"
            ])
    }
}
