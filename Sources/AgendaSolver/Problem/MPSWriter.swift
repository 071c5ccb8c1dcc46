import Foundation

/// Writes a `PlanningProblem` as a mixed-integer programme in free MPS, for any MIP solver
/// (HiGHS, CBC, SCIP, Gurobi, CPLEX) — to check the planner's plan, or to solve larger agendas.
///
/// Sections start in column 1, data lines with a space, names never contain spaces, and the
/// sections come in the fixed-format order (NAME, OBJSENSE, ROWS, COLUMNS, RHS, BOUNDS, ENDATA), so
/// readers of either dialect read it. The output is deterministic: the same problem gives the same
/// bytes.
///
/// Variables:
/// - `x<a>`: 1 when action `a` (its index in `problem.actions`) is funded; binary.
/// - `p<a>_<s>_<year>`: euros source `s` (its index in `problem.sources`) pays for action `a` in
///   `year`, for each eligible source and each year the action costs money; continuous, ≥ 0.
///
/// Rows (`OBJ` is the objective: the sum of the funded actions' scores in points, maximised):
/// - `pay<a>_<year>` (E): `Σ_s p<a>_<s>_<year> − cost × x<a> = 0` — paid in full, or not at all;
/// - `cap<a>_<s>_<year>` (L): `p<a>_<s>_<year> − cap × x<a> ≤ 0` where the source's max-share < 1;
/// - `bud<s>_<year>` (L): `Σ_a p<a>_<s>_<year> ≤ budget`; for a carry-over source the row adds up
///   every year so far on both sides (spending until then ≤ budgets until then);
/// - `req<a>_<b>` (L): `x<a> − x<b> ≤ 0` — `a` requires `b`;
/// - `exc<a>_<b>` (L): `x<a> + x<b> ≤ 1` — `a` and `b` exclude each other (each pair once, `a < b`);
/// - `fair<m>_<year>` (G): `Σ weight × p ≥ floor` over the key-shared sources' payments to the
///   actions in municipality `m`, each weighted by the action's share for `m`; only with an
///   allocation key and only where the floor is above 0.
///
/// Bounds: `BV` for free actions; `FX 1` for committed and running actions, `FX 0` for stopped and
/// dropped ones.
public enum MPSWriter {
    public static func mps(_ problem: PlanningProblem) -> String {
        var builder = Builder(problem: problem)
        builder.build()
        return builder.text()
    }

