import AgendaRules

extension CoreModule {
    /// The core rules' inputs in Dutch, for `explain` on a Dutch agenda.
    public var translations: [ReportLanguage: [String: String]] {
        [
            .nl: [
                "action years": "actiejaren", "committed": "toegezegd", "evidence": "onderbouwing",
                "goal weight in all pillars": "doelgewicht in alle pijlers",
                "goal weight in the agenda": "doelgewicht in de agenda",
                "goal weight in this pillar": "doelgewicht in deze pijler", "goals": "doelen",
                "other domains": "andere domeinen", "partners": "partners", "pillar": "pijler", "positive": "positief",
                "mixed": "gemengd", "none (level 0 of 5)": "geen (niveau 0 van 5)",
                "(level 0 of 5)": "(niveau 0 van 5)",
                "(level 1 of 5)": "(niveau 1 van 5)", "(level 2 of 5)": "(niveau 2 van 5)",
                "(level 3 of 5)": "(niveau 3 van 5)", "(level 4 of 5)": "(niveau 4 van 5)",
                "(level 5 of 5)": "(niveau 5 van 5)",
                // core.framework-gap: criterion ids, areas, dates and level labels stay as written.
                "criteria addressed": "aangepakte criteria", "level of {} in {}": "niveau van {} in {}",
                "level of {}": "niveau van {}", "{} (target {}, {})": "{} (doel {}, {})",
                "not assessed in the action's areas (target {})":
                    "niet beoordeeld in de gebieden van de actie (doel {})",
                "gap of {}": "afstand tot doel van {}",
            ]
        ]
    }
}
