import AgendaRules

extension ModuleFileDecoder {
    /// The module's `translations:`: per report language, the words of its rules' inputs (field
    /// names, words, phrases) in that language, looked up as a compiled module's
    /// `DomainModule.translations` are (`InputWords`).
    mutating func decodeTranslations(_ value: YAMLValue) -> [ReportLanguage: [String: String]] {
        if value.isNull { return [:] }
        guard
            let languages = KeyedMapping(
                value, allowed: ReportLanguage.allCases.map(\.rawValue), what: "'translations'",
                example: "{nl: {rides per year: ritten per jaar}}", reader: &reader)
        else { return [:] }
        var result: [ReportLanguage: [String: String]] = [:]
        for language in ReportLanguage.allCases {
            guard let table = languages[language.rawValue], !table.isNull else { continue }
            guard let pairs = table.mapping else {
                reader.diagnostics.error(
                    DiagnosticCode.wrongType,
                    "expected the '\(language.rawValue)' translations as a mapping of words to their translation, "
                        + "e.g. {rides per year: ritten per jaar}, found \(table.kindDescription)",
                    at: table.location)
                continue
            }
            var words: [String: String] = [:]
            for pair in pairs {
                guard let text = reader.text(pair.value, what: "the translation of '\(pair.key)'") else { continue }
                words[pair.key] = text
            }
            result[language] = words
        }
        return result
    }
}
