import CSV
import Foundation

/// A file of actual spending (`agenda actuals import`): rows of action, source, year and amount,
/// checked against the agenda. It reads what `agenda plan --format csv` writes, with `,` or with
/// Dutch Excel's `;`, decimal comma and byte order mark, and plain CSV with the same columns.
///
/// Every row that is wrong is a located diagnostic (`file.csv:12:5: error: …`); a file with any
/// error must not be stored at all.
public struct ActualsFile: Sendable {
    /// One row of spending; `line` is its line in the file.
    public struct Row: Sendable, Hashable {
        public var line: Int
        public var action: String
        public var source: String
        public var year: Int
        /// Euro cents, 0 … 10¹⁴ (a trillion euros).
        public var cents: Int64
    }

    public var rows: [Row]
    public var diagnostics: [Diagnostic]

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// The columns a row must have.
    static let required = ["action", "source", "year", "amount"]
    /// The other columns of `plan --format csv`, read and not used; any other column is an error.
    static let ignored = ["title", "funded", "score", "reason", "note"]

    /// Reads `data`, named `path` in diagnostics, against `agenda`'s actions, sources and period.
    public static func read(_ data: Data, path: String, agenda: Agenda) -> ActualsFile {
        var text = String(decoding: data, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let firstLine = text.prefix { $0 != "\n" && $0 != "\r\n" }
        let separator: UnicodeScalar = firstLine.contains(";") ? ";" : ","
        var reader = ActualsReader(
            path: path, agenda: agenda, separator: separator,
            // "\r\n" is one Character, and a newline: CRLF and LF files alike.
            lines: text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init))
        reader.read(text)
        return ActualsFile(rows: reader.rows, diagnostics: reader.diagnostics.sorted { $0.location < $1.location })
    }
}
