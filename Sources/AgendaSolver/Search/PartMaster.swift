/// The master program of column generation over a split agenda's parts (Dantzig–Wolfe): each
/// part takes a mix of the solutions known for it (its columns: plans, or relaxed solutions at
/// earlier prices), and together they keep the shared budgets and the allocation key's floors.
///
/// Its optimum never exceeds the whole relaxation's, and its duals price those rows for the next
/// round of the parts' relaxations (`DecomposedSearch.partBound`), whose value bounds every plan.
/// As columns come in, the two meet at the whole relaxation's optimum; the rows are scaled by
/// their right-hand sides, as `PlanningModel` scales its own.
struct PartMaster {
    private let problem: PlanningProblem
    /// Shared budget rows: source, year and budget in euros (cumulative for carry-over sources).
    private let budgetRows: [(source: Int, year: Int, budget: Double)]
    /// Floor rows: municipality, year and floor in euros.
    private let floorRows: [(municipality: Int, year: Int, floor: Double)]
    /// `[part]` → its convexity row among the parts with actions, or −1.
    private let partRow: [Int]
    /// `(source, year)` → the shared budget rows a euro spent there counts in (for carry-over
    /// sources, that year's cumulative row and every later one's).
    private let budgetRowsOf: [DecomposedSearch.PartColumn.Cell: [Int]]
    /// `(municipality, year)` → its floor row.
    private let floorRowOf: [DecomposedSearch.PartColumn.Cell: Int]
    /// Per column: its cost (the negated value, in points) and its entries by row.
    private var columns: [(cost: Double, entries: [(row: Int, value: Double)])] = []
    /// The last optimal basis, and how many columns it had.
    private var last: (basis: DualSimplex.Basis, columns: Int)?

    init(split: DecomposedSearch) {
        problem = split.problem
        let shared = split.sharedRows()
        let budgets = shared.map { (source: $0.source, year: $0.years.upperBound, budget: Double($0.budget)) }
        budgetRows = budgets
        var rowsOf: [DecomposedSearch.PartColumn.Cell: [Int]] = [:]
        for (row, entry) in shared.enumerated() {
            for year in entry.years { rowsOf[.init(index: entry.source, year: year), default: []].append(row) }
        }
        budgetRowsOf = rowsOf
        var floors: [(municipality: Int, year: Int, floor: Double)] = []
        for (m, row) in (problem.fairness?.floors ?? []).enumerated() {
            for (year, floor) in row.enumerated() where floor > 0 { floors.append((m, year, floor)) }
        }
        floorRows = floors
        floorRowOf = Dictionary(
            floors.enumerated().map {
                (DecomposedSearch.PartColumn.Cell(index: $1.municipality, year: $1.year), budgets.count + $0)
            }, uniquingKeysWith: { first, _ in first })
        var next = 0
        partRow = split.parts.map { members in
            guard !members.isEmpty else { return -1 }
            defer { next += 1 }
            return next
        }
    }

    /// Adds a solution of `part` as a column.
    mutating func add(part: Int, column: DecomposedSearch.PartColumn) {
        guard partRow[part] >= 0 else { return }
        // In a fixed order: sums in a dictionary's order would differ from run to run.
        var byRow: [Int: Double] = [:]
        for (cell, spent) in Self.ordered(column.usage) {
            for row in budgetRowsOf[cell] ?? [] { byRow[row, default: 0] += spent / Self.scale(budgetRows[row].budget) }
        }
        for (cell, brought) in Self.ordered(column.floorUse) {
            guard let row = floorRowOf[cell] else { continue }
            byRow[row, default: 0] += brought / Self.scale(floorRows[row - budgetRows.count].floor)
        }
        byRow[budgetRows.count + floorRows.count + partRow[part]] = 1
        columns.append((-column.value, byRow.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }))
    }

    /// The master's optimum (in points) and its duals as prices: per shared budget row (in
    /// ten-thousandths of a point per euro, as `PlanSearch` keeps its multipliers) and per floor.
    /// Starts from the last optimal basis, the new columns nonbasic. Nil when it finds no optimum
    /// within its pivots.
    mutating func solve() -> (value: Double, mu: [[Double]], floorPrices: [[Double]])? {
        var simplex = DualSimplex(program())
        if let last {
            let added = columns.count - last.columns
            let basic = last.basis.basic.map { $0 < last.columns ? $0 : $0 + added }
            let atUpper =
                Array(last.basis.atUpper[..<last.columns]) + Array(repeating: false, count: added)
                + Array(last.basis.atUpper[last.columns...])
            simplex.restore(DualSimplex.Basis(basic: basic, atUpper: atUpper))
            if !simplex.isDualFeasible { simplex.makeDualFeasible() }
        }
        // The first solve, from the all-logical basis, as many pivots as the branch and bound
        // allows; later ones, from the last basis, a few per row: a master that degenerates ends
        // the rounds instead of taking the plan's time (one took 100 s on a generated agenda).
        let perRow = last == nil ? 50 : 5
        guard simplex.solve(limit: perRow * (simplex.rowCount + 100)) == .optimal else { return nil }
        last = (simplex.basis, columns.count)
        let duals = simplex.rowDuals()
        let years = problem.years.count
        var mu = problem.sources.map { _ in Array(repeating: 0.0, count: years) }
        for (row, budget) in budgetRows.enumerated() {
            // The dual is the minimum's change per unit of the row; the objective is negated.
            mu[budget.source][budget.year] = max(0, -duals[row] / Self.scale(budget.budget)) * 10_000
        }
        var floorPrices = problem.municipalities.map { _ in Array(repeating: 0.0, count: years) }
        for (k, floor) in floorRows.enumerated() {
            floorPrices[floor.municipality][floor.year] =
                max(0, duals[budgetRows.count + k] / Self.scale(floor.floor)) * 10_000
        }
        return (-simplex.objective, mu, floorPrices)
    }

    private static func scale(_ amount: Double) -> Double { max(abs(amount), 1) }

    /// A column's cells by index, then year.
    private static func ordered(
        _ cells: [DecomposedSearch.PartColumn.Cell: Double]
    ) -> [(key: DecomposedSearch.PartColumn.Cell, value: Double)] {
        cells.sorted { ($0.key.index, $0.key.year) < ($1.key.index, $1.key.year) }
    }

    /// The program: a weight in [0, 1] per column, the budget, floor and convexity rows.
    private func program() -> LinearProgram {
        var lp = LinearProgram()
        for column in columns { lp.addColumn(cost: column.cost, lower: 0, upper: 1) }
        for budget in budgetRows {
            lp.addRow([], lower: -.infinity, upper: budget.budget / Self.scale(budget.budget))
        }
        for floor in floorRows {
            let need = floor.floor - PlanningProblem.Fairness.rounding
            lp.addRow([], lower: need / Self.scale(floor.floor), upper: .infinity)
        }
        for row in partRow where row >= 0 { lp.addRow([], lower: 1, upper: 1) }
        for (j, column) in columns.enumerated() { lp.columns[j] = column.entries }
        return lp
    }
}
