import TestSupport
import Testing

@testable import AgendaCore

/// Scenarios are parsed and checked (applying them is the planner's job).
@Suite struct ScenarioDiagnosticsTests {
    @Test func validScenarioLoads() throws {
        let text = Base.plus(
            """
            scenarios:
              - id: bezuiniging
                title: 10% minder
                budget:
                  - {source: wmo, scale: 0.9}
                  - {source: wmo, year: 2026, set: 0}
                  - {source: extra, add: {2026: 5000}}
                add-funding:
                  - {id: extra, funder: Fonds, budget: {2025: 1000}}
                weights: {domains: {prevention: 1.5}}
                drop: [valpreventie]
                commit: [ontmoeting-laak]

            """)
        let result = try AgendaFixture(files: ["agenda.yaml": text]).load()
        #expect(result.diagnostics.isEmpty)
        let scenario = try #require(result.agenda?.scenarios.first)
        #expect(scenario.budget.count == 3)
        #expect(scenario.budget[0].operation == .scale(0.9))
        #expect(scenario.budget[1].operation == .set(0))
        #expect(scenario.budget[1].year?.value == 2026)
        guard case .add(let added) = scenario.budget[2].operation else {
            Issue.record("expected an add")
            return
        }
        #expect(added.entries.map(\.year) == [2026] && added.entries.map(\.euros) == [5000])
        #expect(scenario.addFunding.map(\.id) == ["extra"])
        #expect(scenario.drop.map(\.value) == ["valpreventie"])
        #expect(scenario.commit.map(\.value) == ["ontmoeting-laak"])
    }

    @Test func scenarioNamingUnknownThings() throws {
        let text = Base.plus(
            """
            scenarios:
              - id: fout
                title: Fout
                budget:
                  - {source: wmoo, scale: 0.9}
                  - {source: wmo, year: 2030, set: 0}
                weights: {domains: {preventie: 2}}
                drop: [valpreventi]
                commit: [ontmoeting]

            """)
        let lines = try AgendaFixture.lines(text)
        #expect(
            lines.contains(
                "agenda.yaml:\(position(of: "wmoo", in: text)): error: unknown source 'wmoo' in scenario 'fout'; did "
                    + "you mean 'wmo'?"
            ))
        #expect(
            lines.contains(
                "agenda.yaml:\(position(of: "2030", in: text)): error: year 2030 lies outside the agenda's period "
                    + "2025-2026"
            ))
        #expect(
            lines.contains(
                "agenda.yaml:\(position(of: "preventie: 2", in: text)): error: unknown domain 'preventie'; did you "
                    + "mean 'prevention'?"
            ))
        #expect(
            lines.contains(
                "agenda.yaml:\(position(of: "valpreventi]", in: text)): error: unknown action 'valpreventi' in "
                    + "scenario 'fout'; did you mean 'valpreventie'?"
            ))
        #expect(
            lines.contains(
                "agenda.yaml:\(position(of: "ontmoeting]", in: text, occurrence: 3)): error: unknown action "
                    + "'ontmoeting' in scenario 'fout'; did you mean 'ontmoeting-laak'?"
            ))
    }

    @Test func budgetChangeNeedsExactlyOneOperation() throws {
        let text = Base.plus(
            """
            scenarios:
              - id: fout
                title: Fout
                budget:
                  - {source: wmo, scale: 0.9, set: 10}
                  - {source: wmo}

            """)
        let lines = try AgendaFixture.lines(text)
        #expect(
            lines.contains(
                "agenda.yaml:\(position(of: "set: 10", in: text)): error: a budget change has one of 'scale', 'set' "
                    + "or 'add', not 'scale' and 'set'"
            ))
        #expect(
            lines.contains(
                "agenda.yaml:\(position(of: "{source: wmo}", in: text)): error: a budget change needs one of "
                    + "'scale', 'set' or 'add'"
            ))
    }

    @Test func scenarioThatDropsAndCommitsTheSameAction() throws {
        let text = Base.plus("scenarios:\n  - {id: s, title: S, drop: [valpreventie], commit: [valpreventie]}\n")
        let lines = try AgendaFixture.lines(text)
        #expect(
            lines.contains(
                "agenda.yaml:\(position(of: "valpreventie]", in: text, occurrence: 2)): error: scenario 's' both "
                    + "drops and commits 'valpreventie'"
            ))
    }

    @Test func scenarioAddingAnExistingSource() throws {
        let text = Base.plus(
            "scenarios:\n  - {id: s, title: S, add-funding: [{id: wmo, funder: X, budget: {2025: 1}}]}\n")
        let lines = try AgendaFixture.lines(text)
        #expect(
            lines.contains(
                "agenda.yaml:\(position(of: "wmo, funder: X", in: text)): error: scenario 's' adds source 'wmo', "
                    + "which the agenda already has"
            ))
    }
}
