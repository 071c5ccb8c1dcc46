// Where the report's figures come from: each indicator it uses with its source and year, and
// each funding source's note, in the agenda's language; "illustrative" where the agenda says so.
extension PlanRendering {
    /// One line per indicator the report shows (the allocation key's, and those of goal targets)
    /// and per source of money in the plan that has a note; empty when there is nothing to cite.
    var figureSources: [String] {
        let t = ReportText(language: agenda.header.language)
        var used: [String] = []
        if let key = summaries.keyIndicator { used.append(key) }
        for goal in agenda.goals {
            guard let target = goal.target else { continue }
            used.append(target.indicator.value)
            if let per = target.per { used.append(per.value) }
        }
        var seen = Set<String>()
        var lines: [String] = []
        for id in used where seen.insert(id).inserted {
            guard let indicator = agenda.indicator(id) else { continue }
            lines.append("\(indicator.label) (\(id)): " + citation(indicator.source, year: indicator.year, t: t))
        }
        let shown = Set(plan.sources.map(\.id))
        for source in agenda.plannedFunding where shown.contains(source.id) {
            if let note = source.note {
                lines.append("\(source.id): \(note)")
            } else if source.eligibility.partner != nil {
                lines.append("\(source.id): \(t("figures.commitment", source.funder))")
            }
        }
        return lines
    }

    /// "CBS, 2024", "illustrative", or "no source given".
    private func citation(_ source: String?, year: Int?, t: ReportText) -> String {
        guard let source else { return t("figures.no-source") }
        if Self.isIllustrative(source) { return t("illustrative") }
        return year.map { "\(source), \($0)" } ?? source
    }

    /// Whether the agenda marks a figure as made up for illustration (`source: illustrative`).
    static func isIllustrative(_ source: String?) -> Bool {
        guard let source else { return false }
        return ["illustrative", "illustratief"].contains(source.lowercased())
    }

    /// " (illustrative)" after a figure whose indicator is marked so; empty otherwise.
    func illustrativeMark(_ indicator: String?) -> String {
        guard let indicator, Self.isIllustrative(agenda.indicator(indicator)?.source) else { return "" }
        return " (\(ReportText(language: agenda.header.language)("illustrative")))"
    }
}
