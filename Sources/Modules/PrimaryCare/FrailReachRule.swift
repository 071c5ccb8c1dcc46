import AgendaRules

/// Primary-care actions that give proactive care to a larger share of the estimated frail older
/// population around them score higher.
struct FrailReachRule: ScoringRule {
    static let description = RuleDescription(
        identifier: "frail-reach",
        name: "Frail older people reached",
        summary:
            "Frail older people reached per year as a share of the estimated frail residents 75+ living at home "
            + "where the action works.",
        rationale: """
            Proactive primary care finds frail older people before a crisis: Embrace screens every \
            resident 75+ of a GP practice each year and gives the frail a care plan and a case \
            manager. The measure of such an action is how much of the frail population it reaches. \
            That population is estimated as a share of the residents 75+ who live independently, \
            since people in a care home are no longer cared for by their GP practice; where the \
            share living independently is not given, all residents 75+ are counted. Reaching the \
            whole estimated frail population gives the full value.
            """,
        sources: [
            "Embrace / SamenOud (UMCG): integrated care for everyone 75+ in a GP practice, yearly screening, 3 risk "
                + "profiles; RCT Spoorenberg et al., PLoS ONE 2018, doi 10.1371/journal.pone.0190751 (samenoud.nl)",
            "NHG / V&VN, LESA 'Zorg voor kwetsbare ouderen': huisarts and wijkverpleegkundige identify and follow "
                + "frail older people together (henw.org)",
            "CBS via zilverwonen.nl / AD (c. 2019): residents 75+ living independently, e.g. Den Haag 89%, NL 92%",
        ],
        parameters: [
            RuleParameter(
                "frail-share", default: 0.25,
                "Share of residents 75+ living at home who are frail (illustrative; no Haaglanden figure was found).")
        ],
        examples: [
            RuleExample(
                "900 frail reached among 6,800 residents 75+ of whom 89% live at home: 900 of about 1,513 frail",
                action: "primary-care: {frail-elderly-reached: 900, practices: 10}",
                place: "{residents-75plus: 6800, living-independently-75plus: 0.89}",
                expected: 900 / (6800 * 0.89 * 0.25)),
            RuleExample(
                "no share living at home given: all 2,400 residents 75+ count, 300 of 600 frail",
                action: "primary-care: {frail-elderly-reached: 300}",
                place: "{residents-75plus: 2400}",
                expected: 0.5),
            RuleExample(
                "more reached than the estimate: capped at 1",
                action: "primary-care: {frail-elderly-reached: 700}",
                place: "{residents-75plus: 2400}",
                expected: 1),
            RuleExample("frail-elderly-reached not given", place: "{residents-75plus: 2400}", expected: 0),
        ]
    )

    func evaluate(_ action: ActionFacts, parameters: RuleParameters) throws -> RuleResult {
        guard let reached = action.fields.number("frail-elderly-reached") else {
            return RuleResult(0, inputs: [.missing("frail-elderly-reached")])
        }
        guard let residents = action.area.value(StandardIndicators.residents75Plus), residents > 0 else {
            return RuleResult(
                0, inputs: [RuleInput("frail reached", reached), .missing(StandardIndicators.residents75Plus)])
        }
        var inputs = [RuleInput("frail reached", reached), RuleInput("residents 75+", residents)]
        // Only older people living at home are on a GP practice's list for proactive care.
        var atHome = residents
        if let independent = action.area.value(StandardIndicators.livingIndependently75Plus) {
            atHome = residents * min(1, independent)
            inputs.append(RuleInput("75+ living independently", independent))
        } else {
            inputs.append(RuleInput("75+ living independently", "not given; all residents 75+ counted"))
        }
        let frailShare = parameters["frail-share"]
        let frail = atHome * frailShare
        inputs.append(RuleInput("frail share", frailShare))
        inputs.append(RuleInput("estimated frail", frail))
        guard frail > 0 else { return RuleResult(0, inputs: inputs) }
        return RuleResult(min(1, reached / frail), inputs: inputs)
    }
}
