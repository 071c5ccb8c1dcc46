import AgendaRules

/// The estimated number of people with dementia in the places an action works in.
///
/// Each place counts with its own `people-with-dementia` figure when the agenda gives one (in the
/// place's `dementie:` block), and otherwise with its residents 65+ times a prevalence. Places with
/// neither are left out and named, so `explain` shows what was missing.
struct DementiaEstimate {
    var people: Double
    var inputs: [RuleInput]
    /// Whether any place had a figure or an estimate.
    var known: Bool

    init(_ action: ActionFacts, prevalence: Double) {
        var people = 0.0
        var given = 0.0
        var estimated = 0.0
        var missing: [String] = []
        for place in action.places {
            if let figure = place.fields.number(DementieModule.Fields.peopleWithDementia) {
                people += figure
                given += figure
            } else if let older = place.indicators.value(StandardIndicators.residents65Plus) {
                people += older * prevalence
                estimated += older * prevalence
            } else {
                missing.append(place.id)
            }
        }
        var inputs: [RuleInput] = []
        if given > 0 { inputs.append(RuleInput("people with dementia (agenda's figure)", given)) }
        if estimated > 0 { inputs.append(RuleInput("people with dementia (estimated from residents 65+)", estimated)) }
        if !missing.isEmpty {
            inputs.append(RuleInput("places without a figure or residents 65+", missing.joined(separator: ", ")))
        }
        self.people = people
        self.inputs = inputs
        self.known = missing.count < action.places.count
    }

    /// The prevalence parameter every rule that estimates shares.
    static let prevalenceParameter = RuleParameter(
        "prevalence-65plus", default: 0.08,
        "Share of residents 65+ with dementia, used where a place gives no figure of its own.")

    static let prevalenceSource =
        "Zorg voor Beter, dementie cijfers: more than 8% of people 65+, more than 25% of 80+ and more than 40% of "
        + "90+ have dementia"
}
