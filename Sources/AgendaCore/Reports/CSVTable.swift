/// Rows of cells written as CSV with `PlanCSV.Options`: RFC 4180 quoting, CRLF line ends, and text
/// that a spreadsheet would take for a formula neutralised with a leading apostrophe. Every CSV
/// report (`plan`, `compare`, `sweep`, `sensitivity`) writes through it.
enum CSVTable {
    enum Cell {
        /// Words from the agenda: neutralised if a spreadsheet would read a formula.
        case text(String)
        /// A number the planner wrote: never changed.
        case number(String)

        /// A decimal number, with a decimal comma when the options ask for one.
        static func decimal(_ value: Double, places: Int = 6, _ options: PlanCSV.Options) -> Cell {
            var text = String(format: "%.\(places)f", value)
            if text.contains(".") {
                while text.hasSuffix("0") { text.removeLast() }
                if text.hasSuffix(".") { text.removeLast() }
            }
            if text == "-0" { text = "0" }
            return .number(CSVTable.decimal(text, options))
        }
    }

    static func rendered(_ rows: [[Cell]], options: PlanCSV.Options) -> String {
        let body =
            rows.map { row in
                row.map { field($0, options) }.joined(separator: String(options.separator))
            }.joined(separator: "\r\n") + "\r\n"
        return (options.byteOrderMark ? "\u{FEFF}" : "") + body
    }

    static func decimal(_ text: String, _ options: PlanCSV.Options) -> String {
        options.decimalComma ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    /// Starts with a character that makes a spreadsheet read a formula.
    static func looksLikeFormula(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        return ["=", "+", "-", "@", "\t", "\r"].contains(first)
    }

    private static func field(_ cell: Cell, _ options: PlanCSV.Options) -> String {
        var text: String
        switch cell {
        case .text(let value): text = looksLikeFormula(value) ? "'" + value : value
        case .number(let value): text = value
        }
        let separator = options.separator.unicodeScalars
        if text.unicodeScalars.contains(where: { $0 == "\"" || $0 == "\n" || $0 == "\r" || separator.contains($0) }) {
            text = "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return text
    }
}
