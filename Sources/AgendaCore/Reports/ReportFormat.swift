/// The forms a report can take.
public enum ReportFormat: String, CaseIterable, Sendable {
    /// For people at a terminal.
    case text
    /// For other programs; field names are stable (see `docs/scoring-json.md`).
    case json
    /// For documents and web pages.
    case markdown
}
