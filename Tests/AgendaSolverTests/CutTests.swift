import Testing

@testable import AgendaSolver

/// Cutting planes (`Sources/AgendaSolver/Cuts`): every cut the separators make holds for every plan
/// of small problems, found by enumerating their decisions; lifting on a knapsack worked out by
/// hand; and the search with cuts reaches the optimum it reaches without them.
@Suite struct CutTests {
    // MARK: Lifting by hand

    /// Weights 5, 5, 5, 3, 3 and capacity 10: the cover {1, 2, 3} gives `x1 + x2 + x3 ≤ 2`. Lifting
    /// `x4`: with it funded 7 is left, where the cover reaches 1 (one item of 5), so `α4 = 2 − 1 = 1`;
    /// then `x5`: 7 left, where the cover and `x4` reach 1 (5, or 3; 5 + 3 = 8 is too much), so
    /// `α5 = 1`. The lifted cover is `x1 + x2 + x3 + x4 + x5 ≤ 2`.
    @Test func liftingAKnapsackByHand() {
        let knapsack = DecisionKnapsack(actions: [0, 1, 2, 3, 4], weights: [5, 5, 5, 3, 3], capacity: 10)
        let point = [1, 1, 0.5, 0, 0]
        let cover = LiftedCoverCuts.cover(knapsack, at: point)
        #expect(cover == [0, 1, 2])
        #expect(LiftedCoverCuts.lift(knapsack, cover: [0, 1, 2], at: point) == [1, 1, 1, 1, 1])
    }

    /// An item of 8 with the cover {5, 5, 5} in capacity 10: with it funded only 2 is left, where
    /// the cover reaches nothing, so it gets the whole right-hand side: `x1 + x2 + x3 + 2 x4 ≤ 2`.
    /// And an item of 11 fits nowhere: any coefficient holds, it gets the right-hand side too.
    @Test func liftingAHeavyItem() {
        let knapsack = DecisionKnapsack(actions: [0, 1, 2, 3, 4], weights: [5, 5, 5, 8, 11], capacity: 10)
        let point = [1, 1, 0.5, 0, 0]
        #expect(LiftedCoverCuts.lift(knapsack, cover: [0, 1, 2], at: point) == [1, 1, 1, 2, 2])
    }

    /// Lifted covers of random knapsacks hold for every subset that fits (checked by enumeration).
    @Test func liftedCoversOfRandomKnapsacksHold() {
        var random = SplitMix(seed: 17)
        var checked = 0
        for _ in 0..<300 {
            let count = random.int(3...10)
            let weights = (0..<count).map { _ in random.int(1...20) }
            let capacity = random.int((weights.max() ?? 1)...weights.reduce(0, +))
            let knapsack = DecisionKnapsack(actions: Array(0..<count), weights: weights, capacity: capacity)
            let point = (0..<count).map { _ in random.uniform(0, 1) }
            guard let cover = LiftedCoverCuts.cover(knapsack, at: point) else { continue }
            #expect(cover.reduce(0) { $0 + weights[$1] } > capacity, "a cover overfills the knapsack")
            for item in cover {
                #expect(cover.reduce(0) { $0 + weights[$1] } - weights[item] <= capacity, "the cover is minimal")
            }
            let coefficients = LiftedCoverCuts.lift(knapsack, cover: cover, at: point)
            for mask in 0..<(1 << count) {
                let items = (0..<count).filter { mask & (1 << $0) != 0 }
                guard items.reduce(0, { $0 + weights[$1] }) <= capacity else { continue }
                #expect(items.reduce(0) { $0 + coefficients[$1] } <= cover.count - 1, "weights \(weights), \(capacity)")
            }
            checked += 1
        }
        #expect(checked > 50)
    }

    // MARK: Validity on enumerated problems

