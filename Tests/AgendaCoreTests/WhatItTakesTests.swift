import AgendaModules
import TestSupport
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
            let changed = Self.problem(changing: index, of: result, agenda)
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

    /// The same figures against CBC: each forced-in or left-out programme is the plan's exported MPS
    /// with that action's column fixed, solved by a solver that shares no code with the planner.
    @Test(
        .enabled(if: ReferenceSolver.cbc != nil, "needs cbc (Debian coinor-cbc)"), arguments: Array(1...8),
        [false, true])
    func lossesMatchCBC(seed: UInt64, key: Bool) throws {
        let agenda = try #require(PlannerPropertyTests.agenda(PlannerPropertyTests.parameters(seed: seed), key: key))
        let result = try Planner(registry: InstalledModules.registry).planWithWhatItTakes(agenda)
        guard result.plan.status == .optimal else { return }
        let objective = result.plan.objective.tenThousandths
        let plain = try #require(
            try ReferenceSolver.optimum(ofMPS: MPSWriter.mps(result.problem), maximise: true), "seed \(seed) key \(key)"
        )
        #expect(Int((plain * 10_000).rounded()) == objective, "seed \(seed) key \(key): the plan itself")
        for (index, outcome) in result.plan.actions.enumerated() where result.problem.actions[index].fixed == .free {
            let takes = try #require(outcome.whatItTakes)
            let changed = Self.problem(changing: index, of: result, agenda)
            let label = "seed \(seed) key \(key): \(takes.change) \(outcome.id)"
            guard let best = try ReferenceSolver.optimum(ofMPS: MPSWriter.mps(changed), maximise: true) else {
                #expect(takes.impossible == .noPlan, "\(label): CBC finds no plan")
                continue
            }
            let lost = try #require(takes.pointsLost, "\(label): CBC finds a plan scoring \(best)")
            let reference = objective - Int((best * 10_000).rounded())
            if takes.exact {
                #expect(lost.tenThousandths == reference, "\(label)")
            } else {
                #expect(lost.tenThousandths >= reference, "\(label): the loss is an upper bound")
            }
        }
    }

    /// The problem with action `index` forced in when the plan leaves it out, or left out when the
    /// plan funds it. Leaving out recompiles the agenda, as the planner does, so the floors follow.
    static func problem(changing index: Int, of result: Planner.Result, _ agenda: Agenda)
        -> PlanningProblem
    {
        let outcome = result.plan.actions[index]
        guard outcome.funded else {
            var changed = result.problem
            changed.actions[index].fixed = .mustFund
            return changed
        }
        var without = agenda
        without.droppedActions.insert(outcome.id)
        return ProblemCompiler.compile(without, scores: result.scores)
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
