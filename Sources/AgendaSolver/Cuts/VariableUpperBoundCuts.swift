/// Variable upper bounds (implied bounds): `f_asy − u_asy · x_a ≤ 0` for a share whose cap
/// `u_asy` is below the whole cost.
///
/// Valid because a plan funds an action wholly or not at all: with `x_a = 0` its full-payment row
/// `Σ_s f_asy = x_a` and `f ≥ 0` leave every share at 0, and with `x_a = 1` the inequality is
/// the share's own bound. The relaxation only has `f_asy ≤ u_asy`, so a half-funded action can
/// be paid wholly by a source capped at 50%; this cut forbids that.
struct VariableUpperBoundCuts {
    let model: PlanningModel
    /// The shares whose cap is below the whole cost and whose action is free at the root.
    private let candidates: [Int]

    init(model: PlanningModel) {
        self.model = model
        let lp = model.lp
        candidates = model.shares.indices.filter { index in
            let share = model.shares[index]
            let decision = model.decision[share.action]
            return lp.columnUpper[share.column] < 1 - 1e-12 && lp.columnLower[decision] < lp.columnUpper[decision]
        }
    }

    /// The variable upper bounds that `values` (one per column) breaks by more than `tolerance`.
    func separate(_ values: [Double], tolerance: Double) -> [Cut] {
        var cuts: [Cut] = []
        for index in candidates {
            let share = model.shares[index]
            let decision = model.decision[share.action]
            let cap = model.lp.columnUpper[share.column]
            guard values[share.column] - cap * values[decision] > tolerance else { continue }
            cuts.append(
                Cut(kind: .variableUpperBound, entries: [(share.column, 1), (decision, -cap)], upper: 0))
        }
        return cuts
    }
}
