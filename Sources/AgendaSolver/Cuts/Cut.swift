/// A cutting plane: a row `lower ≤ Σ coefficient · column ≤ upper` over the relaxation's columns
/// that every plan keeps but the relaxation's current point breaks. Cuts depend only on the
/// problem's rows and bounds (never on its scores), so a proof's cuts hold for any scores and for
/// any tighter fixing of its decisions.
struct Cut: Sendable, Equatable, Hashable {
    /// The family that found it, for statistics and for a deterministic order.
    enum Kind: Int, Sendable, Comparable, CaseIterable {
        case variableUpperBound
        case liftedCover
        case flowCover
        case gomory

        static func < (a: Kind, b: Kind) -> Bool { a.rawValue < b.rawValue }
    }

    var kind: Kind
    /// Columns, ascending, each once.
    var columns: [Int]
    /// The nonzero coefficient of each column.
    var coefficients: [Double]
    var lower: Double
    var upper: Double

    /// A cut `Σ coefficient · column ≤ upper`; entries are merged by column and sorted, zeros dropped.
    init(kind: Kind, entries: [(column: Int, value: Double)], upper: Double) {
        self.kind = kind
        let sorted = entries.sorted { $0.column < $1.column }
        var columns: [Int] = []
        var coefficients: [Double] = []
        for entry in sorted {
            if columns.last == entry.column {
                coefficients[coefficients.count - 1] += entry.value
            } else {
                columns.append(entry.column)
                coefficients.append(entry.value)
            }
        }
        let kept = coefficients.indices.filter { coefficients[$0] != 0 }
        self.columns = kept.map { columns[$0] }
        self.coefficients = kept.map { coefficients[$0] }
        self.lower = -.infinity
        self.upper = upper
    }

    /// The row's entries, as `LinearProgram.addRow` takes them.
    var entries: [(column: Int, value: Double)] { zip(columns, coefficients).map { ($0, $1) } }

    /// `Σ coefficient · values[column]`.
    func activity(_ values: [Double]) -> Double {
        var sum = 0.0
        for (column, coefficient) in zip(columns, coefficients) { sum += coefficient * values[column] }
        return sum
    }

    /// How far `values` lies outside the row (0 inside).
    func violation(_ values: [Double]) -> Double {
        let activity = activity(values)
        return max(0, activity - upper, lower - activity)
    }

    /// The violation of a point (`violation(_:)`) over the coefficients' Euclidean norm: the
    /// distance from the point to the cut's hyperplane, which compares cuts of different scales.
    func efficacy(violation: Double) -> Double {
        let norm = coefficients.reduce(0) { $0 + $1 * $1 }.squareRoot()
        return norm > 0 ? violation / norm : 0
    }
}

extension LinearProgram {
    /// The program with the cuts appended as rows, in order.
    func adding(_ cuts: [Cut]) -> LinearProgram {
        var lp = self
        for cut in cuts { lp.addRow(cut.entries, lower: cut.lower, upper: cut.upper) }
        return lp
    }
}
