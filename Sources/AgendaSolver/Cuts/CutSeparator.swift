/// Finds the cuts a relaxation's point breaks, from every family: variable upper bounds, lifted
/// covers of the budget rows' knapsacks, flow covers of the budget rows, and Gomory cuts of the
/// simplex tableau when the point is a basis's. The families' preparation (the knapsacks, the
/// flow sets) is done once per model.
struct CutSeparator {
    /// A cut must break the point by more than this (in the row's own units) to be returned.
    static let tolerance = 1e-6
    /// ... and lie at least this far from it (violation over the coefficients' norm).
    static let minimumEfficacy = 1e-4

    let variableUpperBounds: VariableUpperBoundCuts
    let covers: LiftedCoverCuts
    let flowCovers: FlowCoverCuts
    let gomory: GomoryCuts
    /// The families asked for (all by default).
    var kinds: Set<Cut.Kind> = Set(Cut.Kind.allCases)

    init(model: PlanningModel) {
        variableUpperBounds = VariableUpperBoundCuts(model: model)
        covers = LiftedCoverCuts(model: model)
        flowCovers = FlowCoverCuts(model: model)
        gomory = GomoryCuts(model: model)
    }

    /// The cuts `values` (one per column of the model's program) breaks, most efficacious first,
    /// at most `limit`, none in `known` and no two alike. Ties keep a fixed order (by family,
    /// then by columns), so the same point gives the same cuts.
    func separate(_ values: [Double], limit: Int, known: Set<Cut> = []) -> [Cut] {
        rank(families(values), at: values, limit: limit, known: known)
    }

    /// As `separate`, at the optimal basic solution of `simplex`, with Gomory cuts of its tableau
    /// among the candidates.
    func separate(_ simplex: inout DualSimplex, limit: Int, known: Set<Cut> = []) -> [Cut] {
        let values = (0..<gomory.isDecision.count).map { simplex.value($0) }
        var found = families(values)
        if kinds.contains(.gomory) { found += gomory.separate(&simplex, limit: limit) }
        return rank(found, at: values, limit: limit, known: known)
    }

    /// The cuts of the families that work from a point alone.
    private func families(_ values: [Double]) -> [Cut] {
        var found: [Cut] = []
        if kinds.contains(.variableUpperBound) {
            found += variableUpperBounds.separate(values, tolerance: Self.tolerance)
        }
        if kinds.contains(.liftedCover) { found += covers.separate(values, tolerance: Self.tolerance) }
        if kinds.contains(.flowCover) { found += flowCovers.separate(values, tolerance: Self.tolerance) }
        return found
    }

    /// The candidates breaking `values` by more than the tolerance, most efficacious first, at most
    /// `limit`, none in `known` and no two alike.
    private func rank(_ found: [Cut], at values: [Double], limit: Int, known: Set<Cut>) -> [Cut] {
        var seen = known
        let ranked =
            found
            .map { cut in
                let violation = cut.violation(values)
                return (cut: cut, violation: violation, efficacy: cut.efficacy(violation: violation))
            }
            .filter {
                $0.efficacy >= Self.minimumEfficacy && $0.violation > Self.tolerance
                    && seen.insert($0.cut).inserted
            }
            .sorted { a, b in
                if a.efficacy != b.efficacy { return a.efficacy > b.efficacy }
                if a.cut.kind != b.cut.kind { return a.cut.kind < b.cut.kind }
                return a.cut.columns.lexicographicallyPrecedes(b.cut.columns)
            }
        return ranked.prefix(limit).map(\.cut)
    }
}
