import AgendaRules

/// Informal-care actions that offer more respite care per carer they reach score higher.
struct RespiteHoursRule: ScoringRule {
    static let description = RuleDescription(
        identifier: "respite-hours",
        name: "Respite hours per carer",
        summary:
            "Respite hours per year (`respite-hours-per-year`) per carer reached, against a target number of hours.",
        rationale: """
            Respite care (respijtzorg) takes over the care for a while so that the carer gets a \
            breathing space. Movisie and the Expertisecentrum Mantelzorg show that a breathing space \
            only helps when the respite is actually used and regular enough to be felt; a single \
            afternoon a year relieves little. The hours an action offers are therefore counted per \
            carer it reaches (`carers-reached`, or the action's `reach` when that is not given) and \
            compared with a target of about one half-day (dagdeel) of four hours a month. An action \
            without respite hours, or without a number of carers to share them, gets 0.
            """,
        sources: [
            "Movisie and Expertisecentrum Mantelzorg, 'Wat geeft een adempauze aan de mantelzorger?' (2016): "
                + "werkzame elementen and the Piramide respijtzorg (need, use, effect)",
            "Movisie, 'Wat werkt bij mantelzorgondersteuning' (2017): respijtzorg as part of the whole arrangement "
                + "of care and support",
        ],
        parameters: [
            RuleParameter(
                "target-hours", default: 48,
                "Respite hours per carer per year that give the full value: about one dagdeel of 4 hours a month "
                    + "(illustrative)."
            )
        ],
        examples: [
            RuleExample(
                "Westland: 6,000 hours for 150 carers, 40 hours each",
                action: "informal-care: {carers-reached: 150, respite-hours-per-year: 6000}", expected: 40.0 / 48),
            RuleExample(
                "Pijnacker-Nootdorp: 2,000 hours for 300 carers, under 7 hours each",
                action: "informal-care: {carers-reached: 300, respite-hours-per-year: 2000}",
                expected: 2000.0 / 300 / 48),
            RuleExample(
                "carers-reached not given: 6,000 hours over a reach of 100, above the target",
                action: "reach: 100\ninformal-care: {respite-hours-per-year: 6000}", expected: 1),
            RuleExample("no respite hours", action: "informal-care: {carers-reached: 150}", expected: 0),
        ]
    )

    func evaluate(_ action: ActionFacts, parameters: RuleParameters) throws -> RuleResult {
        guard let hours = action.fields.number("respite-hours-per-year"), hours > 0 else {
            let given = action.fields.number("respite-hours-per-year") != nil
            return RuleResult(
                0, inputs: [given ? RuleInput("respite hours per year", 0) : .missing("respite-hours-per-year")])
        }
        // Carers reached is the right denominator; the action's reach is the best stand-in.
        let carers: (value: Double, name: String)
        if let reached = action.fields.number("carers-reached"), reached > 0 {
            carers = (reached, "carers reached")
        } else if let reach = action.reach, reach > 0 {
            carers = (Double(reach), "carers reached (from reach)")
        } else {
            return RuleResult(0, inputs: [RuleInput("respite hours per year", hours), .missing("carers-reached")])
        }
        let perCarer = hours / carers.value
        let target = max(parameters["target-hours"], 0.0001)
        return RuleResult(
            min(1, perCarer / target),
            inputs: [
                RuleInput("respite hours per year", hours),
                RuleInput(carers.name, carers.value),
                RuleInput("hours per carer", perCarer),
                RuleInput("target hours per carer", target),
            ])
    }
}
