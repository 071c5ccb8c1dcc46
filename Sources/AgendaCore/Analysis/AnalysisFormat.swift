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
