import Foundation
import Testing

@testable import AgendaSolver

/// Stopping a search early (Ctrl-C in `plan`), and `--max-nodes` reaching every phase of the
/// search (issue 14): the plan found so far comes back valid, with a bound that still holds, and
/// marked as interrupted.
@Suite struct SearchStopTests {
    /// A problem with a plan that the search needs more than its root to prove.
    static func problem(key: Bool) -> PlanningProblem {
        RandomProblems.problem(.init(municipalities: 4, actions: 60, years: 3, key: key), seed: 11)
    }

    @Test(arguments: [false, true])
    func aStopBeforeTheSearchReturnsAValidPlanMarkedInterrupted(key: Bool) throws {
        let problem = Self.problem(key: key)
        let full = try FundingSolver().solve(problem)
        let stop = SearchStop()
        stop.request()
        let stopped = try FundingSolver(stop: stop).solve(problem)
        #expect(SolutionCheck.violations(stopped, problem).isEmpty, "\(SolutionCheck.violations(stopped, problem))")
        #expect(stopped.funded != nil)
        #expect(stopped.interrupted == !stopped.proven)
        #expect(stopped.nodes <= full.nodes)
        // The bound of a stopped search still bounds the best plan the full search finds.
        #expect(stopped.bound >= full.objective)
        #expect(stopped.objective <= full.bound)
    }

    @Test func anUndisturbedSearchIsNotMarked() throws {
        let solution = try FundingSolver(stop: SearchStop()).solve(Self.problem(key: false))
        #expect(!solution.interrupted)
    }

    @Test func aStopReachesTheSplitSearchAndItsBound() throws {
        var problem = RandomProblems.problem(.init(municipalities: 6, actions: 40, years: 3, key: false), seed: 8)
        for index in problem.actions.indices {
            problem.actions[index].requires = []
            problem.actions[index].excludes = []
        }
        let parts = DecomposedSearch(problem: problem, nodeLimit: 50)
        let rows = try #require(
            (1...2_000).first { parts.applies(maxRows: $0) && !LPBranchAndBound.fits(problem, maxRows: $0) })
        let events = FundingSolverTests.Events()
        let full = try FundingSolver(limits: .init(linearProgramRows: rows, exactRows: rows)).solve(problem) {
            events.append($0)
        }
        #expect(full.method == .decomposedLPBranchAndBound)
        #expect(events.all.contains { if case .boundStep = $0 { true } else { false } })
        #expect(events.all.contains { if case .planningParts = $0 { true } else { false } })

        let stop = SearchStop()
        stop.request()
        let stopped = try FundingSolver(limits: .init(linearProgramRows: rows, exactRows: rows), stop: stop).solve(
            problem)
        #expect(SolutionCheck.violations(stopped, problem).isEmpty)
        #expect(stopped.bound >= full.objective)
    }

    @Test func atMostNodesCapsEveryPhase() {
        let defaults = FundingSolver.Limits()
        let small = FundingSolver.Limits.atMost(nodes: 10)
        #expect(small.nodes == 10)
        #expect(small.partNodes == 10)
        #expect(small.boundIterations == 10)
        let large = FundingSolver.Limits.atMost(nodes: 1_000_000)
        #expect(large.partNodes == defaults.partNodes)
        #expect(large.boundIterations == defaults.boundIterations)
    }

    /// The quick refusal in `unfundedCauses` (money cannot reach the action at all) gives the same
    /// reasons as pushing the money for every action.
    @Test func quickRefusalsAgreeWithPushingTheMoney() throws {
        for seed in UInt64(1)...60 {
            let problem = RandomProblems.problem(RandomProblems.small(seed: seed, key: true), seed: seed)
            guard let funded = try FundingSolver().solve(problem).funded else { continue }
            var state = PaymentState(problem: problem)
            guard state.fund(problem.actions.indices.filter { funded[$0] }) != nil else { continue }
            let reachable = state.reachableByMoney()
            for action in problem.actions.indices
            where !funded[action] && !state.mayBePaid(action, reachable: reachable) {
                #expect(state.fund([action]) == nil, "seed \(seed): action \(action) was refused but can be paid")
            }
        }
    }
}
