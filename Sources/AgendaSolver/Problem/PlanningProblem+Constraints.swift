extension PlanningProblem {
    /// Whether `other` has exactly these plans: the same actions, costs, sources, budgets, rules
    /// and allocation key, whatever the actions' scores. A search's proof for one then holds for
    /// the other (`SearchMemory`).
    ///
    /// With `tighterFixings`, `other` may also fix actions that this problem leaves free (to be
    /// funded, or never): its plans are then a subset of these, so a proof for this problem still
    /// bounds every plan of `other`.
    func hasSameConstraints(as other: PlanningProblem, tighterFixings: Bool = false) -> Bool {
        guard years == other.years, municipalities == other.municipalities,
            actions.count == other.actions.count, sources.count == other.sources.count
        else { return false }
        for (a, b) in zip(sources, other.sources) {
            guard a.id == b.id, a.budget == b.budget, a.maxShare == b.maxShare, a.carryOver == b.carryOver,
                a.sharedByKey == b.sharedByKey, a.tiesMunicipalities == b.tiesMunicipalities
            else { return false }
        }
        for (a, b) in zip(actions, other.actions) {
            guard a.id == b.id, a.costs == b.costs, a.eligibleSources == b.eligibleSources,
                a.fixed == b.fixed || (tighterFixings && a.fixed == .free),
                a.requires == b.requires, a.excludes == b.excludes,
                a.municipalities.map(\.index) == b.municipalities.map(\.index),
                a.municipalities.map(\.weight) == b.municipalities.map(\.weight)
            else { return false }
        }
        switch (fairness, other.fairness) {
        case (nil, nil): return true
        case (let a?, let b?):
            return a.indicator == b.indicator && a.minShare == b.minShare && a.keyShares == b.keyShares
                && a.floors == b.floors
        default: return false
        }
    }
}
