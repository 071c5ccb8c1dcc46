/// `agenda assess` as text, Markdown, JSON (the contract in `docs/frameworks.md`), CSV or HTML.
///
/// Words and numbers follow the agenda's language; the JSON is the same in every language except
/// for the sentences it carries as `text`.
public struct AssessmentRendering: Sendable {
    /// The report to write.
    public let report: AssessmentReport
    let t: ReportText
    let n: LocalNumbers

    /// Writes `report` in its agenda's language.
    public init(_ report: AssessmentReport) {
        self.report = report
        t = ReportText(language: report.agenda.header.language)
        n = LocalNumbers(language: report.agenda.header.language)
    }

    /// The report in `format`; `csv` sets the separator and decimals of the CSV.
    public func rendered(_ format: OutputFormat, csv: PlanCSV.Options = PlanCSV.Options()) -> String {
        switch format {
        case .text: return document(markdown: false)
        case .markdown: return document(markdown: true)
        case .json: return json().rendered()
        case .csv: return csvText(csv)
        case .html: return html()
        }
    }

    var title: String { t("assess.title", report.agenda.header.title) }

    private func document(markdown: Bool) -> String {
        var out = PlanReportWriter(markdown: markdown)
        out.heading(title, level: 1)
        out.paragraph([planLine, VersionLine(agenda: report.agenda).text].compactMap { $0 }, separated: true)
        if report.frameworks.isEmpty { out.paragraph([t("assess.none")], separated: true) }
        for part in report.frameworks {
            out.heading(frameworkHeading(part.framework), level: 2)
            out.paragraph(frameworkLines(part), separated: true)
            guard !part.areas.isEmpty else {
                out.paragraph([noAreasText], separated: true)
                continue
            }
            for area in part.areas { self.area(area, into: &out) }
            ranking(part, into: &out)
            actions(part, into: &out)
            openQuestions(part, into: &out)
        }
        return out.result
    }

    private func area(_ area: AssessedArea, into out: inout PlanReportWriter) {
        out.heading("\(area.name) (\(area.area.id))", level: 3)
        out.paragraph([assessmentLine(area)] + (area.latest.note.map { [t("assess.note", $0)] } ?? []))
        out.table(PlanTable(headers: areaHeaders, right: areaHeaders.map { _ in false }, rows: areaRows(area)))
    }

    var areaHeaders: [String] {
        [
            "assess.theme", "assess.criterion", "assess.level", "assess.target", "assess.gap", "assess.change",
            "assess.evidence",
        ].map { t($0) }
    }

    /// One row per criterion; the theme on the first row of its criteria only.
    func areaRows(_ area: AssessedArea) -> [[String]] {
        area.readings.enumerated().map { index, reading in
            let first = index == 0 || area.readings[index - 1].theme.id != reading.theme.id
            return [
                first ? reading.theme.title : "", reading.criterion.title, levelText(reading),
                label(reading.criterion, reading.criterion.target), gapText(reading),
                changeText(reading.change, of: reading.criterion), reading.evidence ?? "",
            ]
        }
    }

    private func ranking(_ part: AssessedFramework, into out: inout PlanReportWriter) {
        out.heading(t("assess.ranking"), level: 3)
        guard !part.gaps.isEmpty else {
            out.paragraph([t("assess.ranking.none")] + atTargetLine(part))
            return
        }
        out.paragraph([t("assess.ranking.intro")])
        out.table(rankingTable(part))
        let atTarget = atTargetLine(part)
        if !atTarget.isEmpty { out.paragraph(atTarget, separated: true) }
    }

    func rankingTable(_ part: AssessedFramework) -> PlanTable {
        let headers = [
            "rank", "assess.criterion", "assess.theme", "assess.target", "assess.mean-gap", "assess.furthest-area",
            "assess.below-target",
        ].map { t($0) }
        let rows = part.gaps.map { gap in
            [
                n.integer(gap.rank), "\(gap.criterion.title) (\(gap.criterion.id))", gap.theme.title,
                label(gap.criterion, gap.criterion.target), meanGapText(gap), worstText(gap), belowText(gap),
            ]
        }
        return PlanTable(headers: headers, right: [true, false, false, false, false, false, true], rows: rows)
    }

    /// "At or above target in every assessed area: …", when any criterion is.
    func atTargetLine(_ part: AssessedFramework) -> [String] {
        guard !part.atTarget.isEmpty else { return [] }
        return [t("assess.at-target.list", part.atTarget.map(\.title).joined(separator: ", "))]
    }

    private func actions(_ part: AssessedFramework, into out: inout PlanReportWriter) {
        guard !part.gaps.isEmpty else { return }
        out.heading(t("assess.actions"), level: 3)
        out.paragraph([t("assess.actions.intro")])
        let headers = ["assess.criterion", "action", "assess.in-plan", "assess.paid", "assess.works-in", "plan.reason"]
        out.table(
            PlanTable(
                headers: headers.map { t($0) }, right: [false, false, false, true, false, false],
                rows: actionRows(part)))
    }

    /// Per gap, furthest first: a row per addressing action (the criterion on the first), or one
    /// row saying that no action addresses it.
    func actionRows(_ part: AssessedFramework) -> [[String]] {
        part.gaps.flatMap { gap -> [[String]] in
            guard !gap.actions.isEmpty else { return [[gap.criterion.title, "—", t("assess.no-action"), "", "", ""]] }
            return gap.actions.enumerated().map { index, action in
                [
                    index == 0 ? gap.criterion.title : "", "\(action.title) (\(action.id))", decisionText(action),
                    paidText(action), worksInText(action), action.reasonText,
                ]
            }
        }
    }

    private func openQuestions(_ part: AssessedFramework, into out: inout PlanReportWriter) {
        out.heading(t("assess.open"), level: 3)
        let lines = openQuestionLines(part)
        if lines.isEmpty {
            out.paragraph([t("assess.open.none")])
        } else {
            out.bullets(lines)
        }
    }

    /// One sentence per open question, then the criteria assessed nowhere.
    func openQuestionLines(_ part: AssessedFramework) -> [String] {
        var lines = part.openQuestions.map(openQuestionText)
        if !part.notAssessed.isEmpty {
            lines.append(t("assess.open.not-assessed", part.notAssessed.map(\.title).joined(separator: ", ")))
        }
        return lines
    }

    /// "No action addresses 'Integrale aanpak' (target op orde) in Laak (Den Haag) (afwezig)."
    func openQuestionText(_ question: OpenQuestion) -> String {
        let criterion = question.gap.criterion
        let target = label(criterion, criterion.target)
        let areas = question.areas.map { "\($0.name) (\(label(criterion, $0.level)))" }.joined(separator: ", ")
        guard question.coverage == .unfundedOnly else {
            return t("assess.open.no-action", criterion.title, target, areas)
        }
        let actions = question.actions.map(\.id).joined(separator: ", ")
        return t("assess.open.unfunded-only", criterion.title, target, areas, actions)
    }
}
