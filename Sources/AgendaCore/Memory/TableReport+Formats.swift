extension TableReport {
    /// The report in `format`; CSV holds the first table only (a spreadsheet has one sheet).
    public func rendered(_ format: OutputFormat, csv: PlanCSV.Options = PlanCSV.Options()) -> String {
        switch format {
        case .text, .markdown: return document(markdown: format == .markdown)
        case .json: return json.rendered() + "\n"
        case .csv: return csvText(csv)
        case .html: return html
        }
    }

    private func document(markdown: Bool) -> String {
        var out = PlanReportWriter(markdown: markdown)
        out.heading(title, level: 1)
        if !summary.isEmpty { out.paragraph(summary, separated: true) }
        for table in tables {
            out.heading(table.title, level: 2)
            if table.rows.isEmpty {
                out.paragraph([table.empty])
            } else {
                let shown = table.textLimit.map { Array(table.rows.prefix($0)) } ?? table.rows
                out.table(
                    PlanTable(
                        headers: table.columns.map(\.title), right: table.columns.map(\.alignRight),
                        rows: shown.map { $0.map(\.text) }))
                if shown.count < table.rows.count { out.paragraph([table.more(table.rows.count - shown.count)]) }
            }
        }
        return out.result
    }

    var json: JSONValue {
        .object(
            fields
                + tables.map { table in
                    (
                        table.key,
                        .array(
                            table.rows.map { row in
                                .object(zip(table.columns, row).map { ($0.key, $1.value) })
                            })
                    )
                })
    }

    private func csvText(_ options: PlanCSV.Options) -> String {
        guard let table = tables.first else { return CSVTable.rendered([], options: options) }
        let header = table.columns.map { CSVTable.Cell.text($0.key) }
        let rows = table.rows.map { row in
            row.map { cell -> CSVTable.Cell in
                switch cell.value {
                case .int(let value): return .number(String(value))
                case .double(let value): return CSVTable.Cell.decimal(value, options)
                case .null: return .text("")
                case .bool(let value): return .text(value ? "true" : "false")
                default: return .text(cell.text)
                }
            }
        }
        return CSVTable.rendered([header] + rows, options: options)
    }

    private var html: String {
        var page = HTMLWriter()
        page.raw(html: htmlBody)
        return page.document(title: title, language: language)
    }

    /// The report's headings, sentences, figures and tables, without the page around them.
    var htmlBody: String {
        var out = HTMLWriter()
        out.heading(title, level: 1)
        for sentence in summary { out.paragraph(sentence) }
        for figure in figures { out.raw(html: figure) }
        for table in tables {
            out.heading(table.title, level: 2)
            if table.rows.isEmpty {
                out.paragraph(table.empty)
                continue
            }
            out.table(
                HTMLTable(
                    columns: table.columns.map { HTMLTable.Column($0.title, $0.alignRight ? .right : .left) },
                    rows: table.rows.map { $0.map(\.text) }))
        }
        return out.body
    }
}
