import Testing

@testable import AgendaSolver

/// The search for the fewest payments year by year: the bound it proves and the plan it makes.
@Suite struct FewestPaymentsYearsTests {
    typealias Payment = Solution.Payment

    /// Actions of `cost` euros in every year, each action's year paid by the source with room.
    static func problem(costs: [[Int]], budgets: [[Int]], carryOver: [Bool]) -> PlanningProblem {
        PlanningProblem(
            name: "years", title: "Years", years: Array(2026..<(2026 + costs[0].count)),
            actions: costs.enumerated().map { index, costs in
                PlanningProblem.ActionEntry(
                    id: "x\(index)", score: 10_000, costs: costs, eligibleSources: Array(budgets.indices),
                    municipalities: [(0, 1)])
            },
            sources: budgets.enumerated().map { index, budget in
                PlanningProblem.SourceEntry(id: "s\(index)", budget: budget, carryOver: carryOver[index])
            },
            municipalities: ["m"])
    }

    @Test func theYearsSeeTheSplitsTheRelaxationCannot() throws {
        // Each year three actions of 30,000 from two pots of 45,000: one action is split, so 4
        // payments a year; the relaxation of one model counts 3.
        let problem = Self.problem(
            costs: Array(repeating: [30_000, 30_000], count: 3), budgets: [[45_000, 45_000], [45_000, 45_000]],
            carryOver: [false, false])
        let payments: [[Payment]] = [
            [0, 1].map { Payment(source: 0, year: $0, amount: 30_000) },
            [0, 1].flatMap {
                [Payment(source: 0, year: $0, amount: 15_000), Payment(source: 1, year: $0, amount: 15_000)]
            },
            [0, 1].map { Payment(source: 1, year: $0, amount: 30_000) },
        ]
        let model = try #require(
            FewestPayments(ledger: PaymentLedger(problem: problem, payments: payments), maxRows: 100))
        #expect(model.rootBound() == 6)
        let years = try #require(model.byYears(nodeLimit: 1_000))
        #expect(years.lowerBound == 8)
        // Without carry-over the years' own fewest payments make the whole plan.
        #expect(years.found?.count == 8)
        let result = PaymentTidying().tidy(payments, in: problem)
        #expect(result.shape.payments == 8)
        #expect(result.paymentsLowerBound == 8)
    }

    @Test func carryOverMoneyIsSpentOnceInThePlanAndFreelyInTheBound() throws {
        // s0 carries 45,000 from the first year; s1 has 15,000 in the second. Year one pays its
        // 30,000 from s0, so year two has 15,000 of s0 left and splits: 3 payments. The bound lets
        // year two spend all of s0 (2 payments in all), and must not claim more than 3.
        let problem = Self.problem(
            costs: [[30_000, 0], [0, 30_000]], budgets: [[45_000, 0], [0, 15_000]], carryOver: [true, false])
        let payments: [[Payment]] = [
            [Payment(source: 0, year: 0, amount: 30_000)],
            [Payment(source: 0, year: 1, amount: 15_000), Payment(source: 1, year: 1, amount: 15_000)],
        ]
        let ledger = PaymentLedger(problem: problem, payments: payments)
        #expect(ledger.isValid)
        let model = try #require(FewestPayments(ledger: ledger, maxRows: 100))
        let years = try #require(model.byYears(nodeLimit: 1_000))
        #expect(years.lowerBound == 2)
        let found = try #require(years.found)
        #expect(found.count == 3)
        let fromCarried = model.entries.indices.filter { model.entries[$0].source == 0 }.map { index in
            found.shares[index] * Double(ledger.cells[model.entries[index].cell].cost)
        }
        #expect(abs(fromCarried.reduce(0, +) - 45_000) < 1e-6, "\(fromCarried)")
        let result = PaymentTidying().tidy(payments, in: problem)
        #expect(result.shape.payments == 3)
        #expect(result.paymentsLowerBound == 3)
    }
}
