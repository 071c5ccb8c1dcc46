extension LPBranchAndBound.Run {
    /// Polishes the plan of a search that ended within the gap asked for (`relativeGap`): the
    /// nodes it left unsearched may still hold a slightly better plan.
    ///
    /// RINS at the root relaxation, searched without a gap: the decisions on which the final plan
    /// and the root agree are fixed, and the few on which they disagree are searched again, as
    /// long as that finds better plans and `polishNodes` lasts. During the search, RINS looks
    /// around a plan at the relaxation of the node that found it, which agrees with it on more
    /// and so frees less. It only adds plans: the bound and its proof are those of the search.
    mutating func polish() {
        guard let root = rootState, best != nil, !unresolved.isEmpty, nodes < search.nodeLimit,
            !search.stop.isRequested
        else { return }
        var exact = search
        exact.relativeGap = 0
        var left = search.polishNodes
        while left > 0, !search.stop.isRequested, let plan = best {
            let fixes = agreements(of: plan.funded, with: root)
            guard fixes.count < root.fixed.filter({ $0 < 0 }).count else { return }
            left -= max(searchNeighbourhood(of: exact, from: root, fixing: fixes, nodes: left), 1)
            guard incumbent > plan.objective else { return }
        }
    }

    /// The free decisions of `state` on which `funded` and its relaxation agree, as fixings.
    func agreements(of funded: [Bool], with state: LPBranchAndBound.State) -> [(action: Int, value: Bool)] {
        funded.indices.compactMap { action in
            guard state.fixed[action] < 0 else { return nil }
            let v = state.decision(action)
            return (funded[action] ? v > 1 - 1e-6 : v < 1e-6) ? (action, funded[action]) : nil
        }
    }
}
