import AgendaRules

/// Housing actions where fewer residents 75+ live independently score higher: there the same
/// homes and advice keep more people at home.
struct IndependentLivingGapRule: ScoringRule {
    static let description = RuleDescription(
        identifier: "independent-living-gap",
        name: "Independent-living gap",
        summary: "How far the share of residents 75+ living independently falls below 95%; full value 5 points below.",
        rationale: """
            The point on the horizon of the regional agenda is that older people live at home, \
            vitally and independently, for as long as possible. Where a smaller share of residents \
            75+ still lives independently, more of them moved to a care home or sheltered housing, \
            often because their home no longer fit. Housing actions there help more people stay. \
            The gap is measured against 95%, between the national 92% and the best Haaglanden \
            figure (Zoetermeer, 96,1%); a place without a figure gets the neutral value.
            """,
        sources: [
            "CBS via AD / zilverwonen.nl (c. 2019): 75+ living independently, Zoetermeer 96,1%, "
                + "Leidschendam-Voorburg 95,1%, Delft 94,4%, Westland 93,3%, Rijswijk 91,9%, Den Haag 89%, NL 92%",
            "CBS Statistische Trends 2020: 5% of 70+ lived in a verzorgings- or verpleeghuis (2019/2020), 11% in 1995",
        ],
        parameters: [
            RuleParameter(
                "reference", default: 0.95,
                "The share living independently above which there is no gap (illustrative, between NL 92% and "
                    + "Zoetermeer 96,1%)."
            ),
            RuleParameter(
                "full-gap", default: 0.05, "The gap below the reference that gives the full value (illustrative)."),
            RuleParameter("unknown", default: 0.5, "The value where no figure is given."),
        ],
        examples: [
            RuleExample(
                "Rijswijk, 91,9% living independently", place: "{living-independently-75plus: 0.919}", expected: 0.62),
            RuleExample(
                "Den Haag, 89%: more than the full gap", place: "{living-independently-75plus: 0.89}", expected: 1),
            RuleExample("Zoetermeer, 96,1%: no gap", place: "{living-independently-75plus: 0.961}", expected: 0),
            RuleExample("no figure", expected: 0.5),
        ]
    )

    func evaluate(_ action: ActionFacts, parameters: RuleParameters) throws -> RuleResult {
        let indicator = StandardIndicators.livingIndependently75Plus
        guard let share = action.area.value(indicator) else {
            return RuleResult(parameters["unknown"], inputs: [.missing(indicator)])
        }
        let reference = parameters["reference"]
        let fullGap = parameters["full-gap"]
        let gap = max(0, reference - share)
        return RuleResult(
            fullGap > 0 ? min(1, gap / fullGap) : 0,
            inputs: [
                RuleInput("75+ living independently", share), RuleInput("reference", reference), RuleInput("gap", gap),
            ])
    }
}
