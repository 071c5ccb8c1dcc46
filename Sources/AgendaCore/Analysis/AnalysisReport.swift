/// A report of an analysis in every `OutputFormat`: each report writes its own text, JSON, CSV
/// and HTML; choosing among them is shared.
public protocol AnalysisReport: Sendable {
    /// Text for a terminal, or Markdown.
    func report(markdown: Bool) -> String
    /// The JSON of `docs/analysis.md`.
    func json() -> JSONValue
    /// CSV for spreadsheets.
    func csv(_ options: PlanCSV.Options) -> String
    /// One self-contained HTML page with inline SVG charts.
    func html() -> String
}

extension AnalysisReport {
    /// The report in `format`; `csv` sets the separator and decimals of the CSV.
    public func rendered(_ format: OutputFormat, csv: PlanCSV.Options = PlanCSV.Options()) -> String {
        switch format {
        case .text: return report(markdown: false)
        case .markdown: return report(markdown: true)
        case .json: return json().rendered()
        case .csv: return self.csv(csv)
        case .html: return html()
        }
    }
}