    /// A small problem with max-shares below 1 and carry-over in some seeds, with or without key.
    static func problem(seed: UInt64) -> PlanningProblem {
        let shape = RandomProblems.Shape(
            municipalities: 2 + Int(seed % 2), actions: 6 + Int((seed / 2) % 3), years: 2 + Int((seed / 3) % 2),
            key: seed % 2 == 0)
        return RandomProblems.problem(shape, seed: 1_000 + seed)
    }

    /// On 40 small problems: the cuts separated at the root relaxation's optimum, at twelve random points
    /// of the relaxation's box and by the root's rounds of cuts are broken by their point, and hold
    /// for every plan: for every set of decisions the payments can be made for, the cut's left side
    /// at its most over those payments (an LP) stays within its right-hand side.
    @Test func everyCutHoldsForEveryPlan() {
        var counts: [Cut.Kind: Int] = [:]
        for seed in UInt64(1)...40 {
            let problem = Self.problem(seed: seed)
            let model = PlanningModel(problem: problem)
            let cuts = Self.cuts(model, seed: seed)
            for cut in cuts { counts[cut.kind, default: 0] += 1 }
            for set in ExhaustiveSearch.validSets(problem) where ExhaustiveSearch.relaxationPays(set, model: model) {
                for cut in cuts {
                    let most = Self.largestLeftSide(cut, funding: set, model: model)
                    #expect(
                        most <= cut.upper + 1e-7 * max(1, abs(cut.upper)),
                        "seed \(seed): \(cut.kind) cut reaches \(most) > \(cut.upper) with \(set)")
                }
            }
        }
        #expect(counts[.variableUpperBound, default: 0] >= 100, "variable upper bounds checked: \(counts)")
        #expect(counts[.liftedCover, default: 0] >= 100, "lifted covers checked: \(counts)")
        #expect(counts[.flowCover, default: 0] >= 100, "flow covers checked: \(counts)")
        #expect(counts[.gomory, default: 0] >= 30, "Gomory cuts checked: \(counts)")
    }

    /// The distinct cuts of a model from its root optimum (with every Gomory cut of its tableau),
    /// twelve random points and the root's rounds; each separated cut is broken by the point it was
    /// separated at.
    static func cuts(_ model: PlanningModel, seed: UInt64) -> [Cut] {
        let separator = CutSeparator(model: model)
        var simplex = DualSimplex(model.lp)
        var points: [[Double]] = []
        var all: [Cut] = []
        var seen = Set<Cut>()
        if simplex.solve() == .optimal {
            let point = (0..<model.lp.columnCount).map { simplex.value($0) }
            points.append(point)
            // Every Gomory cut of the root's tableau, not only those that win a place in a round.
            for cut in GomoryCuts(model: model).separate(&simplex, limit: .max) {
                #expect(cut.violation(point) > CutSeparator.tolerance, "a Gomory cut is broken by its point")
                if seen.insert(cut).inserted { all.append(cut) }
            }
        }
        var random = SplitMix(seed: seed)
        for index in 0..<12 {
            // Half the points lean towards funding, which overfills more knapsacks.
            let low = index % 2 == 0 ? 0 : 0.5
            points.append(
                (0..<model.lp.columnCount).map { column in
                    let lower = model.lp.columnLower[column]
                    let upper = model.lp.columnUpper[column]
                    return random.uniform(lower + low * (upper - lower), upper)
                })
        }
        for point in points {
            for cut in separator.separate(point, limit: .max) {
                #expect(cut.violation(point) > CutSeparator.tolerance, "a separated cut is broken by its point")
                if seen.insert(cut).inserted { all.append(cut) }
            }
        }
        var search = LPBranchAndBound(problem: model.problem, nodeLimit: 1)
        search.gomoryRows = 0
        var state = LPBranchAndBound.State(simplex: DualSimplex(model.lp), fixed: search.rootFixed, model: search.model)
        if state.simplex.solve() == .optimal {
            search.cutRoot(&state)
            for cut in search.cutRows where seen.insert(cut).inserted { all.append(cut) }
        }
        return all
    }

    static func onDecisionsOnly(_ cut: Cut, _ model: PlanningModel) -> Bool {
        let decisions = Set(model.decision)
        return cut.columns.allSatisfy(decisions.contains)
    }

    /// The most the cut's left side reaches over the payments of the decisions fixed to `set`.
    static func largestLeftSide(_ cut: Cut, funding set: [Int], model: PlanningModel) -> Double {
        var lp = ExhaustiveSearch.program(funding: set, model: model)
        if onDecisionsOnly(cut, model) {
            return zip(cut.columns, cut.coefficients).reduce(0) { $0 + $1.1 * lp.columnLower[$1.0] }
        }
        lp.cost = Array(repeating: 0, count: lp.columnCount)
        for (column, coefficient) in zip(cut.columns, cut.coefficients) { lp.cost[column] = -coefficient }
        var simplex = DualSimplex(lp)
        guard simplex.solve() == .optimal else { return -.infinity }
        return -simplex.objective
    }

    // MARK: The search with cuts

    /// With cuts (Gomory cuts among them or not), the search proves the optimum it proves without
    /// them, and its root bound is at most the plain relaxation's.
    @Test(arguments: [false, true])
    func theSearchWithCutsReachesTheSameOptimum(gomory: Bool) throws {
        var tighter = 0
        for seed in UInt64(1)...12 {
            let problem = RandomProblems.problem(
                .init(municipalities: 4, actions: 20, years: 3, key: seed % 2 == 0), seed: 2_000 + seed)
            var plain = FundingSolver.quickPayments
            plain.limits.cuts = false
            let without = try plain.solve(problem)
            var cutting = FundingSolver.quickPayments
            cutting.limits.gomoryRows = gomory ? 0 : .max
            let with = try cutting.solve(problem)
            #expect(with.funded != nil || without.funded == nil, "seed \(seed)")
            #expect(with.proven == without.proven, "seed \(seed)")
            #expect(with.objective == without.objective, "seed \(seed)")

            var search = LPBranchAndBound(problem: problem, nodeLimit: 1)
            search.gomoryRows = cutting.limits.gomoryRows
            var state = LPBranchAndBound.State(
                simplex: DualSimplex(search.model.lp), fixed: search.rootFixed, model: search.model)
            guard state.simplex.solve() == .optimal else { continue }
            let root = -state.simplex.objective
            search.cutRoot(&state)
            let cut = -state.simplex.objective
            #expect(cut <= root + 1e-9 * max(1, abs(root)), "seed \(seed): cuts only tighten")
            #expect(search.relaxation.rowCount == search.model.lp.rowCount + search.cutRows.count)
            if cut < root - 1e-6 { tighter += 1 }
        }
        #expect(tighter > 0, "cuts tighten some roots")
    }

    /// A proof keeps its cuts, and a search resumed from it with other scores reaches the optimum a
    /// fresh search reaches.
    @Test func aProofKeepsItsCuts() throws {
        let original = RandomProblems.problem(.init(municipalities: 5, actions: 24, years: 3, key: true), seed: 5)
        let (solution, memory) = try FundingSolver.quickPayments.solveRemembering(original)
        let proof = try #require(memory?.proof)
        #expect(solution.proven)
        #expect(!proof.cuts.isEmpty, "the root found cuts")
        let rows = PlanningModel(problem: original).lp.rowCount + proof.cuts.count
        #expect(proof.rootBasis.basic.count == rows, "the root basis has a row per cut")
        for index in UInt64(0)..<3 {
            let problem = RandomProblems.rescored(original, seed: index)
            let fresh = try FundingSolver.quickPayments.solve(problem)
            let again = try FundingSolver.quickPayments.solve(problem, from: memory).solution
            #expect(again.objective == fresh.objective)
            #expect(again.funded == fresh.funded)
        }
    }
}
