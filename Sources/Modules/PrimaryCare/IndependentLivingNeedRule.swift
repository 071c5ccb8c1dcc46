import AgendaRules

/// Primary-care actions where more residents 75+ no longer live independently score higher.
struct IndependentLivingNeedRule: ScoringRule {
    static let description = RuleDescription(
        identifier: "independent-living-need",
        name: "Need: residents 75+ not living independently",
        summary:
            "The share of residents 75+ not living independently, against the national share: 0.5 at the national "
            + "level, 1 at twice it.",
        rationale: """
            Proactive primary care aims to let frail older people live at home for longer. Where a \
            larger share of residents 75+ no longer lives independently than in the country as a \
            whole, older people there lose their independence sooner, and the same action can \
            prevent more moves into a care home. Den Haag (89% living independently) is below the \
            national 92%, Zoetermeer (96.1%) above it. This is a proxy for need, not a count of frail \
            people. A place at the national level, or without a figure, gets the middle value.
            """,
        sources: [
            "CBS via zilverwonen.nl / AD (c. 2019): 75+ living independently, Zoetermeer 96.1%, "
                + "Leidschendam-Voorburg 95.1%, Delft 94.4%, Westland 93.3%, Rijswijk 91.9%, Den Haag 89%, NL 92%",
            "Embrace / SamenOud (UMCG): proactive integrated care so that older people can keep living at home; RCT "
                + "Spoorenberg et al., PLoS ONE 2018 (samenoud.nl)",
        ],
        parameters: [
            RuleParameter(
                "national", default: 0.92,
                "The national share of residents 75+ living independently (NL 92%, CBS c. 2019)."),
            RuleParameter(
                "unknown", default: 0.5, "The value where no figure is given (the value at the national level)."),
        ],
        examples: [
            RuleExample(
                "Den Haag, 89% living independently: 11% against the national 8%",
                place: "{living-independently-75plus: 0.89}", expected: 0.6875),
            RuleExample(
                "Zoetermeer, 96.1% living independently: 3.9% against 8%",
                place: "{living-independently-75plus: 0.961}", expected: 0.24375),
            RuleExample(
                "80% living independently: more than twice the national share, capped at 1",
                place: "{living-independently-75plus: 0.8}", expected: 1),
            RuleExample("no figure", expected: 0.5),
        ]
    )

    func evaluate(_ action: ActionFacts, parameters: RuleParameters) throws -> RuleResult {
        guard let independent = action.area.value(StandardIndicators.livingIndependently75Plus) else {
            return RuleResult(parameters["unknown"], inputs: [.missing(StandardIndicators.livingIndependently75Plus)])
        }
        let national = parameters["national"]
        let notIndependent = max(0, 1 - independent)
        let nationalNotIndependent = 1 - national
        let inputs = [
            RuleInput("75+ living independently", independent),
            RuleInput("national share", national),
        ]
        // A national share of 100% leaves nothing to compare with: say neither more nor less need.
        guard nationalNotIndependent > 0 else { return RuleResult(parameters["unknown"], inputs: inputs) }
        return RuleResult(min(1, 0.5 * notIndependent / nationalNotIndependent), inputs: inputs)
    }
}
