import AgendaRules

/// How a goal's target is measured against the figures of one place, or of the whole region: the
/// rules `PlanSummaries` measures the region's targets with and `Quickscan` each municipality's
/// and district's, written once.
///
/// A target is measured on its indicator's value (per `perAmount` of its `per` indicator, when it
/// has one). It cannot be measured when either indicator is undefined, when a figure is missing, or
/// when the `per` figure is not positive. A share is measured only at one place and without `per`:
/// shares do not add up over places, and a share per something means nothing.
public enum TargetMeasurement {
    /// Why a target cannot be measured; each names the indicator concerned.
    public enum Unmeasurable: Sendable, Equatable {
        /// The agenda does not define the indicator in `indicators:`.
        case undefinedIndicator(String)
        /// The indicator is a share.
        case share(String)
        /// The place (or a municipality, for the region) has no figure for the indicator.
        case noFigure(String)
        /// The `per` indicator's figure is 0 (or `per-amount` is not positive): nothing to divide by.
        case perNotPositive(String)
        /// The quotient is not a finite number.
        case notFinite(String)

        /// The stable word for programs: `undefined-indicator`, `share-indicator`, `no-figure`,
        /// `per-zero`, `not-finite`.
        public var code: String {
            switch self {
            case .undefinedIndicator: return "undefined-indicator"
            case .share: return "share-indicator"
            case .noFigure: return "no-figure"
            case .perNotPositive: return "per-zero"
            case .notFinite: return "not-finite"
            }
        }

        /// The indicator the reason is about.
        public var indicator: String {
            switch self {
            case .undefinedIndicator(let id), .share(let id), .noFigure(let id), .perNotPositive(let id),
                .notFinite(let id):
                return id
            }
        }
    }

    /// A target measured on some figures: the value and whether it meets the bound, or why not.
    public struct Outcome: Sendable, Equatable {
        /// The measured value (per `perAmount` of `per`, when the target has one); nil when not measurable.
        public var value: Double?
        /// The `per` indicator's figure the value was divided by (nil without `per`, or not measurable).
        public var perValue: Double?
        /// Whether `value` meets the bound; nil when not measurable.
        public var reached: Bool?
        /// Why it is not measurable; nil when it is.
        public var problem: Unmeasurable?
    }

    /// Measures `target` on the figures `value` gives (nil for a missing figure); `value` is asked
    /// for the target's indicator, and then for its `per` indicator, only once each is known to be
    /// usable. `onePlace` says the figures are one place's own, where a share is a plain value.
    public static func measure(
        _ target: Target, agenda: Agenda, onePlace: Bool = false, value: (String) -> Double?
    ) -> Outcome {
        func failure(_ problem: Unmeasurable) -> Outcome {
            Outcome(value: nil, perValue: nil, reached: nil, problem: problem)
        }
        let indicator = target.indicator.value
        let shareAllowed = onePlace && target.per == nil
        if let problem = uncountable(indicator, agenda: agenda, shareAllowed: shareAllowed) { return failure(problem) }
        guard let figure = value(indicator) else { return failure(.noFigure(indicator)) }
        var measured = figure
        var perValue: Double?
        if let per = target.per?.value {
            if let problem = uncountable(per, agenda: agenda, shareAllowed: false) { return failure(problem) }
            guard target.perAmount > 0 else { return failure(.perNotPositive(per)) }
            guard let divisor = value(per) else { return failure(.noFigure(per)) }
            guard divisor > 0 else { return failure(.perNotPositive(per)) }
            measured = figure / (divisor / target.perAmount)
            perValue = divisor
        }
        guard measured.isFinite else { return failure(.notFinite(indicator)) }
        return Outcome(value: measured, perValue: perValue, reached: meets(measured, target.bound), problem: nil)
    }

    /// Whether `value` meets `bound`, allowing for rounding in the last digits.
    public static func meets(_ value: Double, _ bound: Target.Bound) -> Bool {
        switch bound {
        case .atLeast(let bound): return value >= bound - 1e-9 * max(1, abs(bound))
        case .atMost(let bound): return value <= bound + 1e-9 * max(1, abs(bound))
        }
    }

    /// How far `value` is from meeting `bound`, in the bound's units: how much more is needed
    /// (`at-least`) or how much less (`at-most`); 0 when it meets it.
    public static func gap(_ value: Double, _ bound: Target.Bound) -> Double {
        guard !meets(value, bound) else { return 0 }
        switch bound {
        case .atLeast(let bound): return bound - value
        case .atMost(let bound): return value - bound
        }
    }

    /// What `action` adds to `indicator` in total, through its domain module's fields that declare
    /// `addsTo` (e.g. welfare's `locations` adding to `meeting-places`); 0 when none does.
    public static func addition(to indicator: String, by action: Action, registry: ModuleRegistry) -> Double {
        additions(by: action, registry: registry).filter { $0.indicator == indicator }.reduce(0) { $0 + $1.amount }
    }

    /// Every amount `action` adds to an indicator, in the order of its module's fields.
    public static func additions(by action: Action, registry: ModuleRegistry) -> [(indicator: String, amount: Double)] {
        guard let module = registry.module(action.domain.value), let values = action.module?.values else { return [] }
        return module.actionFields.compactMap { field in
            field.addsTo.map { (indicator: $0, amount: values.number(field.name) ?? 0) }
        }
    }

    /// Why `id` cannot be measured: undefined, or a share where shares are not allowed.
    private static func uncountable(_ id: String, agenda: Agenda, shareAllowed: Bool) -> Unmeasurable? {
        guard let definition = agenda.indicator(id) else { return .undefinedIndicator(id) }
        return definition.unit == .share && !shareAllowed ? .share(id) : nil
    }
}
