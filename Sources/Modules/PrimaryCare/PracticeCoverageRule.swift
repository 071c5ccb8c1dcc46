import AgendaRules

/// Primary-care actions in which a larger share of the area's GP practices take part score higher.
struct PracticeCoverageRule: ScoringRule {
    static let description = RuleDescription(
        identifier: "practice-coverage",
        name: "GP practices taking part",
        summary:
            "The GP practices taking part as a share of the GP practices where the action works, given or estimated "
            + "from residents 75+.",
        rationale: """
            Proactive care for older people is organised per GP practice: Embrace covers everyone 75+ \
            on the lists of the practices that join, and the LESA 'Zorg voor kwetsbare ouderen' is an \
            agreement between each practice and its district nurses. Older people whose practice does \
            not take part are not reached, however good the action is. Coverage is counted against the \
            practices of each place: the number in its `primary-care: {practices: …}` block where the \
            agenda gives one, otherwise an estimate from its residents 75+. All practices taking part \
            gives the full value.
            """,
        sources: [
            "Embrace / SamenOud (UMCG): the elderly-care team works for all 75+ of a participating GP practice; RCT "
                + "Spoorenberg et al., PLoS ONE 2018 (samenoud.nl)",
            "NHG / V&VN, LESA 'Zorg voor kwetsbare ouderen': working agreements between huisarts and "
                + "wijkverpleegkundige (henw.org)",
            "Nivel via volksgezondheidenzorg.info: 5,028 GP practices in the Netherlands on 1-1-2016 (order of "
                + "magnitude for the estimate)",
        ],
        parameters: [
            RuleParameter(
                "residents-75plus-per-practice", default: 250,
                "Residents 75+ per GP practice, to estimate the practices of a place that does not give them "
                    + "(illustrative)."
            )
        ],
        examples: [
            RuleExample(
                "10 practices where 6,800 residents 75+ live: about 27 practices, 37% take part",
                action: "primary-care: {frail-elderly-reached: 900, practices: 10}",
                place: "{residents-75plus: 6800}",
                expected: 10 / 27.2),
            RuleExample(
                "5 practices where 1,000 residents 75+ live: more than the 4 estimated, capped at 1",
                action: "primary-care: {practices: 5}",
                place: "{residents-75plus: 1000}",
                expected: 1),
            RuleExample("no practices given", place: "{residents-75plus: 6800}", expected: 0),
            RuleExample(
                "practices given, but no residents 75+ to estimate from",
                action: "primary-care: {practices: 4}", expected: 0),
        ]
    )

    func evaluate(_ action: ActionFacts, parameters: RuleParameters) throws -> RuleResult {
        guard let practices = action.fields.number("practices") else {
            return RuleResult(0, inputs: [.missing("practices")])
        }
        guard practices > 0 else { return RuleResult(0, inputs: [RuleInput("practices taking part", 0)]) }
        let perPractice = parameters["residents-75plus-per-practice"]
        var inputs = [RuleInput("practices taking part", practices)]

        // Per place: its own count of practices wins over the estimate from its residents 75+.
        let places: [(id: String, given: Double?, residents: Double?)]
        if action.places.isEmpty {
            places = [("area", nil, action.area.value(StandardIndicators.residents75Plus))]
        } else {
            places = action.places.map {
                ($0.id, $0.fields.number("practices"), $0.indicators.value(StandardIndicators.residents75Plus))
            }
        }
        var present = 0.0
        var given: [String] = []
        var unknown: [String] = []
        for place in places {
            if let count = place.given {
                present += count
                given.append("\(place.id) \(ValueReader.format(count))")
            } else if let residents = place.residents, perPractice > 0 {
                present += residents / perPractice
            } else {
                unknown.append(place.id)
            }
        }
        if !given.isEmpty { inputs.append(RuleInput("practices given", given.joined(separator: ", "))) }
        // Without the practices of every place the share would be overstated: count nothing.
        guard unknown.isEmpty else {
            inputs.append(RuleInput("practices or residents 75+", "not given for \(unknown.joined(separator: ", "))"))
            return RuleResult(0, inputs: inputs)
        }
        inputs.append(RuleInput("practices in the area", present))
        guard present > 0 else { return RuleResult(0, inputs: inputs) }
        return RuleResult(min(1, practices / present), inputs: inputs)
    }
}
