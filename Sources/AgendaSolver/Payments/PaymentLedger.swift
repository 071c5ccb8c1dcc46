/// The payments of a plan as a funder reads them: per funded action-year, which source pays how
/// much, with what each source-year has spent and each municipality has received of key-shared
/// money, so that a change can be checked against every budget and floor before it is made.
struct PaymentLedger {
    /// One funded action-year and its payments.
    struct Cell {
        var action: Int
        var year: Int
        var cost: Int
        /// Source → euros, only sources that pay something.
        var amounts: [Int: Int]
    }

    let problem: PlanningProblem
    private(set) var cells: [Cell]
    /// `[source][year]` euros paid.
    private(set) var spent: [[Int]]
    /// `[municipality][year]` key-shared euros its actions received.
    private(set) var received: [[Double]]

    init(problem: PlanningProblem, payments: [[Solution.Payment]]) {
        self.problem = problem
        let years = problem.years.count
        spent = Array(repeating: Array(repeating: 0, count: years), count: problem.sources.count)
        received = Array(repeating: Array(repeating: 0, count: years), count: problem.municipalities.count)
        cells = []
        for (action, paid) in payments.enumerated() where !paid.isEmpty {
            var byYear: [Int: [Int: Int]] = [:]
            for payment in paid where payment.amount > 0 {
                byYear[payment.year, default: [:]][payment.source, default: 0] += payment.amount
            }
            for year in byYear.keys.sorted() {
                let amounts = byYear[year] ?? [:]
                cells.append(Cell(action: action, year: year, cost: problem.actions[action].costs[year], amounts: [:]))
                set(cells.count - 1, to: amounts)
            }
        }
    }

    /// The payments per action, in the solver's form, sources in index order.
    var payments: [[Solution.Payment]] {
        var result = Array(repeating: [Solution.Payment](), count: problem.actions.count)
        for cell in cells {
            for source in cell.amounts.keys.sorted() {
                result[cell.action].append(
                    Solution.Payment(source: source, year: cell.year, amount: cell.amounts[source] ?? 0))
            }
        }
        return result
    }

    /// Replaces a cell's payments, keeping `spent` and `received` in step.
    mutating func set(_ index: Int, to amounts: [Int: Int]) {
        let cell = cells[index]
        apply(cell.amounts, cell, sign: -1)
        cells[index].amounts = amounts.filter { $0.value != 0 }
        apply(cells[index].amounts, cell, sign: 1)
    }

    private mutating func apply(_ amounts: [Int: Int], _ cell: Cell, sign: Int) {
        let action = problem.actions[cell.action]
        // In source order, so that the floating sums come out the same on every run.
        for (source, amount) in amounts.sorted(by: { $0.key < $1.key }) {
            spent[source][cell.year] += sign * amount
            guard problem.sources[source].sharedByKey else { continue }
            for place in action.municipalities {
                received[place.index][cell.year] += Double(sign * amount) * place.weight
            }
        }
    }

    /// Whether the cell may be paid by `amounts` instead: each source eligible and within its cap,
    /// every budget kept (with carry-over, every year's running total) and every floor met.
    func allows(_ index: Int, _ amounts: [Int: Int]) -> Bool {
        let cell = cells[index]
        let action = problem.actions[cell.action]
        guard amounts.values.reduce(0, +) == cell.cost else { return false }
        for (source, amount) in amounts {
            guard amount >= 0, action.eligibleSources.contains(source),
                amount <= problem.sources[source].cap(of: cell.cost),
                amount == 0 || amount >= problem.sources[source].minPayment
            else { return false }
        }
        var change: [Int: Int] = [:]
        for (source, amount) in amounts { change[source, default: 0] += amount }
        for (source, amount) in cell.amounts { change[source, default: 0] -= amount }
        var keyShared = 0
        for (source, delta) in change where delta != 0 {
            guard fits(source, year: cell.year, more: delta) else { return false }
            if problem.sources[source].sharedByKey { keyShared += delta }
        }
        return keyShared >= 0 || floorsHold(action, year: cell.year, less: -keyShared)
    }

    /// Whether every budget, cap, minimum payment and floor holds, and every cell is paid in full.
    var isValid: Bool { firstOverspending == nil && firstShortFloor == nil && cells.indices.allSatisfy(cellIsValid) }

    private func cellIsValid(_ index: Int) -> Bool {
        let cell = cells[index]
        let action = problem.actions[cell.action]
        return cell.amounts.values.reduce(0, +) == cell.cost
            && cell.amounts.allSatisfy { source, amount in
                amount > 0 && action.eligibleSources.contains(source)
                    && amount <= problem.sources[source].cap(of: cell.cost)
                    && amount >= problem.sources[source].minPayment
            }
    }

    /// The first source and year whose budget (with carry-over, running total) is overspent, and
    /// by how much.
    var firstOverspending: (source: Int, year: Int, excess: Int)? {
        for (index, source) in problem.sources.enumerated() {
            var budget = 0
            var paid = 0
            for year in problem.years.indices {
                budget = source.carryOver ? budget + source.budget[year] : source.budget[year]
                paid = source.carryOver ? paid + spent[index][year] : spent[index][year]
                if paid > budget { return (index, year, paid - budget) }
            }
        }
        return nil
    }

    /// The first municipality and year whose floor is not met, and by how many euros.
    var firstShortFloor: (municipality: Int, year: Int, short: Int)? {
        guard let floors = problem.fairness?.floors else { return nil }
        for municipality in floors.indices {
            for year in problem.years.indices {
                let short =
                    floors[municipality][year] - PlanningProblem.Fairness.rounding - received[municipality][year]
                if short > 1e-6 { return (municipality, year, Int(saturating: short.rounded(.up))) }
            }
        }
        return nil
    }

    /// Whether `more` euros (negative: fewer) from the source in that year keep its budget.
    private func fits(_ source: Int, year: Int, more: Int) -> Bool {
        guard more > 0 else { return true }
        let entry = problem.sources[source]
        guard entry.carryOver else { return spent[source][year] + more <= entry.budget[year] }
        // Every running total from this year on must stay within the budgets up to then.
        var budget = 0
        var paid = 0
        for later in 0..<problem.years.count {
            budget += entry.budget[later]
            paid += spent[source][later]
            if later >= year && paid + more > budget { return false }
        }
        return true
    }

    /// Whether the action's municipalities keep their floors with `less` key-shared euros.
    private func floorsHold(_ action: PlanningProblem.ActionEntry, year: Int, less: Int) -> Bool {
        guard let floors = problem.fairness?.floors else { return true }
        return action.municipalities.allSatisfy { place in
            received[place.index][year] - Double(less) * place.weight
                >= floors[place.index][year] - PlanningProblem.Fairness.rounding
        }
    }
}
