import AgendaModules
import AgendaSynthetic
import Foundation
import TestSupport
import Testing

@testable import AgendaCore
@testable import AgendaSolver

/// The planner on small agendas: valid plans (the verifier runs inside `plan`), bounds that hold,
/// and the best plan where every plan can be enumerated.
@Suite struct PlannerTests {
    static func load(_ text: String) throws -> Agenda {
        let result = try AgendaFixture(files: ["agenda.yaml": text]).load()
        #expect(!result.hasErrors, "\(result.diagnostics.map(\.rendered))")
        return try #require(result.agenda)
    }

    @Test func baseAgendaIsPlannedInFull() throws {
        let result = try Planner(registry: InstalledModules.registry).plan(try Self.load(Base.text))
        #expect(result.plan.status == .optimal)
        #expect(result.plan.actions.filter { !$0.funded }.isEmpty)
        #expect(result.plan.objective == result.plan.bound)
    }

    @Test func tightBudgetLeavesTheWeakerActionOut() throws {
        let text = Base.with("budget: {2025: 100000, 2026: 100000}", "budget: {2025: 55000, 2026: 55000}")
        let plan = try Planner(registry: InstalledModules.registry).plan(try Self.load(text)).plan
        #expect(plan.status == .optimal)
        let funded = plan.actions.filter(\.funded).map(\.id)
        #expect(funded.count == 1)
        let other = try #require(plan.actions.first { !$0.funded })
        #expect(other.reason == .budget)
        #expect(plan.objective == plan.actions.filter(\.funded).reduce(.zero) { $0 + $1.score })
    }

    @Test func sameAgendaSamePlan() throws {
        let agenda = try Self.load(
            Base.with("budget: {2025: 100000, 2026: 100000}", "budget: {2025: 55000, 2026: 55000}"))
        let first = try Planner(registry: InstalledModules.registry).plan(agenda)
        let second = try Planner(registry: InstalledModules.registry).plan(agenda)
        let render = { (result: Planner.Result) in
            PlanRendering(
                agenda: agenda, problem: result.problem, plan: result.plan, scores: result.scores,
                registry: InstalledModules.registry
            ).rendered(.json)
        }
        #expect(render(first) == render(second))
    }

    /// Generated agendas small enough to enumerate every set of actions: the bound is never below
    /// the best plan, and a plan called optimal is the best. Without an allocation key, whether a set
    /// of actions can be paid is a max-flow question the enumeration answers exactly.
    @Test func planMatchesEnumerationOnSmallAgendas() throws {
        var checked = 0
        var optimal = 0
        for seed in UInt64(1)...60 {
            let parameters = SyntheticAgenda.Parameters(
                municipalities: 2, actions: 9, years: 2, seed: seed, districtsPerMunicipality: 1)
            let text = SyntheticAgenda.yaml(parameters).split(separator: "\n", omittingEmptySubsequences: false)
                .filter { !$0.contains("allocation-key") }.joined(separator: "\n")
            let result = AgendaLoader(registry: InstalledModules.registry).load(
                text: text, displayPath: "synthetic.yaml")
            guard !result.hasErrors, let agenda = result.agenda else {
                Issue.record("seed \(seed): \(result.diagnostics.map(\.rendered))")
                continue
            }
            let planned = try Planner(registry: InstalledModules.registry).plan(agenda)
            let best = ExhaustiveSearch.bestWithoutFloors(planned.problem)
            checked += 1
            if let best {
                #expect(planned.plan.bound.tenThousandths >= best, "seed \(seed): bound below the best plan")
                #expect(planned.plan.objective.tenThousandths <= best, "seed \(seed): objective above the best plan")
                if planned.plan.status == .optimal {
                    optimal += 1
                    #expect(
                        planned.plan.objective.tenThousandths == best, "seed \(seed): called optimal but not the best")
                }
            } else {
                #expect(planned.plan.status == .infeasible, "seed \(seed): enumeration finds no plan")
            }
        }
        #expect(checked == 60)
        #expect(optimal > 0)
    }
}
