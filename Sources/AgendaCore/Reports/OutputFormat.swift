/// The forms every report takes: `--format` of every command.
public enum OutputFormat: String, CaseIterable, Sendable {
    /// For people at a terminal.
    case text
    /// For documents and web pages.
    case markdown
    /// For other programs; field names are stable (`docs/scoring-json.md`, `docs/plan-output.md`,
    /// `docs/analysis.md`).
    case json
    /// For spreadsheets: RFC 4180, or Dutch Excel with `--dutch-excel`.
    case csv
    /// One self-contained page (no scripts, no network), for meetings and print.
    case html
}
