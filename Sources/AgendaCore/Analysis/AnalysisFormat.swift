/// The forms an analysis report (`compare`, `sweep`, `sensitivity`) can take.
public enum AnalysisFormat: String, CaseIterable, Sendable {
    /// For people at a terminal.
    case text
    /// For documents.
    case markdown
    /// For other programs; see `docs/analysis-json.md`.
    case json
    /// For spreadsheets.
    case csv
    /// One self-contained page with charts, for meetings and print.
    case html
}

/// A report of an analysis in every `AnalysisFormat`: each report writes its own text, JSON, CSV
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
    public func rendered(_ format: AnalysisFormat, csv: PlanCSV.Options = PlanCSV.Options()) -> String {
        switch format {
        case .text: return report(markdown: false)
        case .markdown: return report(markdown: true)
        case .json: return json().rendered()
        case .csv: return self.csv(csv)
        case .html: return html()
        }
    }
}
