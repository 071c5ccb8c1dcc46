@testable import AgendaSolver

/// An independent check of a solution against its problem, written for the tests: every rule a
/// plan must keep, stated once more in the plainest terms.
enum SolutionCheck {
    /// The plan that funds `funded` with whole-euro `amounts` per share of `model`, as a solution
    /// to check; its objective is the funded actions' score and its bound no limit.
    static func solution(funded: [Bool], amounts: [Int], model: PlanningModel) -> Solution {
        let problem = model.problem
        var payments = Array(repeating: [Solution.Payment](), count: problem.actions.count)
        for (index, share) in model.shares.enumerated() where amounts[index] > 0 {
            payments[share.action].append(
                Solution.Payment(source: share.source, year: share.year, amount: amounts[index]))
        }
        let objective = problem.actions.indices.reduce(0) { $0 + (funded[$1] ? problem.actions[$1].score : 0) }
        return Solution(
            funded: funded, payments: payments, objective: objective, bound: Int.max / 4, proven: false,
            nodes: 0, method: .lpBranchAndBound, prices: [], infeasibility: [])
    }

    /// Every rule the solution breaks, one line each; empty for a valid plan.
    static func violations(_ solution: Solution, _ problem: PlanningProblem) -> [String] {
        guard let funded = solution.funded else { return [] }
        var found: [String] = []
        let objective = problem.actions.indices.reduce(0) { $0 + (funded[$1] ? problem.actions[$1].score : 0) }
        if objective != solution.objective {
            found.append("objective \(solution.objective) is not the funded score \(objective)")
        }
        if solution.bound < solution.objective { found.append("bound \(solution.bound) below the objective") }
        var spent = problem.zeroPrices
        for (index, action) in problem.actions.enumerated() {
            found += rules(index, action, funded, problem)
            var paid = Array(repeating: 0, count: problem.years.count)
            for payment in solution.payments[index] {
                paid[payment.year] += payment.amount
                spent[payment.source][payment.year] += Double(payment.amount)
                if !action.eligibleSources.contains(payment.source) {
                    found.append("\(action.id) paid by ineligible \(payment.source)")
                }
                if payment.amount > problem.sources[payment.source].cap(of: action.costs[payment.year]) {
                    found.append("\(action.id) paid above the cap of source \(payment.source)")
                }
                if payment.amount < problem.sources[payment.source].minPayment {
                    found.append("\(action.id) paid \(payment.amount), below the minimum of source \(payment.source)")
                }
            }
            let owed = funded[index] ? action.costs : action.costs.map { _ in 0 }
            if paid != owed { found.append("\(action.id) paid \(paid), owes \(owed)") }
        }
        return found + budgets(spent, problem) + floors(solution, funded, problem)
    }

    private static func rules(
        _ index: Int, _ action: PlanningProblem.ActionEntry, _ funded: [Bool],
        _ problem: PlanningProblem
    ) -> [String] {
        var found: [String] = []
        if action.fixed == .mustFund && !funded[index] { found.append("\(action.id) must be funded") }
        if action.fixed == .never && funded[index] { found.append("\(action.id) is never funded") }
        if funded[index] && action.requires.contains(where: { !funded[$0] }) {
            found.append("\(action.id) lacks what it requires")
        }
        if funded[index] && action.excludes.contains(where: { $0 != index && funded[$0] }) {
            found.append("\(action.id) with what it excludes")
        }
        return found
    }

    private static func budgets(_ spent: [[Double]], _ problem: PlanningProblem) -> [String] {
        var found: [String] = []
        for (index, source) in problem.sources.enumerated() {
            var budget = 0
            var used = 0.0
            for year in problem.years.indices {
                budget = source.carryOver ? budget + source.budget[year] : source.budget[year]
                used = source.carryOver ? used + spent[index][year] : spent[index][year]
                if used > Double(budget) { found.append("\(source.id) spends \(used) of \(budget) by year \(year)") }
            }
        }
        return found
    }

    private static func floors(_ solution: Solution, _ funded: [Bool], _ problem: PlanningProblem) -> [String] {
        guard let fairness = problem.fairness else { return [] }
        var received = fairness.floors.map { $0.map { _ in 0.0 } }
        for (index, action) in problem.actions.enumerated() where funded[index] {
            for payment in solution.payments[index] where problem.sources[payment.source].sharedByKey {
                for place in action.municipalities {
                    received[place.index][payment.year] += place.weight * Double(payment.amount)
                }
            }
        }
        var found: [String] = []
        for municipality in fairness.floors.indices {
            for year in problem.years.indices
            where received[municipality][year] < fairness.floors[municipality][year] - PlanningProblem.Fairness.rounding
                - 1e-6
            {
                found.append(
                    "municipality \(municipality) gets \(received[municipality][year]) below its floor in year \(year)")
            }
        }
        return found
    }
}
