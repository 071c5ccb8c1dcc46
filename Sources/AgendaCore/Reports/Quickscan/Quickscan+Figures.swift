/// A place's figures and its targets measured on them.
extension QuickscanBuilder {
    /// Units whose figures add up over districts; shares and rates per 1,000 do not.
    static let additiveUnits: Set<IndicatorUnit> = [.persons, .count, .euro]

    /// A district's figure: the one it gives (or that was counted from its locations).
    func figure(_ indicator: Indicator, of district: District) -> Quickscan.IndicatorFigure {
        let given = district.indicators.first { $0.indicator == indicator.id }
        return figure(indicator, value: given?.value, derived: given?.derived ?? false, summed: false)
    }

    /// A municipality's figure: its own, or else, for a unit that adds up, the sum of the figures its
    /// districts give.
    func figure(_ indicator: Indicator, of municipality: Municipality) -> Quickscan.IndicatorFigure {
        if let own = municipality.indicators.first(where: { $0.indicator == indicator.id }) {
            return figure(indicator, value: own.value, derived: own.derived, summed: false)
        }
        let parts = municipality.districts.compactMap { district in
            district.indicators.first { $0.indicator == indicator.id }
        }
        guard Self.additiveUnits.contains(indicator.unit), !parts.isEmpty else {
            return figure(indicator, value: nil, derived: false, summed: false)
        }
        return figure(
            indicator, value: parts.reduce(0) { $0 + $1.value }, derived: parts.contains { $0.derived }, summed: true)
    }

    private func figure(_ indicator: Indicator, value: Double?, derived: Bool, summed: Bool)
        -> Quickscan.IndicatorFigure
    {
        Quickscan.IndicatorFigure(
            id: indicator.id, label: indicator.label, unit: indicator.unit, source: indicator.source,
            year: indicator.year, value: value, derived: derived, summed: summed,
            reason: value == nil ? .noFigure(indicator.id) : nil)
    }

    /// `target` measured on the place's figures, and on them plus what the place's funded actions
    /// add (their shares of the module fields that declare `addsTo`).
    func measure(
        _ target: Target, goal: String, figures: [Quickscan.IndicatorFigure], added funded: [Quickscan.ActionEntry]
    ) -> Quickscan.GoalFigure {
        let base = { (id: String) in figures.first { $0.id == id }?.value }
        let added = { (id: String) in
            funded.reduce(0.0) { sum, action in
                action.adds.filter { $0.indicator == id }.reduce(sum) { $0 + $1.amount }
            }
        }
        let now = TargetMeasurement.measure(target, agenda: agenda, onePlace: true, value: base)
        let after = TargetMeasurement.measure(target, agenda: agenda, onePlace: true) { id in
            base(id).map { $0 + added(id) }
        }
        let gap = now.value.map { TargetMeasurement.gap($0, target.bound) }
        // For a per target, the gap in the indicator's own units: gap × per figure / per-amount.
        let gapInIndicator = gap.map { gap in now.perValue.map { gap * $0 / target.perAmount } ?? gap }
        return Quickscan.GoalFigure(
            goal: goal, value: now.value, reached: now.reached, gap: gap, gapInIndicator: gapInIndicator,
            added: added(target.indicator.value), afterPlan: after.value, reachedAfterPlan: after.reached,
            gapAfterPlan: after.value.map { TargetMeasurement.gap($0, target.bound) }, reason: now.problem)
    }
}
