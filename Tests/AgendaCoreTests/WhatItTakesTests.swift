import AgendaModules
import Testing

@testable import AgendaCore
@testable import AgendaSolver

/// `Planner.planWithWhatItTakes` against enumeration: on small generated agendas, every action's
/// forced-in or left-out optimum is found by trying every set of actions (`ExhaustiveSearch`),
/// independently of the branch and bound and of the proof the re-plans start from.
@Suite struct WhatItTakesTests {
    static let seeds: [UInt64] = Array(1...24)

    @Test(arguments: seeds, [false, true])
    func lossesMatchEnumeration(seed: UInt64, key: Bool) throws {
        let parameters = PlannerPropertyTests.parameters(seed: seed)
        let agenda = try #require(PlannerPropertyTests.agenda(parameters, key: key))
        let planner = Planner(registry: InstalledModules.registry)
        let result = try planner.planWithWhatItTakes(agenda)
        guard result.plan.status == .optimal else { return }
        let oracle = { (problem: PlanningProblem) in
            key ? ExhaustiveSearch.best(problem) : ExhaustiveSearch.bestWithoutFloors(problem)
        }
        let objective = result.plan.objective.tenThousandths
        for (index, outcome) in result.plan.actions.enumerated() {
            let takes = try #require(outcome.whatItTakes, "seed \(seed): \(outcome.id) has no figure")
            let entry = result.problem.actions[index]
            if entry.fixed != .free {
                #expect(takes.impossible != nil && takes.pointsLost == nil, "seed \(seed): \(outcome.id)")
                continue
            }
            var changed = result.problem
            if outcome.funded {
                var without = agenda
                without.droppedActions.insert(outcome.id)
                changed = ProblemCompiler.compile(without, scores: result.scores)
            } else {
                changed.actions[index].fixed = .mustFund
            }
            let label = "seed \(seed) key \(key): \(takes.change) \(outcome.id)"
            guard let best = oracle(changed) else {
                #expect(takes.impossible == .noPlan, "\(label): enumeration finds no plan")
                continue
            }
            let lost = try #require(takes.pointsLost, "\(label): enumeration finds a plan scoring \(best)")
            if takes.exact {
                #expect(lost.tenThousandths == objective - best, "\(label)")
            } else {
                #expect(lost.tenThousandths >= objective - best, "\(label): the loss is an upper bound")
                #expect((takes.pointsLostAtLeast?.tenThousandths ?? .max) <= objective - best, "\(label)")
            }
            if let score = takes.scoreToEnter { #expect(score == outcome.score + lost, "\(label)") }
        }
    }

    /// The figures and the plan they explain are the same on every run.
    @Test func deterministic() throws {
        let agenda = try #require(PlannerPropertyTests.agenda(PlannerPropertyTests.parameters(seed: 11), key: true))
        let planner = Planner(registry: InstalledModules.registry)
        let first = try planner.planWithWhatItTakes(agenda).plan.actions.map(\.whatItTakes)
        let second = try planner.planWithWhatItTakes(agenda).plan.actions.map(\.whatItTakes)
        #expect(first == second)
    }
}
