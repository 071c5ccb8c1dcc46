import AgendaRules

/// Interventions with stronger recognised evidence score higher.
struct EvidenceRule: ScoringRule {
    static let description = RuleDescription(
        identifier: "evidence",
        name: "Evidence level",
        summary:
            "The level of the intervention in the Dutch recognition system, from 0 (none) to 1 (effective, strong "
            + "evidence).",
        rationale: """
            The Erkenningscommissie Interventies (RIVM Loket Gezond Leven, Movisie, Trimbos, Vilans) \
            recognises interventions at five levels: goed beschreven, goed onderbouwd, and effectief \
            volgens eerste, goede or sterke aanwijzingen. Money spent on what is known to work goes \
            further, so each level adds a fifth.
            """,
        sources: [
            "Samenwerkingsverband Erkenning van Interventies; "
                + "loketgezondleven.nl/leefstijlinterventies/erkenningstraject/werkwijze-beoordeling",
            "Example: Ontmoetingscentra voor mensen met dementie, effectief volgens sterke aanwijzingen (Vilans, 2021)",
        ],
        examples: [
            RuleExample("effectief volgens goede aanwijzingen", action: "evidence: effective-good", expected: 0.8),
            RuleExample("goed beschreven", action: "evidence: described", expected: 0.2),
            RuleExample("not recognised", expected: 0),
        ]
    )

    func evaluate(_ action: ActionFacts, parameters: RuleParameters) throws -> RuleResult {
        let level = action.evidence.level
        return RuleResult(
            Double(level) / 5, inputs: [RuleInput("evidence", "\(action.evidence.rawValue) (level \(level) of 5)")])
    }
}
