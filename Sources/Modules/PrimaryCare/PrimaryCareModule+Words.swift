import AgendaRules

extension PrimaryCareModule {
    /// The primary-care rules' inputs in Dutch, for `explain` on a Dutch agenda.
    public var translations: [ReportLanguage: [String: String]] {
        [
            .nl: [
                "75+ living independently": "75+ zelfstandig wonend", "care partners": "zorgpartners",
                "estimated frail": "geschat aantal kwetsbaren", "frail reached": "kwetsbaren bereikt",
                "frail share": "aandeel kwetsbaar", "national share": "landelijk aandeel",
                "practices given": "praktijken opgegeven", "practices in the area": "praktijken in het gebied",
                "practices taking part": "deelnemende praktijken",
                "practices or residents 75+": "praktijken of inwoners 75+", "residents 75+": "inwoners 75+",
                "welfare partners": "welzijnspartners",
                "not given for {}": "niet opgegeven voor {}",
                "not given; all residents 75+ counted": "niet opgegeven; alle inwoners 75+ geteld",
            ]
        ]
    }
}