    /// A number as MPS readers read it: integers without a point, others in the shortest form that
    /// reads back to the same double.
    static func number(_ value: Double) -> String {
        if value == 0 { return "0" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return "\(value)"
    }

    private struct Builder {
        let problem: PlanningProblem
        var document: MPSDocument

        init(problem: PlanningProblem) {
            self.problem = problem
            self.document = MPSDocument(name: problem.name, maximises: true)
        }

        func x(_ action: Int) -> String { "x\(action)" }
        func p(_ action: Int, _ source: Int, _ year: Int) -> String { "p\(action)_\(source)_\(problem.years[year])" }

        mutating func column(_ name: String, integer: Bool) { document.column(name, integer: integer) }

        mutating func add(_ column: String, _ row: String, _ value: Double) { document.add(column, row, value) }

        mutating func build() {
            let actions = problem.actions
            let sources = problem.sources
            // Columns: the binaries first, then the payments, action by action.
            for index in actions.indices { column(x(index), integer: true) }
            for (index, action) in actions.enumerated() {
                for year in action.costYears {
                    for source in action.eligibleSources where sources.indices.contains(source) {
                        column(p(index, source, year), integer: false)
                    }
                }
            }

            document.row("OBJ", .n, rhs: 0)
            for (index, action) in actions.enumerated() {
                add(x(index), "OBJ", Double(action.score) / PlanningProblem.scoreScale)
            }

            // Full payment.
            for (index, action) in actions.enumerated() {
                for year in action.costYears {
                    let row = "pay\(index)_\(problem.years[year])"
                    document.row(row, .e, rhs: 0)
                    add(x(index), row, -Double(action.costs[year]))
                    for source in action.eligibleSources where sources.indices.contains(source) {
                        add(p(index, source, year), row, 1)
                    }
                }
            }

            // Max share.
            for (index, action) in actions.enumerated() {
                for year in action.costYears {
                    for source in action.eligibleSources
                    where sources.indices.contains(source) && sources[source].maxShare < 1 {
                        let row = "cap\(index)_\(source)_\(problem.years[year])"
                        document.row(row, .l, rhs: 0)
                        add(p(index, source, year), row, 1)
                        add(x(index), row, -Double(sources[source].cap(of: action.costs[year])))
                    }
                }
            }

            // Budgets: per year, or cumulative for carry-over sources.
            for (sourceIndex, source) in sources.enumerated() {
                for year in problem.years.indices {
                    let years = source.carryOver ? Array(0...year) : [year]
                    let payers = actions.indices.flatMap { index in
                        years.filter {
                            actions[index].costs.indices.contains($0) && actions[index].costs[$0] > 0
                                && actions[index].eligibleSources.contains(sourceIndex)
                        }
                        .map { p(index, sourceIndex, $0) }
                    }
                    guard !payers.isEmpty else { continue }
                    let row = "bud\(sourceIndex)_\(problem.years[year])"
                    let budget = years.reduce(0) { $0 + (source.budget.indices.contains($1) ? source.budget[$1] : 0) }
                    document.row(row, .l, rhs: Double(budget))
                    for payer in payers { add(payer, row, 1) }
                }
            }

            // Requires and excludes.
            var written = Set<String>()
            for (index, action) in actions.enumerated() {
                for required in action.requires where actions.indices.contains(required) && required != index {
                    let row = "req\(index)_\(required)"
                    guard written.insert(row).inserted else { continue }
                    document.row(row, .l, rhs: 0)
                    add(x(index), row, 1)
                    add(x(required), row, -1)
                }
            }
            var pairs = Set<[Int]>()
            for (index, action) in actions.enumerated() {
                for other in action.excludes where actions.indices.contains(other) && other != index {
                    pairs.insert([min(index, other), max(index, other)])
                }
            }
            for pair in pairs.sorted(by: { $0[0] != $1[0] ? $0[0] < $1[0] : $0[1] < $1[1] }) {
                let (a, b) = (pair[0], pair[1])
                let row = "exc\(a)_\(b)"
                document.row(row, .l, rhs: 1)
                add(x(a), row, 1)
                add(x(b), row, 1)
            }

            // Fairness floors.
            if let fairness = problem.fairness {
                for municipality in problem.municipalities.indices where fairness.floors.indices.contains(municipality)
                {
                    for year in problem.years.indices where fairness.floors[municipality].indices.contains(year) {
                        let floor = fairness.floors[municipality][year]
                        guard floor > 1e-9 else { continue }
                        var terms: [(String, Double)] = []
                        for (index, action) in actions.enumerated()
                        where action.costs.indices.contains(year) && action.costs[year] > 0 {
                            guard let place = action.municipalities.first(where: { $0.index == municipality }),
                                place.weight > 0
                            else { continue }
                            for source in action.eligibleSources
                            where sources.indices.contains(source) && sources[source].sharedByKey {
                                terms.append((p(index, source, year), place.weight))
                            }
                        }
                        let row = "fair\(municipality)_\(problem.years[year])"
                        // Without payments to count the floor cannot be met: the row stays, empty, so
                        // a solver reports the problem infeasible as the planner would.
                        document.row(row, .g, rhs: floor)
                        for (column, weight) in terms { add(column, row, weight) }
                    }
                }
            }
        }

        func text() -> String {
            var lines: [String] = []
            lines.append("\(problem.title)")
            lines.append("Written by MPSWriter (free MPS). Maximise the sum of the funded actions' scores in points:")
            lines.append("OBJSENSE MAX below; a reader without OBJSENSE must negate OBJ and minimise.")
            lines.append("Years: \(problem.years.map(String.init).joined(separator: " "))")
            for (index, action) in problem.actions.enumerated() {
                let fixed: String =
                    switch action.fixed {
                    case .free: ""
                    case .mustFund: " (must be funded)"
                    case .never: " (never funded)"
                    }
                lines.append("x\(index) = action \(action.id)\(fixed)")
            }
            for (index, source) in problem.sources.enumerated() {
                var notes: [String] = []
                if source.maxShare < 1 { notes.append("max-share \(MPSWriter.number(source.maxShare))") }
                if source.carryOver { notes.append("carry-over") }
                if source.sharedByKey { notes.append("shared by the allocation key") }
                lines.append(
                    "source \(index) = \(source.id)" + (notes.isEmpty ? "" : " (\(notes.joined(separator: ", ")))"))
            }
            if let fairness = problem.fairness {
                lines.append("allocation key \(fairness.indicator), min-share \(MPSWriter.number(fairness.minShare))")
                for (index, municipality) in problem.municipalities.enumerated() {
                    lines.append("municipality \(index) = \(municipality)")
                }
            }
            lines.append("p<a>_<s>_<year> = euros source s pays for action a in year")
            lines.append("rows: pay = paid in full, cap = max-share, bud = budget (cumulative with carry-over),")
            lines.append("      req = requires, exc = excludes, fair = allocation-key floor")

            var document = document
            document.comments = lines
            for (index, action) in problem.actions.enumerated() {
                switch action.fixed {
                case .free: document.bounds.append(" BV BND  x\(index)")
                case .mustFund: document.bounds.append(" FX BND  x\(index)  1")
                case .never: document.bounds.append(" FX BND  x\(index)  0")
                }
            }
            return document.text()
        }
    }
}
