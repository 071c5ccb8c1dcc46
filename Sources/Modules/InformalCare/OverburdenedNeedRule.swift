import AgendaRules

/// Informal-care actions where more carers are heavily or overburdened score higher.
struct OverburdenedNeedRule: ScoringRule {
    static let description = RuleDescription(
        identifier: "overburdened-need",
        name: "Need from overburdened carers",
        summary:
            "The share of carers who are heavily or overburdened where the action works, against a reference share.",
        rationale: """
            Carer support exists first of all for carers who can no longer carry the load. Where the \
            GGD monitor finds more overburdened carers, the same support relieves more of \
            them. The reference is the highest municipal share found in Haaglanden (figures were found \
            only for Pijnacker-Nootdorp and Westland), so the places with the heaviest burden get the \
            full value. Places without a figure get the neutral value, so a \
            missing figure neither helps nor hurts.
            """,
        sources: [
            "GGD Haaglanden Gezondheidsenquête 2016: 17% of carers heavily or overburdened, rising among 65+ in Den "
                + "Haag (ggdhaaglanden.nl)",
            "GGD Zuid-West, 'Zwaarbelaste mantelzorgers 2016 per GGD-regio': Haaglanden 17.3%, among the highest of "
                + "the GGD regions",
            "GGD Haaglanden Gezondheidsmonitor 2016: Pijnacker-Nootdorp 20%, Westland 19% of carers zwaar- of "
                + "overbelast",
        ],
        parameters: [
            RuleParameter(
                "reference", default: 0.2,
                "The share of overburdened carers that gives the full value (Pijnacker-Nootdorp 20%, GGD 2016, the "
                    + "highest found in Haaglanden)."
            ),
            RuleParameter("unknown", default: 0.5, "The value where no figure is given (neutral; illustrative)."),
        ],
        examples: [
            RuleExample(
                "GGD region Haaglanden, 17.3% (2016)", place: "{overburdened-carers: 0.173}", expected: 0.173 / 0.2),
            RuleExample(
                "Pijnacker-Nootdorp, 20% (2016): the full value", place: "{overburdened-carers: 0.2}", expected: 1),
            RuleExample("Westland, 19% (2016)", place: "{carers: 0.16, overburdened-carers: 0.19}", expected: 0.95),
            RuleExample("no figure", place: "{residents: 100000}", expected: 0.5),
        ]
    )

    func evaluate(_ action: ActionFacts, parameters: RuleParameters) throws -> RuleResult {
        guard let share = action.area.value(StandardIndicators.overburdenedCarers) else {
            return RuleResult(parameters["unknown"], inputs: [.missing(StandardIndicators.overburdenedCarers)])
        }
        let reference = parameters["reference"]
        return RuleResult(
            reference > 0 ? min(1, share / reference) : 0,
            inputs: [
                RuleInput("overburdened carers (share of carers)", share), RuleInput("reference", reference),
            ])
    }
}
