/// Writes the fewest payments for a plan's funded actions as a mixed-integer programme in free MPS,
/// for a MILP solver to check what `PaymentTidying` finds and proves. It is built from the problem
/// alone, not from the tidying's own model, so a solver's answer is an independent check.
///
/// Variables, per funded action-year and eligible source (each costing year of an action that
/// `payments` pays):
/// - `p<a>_<s>_<year>`: euros source `s` pays for action `a` in `year`; continuous, ≥ 0.
/// - `z<a>_<s>_<year>`: 1 when that payment exists; binary.
///
/// Rows (`OBJ`, the number of payments, is minimised):
/// - `pay<a>_<year>` (E): `Σ_s p = cost`;
/// - `on<a>_<s>_<year>` (L): `p − most × z ≤ 0`, `most` the cost or the source's cap of it;
/// - `min<a>_<s>_<year>` (G): `p − min-payment × z ≥ 0`, for a source with a minimum payment;
/// - `bud<s>_<year>` (L): spending ≤ budget, cumulative for carry-over sources;
/// - `fair<m>_<year>` (G): key-shared euros to municipality `m`, weighted by each action's share,
///   at least the floor less the half euro a plan in whole euros may lose.
///
/// Euros are continuous here and whole in a plan, so the solver's optimum is a lower bound on the
/// payments of any plan of these actions (and almost always equal to the fewest).
public enum PaymentsMPSWriter {
    public static func mps(_ problem: PlanningProblem, payments: [[Solution.Payment]]) -> String {
        var document = MPSDocument(name: "\(problem.name)-payments", maximises: false)
        let cells = PaymentLedger(problem: problem, payments: payments).cells
        let eligible = cells.map { cell in
            problem.actions[cell.action].eligibleSources.filter { problem.sources.indices.contains($0) }
        }
        func p(_ cell: Int, _ source: Int) -> String {
            "p\(cells[cell].action)_\(source)_\(problem.years[cells[cell].year])"
        }
        func z(_ cell: Int, _ source: Int) -> String { "z" + p(cell, source).dropFirst() }
        for (index, sources) in eligible.enumerated() {
            for source in sources { document.column(p(index, source), integer: false) }
        }
        for (index, sources) in eligible.enumerated() {
            for source in sources { document.column(z(index, source), integer: true) }
        }
        document.row("OBJ", .n)
        for (index, cell) in cells.enumerated() {
            let row = "pay\(cell.action)_\(problem.years[cell.year])"
            document.row(row, .e, rhs: Double(cell.cost))
            for source in eligible[index] {
                let entry = problem.sources[source]
                let name = String(p(index, source).dropFirst())
                document.add(p(index, source), row, 1)
                document.add(z(index, source), "OBJ", 1)
                document.row("on\(name)", .l)
                document.add(p(index, source), "on\(name)", 1)
                document.add(z(index, source), "on\(name)", -Double(min(entry.cap(of: cell.cost), cell.cost)))
                guard entry.minPayment > 0 else { continue }
                document.row("min\(name)", .g)
                document.add(p(index, source), "min\(name)", 1)
                document.add(z(index, source), "min\(name)", -Double(entry.minPayment))
            }
        }
        addBudgets(&document, problem, cells, eligible, p)
        addFloors(&document, problem, cells, eligible, p)
        document.bounds = eligible.indices.flatMap { index in eligible[index].map { " BV BND  \(z(index, $0))" } }
        document.comments = [
            "Fewest payments for the funded actions of \(problem.title)",
            "Written by PaymentsMPSWriter (free MPS). Minimise OBJ, the number of payments.",
            "p<a>_<s>_<year> = euros source s pays for action a in year; z = 1 when that payment exists",
        ]
        return document.text()
    }

    private static func addBudgets(
        _ document: inout MPSDocument, _ problem: PlanningProblem, _ cells: [PaymentLedger.Cell],
        _ eligible: [[Int]], _ p: (Int, Int) -> String
    ) {
        for (source, entry) in problem.sources.enumerated() {
            for year in problem.years.indices {
                let years = entry.carryOver ? Array(0...year) : [year]
                let payers = cells.indices.filter { years.contains(cells[$0].year) && eligible[$0].contains(source) }
                guard !payers.isEmpty else { continue }
                let row = "bud\(source)_\(problem.years[year])"
                let budget = years.reduce(0) { $0 + (entry.budget.indices.contains($1) ? entry.budget[$1] : 0) }
                document.row(row, .l, rhs: Double(budget))
                for cell in payers { document.add(p(cell, source), row, 1) }
            }
        }
    }

    private static func addFloors(
        _ document: inout MPSDocument, _ problem: PlanningProblem, _ cells: [PaymentLedger.Cell],
        _ eligible: [[Int]], _ p: (Int, Int) -> String
    ) {
        guard let fairness = problem.fairness else { return }
        for municipality in problem.municipalities.indices where fairness.floors.indices.contains(municipality) {
            for year in problem.years.indices where fairness.floors[municipality].indices.contains(year) {
                let floor = fairness.floors[municipality][year]
                guard floor > 1e-9 else { continue }
                let row = "fair\(municipality)_\(problem.years[year])"
                document.row(row, .g, rhs: floor - PlanningProblem.Fairness.rounding)
                for (index, cell) in cells.enumerated() where cell.year == year {
                    guard
                        let place = problem.actions[cell.action].municipalities.first(where: {
                            $0.index == municipality
                        }), place.weight > 0
                    else { continue }
                    for source in eligible[index] where problem.sources[source].sharedByKey {
                        document.add(p(index, source), row, place.weight)
                    }
                }
            }
        }
    }
}
