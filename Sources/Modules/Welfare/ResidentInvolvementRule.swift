import AgendaRules

/// Welfare actions carried together with residents and volunteers score higher.
struct ResidentInvolvementRule: ScoringRule {
    static let description = RuleDescription(
        identifier: "resident-involvement",
        name: "Residents and volunteers involved",
        summary: "1 when a residents' or volunteers' organisation takes part, otherwise 0.",
        rationale: """
            The regional agenda's point on the horizon puts 'de burger in zijn kracht'; Haags \
            Ontmoeten runs on volunteers and self-organisations next to professionals. An action in \
            which residents themselves take part is more likely to reach people and to last.
            """,
        sources: [
            "ZonMw, eindverslag DZOidB Haaglanden: stip op de horizon 'de burger in zijn kracht'",
            "PEP Den Haag: vrijwilligersorganisatie, 'Heel Den Haag Doet' met 40 locaties (2017)",
        ],
        examples: [
            RuleExample(
                "a volunteers' organisation takes part",
                action: "partners: [pep]", partners: "[{id: pep, name: PEP, kind: residents}]", expected: 1),
            RuleExample("professionals only", expected: 0),
        ]
    )

    func evaluate(_ action: ActionFacts, parameters: RuleParameters) throws -> RuleResult {
        let residents = action.allPartners.filter { $0.kind == "residents" }.map(\.id)
        return RuleResult(
            residents.isEmpty ? 0 : 1,
            inputs: [
                RuleInput("residents' organisations", residents.isEmpty ? "none" : residents.joined(separator: ", "))
            ])
    }
}
