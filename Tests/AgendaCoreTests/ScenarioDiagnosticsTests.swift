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

/// Scenarios stacked as `a+b` (issue 14, class 5): a conflict between two of them is the same
/// located error as one inside a scenario, never a silent choice or a broken plan.
@Suite struct StackedScenarioTests {
    static let text = Base.plus(
        """
        scenarios:
          - id: grant-a
            title: A
            add-funding:
              - {id: extra, funder: X, budget: {2025: 1000}}
          - id: grant-b
            title: B
            add-funding:
              - {id: extra, funder: Y, budget: {2025: 2000}}
          - {id: commit-it, title: C, commit: [valpreventie]}
          - {id: drop-it, title: D, drop: [valpreventie]}

        """)

    static func apply(_ argument: String) throws -> [String] {
        let agenda = try #require(try AgendaFixture(files: ["agenda.yaml": text]).load().agenda)
        do {
            _ = try ScenarioApplier.apply(try ScenarioApplier.ids(argument), to: agenda)
            return []
        } catch {
            return error.diagnostic.map { $0.rendered.split(separator: "\n").map(String.init) } ?? ["\(error)"]
        }
    }

    @Test func twoScenariosAddingTheSameSource() throws {
        #expect(
            try Self.apply("grant-a+grant-b") == [
                "agenda.yaml:\(position(of: "extra, funder: Y", in: Self.text)): error: scenario 'grant-b' adds "
                    + "source 'extra', which the agenda or an earlier scenario of the stack already has",
                "agenda.yaml:\(position(of: "extra, funder: X", in: Self.text)): note: 'extra' is defined here",
            ])
    }

    @Test(arguments: ["commit-it+drop-it", "drop-it+commit-it"])
    func oneCommitsWhatAnotherDrops(_ stack: String) throws {
        #expect(
            try Self.apply(stack) == [
                "agenda.yaml:\(position(of: "valpreventie]}", in: Self.text, occurrence: 2)): error: scenario "
                    + "'drop-it' drops 'valpreventie', which scenario 'commit-it' of the same stack commits",
                "agenda.yaml:\(position(of: "valpreventie]}", in: Self.text)): note: 'commit-it' commits it here",
            ])
    }

    @Test(arguments: ["", "+", "grant-a+", "+grant-a", "grant-a++grant-b"])
    func emptyNamesAreErrors(_ argument: String) throws {
        #expect(throws: ScenarioApplier.Problem.emptyName(argument)) { try ScenarioApplier.ids(argument) }
    }

    @Test func scenariosThatDoNotConflictStack() throws {
        #expect(try Self.apply("grant-a+commit-it") == [])
    }
}
