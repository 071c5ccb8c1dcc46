import AgendaRules

/// The older residents of an action's places, as the GALA fall-prevention targets count them.
///
/// GALA sets its targets per year for *home-dwelling* residents 65+ (thuiswonende 65-plussers).
/// Agendas often know only the residents 75+ (the Haaglanden agenda has no 65+ figure at all), so
/// the 65+ count is used when every place has one, and the 75+ count otherwise. Residents 75+ who
/// do not live independently (from `living-independently-75plus`, where a place gives it) are
/// taken off: fall-prevention courses and screenings in the community are not meant for them.
/// Residents 65–74 in institutions are few and not counted off.
struct OlderResidents {
    /// The indicator counted: `residents-65plus`, or `residents-75plus` as the fallback.
    let indicator: String
    /// The residents of that age group in all the action's places.
    let count: Double
    /// Residents 75+ who do not live independently, in the places that give the share.
    let notIndependent: Double

    /// The residents of the age group who live at home: what the GALA targets are shares of.
    var homeDwelling: Double { max(0, count - notIndependent) }

    /// "65+" or "75+", for inputs and summaries.
    var ageGroup: String { indicator == StandardIndicators.residents65Plus ? "65+" : "75+" }

    /// The indicators of each of the action's places (or of its area, when it lists none).
    static func readings(of action: ActionFacts) -> [IndicatorReadings] {
        action.places.isEmpty ? [action.area] : action.places.map(\.indicators)
    }

    /// The older residents of the action's places, or nil when no age group has a figure in
    /// every place. Both age groups are counted per place (not from the area's total), so a 65+
    /// figure that only some places give does not count a part of the area as the whole.
    static func of(_ action: ActionFacts) -> OlderResidents? {
        let places = readings(of: action)
        for indicator in [StandardIndicators.residents65Plus, StandardIndicators.residents75Plus] {
            let counts = places.compactMap { $0.value(indicator) }
            guard counts.count == places.count else { continue }
            var notIndependent = 0.0
            for place in places {
                guard let old = place.value(StandardIndicators.residents75Plus),
                    let share = place.value(StandardIndicators.livingIndependently75Plus)
                else { continue }
                notIndependent += old * (1 - min(1, max(0, share)))
            }
            return OlderResidents(indicator: indicator, count: counts.reduce(0, +), notIndependent: notIndependent)
        }
        return nil
    }

    /// The age group used and why, so `explain` shows which figure the rule counted.
    var sourceInput: RuleInput {
        RuleInput(
            "age group counted",
            indicator == StandardIndicators.residents65Plus
                ? "65+ (\(indicator))"
                : "75+ (\(indicator); no residents-65plus figure for every place)")
    }

    /// The inputs of a target computed on the home-dwelling residents.
    var homeDwellingInputs: [RuleInput] {
        var inputs = [sourceInput, RuleInput("residents \(ageGroup)", count)]
        if notIndependent > 0 {
            inputs.append(RuleInput("75+ not living independently", notIndependent))
        }
        inputs.append(RuleInput("home-dwelling \(ageGroup)", homeDwelling))
        return inputs
    }

    /// Inputs when no age group has a figure in every place.
    static let missingInputs: [RuleInput] = [
        .missing("\(StandardIndicators.residents65Plus) or \(StandardIndicators.residents75Plus) (for every place)")
    ]
}

/// The module's own fields, read the same way by every rule.
enum PreventionFields {
    static let screenings = "screenings-per-year"
    static let coursePlaces = "course-places-per-year"
    static let fallPrevention = "fall-prevention"

    /// Whether the action's screenings and courses are about falls. True unless the agenda says
    /// `fall-prevention: false`: the default keeps agendas that never set the field scored as their
    /// authors meant, and other screenings and courses (loneliness signalling, a self-management
    /// course) opt out so they do not count towards the GALA fall-prevention targets.
    static func isFallPrevention(_ action: ActionFacts) -> Bool {
        action.fields.flag(fallPrevention) ?? true
    }
}

/// The GALA fall-prevention targets are shares of the home-dwelling older residents per year; the
/// screening and the course rule measure an action's yearly output against them the same way.
enum GALATargetCoverage {
    /// `output` (screenings or course places per year, from the module field `field`) against
    /// `target-share` × the home-dwelling older residents, capped at 1. Actions not about falls give
    /// 0; a missing population gives the rule's `unknown` value.
    static func evaluate(_ action: ActionFacts, field: String, label: String, parameters: RuleParameters) -> RuleResult
    {
        guard PreventionFields.isFallPrevention(action) else {
            return RuleResult(0, inputs: [RuleInput("about falls", "no (fall-prevention: false)")])
        }
        let output = action.fields.number(field) ?? 0
        guard output > 0 else { return RuleResult(0, inputs: [RuleInput("\(label) per year", 0)]) }
        let outputInput = RuleInput("\(label) per year", output)
        guard let older = OlderResidents.of(action), older.homeDwelling > 0 else {
            return RuleResult(parameters["unknown"], inputs: [outputInput] + OlderResidents.missingInputs)
        }
        let share = max(0, parameters["target-share"])
        let target = share * older.homeDwelling
        // A target of 0 asks for nothing, so any output meets it.
        let value = target > 0 ? min(1, output / target) : 1
        return RuleResult(
            value,
            inputs: [outputInput] + older.homeDwellingInputs + [
                RuleInput("target share", share),
                RuleInput("target \(label) per year", target),
            ])
    }
}
