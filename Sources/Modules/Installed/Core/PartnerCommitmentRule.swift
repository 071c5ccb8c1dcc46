import AgendaRules

/// Actions whose partners signed an intentieverklaring for its years score higher.
struct PartnerCommitmentRule: ScoringRule {
    static let description = RuleDescription(
        identifier: "partner-commitment",
        name: "Partner commitment",
        summary: "The share of the action's partners (lead included) whose commitment covers the action's years.",
        rationale: """
            An intentieverklaring shows that a partner puts its own hours or money into the network. \
            An action carried by committed partners is more likely to happen and to last after the \
            subsidy. Each partner counts for the share of the action's years its commitment covers.
            """,
        sources: [
            "Plan van aanpak netwerk samenhangende ouderenzorg Leidschendam-Voorburg: 'met een intentieverklaring "
                + "van de betrokken partners draagvlak gecreëerd'"
        ],
        examples: [
            RuleExample(
                "lead committed for both years, one partner not",
                action: "lead: zorggroep\npartners: [buurthuis]",
                partners:
                    "[{id: zorggroep, name: Zorggroep, kind: care, commitment: {hours-per-year: 400, from: 2025, to: "
                    + "2028}}, {id: buurthuis, name: Buurthuis, kind: residents}]",
                expected: 0.5),
            RuleExample(
                "lead committed for one of the action's two years",
                action: "lead: zorggroep",
                partners:
                    "[{id: zorggroep, name: Zorggroep, kind: care, commitment: {hours-per-year: 400, from: 2026, "
                    + "to: 2026}}]",
                expected: 0.5),
            RuleExample("no commitments", expected: 0),
        ]
    )

    func evaluate(_ action: ActionFacts, parameters: RuleParameters) throws -> RuleResult {
        let partners = action.allPartners
        let years = action.years
        guard !partners.isEmpty, !years.isEmpty else { return RuleResult(0, inputs: [RuleInput("partners", 0)]) }
        var total = 0.0
        var committed: [String] = []
        for partner in partners {
            guard let range = partner.committedYears else { continue }
            let covered = Double(years.count { range.contains($0) }) / Double(years.count)
            total += covered
            if covered > 0 { committed.append("\(partner.id) \(range)") }
        }
        return RuleResult(
            total / Double(partners.count),
            inputs: [
                RuleInput("partners", partners.count),
                RuleInput("committed", committed.isEmpty ? "none" : committed.joined(separator: ", ")),
                RuleInput("action years", years.map(String.init).joined(separator: ", ")),
            ])
    }
}
