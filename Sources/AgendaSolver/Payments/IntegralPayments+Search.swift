extension IntegralPayments {
    /// Whole-euro payments for `funded` found by a depth-first search over the payments, or nil
    /// when `limit` relaxations found none.
    ///
    /// The payments' own program, in euros (`PaymentProgram`), is solved and tightened by a few
    /// rounds of Gomory cuts (`rootWithCuts`). Then a payment with a fraction of a euro is split
    /// into "at most its euros rounded down" and "at least its euros rounded up", and the search
    /// goes down one side, warm-started from the current basis, and back up to the other side when
    /// a relaxation has no solution. The payment split is the one with the fewest rows that its
    /// rounding could break, rounded the way that breaks fewer, the smaller step first among equals
    /// (coefficient diving). Budgets and the sums per action-year keep whole-euro vertices on their
    /// own; only the allocation key's weighted floors call for splits. The payments found are
    /// checked by `round` against every budget and floor.
    func searchPayments(funded: [Bool], limit: Int) -> [Int]? {
        let program = PaymentProgram(self, funded: funded)
        guard var simplex = Self.rootWithCuts(program) else { return nil }
        var trail: [PaymentSplit] = []
        // A payment split moves few pivots; a relaxation that takes more than its rows' worth is
        // stalling, and the search gives up rather than wait.
        let pivots = simplex.rowCount + 100
        for _ in 0..<limit {
            let status = simplex.solve(limit: pivots)
            if status == .iterationLimit { return nil }
            if status == .optimal {
                guard let split = program.split(simplex) else {
                    let euros = program.column.map { $0 < 0 ? 0 : simplex.value($0) }
                    if let amounts = round(funded: funded, fractional: euros) { return amounts }
                    guard Self.backtrack(&simplex, &trail) else { return nil }
                    continue
                }
                trail.append(split)
                simplex.setBounds(split.column, lower: split.first.lower, upper: split.first.upper)
            } else if !Self.backtrack(&simplex, &trail) {
                return nil
            }
        }
        return nil
    }

    /// Rounds of Gomory cuts on the payments' program before the search splits payments.
    static let cutRounds = 3

    /// The payments' relaxation solved, after `cutRounds` rounds of Gomory cuts (`GomoryCuts`, every
    /// payment whole, its bounds whole euros); nil when it has no solution or stalls.
    ///
    /// The cuts hold for every whole-euro payment, and they move the vertex the search starts from
    /// away from the floors' exact fractions: without them, the search split its way along a
    /// floor a euro per relaxation and did not pay the plan of the generated 150-action agenda of
    /// seed 1 within its 200 relaxations, and CBC's coefficient dive did not either without its
    /// own cuts.
    /// A program with cuts is solved afresh with perturbed costs, since its all-zero objective
    /// otherwise stalls the dual simplex.
    private static func rootWithCuts(_ program: PaymentProgram) -> DualSimplex? {
        var lp = program.lp
        var simplex = DualSimplex(lp)
        guard simplex.solve(limit: 50 * lp.rowCount + 1_000) == .optimal else { return nil }
        let gomory = GomoryCuts(isDecision: Array(repeating: true, count: lp.columnCount))
        for _ in 0..<cutRounds {
            let cuts = gomory.separate(&simplex, limit: 100)
            guard !cuts.isEmpty else { break }
            lp = lp.adding(cuts)
            simplex = DualSimplex(lp, perturbed: true)
            guard simplex.solve(limit: 50 * lp.rowCount + 1_000) == .optimal else { return nil }
        }
        return simplex
    }

    /// Undoes splits until one has a side left to try, and sets that side; false when none has.
    private static func backtrack(_ simplex: inout DualSimplex, _ trail: inout [PaymentSplit]) -> Bool {
        while let last = trail.last {
            if let second = last.second {
                trail[trail.count - 1].second = nil
                simplex.setBounds(last.column, lower: second.lower, upper: second.upper)
                return true
            }
            simplex.setBounds(last.column, lower: last.saved.lower, upper: last.saved.upper)
            trail.removeLast()
        }
        return false
    }
}

/// A payment's bounds split in two: its bounds before, the side tried first and the side still to try.
struct PaymentSplit {
    typealias Bounds = (lower: Double, upper: Double)
    var column: Int
    var saved: Bounds
    var first: Bounds
    var second: Bounds?
}
