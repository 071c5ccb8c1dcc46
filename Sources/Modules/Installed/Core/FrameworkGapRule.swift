import AgendaRules

/// Actions that work on the largest gaps of a framework assessment score higher.
struct FrameworkGapRule: ScoringRule {
    static let description = RuleDescription(
        identifier: "framework-gap",
        name: "Framework gap",
        summary: "The largest gap, among the framework criteria the action addresses, in the areas it works in.",
        rationale: """
            When current practice is assessed against a framework ('toetsing aan kader'), the gaps \
            decide the next steps. An action that addresses a criterion far below its target in the \
            areas it works in closes more of the distance than one that polishes what is nearly \
            there. A gap is the share of the way from the lowest level to the target still to go, \
            by each area's latest assessment, averaged over the action's assessed areas. The rule \
            takes part only in agendas that define a framework.
            """,
        sources: [
            "Public Result, 'Ontwikkeling sociale wijkteams' Den Haag: de huidige werkwijze van de CVO's getoetst "
                + "aan het kader van de sociale wijkteams; de toetsing bepaalt de doorontwikkeling per gebied"
        ],
        parameters: [
            RuleParameter(
                "unassessed", default: 0,
                "Value for a criterion the action addresses where none of its areas was assessed on it.")
        ],
        examples: [
            RuleExample(
                "addresses a criterion at the lowest level", action: "addresses: [kader.integraal]",
                sections: Self.sections, expected: 1),
            RuleExample(
                "addresses a criterion one level below a target three levels up",
                action: "addresses: [kader.eigen-kracht]", sections: Self.sections, expected: 1.0 / 3.0),
            RuleExample(
                "addresses both: the larger gap counts", action: "addresses: [kader.eigen-kracht, kader.integraal]",
                sections: Self.sections, expected: 1),
            RuleExample(
                "the latest assessment counts: the criterion has since reached its target",
                action: "addresses: [kader.integraal]", sections: Self.sections + Self.later, expected: 0),
            RuleExample(
                "addresses a criterion that was never assessed", action: "addresses: [kader.netwerk]",
                sections: Self.sections, expected: 0),
            RuleExample("addresses no criterion", sections: Self.sections, expected: 0),
        ]
    )

    static let sections = """
        frameworks:
          - id: kader
            title: Kader sociale wijkteams
            levels: [{label: afwezig}, {label: basis}, {label: op orde}, {label: voorbeeld}]
            themes:
              - id: werkwijze
                title: Werkwijze
                criteria:
                  - {id: integraal, title: Integrale aanpak, target: op orde}
                  - {id: eigen-kracht, title: Eigen kracht, target: voorbeeld}
                  - {id: netwerk, title: Eigen netwerk, target: op orde}
        assessments:
          - framework: kader
            area: example-town
            date: 2025-03-01
            scores: {integraal: {level: afwezig}, eigen-kracht: {level: op orde}}
        """

    static let later = """

          - framework: kader
            area: example-town
            date: 2026-03-01
            scores: {integraal: {level: op orde}}
        """

    func applies(to agenda: AgendaFacts) -> Bool { !agenda.frameworks.isEmpty }

    func evaluate(_ action: ActionFacts, parameters: RuleParameters) throws -> RuleResult {
        guard !action.criteria.isEmpty else { return RuleResult(0, inputs: [RuleInput("criteria addressed", "none")]) }
        var best = 0.0
        var inputs: [RuleInput] = []
        for criterion in action.criteria {
            let target = criterion.levels[criterion.target]
            guard !criterion.assessed.isEmpty else {
                best = max(best, parameters["unassessed"])
                inputs.append(
                    RuleInput("level of \(criterion.id)", "not assessed in the action's areas (target \(target))"))
                continue
            }
            for assessed in criterion.assessed {
                inputs.append(
                    RuleInput(
                        "level of \(criterion.id) in \(assessed.area)",
                        "\(criterion.levels[assessed.level]) (target \(target), \(assessed.date))"))
            }
            let gap =
                criterion.assessed.reduce(0) { $0 + criterion.gapShare($1.level) } / Double(criterion.assessed.count)
            best = max(best, gap)
            inputs.append(RuleInput("gap of \(criterion.id)", gap))
        }
        return RuleResult(best, inputs: inputs)
    }
}
