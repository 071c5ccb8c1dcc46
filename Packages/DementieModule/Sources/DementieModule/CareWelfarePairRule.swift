import AgendaRules

/// Actions carried by a welfare and a care organisation together score higher.
struct CareWelfarePairRule: ScoringRule {
    static let description = RuleDescription(
        identifier: "care-welfare-pair",
        name: "Welfare and care together",
        summary: "0.5 for a welfare organisation among the partners, 0.5 for a care organisation.",
        rationale: """
            Every Haags Ontmoeten location pairs a welfare organisation with a care organisation, and \
            the centres are meant to become the hub of dementia-friendly neighbourhoods. People with \
            dementia need both: meeting and daytime activity, and care that notices when things change.
            """,
        sources: [
            "medicalfacts.nl (2020), Haags Ontmoeten permanent: every location pairs a welzijnspartij with a "
                + "zorgorganisatie",
            "Vereniging Transmurale Zorg, Haags Ontmoeten: 'De centra moeten op termijn de spil worden in "
                + "dementievriendelijke wijken in heel Den Haag'",
        ],
        examples: [
            RuleExample(
                "a welfare lead with a care partner",
                action: "partners: [zorg]\ndementie: {clients: 40}",
                partners: "[{id: zorg, name: Zorgorganisatie, kind: care}]", expected: 1),
            RuleExample("a welfare lead alone", action: "dementie: {clients: 40}", expected: 0.5),
        ]
    )

    func evaluate(_ action: ActionFacts, parameters: RuleParameters) throws -> RuleResult {
        let kinds = Set(action.allPartners.map(\.kind))
        let welfare = kinds.contains(PartnerKind.welfare.rawValue)
        let care = kinds.contains(PartnerKind.care.rawValue)
        return RuleResult(
            (welfare ? 0.5 : 0) + (care ? 0.5 : 0),
            inputs: [
                RuleInput("welfare organisation", welfare ? "yes" : "no"),
                RuleInput("care organisation", care ? "yes" : "no"),
            ])
    }
}
