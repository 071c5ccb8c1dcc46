extension LPBranchAndBound {
    /// Rounds of separation at the root, at most.
    static let cutRounds = 10
    /// A round that raises the bound by less than this share of it ends the rounds.
    static let cutGain = 1e-4

    /// Cut-and-branch at the root: rounds of separation (`CutSeparator`) at the root relaxation's
    /// optimum in `state`, each adding the cuts it finds as rows and going on with the dual simplex
    /// from the basis it had (the new rows' logicals basic, which keeps it dual feasible). The
    /// rounds end when none is broken, a round gains less than `cutGain`, or a round's relaxation
    /// does not solve (its cuts are then left out). Cuts left slack at the end are dropped, and the
    /// rest become the relaxation of every node (`install`); `state` ends solved on it.
    mutating func cutRoot(_ state: inout State) {
        var separator = CutSeparator(model: model)
        if model.lp.rowCount < gomoryRows { separator.kinds.remove(.gomory) }
        let columns = model.lp.columnCount
        let perRound = max(20, model.lp.rowCount / 8)
        var kept: [Cut] = []
        var known = Set<Cut>()
        var value = -state.simplex.objective
        for _ in 0..<Self.cutRounds {
            let found = separator.separate(&state.simplex, limit: perRound, known: known)
            guard !found.isEmpty else { break }
            let basis = state.simplex.basis
            let grown = DualSimplex.Basis(
                basic: basis.basic + found.indices.map { columns + model.lp.rowCount + kept.count + $0 },
                atUpper: basis.atUpper + found.map { _ in false })
            guard let simplex = solved(model.lp.adding(kept + found), from: grown) else { break }
            kept += found
            known.formUnion(found)
            state.simplex = simplex
            let gain = value + simplex.objective
            value = -simplex.objective
            if gain < Self.cutGain * max(abs(value), 1e-9) { break }
        }
        dropSlackCuts(&kept, &state)
        install(kept)
    }

    /// Drops the cuts whose row is slack at `state`'s optimum (their logical basic, so removing row
    /// and logical together leaves a basis of the rest), when the smaller relaxation solves from it.
    private func dropSlackCuts(_ cuts: inout [Cut], _ state: inout State) {
        let columns = model.lp.columnCount
        let first = columns + model.lp.rowCount
        let basis = state.simplex.basis
        var basic = Array(repeating: false, count: basis.atUpper.count)
        for j in basis.basic { basic[j] = true }
        let point = (0..<columns).map { state.simplex.value($0) }
        let slack = cuts.indices.map { k in
            basic[first + k] && cuts[k].upper - cuts[k].activity(point) > 1e-9 * max(1, abs(cuts[k].upper))
        }
        guard slack.contains(true) else { return }
        // Logicals of the cuts kept move up to close the gaps.
        var renumbered = Array(0..<basis.atUpper.count)
        var shift = 0
        for k in cuts.indices {
            if slack[k] { shift += 1 } else { renumbered[first + k] = first + k - shift }
        }
        let smaller = DualSimplex.Basis(
            basic: basis.basic.filter { $0 < first || !slack[$0 - first] }.map { renumbered[$0] },
            atUpper: basis.atUpper.indices.filter { $0 < first || !slack[$0 - first] }.map { basis.atUpper[$0] })
        let remaining = cuts.indices.filter { !slack[$0] }.map { cuts[$0] }
        guard let simplex = solved(model.lp.adding(remaining), from: smaller) else { return }
        cuts = remaining
        state.simplex = simplex
    }

    /// A dual simplex on `lp` from `basis`, solved to optimality within the pivot limit; nil otherwise.
    private func solved(_ lp: LinearProgram, from basis: DualSimplex.Basis) -> DualSimplex? {
        var simplex = DualSimplex(lp)
        simplex.restore(basis)
        return simplex.solve(limit: 50 * (lp.rowCount + 100)) == .optimal ? simplex : nil
    }
}
