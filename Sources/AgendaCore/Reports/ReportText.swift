/// The labels of reports in the agenda's language (`agenda.language`): Dutch or English.
///
/// Ids, rule names and inputs stay as they are written; only the words around them change.
struct ReportText {
    let language: ReportLanguage

    private static let table: [String: (en: String, nl: String)] = [
        "scores": ("Scores", "Scores"),
        "scenario": ("scenario", "scenario"),
        "baseline": ("baseline (no scenario)", "basis (geen scenario)"),
        "rank": ("rank", "rang"),
        "score": ("score", "score"),
        "action": ("action", "actie"),
        "domain": ("domain", "domein"),
        "pillar": ("pillar", "pijler"),
        "status": ("status", "status"),
        "dropped": ("dropped by the scenario", "vervalt in het scenario"),
        "rule": ("rule", "regel"),
        "module": ("module", "module"),
        "value": ("value", "waarde"),
        "normalised": ("0..1", "0..1"),
        "weight": ("weight", "gewicht"),
        "points": ("points", "punten"),
        "total": ("total", "totaal"),
        "sum": ("= the sum of the points below", "= de som van de punten hieronder"),
        "failed": ("failed", "mislukt"),
        "formula": ("weight = 5 × pillar weight × group weight × rule weight / sum of the rule weights of the group",
                    "gewicht = 5 × pijlergewicht × groepsgewicht × regelgewicht / som van de regelgewichten van de groep"),
        "actions": ("actions", "acties"),
        "warnings": ("warnings", "waarschuwingen"),
    ]

    func callAsFunction(_ key: String) -> String {
        guard let entry = Self.table[key] else { return key }
        return language == .nl ? entry.nl : entry.en
    }
}

/// Pads text to a width, counting characters, for plain-text tables.
func padded(_ text: String, _ width: Int, right: Bool = false) -> String {
    let count = text.count
    guard count < width else { return text }
    let padding = String(repeating: " ", count: width - count)
    return right ? padding + text : text + padding
}
