import Foundation
import Testing

@testable import AgendaSolver

/// `FundingSolver` on problems built in code: its plans against exhaustive search, every kind of
/// infeasibility as a value naming its cause, the route it takes by size, and why it leaves
/// actions out.
@Suite struct FundingSolverTests {
    // MARK: Plans against exhaustive search

    /// On 600 random problems (half with an allocation key), with Gomory cuts at every root or
    /// only where the default asks for them: every plan keeps every rule, scores at most the best
    /// plan exhaustive search finds, reaches it when it says it is proven, and a problem without
    /// a plan is one exhaustive search finds none for, with a reason.
    @Test(arguments: [false, true], [false, true])
    func plansMatchExhaustiveSearch(key: Bool, gomory: Bool) throws {
        var solver = FundingSolver.quickPayments
        if gomory { solver.limits.gomoryRows = 0 }
        var proven = 0
        var feasible = 0
        var infeasible = 0
        for seed in UInt64(1)...300 {
            let shape = RandomProblems.small(seed: seed, key: key)
            let problem = RandomProblems.problem(shape, seed: seed)
            let label = "seed \(seed) (\(shape))"
            let solution = try solver.solve(problem)
            let best = key ? ExhaustiveSearch.best(problem) : ExhaustiveSearch.bestWithoutFloors(problem)
            #expect(
                SolutionCheck.violations(solution, problem).isEmpty,
                "\(label): \(SolutionCheck.violations(solution, problem))")
            guard let best else {
                #expect(solution.funded == nil, "\(label): exhaustive search finds no plan")
                #expect(!solution.infeasibility.isEmpty, "\(label): no plan, and no reason")
                infeasible += 1
                continue
            }
            feasible += 1
            #expect(solution.funded != nil, "\(label): a plan scoring \(best) exists")
            #expect(solution.objective <= best, "\(label)")
            #expect(solution.bound >= best, "\(label): the bound \(solution.bound) is below a plan's \(best)")
            if solution.proven {
                #expect(solution.objective == best, "\(label)")
                proven += 1
            }
        }
        #expect(proven >= feasible * 9 / 10, "most small problems are proven: \(proven) of \(feasible)")
        // Floors that the commitments and budgets rule out are common with a key: both cases count.
        #expect(feasible >= 150, "most random problems have a plan")
        #expect(key == (infeasible > 0), "only floors make a random problem infeasible")
    }

    /// The relaxation that judges payability with floors agrees with the exact maximum flow where
    /// there are no floors: a check of the reference itself.
    @Test func relaxationAgreesWithTheFlowWithoutFloors() {
        for seed in UInt64(1)...40 {
            let problem = RandomProblems.problem(RandomProblems.small(seed: seed, key: false), seed: seed)
            let model = PlanningModel(problem: problem)
            for set in ExhaustiveSearch.validSets(problem) {
                #expect(
                    ExhaustiveSearch.paysWithoutFloors(set, problem)
                        == ExhaustiveSearch.relaxationPays(set, model: model),
                    "seed \(seed): set \(set)")
            }
        }
    }

    // MARK: Why no plan exists

    @Test func aCommitmentNoSourceMayPayInFull() throws {
        let problem = Self.problem(
            sources: [.init(id: "half", budget: [1_000], maxShare: 0.5)],
            actions: [Self.action("a", costs: [100], sources: [0], fixed: .mustFund)])
        let solution = try FundingSolver().solve(problem)
        #expect(solution.funded == nil)
        #expect(solution.infeasibility == [.ineligible(action: 0, year: 0, cost: 100, payable: 50)])
    }

    @Test func aCommitmentTheMoneyLeftCannotPay() throws {
        let problem = Self.problem(
            sources: [.init(id: "wmo", budget: [60, 100])],
            actions: [
                Self.action("a", costs: [30, 0], sources: [0], fixed: .mustFund),
                Self.action("b", costs: [50, 10], sources: [0], fixed: .mustFund),
            ])
        let solution = try FundingSolver().solve(problem)
        #expect(
            solution.infeasibility == [
                .unpayable(
                    action: 1, year: 0, need: 50, available: 30,
                    sources: [.init(source: 0, left: 30, budget: 60)])
            ])
    }

    @Test func commitmentsThatExcludeEachOther() throws {
        var first = Self.action("a", costs: [10], sources: [0], fixed: .mustFund)
        var second = Self.action("b", costs: [10], sources: [0], fixed: .mustFund)
        first.excludes = [1]
        second.excludes = [0]
        let problem = Self.problem(sources: [.init(id: "wmo", budget: [100])], actions: [first, second])
        #expect(try FundingSolver().solve(problem).infeasibility == [.commitmentsConflict(action: 1)])
    }

    @Test func aFloorTheCommitmentsLeaveNoMoneyFor() throws {
        let problem = Self.problem(
            sources: [.init(id: "shared", budget: [100])],
            actions: [
                Self.action("a", costs: [90], sources: [0], fixed: .mustFund, in: 0),
                Self.action("b", costs: [50], sources: [0], in: 1),
            ],
            floors: [[0], [50]])
        let solution = try FundingSolver().solve(problem)
        #expect(solution.method == .lpBranchAndBound)
        #expect(solution.infeasibility == [.floorsOutOfReach([.init(municipality: 1, year: 0, amount: 50)])])
    }

    @Test func floorsThatCannotBeMetTogether() throws {
        let problem = Self.problem(
            sources: [.init(id: "shared", budget: [100])],
            actions: [
                Self.action("a", costs: [80], sources: [0], in: 0), Self.action("b", costs: [80], sources: [0], in: 1),
            ],
            floors: [[80], [80]])
        #expect(
            try FundingSolver().solve(problem).infeasibility == [
                .floorsOutOfReach([
                    .init(municipality: 0, year: 0, amount: 80), .init(municipality: 1, year: 0, amount: 80),
                ])
            ])
    }

    /// A problem split into parts: the part whose floor its own actions cannot meet is named.
    /// Together they could take enough key-shared money, but they exclude each other.
    @Test func aFloorOutOfReachOfAPartsOwnActions() throws {
        var second = Self.action("b", costs: [40], sources: [1, 2], in: 1)
        var third = Self.action("c", costs: [40], sources: [2], in: 1)
        second.excludes = [2]
        third.excludes = [1]
        let problem = Self.problem(
            sources: [
                .init(id: "own-0", budget: [100], sharedByKey: false),
                .init(id: "own-1", budget: [100], sharedByKey: false),
                .init(id: "shared", budget: [100]),
            ],
            actions: [Self.action("a", costs: [40], sources: [0, 2], in: 0), second, third],
            floors: [[0], [50]])
        #expect(FloorReach.floorsBeyondReach(problem).isEmpty)
        let solver = FundingSolver(limits: .init(linearProgramRows: 8, exactRows: 4))
        let solution = try solver.solve(problem)
        #expect(solution.method == .decomposedLPBranchAndBound)
        #expect(
            solution.infeasibility == [
                .floorsOutOfReachOfOwnActions(
                    municipality: 1,
                    floors: [
                        .init(municipality: 1, year: 0, amount: 50)
                    ])
            ])
    }

    /// A floor beyond what its municipality's actions could receive of the key-shared money,
    /// all funded: named before any search, with that most, on a problem of any size. The
    /// national fund has no money in the second year; the carry-over fund's first-year money
    /// still counts then.
    @Test(arguments: [FundingSolver.Limits(), FundingSolver.Limits(linearProgramRows: 4, exactRows: 4)])
    func aFloorBeyondItsActionsIsNamedBeforeAnySearch(limits: FundingSolver.Limits) throws {
        let problem = Self.problem(
            sources: [
                .init(id: "national", budget: [100, 0]), .init(id: "regional", budget: [10, 0], carryOver: true),
                .init(id: "halves", budget: [100, 100], maxShare: 0.5),
            ],
            actions: [
                Self.action("a", costs: [40, 40], sources: [0, 1, 2], in: 0),
                Self.action("b", costs: [30, 30], sources: [0, 2], in: 1),
                Self.action("c", costs: [0, 60], sources: [0], in: 1),
            ],
            floors: [[40, 35], [30, 20]])
        let solution = try FundingSolver(limits: limits).solve(problem)
        #expect(solution.method == .presolve)
        #expect(solution.funded == nil)
        // In the second year, m0's action gets the 10 carried over and half of its 40; m1's first
        // action half of its 30, its second nothing. The first year's floors are within reach.
        #expect(
            solution.infeasibility == [
                .floorBeyondItsActions(.init(municipality: 0, year: 1, amount: 35), most: 30),
                .floorBeyondItsActions(.init(municipality: 1, year: 1, amount: 20), most: 15),
            ])
    }

    /// The Lagrangian search's way of meeting floors is a heuristic: when it fails, the solver says
    /// so, and does not claim that no plan exists. (m1's two actions could take 40 of the shared
    /// money, but they exclude each other: a cause the check of each floor on its own misses.)
    @Test func aFloorTheHeuristicCannotMeetIsALimitationNotAProof() {
        var second = Self.action("b", costs: [20], sources: [0, 1], in: 1)
        var third = Self.action("c", costs: [20], sources: [1], in: 1)
        second.excludes = [2]
        third.excludes = [1]
        let problem = Self.problem(
            sources: [.init(id: "tie", budget: [100], sharedByKey: false), .init(id: "shared", budget: [100])],
            actions: [Self.action("a", costs: [40], sources: [0, 1], in: 0), second, third],
            floors: [[0], [30]])
        #expect(FloorReach.floorsBeyondReach(problem).isEmpty)
        #expect(throws: SearchLimitation.floorNotMet(.init(municipality: 1, year: 0, amount: 30), received: 20)) {
            try FundingSolver(limits: .init(linearProgramRows: 4, exactRows: 4)).solve(problem)
        }
    }

    // MARK: Route, progress and reasons

    @Test func theRouteFollowsTheSize() throws {
        var problem = RandomProblems.problem(.init(municipalities: 6, actions: 40, years: 3, key: false), seed: 8)
        // Without rules between actions, the municipalities share only money: a problem that splits.
        for index in problem.actions.indices {
            problem.actions[index].requires = []
            problem.actions[index].excludes = []
        }
        #expect(try FundingSolver().solve(problem).method == .lpBranchAndBound)
        // The smallest relaxation the whole problem does not fit, while each of its parts does.
        let parts = DecomposedSearch(problem: problem, nodeLimit: 50)
        let rows = try #require(
            (1...2_000).first { parts.applies(maxRows: $0) && !LPBranchAndBound.fits(problem, maxRows: $0) })
        let split = try FundingSolver(limits: .init(linearProgramRows: rows, exactRows: rows)).solve(problem)
        #expect(split.method == .decomposedLPBranchAndBound)
        #expect(SolutionCheck.violations(split, problem).isEmpty)
        // One municipality cannot be split: the Lagrangian search plans it.
        var single = problem
        for index in single.actions.indices { single.actions[index].municipalities = [(index: 0, weight: 1)] }
        let lagrangian = try FundingSolver(limits: .init(nodes: 200, linearProgramRows: rows, exactRows: rows)).solve(
            single)
        #expect([SearchMethod.branchAndBound, .lagrangianGreedy].contains(lagrangian.method))
        #expect(SolutionCheck.violations(lagrangian, single).isEmpty)
    }

    @Test func progressComesAsValues() throws {
        let events = Events()
        let problem = RandomProblems.problem(.init(municipalities: 3, actions: 12, years: 2, key: true), seed: 4)
        let solution = try FundingSolver().solve(problem) { events.append($0) }
        let seen = events.all
        guard case .rootBound(let bound)? = seen.first else {
            Issue.record("the root bound comes first: \(seen)")
            return
        }
        #expect(bound >= solution.objective)
        #expect(seen.contains(.plan(objective: solution.objective, nodes: nil)))
    }

    @Test func whyActionsAreLeftOut() {
        var excluded = Self.action("excluded", score: 1_000, costs: [10], sources: [0])
        var excluder = Self.action("excluder", score: 9_000, costs: [10], sources: [0])
        excluded.excludes = [3]
        excluder.excludes = [2]
        var needy = Self.action("needy", costs: [10], sources: [0])
        needy.requires = [0]
        let problem = Self.problem(
            sources: [.init(id: "wmo", budget: [30]), .init(id: "half", budget: [100], maxShare: 0.5)],
            actions: [
                Self.action("stopped", costs: [10], sources: [0], fixed: .never),
                Self.action("ineligible", costs: [10], sources: [1]), excluded, excluder, needy,
                Self.action("too-dear", score: 5_000, costs: [25], sources: [0]),
            ])
        let funded = [false, false, false, true, false, false]
        #expect(
            FundingSolver.unfundedCauses(in: problem, funded: funded) == [
                .fixedOut, .ineligible, .excluded, nil, .requirementUnfunded, .budget,
            ])
    }

    // MARK: Building problems

    static func action(
        _ id: String, score: Int = 10_000, costs: [Int], sources: [Int],
        fixed: PlanningProblem.Fixed = .free, in municipality: Int = 0
    ) -> PlanningProblem.ActionEntry {
        PlanningProblem.ActionEntry(
            id: id, score: score, costs: costs, eligibleSources: sources, fixed: fixed,
            municipalities: [(index: municipality, weight: 1)])
    }

    /// A problem over as many years as the first action's costs, with floors when given
    /// (`[municipality][year]`; the key shares follow them).
    static func problem(
        sources: [PlanningProblem.SourceEntry], actions: [PlanningProblem.ActionEntry],
        floors: [[Double]]? = nil
    ) -> PlanningProblem {
        let years = actions.first?.costs.count ?? 1
        let municipalities = max(
            floors?.count ?? 1, (actions.flatMap { $0.municipalities.map(\.index) }.max() ?? 0) + 1)
        let fairness = floors.map { floors in
            PlanningProblem.Fairness(
                indicator: "key", minShare: 1, keyShares: floors.map { _ in 1 / Double(floors.count) },
                floors: floors)
        }
        return PlanningProblem(
            name: "hand-made", title: "A problem made by hand", years: Array(2025..<(2025 + years)),
            actions: actions, sources: sources, municipalities: (0..<municipalities).map { "m\($0)" },
            fairness: fairness)
    }

    /// Progress events, collected from whichever thread reports them.
    final class Events: @unchecked Sendable {
        private var events: [SearchProgress] = []
        private let lock = NSLock()
        func append(_ event: SearchProgress) { lock.withLock { events.append(event) } }
        var all: [SearchProgress] { lock.withLock { events } }
    }
}
