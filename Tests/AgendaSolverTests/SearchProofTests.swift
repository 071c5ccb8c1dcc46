import Testing

@testable import AgendaSolver

/// Solving again with other scores from what an earlier search proved (`SearchProof`,
/// `SearchMemory`): its bounds must stay bounds for any scores, and a search that starts from it
/// must reach the optimum a fresh search reaches.
@Suite struct SearchProofTests {
    static let solver = FundingSolver.quickPayments
    static let seeds: [UInt64] = [3, 5, 7]

    /// A problem of 5 municipalities and 24 actions with an allocation key.
    static func problem(seed: UInt64) -> PlanningProblem {
        RandomProblems.problem(.init(municipalities: 5, actions: 24, years: 3, key: true), seed: seed)
    }

    static func memory(_ problem: PlanningProblem) throws -> SearchMemory {
        let (solution, memory) = try solver.solveRemembering(problem)
        #expect(solution.proven)
        return try #require(memory, "a proven search keeps its proof")
    }

    @Test(arguments: seeds)
    func everyLeafIsBoundedByThePlanItProves(seed: UInt64) throws {
        let problem = Self.problem(seed: seed)
        let (solution, memory) = try Self.solver.solveRemembering(problem)
        let proof = try #require(memory?.proof)
        #expect(!proof.leaves.isEmpty)
        #expect(!proof.plans.isEmpty)
        let scores = problem.actions.map(\.score)
        let rootFixed = LPBranchAndBound(problem: problem, nodeLimit: 1).rootFixed
        let bounds = proof.reopened(costs: scores.map { -Double($0) / 10_000 }, fixed: rootFixed) { _ in false }
        #expect(bounds.count == proof.leaves.count { $0.holdsPlans }, "every leaf agrees with its own root")
        for (leaf, bound) in bounds {
            #expect(
                LPBranchAndBound.certified(bound) <= solution.objective,
                "a leaf the search closed is bounded by its plan: \(proof.fixes(of: leaf).map { "\($0.action)=\($0.value)" })"
            )
        }
    }

    /// The Lagrangian bound of every leaf, for scores it was not made for, is at least what the
    /// leaf's relaxation is worth under those scores (solved here from scratch).
    @Test(arguments: seeds)
    func certificatesBoundEveryLeafForOtherScores(seed: UInt64) throws {
        let original = Self.problem(seed: seed)
        let memory = try Self.memory(original)
        for index in UInt64(0)..<3 {
            let problem = RandomProblems.rescored(original, seed: index)
            #expect(problem.hasSameConstraints(as: memory.problem))
            let model = PlanningModel(problem: problem)
            let scores = problem.actions.map(\.score)
            let rootFixed = LPBranchAndBound(problem: problem, nodeLimit: 1).rootFixed
            var checked = 0
            let bounds = Dictionary(
                uniqueKeysWithValues: memory.proof.reopened(
                    costs: scores.map { -Double($0) / 10_000 }, fixed: rootFixed
                ) { _ in false }.map { ($0.leaf, $0.bound) })
            for leaf in memory.proof.leaves.indices {
                // The certificates price the relaxation the search solved: with the proof's cuts.
                var simplex = DualSimplex(model.lp.adding(memory.proof.cuts))
                for fix in memory.proof.fixes(of: leaf) {
                    let value: Double = fix.value ? 1 : 0
                    simplex.setBounds(model.decision[fix.action], lower: value, upper: value)
                }
                let status = simplex.solve()
                guard let bound = bounds[leaf] else {
                    #expect(status == .infeasible, "a leaf without plans has no feasible relaxation")
                    continue
                }
                guard status == .optimal else { continue }
                #expect(
                    -simplex.objective <= bound + 1e-7 * max(1, abs(bound)),
                    "relaxation \(-simplex.objective) above the leaf's bound \(bound)")
                checked += 1
            }
            #expect(checked > 0)
        }
    }

    /// Searches from the memory, which learns between rounds as `sensitivity` has it learn, reach the
    /// same proven optimum as fresh searches of the same problems. With root cuts these small
    /// problems take a fresh search only a few nodes, so whether the memory saves nodes is checked
    /// without them.
    @Test(arguments: seeds, [true, false])
    func searchesFromMemoryReachTheFreshOptimum(seed: UInt64, cuts: Bool) throws {
        var solver = Self.solver
        solver.limits.cuts = cuts
        let original = Self.problem(seed: seed)
        let (first, remembered) = try solver.solveRemembering(original)
        #expect(first.proven)
        let kept = try #require(remembered, "a proven search keeps its proof")
        var memory: SearchMemory? = kept
        var resumed = 0
        for round in 0..<3 {
            var lessons: [SearchMemory.Lessons] = []
            for index in (round * 4)..<(round * 4 + 4) {
                let problem = RandomProblems.rescored(original, seed: UInt64(index))
                let fresh = try solver.solve(problem)
                let again = try solver.solve(problem, from: memory)
                #expect(again.solution.objective == fresh.objective, "sample \(index)")
                #expect(again.solution.proven == fresh.proven, "sample \(index)")
                #expect(again.solution.funded == fresh.funded, "sample \(index)")
                if again.solution.nodes < fresh.nodes { resumed += 1 }
                // A leaf that holds all the certificates it may keep is taught nothing more.
                if let proof = memory?.proof {
                    for (leaf, certificate) in again.lessons.content.certificates where certificate != nil {
                        #expect(proof.certificates.certificates(of: leaf).count < SearchProof.certificatesPerLeaf)
                    }
                }
                lessons.append(again.lessons)
            }
            memory?.learn(lessons)
        }
        if !cuts { #expect(resumed > 0, "searches from memory search less than fresh ones") }
    }

    /// A proof kept with a margin (`proofMargin`, as `sensitivity` keeps it) searches on below the
    /// optimum: the same plan, more and lower-bounded leaves, so re-plans with other scores
    /// search fewer nodes (over the three problems; on one of them both take the same). Re-plans
    /// without the budgets' prices (`pricesBudgets`), which skip the root, reach the optimum
    /// fresh searches reach.
    @Test func aProofWithAMarginServesRePlansWithoutTheRoot() throws {
        var solver = Self.solver
        solver.limits.cuts = false
        var margined = solver
        margined.limits.proofMargin = 0.05
        var sampler = solver
        sampler.limits.pricesBudgets = false
        var nodes = (plain: 0, margined: 0)
        for seed in Self.seeds {
            let original = Self.problem(seed: seed)
            let plain = try #require(try solver.solveRemembering(original).memory)
            let (first, remembered) = try margined.solveRemembering(original)
            let memory = try #require(remembered, "a proven search keeps its proof")
            #expect(first.proven)
            #expect(first.objective == (try solver.solve(original).objective))
            #expect(memory.proof.leaves.count > plain.proof.leaves.count, "the margin searches on")
            for index in 0..<8 {
                let problem = RandomProblems.rescored(original, seed: UInt64(index))
                let fresh = try solver.solve(problem)
                let again = try sampler.solve(problem, from: memory).solution
                #expect(again.objective == fresh.objective, "seed \(seed), sample \(index)")
                #expect(again.proven == fresh.proven, "seed \(seed), sample \(index)")
                #expect(again.prices.allSatisfy { $0.allSatisfy { $0 == 0 } }, "no prices without the root")
                nodes.margined += again.nodes
                nodes.plain += try sampler.solve(problem, from: plain).solution.nodes
            }
        }
        #expect(nodes.margined < nodes.plain, "\(nodes)")
    }

    /// Factorising the leaves' bases on the other core while the search runs (`factorizesLeaves`)
    /// changes nothing the re-plans find, only when their factorisations are ready.
    @Test func leavesFactorisedAheadChangeNoRePlan() throws {
        var ahead = Self.solver
        ahead.limits.factorizesLeaves = true
        for seed in Self.seeds {
            let original = Self.problem(seed: seed)
            let plain = try Self.memory(original)
            let (first, remembered) = try ahead.solveRemembering(original)
            let early = try #require(remembered)
            #expect(first.objective == (try Self.solver.solve(original).objective))
            #expect(early.proof.leaves.count == plain.proof.leaves.count)
            for index in 0..<6 {
                let problem = RandomProblems.rescored(original, seed: UInt64(index))
                let one = try Self.solver.solve(problem, from: plain).solution
                let other = try Self.solver.solve(problem, from: early).solution
                #expect(one.objective == other.objective && one.funded == other.funded, "seed \(seed), \(index)")
                #expect(one.nodes == other.nodes && one.payments == other.payments, "seed \(seed), \(index)")
            }
        }
    }

    @Test func changedMoneyIsNotReused() throws {
        let original = Self.problem(seed: 3)
        let memory = try Self.memory(original)
        #expect(RandomProblems.rescored(original, seed: 1).hasSameConstraints(as: memory.problem))
        // Less money changes the plans themselves: the search starts from scratch.
        var cut = original
        cut.sources[cut.sources.count - 1].budget[0] -= 1_000
        #expect(!memory.problem.hasSameConstraints(as: cut, tighterFixings: true))
        let fresh = try Self.solver.solve(cut)
        let again = try Self.solver.solve(cut, from: memory).solution
        #expect(again.objective == fresh.objective)
        #expect(again.nodes == fresh.nodes, "solved from scratch")
    }

    /// Forcing a free action in, or leaving it out, keeps some of the plans the proof covers: a
    /// search from the memory reaches the optimum a fresh search of the changed problem reaches,
    /// whether the change keeps the plan's own actions or not.
    @Test(arguments: seeds)
    func fixingAnActionReusesTheProof(seed: UInt64) throws {
        let original = Self.problem(seed: seed)
        let memory = try Self.memory(original)
        let plan = try Self.solver.solve(original)
        let funded = try #require(plan.funded)
        var compared = 0
        // Eight free actions each: the fresh searches are what takes the time.
        let free = original.actions.indices.filter { original.actions[$0].fixed == .free }
        for action in free.prefix(8) {
            var changed = original
            changed.actions[action].fixed = funded[action] ? .never : .mustFund
            #expect(!changed.hasSameConstraints(as: memory.problem))
            #expect(memory.problem.hasSameConstraints(as: changed, tighterFixings: true))
            let fresh = try Self.solver.solve(changed)
            let again = try Self.solver.solve(changed, from: memory).solution
            #expect(again.funded == nil || again.funded?[action] == !funded[action], "action \(action)")
            guard fresh.proven, again.proven else { continue }
            #expect(again.objective == fresh.objective, "action \(action)")
            #expect(again.objective <= plan.objective, "a fixing never raises the optimum")
            compared += 1
        }
        #expect(compared >= 4)
        // A commitment cannot be left out, nor a fixed action changed: those are other problems.
        var loosened = original
        if let fixedIndex = loosened.actions.firstIndex(where: { $0.fixed != .free }) {
            loosened.actions[fixedIndex].fixed = .free
            #expect(!memory.problem.hasSameConstraints(as: loosened, tighterFixings: true))
        }
    }
}
