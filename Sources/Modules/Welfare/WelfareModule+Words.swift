import AgendaRules

extension WelfareModule {
    /// The welfare rules' inputs in Dutch, for `explain` on a Dutch agenda.
    public var translations: [ReportLanguage: [String: String]] {
        [
            .nl: [
                "existing places": "bestaande plekken", "gap": "tekort", "lonely 65+": "eenzame 65+",
                "new places": "nieuwe plekken", "reference": "referentie",
                "residents 75+": "inwoners 75+", "residents' organisations": "bewonersorganisaties",
                "share reached": "aandeel bereikt", "target per 1,000 75+": "doel per 1.000 75+",
            ]
        ]
    }
}
