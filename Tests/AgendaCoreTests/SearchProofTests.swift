import AgendaModules
import Foundation
import Testing
@testable import AgendaCore

/// Re-planning with other weights from what an earlier search proved (`SearchProof`,
/// `Planner.SearchMemory`): its bounds must stay bounds for any scores, and a re-plan must reach
/// the optimum a fresh search reaches.
@Suite struct SearchProofTests {
    static let planner = Planner(registry: InstalledModules.registry)
    static let seeds: [UInt64] = [3, 5, 11]

    /// A generated agenda of 5 municipalities and 18 actions (with an allocation key and scenarios).
    static func generated(seed: UInt64) throws -> Agenda {
        let parameters = SyntheticAgenda.Parameters(municipalities: 5, actions: 18, years: 3, seed: seed,
                                                    districtsPerMunicipality: 2, scenarios: 8)
        let result = AgendaLoader().load(text: SyntheticAgenda.yaml(parameters), displayPath: "synthetic.yaml")
        guard !result.hasErrors, let agenda = result.agenda else {
            throw AnalysisTests.TestFailure(result.diagnostics.map(\.rendered).joined(separator: "\n"))
        }
        return agenda
    }

    /// The agenda with its weights perturbed as one sensitivity sample.
    static func sample(_ agenda: Agenda, _ index: Int, spread: Double = 0.4) -> Agenda {
        let scores = ScoringEngine(registry: InstalledModules.registry).score(agenda)
        return SensitivityAnalysis.perturbed(agenda, scores: scores, spread: spread, sample: index, seed: 17)
    }

    static func memory(_ agenda: Agenda) throws -> Planner.SearchMemory {
        let (result, memory) = try planner.planRemembering(agenda)
        #expect(result.plan.status == .optimal)
        guard let memory else { throw AnalysisTests.TestFailure("a proven search keeps its proof") }
        return memory
    }

    @Test(arguments: seeds)
    func everyLeafIsBoundedByThePlanItProves(seed: UInt64) throws {
        let agenda = try Self.generated(seed: seed)
        let (result, memory) = try Self.planner.planRemembering(agenda)
        let proof = try #require(memory?.proof)
        #expect(!proof.leaves.isEmpty)
        #expect(!proof.plans.isEmpty)
        let problem = result.problem
        let scores = problem.actions.map(\.score.tenThousandths)
        let rootFixed = LPBranchAndBound(problem: problem, nodeLimit: 1).rootFixed
        for leaf in proof.leaves {
            guard let bound = SearchProof.bound(of: leaf, scores: scores, fixed: rootFixed, prunes: { _ in false }) else { continue }
            #expect(LPBranchAndBound.certified(bound) <= result.plan.objective.tenThousandths,
                    "a leaf the search closed is bounded by its plan: \(leaf.fixes.map { "\($0.action)=\($0.value)" })")
        }
    }

    /// The Lagrangian bound of every leaf, for scores it was not made for, is at least what the
    /// leaf's relaxation is worth under those scores (solved here from scratch).
    @Test(arguments: seeds)
    func certificatesBoundEveryLeafForOtherScores(seed: UInt64) throws {
        let agenda = try Self.generated(seed: seed)
        let memory = try Self.memory(agenda)
        for index in 0..<3 {
            let problem = Self.planner.problem(for: Self.sample(agenda, index)).problem
            #expect(problem.hasSameConstraints(as: memory.problem))
            let model = PlanningModel(problem: problem)
            let scores = problem.actions.map(\.score.tenThousandths)
            let rootFixed = LPBranchAndBound(problem: problem, nodeLimit: 1).rootFixed
            var checked = 0
            for leaf in memory.proof.leaves {
                var simplex = DualSimplex(model.lp)
                for fix in leaf.fixes {
                    let value: Double = fix.value ? 1 : 0
                    simplex.setBounds(model.decision[fix.action], lower: value, upper: value)
                }
                let status = simplex.solve()
                guard let bound = SearchProof.bound(of: leaf, scores: scores, fixed: rootFixed, prunes: { _ in false }) else {
                    #expect(status == .infeasible, "a leaf without plans has no feasible relaxation")
                    continue
                }
                guard status == .optimal else { continue }
                #expect(-simplex.objective <= bound + 1e-7 * max(1, abs(bound)),
                        "relaxation \(-simplex.objective) above the leaf's bound \(bound)")
                checked += 1
            }
            #expect(checked > 0)
        }
    }

    /// Re-plans, with the memory learning between rounds as `sensitivity` does, reach the same
    /// proven optimum as fresh plans of the same agendas.
    @Test(arguments: seeds)
    func replansReachTheFreshOptimum(seed: UInt64) throws {
        let agenda = try Self.generated(seed: seed)
        var memory: Planner.SearchMemory? = try Self.memory(agenda)
        var resumed = 0
        for round in 0..<3 {
            var lessons: [Planner.SearchMemory.Lessons] = []
            for index in (round * 4)..<(round * 4 + 4) {
                let perturbed = Self.sample(agenda, index)
                let fresh = try Self.planner.plan(perturbed).plan
                let replan = try Self.planner.replan(perturbed, from: memory)
                #expect(replan.result.plan.objective == fresh.objective, "sample \(index)")
                #expect(replan.result.plan.status == fresh.status, "sample \(index)")
                #expect(replan.result.plan.actions.map(\.funded) == fresh.actions.map(\.funded), "sample \(index)")
                if replan.result.plan.search.nodes < fresh.search.nodes { resumed += 1 }
                lessons.append(replan.lessons)
            }
            memory?.learn(lessons)
        }
        #expect(resumed > 0, "re-plans search less than fresh plans")
    }

    @Test func changedMoneyOrRulesAreNotReused() throws {
        let agenda = try Self.generated(seed: 3)
        let memory = try Self.memory(agenda)
        let weightsOnly = Self.planner.problem(for: Self.sample(agenda, 1)).problem
        #expect(weightsOnly.hasSameConstraints(as: memory.problem))
        // A scenario that changes money or commitments changes the plans themselves.
        var changedAny = false
        for scenario in agenda.scenarios {
            let variant = try ScenarioApplier.apply([scenario.id], to: agenda)
            let problem = Self.planner.problem(for: variant).problem
            guard !problem.hasSameConstraints(as: memory.problem) else { continue }
            changedAny = true
            let fresh = try Self.planner.plan(variant).plan
            let replan = try Self.planner.replan(variant, from: memory).result.plan
            #expect(replan.objective == fresh.objective, "\(scenario.id)")
            #expect(replan.search.nodes == fresh.search.nodes, "\(scenario.id): planned from scratch")
        }
        #expect(changedAny)
        var cut = memory.problem
        cut.sources[0].budget[0] -= 1
        #expect(!cut.hasSameConstraints(as: memory.problem))
    }
}
