import Testing

@testable import AgendaSolver

/// Payments a funder would make (issue 15): the fewest payments, then steady funders, then round
/// amounts, never at the cost of a rule or a point.
@Suite struct PaymentTidyingTests {
    typealias Payment = Solution.Payment

    /// The plan of `problem` with its payments as the search made them (nil when it finds none).
    static func untidy(_ problem: PlanningProblem) -> Solution? {
        var solver = FundingSolver()
        solver.limits.tidiesPayments = false
        return try? solver.solve(problem)
    }

    /// Two actions of €100,000 in one year; sources `a` and `b` with `budgets`, both may pay both.
    static func twoActions(budgets: [Int], minPayment: Int = 0) -> PlanningProblem {
        PlanningProblem(
            name: "two", title: "Two actions", years: [2026],
            actions: (0..<2).map {
                PlanningProblem.ActionEntry(
                    id: "x\($0)", score: 10_000, costs: [100_000], eligibleSources: [0, 1],
                    municipalities: [(0, 1)])
            },
            sources: budgets.enumerated().map {
                PlanningProblem.SourceEntry(id: "s\($0.offset)", budget: [$0.element], minPayment: minPayment)
            },
            municipalities: ["m"])
    }

    @Test func scatteredPaymentsBecomeOnePerActionYear() {
        let problem = Self.twoActions(budgets: [100_000, 100_000])
        let scattered: [[Payment]] = [
            [Payment(source: 0, year: 0, amount: 30_001), Payment(source: 1, year: 0, amount: 69_999)],
            [Payment(source: 0, year: 0, amount: 69_999), Payment(source: 1, year: 0, amount: 30_001)],
        ]
        let result = PaymentTidying().tidy(scattered, in: problem)
        #expect(result.shape.payments == 2)
        #expect(result.shape.splitActionYears == 0)
        #expect(result.paymentsLowerBound == 2)
        #expect(Set(result.payments.map { $0.map(\.source) }) == [[0], [1]])
    }

    @Test func aSplitTheBudgetsForceIsKeptWithRoundAmounts() {
        // 200,000 to pay from 120,500 and 80,000: one action must be split, by at least 20,000.
        let problem = Self.twoActions(budgets: [120_500, 80_000])
        let scattered: [[Payment]] = [
            [Payment(source: 0, year: 0, amount: 60_251), Payment(source: 1, year: 0, amount: 39_749)],
            [Payment(source: 0, year: 0, amount: 60_249), Payment(source: 1, year: 0, amount: 39_751)],
        ]
        let result = PaymentTidying().tidy(scattered, in: problem)
        #expect(result.shape.payments == 3)
        #expect(result.paymentsLowerBound == 3)
        #expect(result.shape.paymentsUnder1000 == 0)
        let split = result.payments.first { $0.count == 2 } ?? []
        #expect(split.allSatisfy { $0.amount % 1_000 == 0 }, "\(split)")
    }

    @Test func aMinimumPaymentIsLifted() {
        let problem = Self.twoActions(budgets: [150_000, 150_000], minPayment: 5_000)
        let scattered: [[Payment]] = [
            [Payment(source: 0, year: 0, amount: 99_300), Payment(source: 1, year: 0, amount: 700)],
            [Payment(source: 1, year: 0, amount: 100_000)],
        ]
        let result = PaymentTidying().tidy(scattered, in: problem)
        #expect(PaymentTidying.belowMinimum(result.payments, problem) == 0)
        #expect(result.shape.payments == 2)
    }

    /// An action that changes funder from one year to the next goes back to its usual one where
    /// the budgets allow.
    @Test func anActionKeepsItsFunder() {
        var problem = Self.twoActions(budgets: [300_000, 300_000])
        problem.years = [2026, 2027, 2028]
        problem.sources = problem.sources.map { source in
            var source = source
            source.budget = [300_000, 300_000, 300_000]
            return source
        }
        problem.actions = problem.actions.map { action in
            var action = action
            action.costs = [100_000, 100_000, 100_000]
            return action
        }
        let hopping: [[Payment]] = [
            [0, 1, 0].enumerated().map { Payment(source: $0.element, year: $0.offset, amount: 100_000) },
            [1, 1, 0].enumerated().map { Payment(source: $0.element, year: $0.offset, amount: 100_000) },
        ]
        let result = PaymentTidying().tidy(hopping, in: problem)
        #expect(result.shape.funderChanges == 0, "\(result.payments)")
        #expect(result.shape.payments == 6)
    }

    /// On random problems, with and without an allocation key: the tidied payments keep every rule,
    /// pay the same actions, are never less tidy, and never fewer than the proven least.
    @Test(arguments: [false, true])
    func tidiedPlansKeepEveryRule(key: Bool) throws {
        var improved = 0
        var proven = 0
        for seed in UInt64(1)...30 {
            let problem = RandomProblems.problem(RandomProblems.small(seed: seed, key: key), seed: seed)
            guard let raw = Self.untidy(problem), raw.funded != nil else { continue }
            let solved = try FundingSolver().solve(problem)
            #expect(solved.funded == raw.funded)
            #expect(SolutionCheck.violations(solved, problem).isEmpty, "\(SolutionCheck.violations(solved, problem))")
            let before = PaymentShape(raw.payments)
            let after = PaymentShape(solved.payments)
            #expect(!(before < after), "seed \(seed): \(before) → \(after)")
            if after < before { improved += 1 }
            if let fewest = solved.paymentsLowerBound {
                #expect(fewest <= after.payments && fewest >= after.actionYears)
                if fewest == after.payments { proven += 1 }
            }
        }
        // The searches' own payments are scattered on some of these problems, and most small ones
        // are proven the fewest.
        #expect(improved > 0)
        #expect(proven > 15)
    }

    /// A stop requested before the tidying (Ctrl-C during `plan`) ends its search for the fewest
    /// payments after one node per branch and bound: the payments still keep every rule, and the
    /// lower bound it reports still holds for the plan the full search finds.
    @Test func aStoppedTidyingKeepsEveryRuleAndAValidBound() throws {
        var compared = 0
        for seed in UInt64(1)...30 {
            let problem = RandomProblems.problem(RandomProblems.small(seed: seed, key: true), seed: seed)
            guard let raw = Self.untidy(problem), let funded = raw.funded else { continue }
            let stop = SearchStop()
            stop.request()
            let stopped = PaymentTidying(stop: stop).tidy(raw.payments, in: problem)
            let full = PaymentTidying().tidy(raw.payments, in: problem)
            var solution = raw
            solution.payments = stopped.payments
            #expect(SolutionCheck.violations(solution, problem).isEmpty, "seed \(seed)")
            #expect(solution.funded == funded)
            #expect(!(PaymentShape(raw.payments) < stopped.shape), "seed \(seed)")
            if let bound = stopped.paymentsLowerBound {
                #expect(bound <= full.shape.payments, "seed \(seed): \(bound) > \(full.shape.payments)")
                compared += 1
            }
        }
        #expect(compared > 10)
    }
}
