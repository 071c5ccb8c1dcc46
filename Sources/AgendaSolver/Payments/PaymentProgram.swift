/// The payments' program for one choice of funded actions, in euros, for the search over
/// whole-euro payments: a payment per funded share (between 0 and its cap), each action-year's
/// cost in full, every budget (cumulative with carry-over), and every floor less the half euro a
/// plan may lose.
///
/// Euros rather than the planning model's shares of a cost: the simplex's tolerance is then a
/// ten-millionth of a euro, where a share's is a ten-millionth of the cost, which can be a cent,
/// more than the room a tight floor leaves. The floors ask for exactly what a plan must reach:
/// whole euros often meet a floor to the cent (an action counting half for each of two
/// municipalities, say), and `round` checks the payments found exactly.
struct PaymentProgram {
    private(set) var lp = LinearProgram()
    /// `[share of the planning model]` → its payment's column, -1 when the action is not funded.
    private(set) var column: [Int]
    /// Per column: how many rows lowering it (`down`) or raising it (`up`) could break.
    private(set) var locks: [(down: Int, up: Int)] = []

    init(_ payments: IntegralPayments, funded: [Bool]) {
        let model = payments.model
        let problem = payments.problem
        column = Array(repeating: -1, count: model.shares.count)
        for (index, share) in model.shares.enumerated() where funded[share.action] {
            let cap = problem.sources[share.source].cap(of: problem.actions[share.action].costs[share.year])
            // The planning model's tie-breaking reward, so that the simplex does not stall.
            column[index] = lp.addColumn(cost: -PlanningModel.perturbation(index), lower: 0, upper: Double(cap))
        }
        addCosts(model, funded: funded)
        addBudgets(model)
        addFloors(model)
        locks = lp.columns.map { entries in
            var down = 0
            var up = 0
            for entry in entries {
                let raises = entry.value > 0
                if lp.rowUpper[entry.row].isFinite { if raises { up += 1 } else { down += 1 } }
                if lp.rowLower[entry.row].isFinite { if raises { down += 1 } else { up += 1 } }
            }
            return (down, up)
        }
    }

    /// Each funded action-year's payments add up to its cost.
    private mutating func addCosts(_ model: PlanningModel, funded: [Bool]) {
        for (action, entry) in model.problem.actions.enumerated() where funded[action] {
            for year in entry.costYears {
                let members = model.sharesOf[action].filter { model.shares[$0].year == year }
                let cost = Double(entry.costs[year])
                lp.addRow(members.map { (column[$0], 1.0) }, lower: cost, upper: cost)
            }
        }
    }

    /// The planning model's budget rows, in euros.
    private mutating func addBudgets(_ model: PlanningModel) {
        let problem = model.problem
        for budget in model.budgetRows {
            let source = problem.sources[budget.source]
            let years = source.carryOver ? Array(0...budget.year) : [budget.year]
            let total = years.reduce(0) { $0 + source.budget[$1] }
            let entries = model.shares.indices.filter { index in
                let share = model.shares[index]
                return column[index] >= 0 && share.source == budget.source && years.contains(share.year)
            }
            guard !entries.isEmpty else { continue }
            lp.addRow(entries.map { (column[$0], 1.0) }, lower: -.infinity, upper: Double(total))
        }
    }

    /// The planning model's floor rows, in euros: key-shared money weighted by each action's share
    /// of the municipality.
    private mutating func addFloors(_ model: PlanningModel) {
        let problem = model.problem
        guard let floors = problem.fairness?.floors else { return }
        for floor in model.floorRows {
            var entries: [(column: Int, value: Double)] = []
            for (index, share) in model.shares.enumerated()
            where column[index] >= 0 && share.year == floor.year && problem.sources[share.source].sharedByKey {
                let place = problem.actions[share.action].municipalities.first { $0.index == floor.municipality }
                if let weight = place?.weight, weight > 0 { entries.append((column[index], weight)) }
            }
            let need = floors[floor.municipality][floor.year] - PlanningProblem.Fairness.rounding
            lp.addRow(entries, lower: need, upper: .infinity)
        }
    }

    /// The payment to split next and its sides, or nil when every payment is whole (within a
    /// millionth of a euro): the fractional payment with the fewest locks in the direction it is
    /// rounded (the one with fewer locks; the nearer whole euro when equal), the smaller step
    /// first, then the first column.
    func split(_ simplex: DualSimplex) -> PaymentSplit? {
        var best: (column: Int, down: Bool)?
        var fewest = (locks: Int.max, step: 2.0)
        for j in 0..<lp.columnCount {
            let value = simplex.value(j)
            let below = value - value.rounded(.down)
            guard min(below, 1 - below) > 1e-6 else { continue }
            let lock = locks[j]
            let down = lock.down < lock.up || (lock.down == lock.up && below <= 0.5)
            let key = (locks: min(lock.down, lock.up), step: down ? below : 1 - below)
            if key < fewest {
                fewest = key
                best = (j, down)
            }
        }
        guard let best else { return nil }
        let saved = simplex.bounds(of: best.column)
        let value = simplex.value(best.column)
        let downSide = (lower: saved.lower, upper: max(saved.lower, value.rounded(.down)))
        let upSide = (lower: min(saved.upper, value.rounded(.up)), upper: saved.upper)
        return PaymentSplit(
            column: best.column, saved: saved, first: best.down ? downSide : upSide,
            second: best.down ? upSide : downSide)
    }
}
