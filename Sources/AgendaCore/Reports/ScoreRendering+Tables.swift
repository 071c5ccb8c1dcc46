/// `agenda score` and `agenda explain` as CSV for spreadsheets and as one HTML page for meetings.
extension ScoreRendering {
    /// Columns of the ranking's CSV.
    public static let rankingColumns = ["rank", "action", "title", "domain", "pillar", "status", "dropped", "score"]
    /// Columns of an explanation's CSV: one row per rule that scored the action.
    public static let explanationColumns = [
        "action", "rule", "name", "module", "module_version", "value", "normalised",
        "weight", "points", "inputs",
    ]

    // MARK: CSV

    func rankingCSV(_ options: PlanCSV.Options) -> String {
        var rows: [[CSVTable.Cell]] = [Self.rankingColumns.map(CSVTable.Cell.text)]
        for (index, action) in report.ranking.enumerated() {
            rows.append([
                .number(String(index + 1)), .text(action.id), .text(action.title), .text(action.domain),
                .text(action.pillar.rawValue), .text(action.status.rawValue), .text(String(action.dropped)),
                .number(CSVTable.decimal(action.score.description, options)),
            ])
        }
        return CSVTable.rendered(rows, options: options)
    }

    func explanationCSV(_ action: ActionScore, _ options: PlanCSV.Options) -> String {
        var rows: [[CSVTable.Cell]] = [Self.explanationColumns.map(CSVTable.Cell.text)]
        for c in action.contributions {
            rows.append([
                .text(action.id), .text(c.qualifiedRule), .text(c.ruleName), .text(c.module), .text(c.moduleVersion),
                c.raw.map { .decimal($0, places: 4, options) } ?? .text(""),
                .decimal(c.normalised, places: 4, options), .decimal(c.weight.total, places: 4, options),
                .number(CSVTable.decimal(c.points.description, options)), .text(details(c)),
            ])
        }
        return CSVTable.rendered(rows, options: options)
    }

    // MARK: HTML

    func rankingHTML() -> String {
        let t = ReportText(language: agenda.header.language)
        let n = LocalNumbers(language: agenda.header.language)
        var out = HTMLWriter()
        let title = "\(t("scores")) — \(agenda.header.title)"
        out.heading(title, level: 1)
        out.paragraph(
            "\(agenda.region.name) · \(agenda.period) · \(t("scenario")): \(scenarioLabel ?? t("baseline"))",
            class: "subtitle")
        let rows: [[HTMLTable.Cell]] = report.ranking.enumerated().map { index, action in
            [
                HTMLTable.Cell(String(index + 1)), HTMLTable.Cell(n.points(action.score)),
                .titled(action.id, action.title + (action.dropped ? " (\(t("dropped")))" : "")),
                HTMLTable.Cell(action.domain), HTMLTable.Cell(action.pillar.rawValue),
                HTMLTable.Cell(action.status.rawValue),
            ]
        }
        out.table(
            HTMLTable(
                columns: [
                    .init(t("rank"), .right), .init(t("score"), .right), .init(t("action")),
                    .init(t("domain")), .init(t("pillar")), .init(t("status")),
                ],
                groups: rows.map { [$0] }))
        return out.document(title: title, language: agenda.header.language)
    }

    func explanationHTML(_ action: ActionScore) -> String {
        let t = ReportText(language: agenda.header.language)
        let n = LocalNumbers(language: agenda.header.language)
        var out = HTMLWriter()
        let title = "\(action.title) (\(action.id))"
        out.heading(title, level: 1)
        out.definitions([
            (t("domain"), action.domain), (t("pillar"), action.pillar.rawValue), (t("status"), action.status.rawValue),
            (t("scenario"), scenarioLabel ?? t("baseline")), (t("score"), "\(n.points(action.score)) \(t("sum"))"),
        ])
        let rows: [[HTMLTable.Cell]] = action.contributions.map { c in
            [
                .titled(c.qualifiedRule, c.ruleName), HTMLTable.Cell("\(c.module) \(c.moduleVersion)"),
                HTMLTable.Cell(c.raw.map { n.decimal($0, places: 4) } ?? t("failed")),
                HTMLTable.Cell(n.decimal(c.normalised, places: 4, keepZeros: true)),
                HTMLTable.Cell(n.decimal(c.weight.total, places: 4, keepZeros: true)),
                HTMLTable.Cell(n.points(c.points)),
                HTMLTable.Cell(details(c)),
            ]
        }
        let total: [HTMLTable.Cell] = [
            HTMLTable.Cell(t("total"), header: true), HTMLTable.Cell(""), HTMLTable.Cell(""),
            HTMLTable.Cell(""), HTMLTable.Cell(""), HTMLTable.Cell(n.points(action.score)),
            HTMLTable.Cell(""),
        ]
        out.table(
            HTMLTable(
                columns: [
                    .init(t("rule")), .init(t("module")), .init(t("value"), .right),
                    .init(t("normalised"), .right), .init(t("weight"), .right), .init(t("points"), .right),
                    .init(t("inputs")),
                ],
                groups: rows.map { [$0] }, footer: [total]))
        out.paragraph(t("formula"), class: "footnote")
        let origins = origins(action)
        if !origins.isEmpty { out.list(origins) }
        return out.document(title: title, language: agenda.header.language)
    }
}
