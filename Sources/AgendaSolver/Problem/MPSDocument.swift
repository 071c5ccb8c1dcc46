/// A mixed-integer programme on its way to free MPS: comment lines, rows, columns in the order
/// written, and bound lines. `MPSWriter` and `PaymentsMPSWriter` fill one and write its text.
///
/// Sections start in column 1, data lines with a space, names never contain spaces, and the
/// sections come in the fixed-format order (NAME, OBJSENSE, ROWS, COLUMNS, RHS, BOUNDS, ENDATA), so
/// readers of either dialect read it. The text is deterministic: the same programme, the same bytes.
struct MPSDocument {
    enum RowKind: String {
        case n = "N"
        case e = "E"
        case l = "L"
        case g = "G"
    }

    struct Row {
        var name: String
        var kind: RowKind
        var rhs: Double
    }

    var name: String
    /// Written as `* …` lines before NAME.
    var comments: [String] = []
    var maximises: Bool
    private(set) var rows: [Row] = []
    /// The columns in the order written, and each column's entries in row order.
    private(set) var columns: [(name: String, integer: Bool, entries: [(row: String, value: Double)])] = []
    private var columnIndex: [String: Int] = [:]
    /// BOUNDS lines, each starting with a space (` BV BND  x0`).
    var bounds: [String] = []

    init(name: String, maximises: Bool) {
        self.name = name
        self.maximises = maximises
    }

    mutating func row(_ name: String, _ kind: RowKind, rhs: Double = 0) {
        rows.append(Row(name: name, kind: kind, rhs: rhs))
    }

    mutating func column(_ name: String, integer: Bool) {
        columnIndex[name] = columns.count
        columns.append((name, integer, []))
    }

    /// Adds `value` to `column` in `row`; nothing when the column was never declared.
    mutating func add(_ column: String, _ row: String, _ value: Double) {
        guard let index = columnIndex[column] else { return }
        columns[index].entries.append((row, value))
    }

    func text() -> String {
        var lines = comments.map { "* \($0)" }
        lines.append("NAME \(name)")
        if maximises { lines += ["OBJSENSE", "    MAX"] }
        lines.append("ROWS")
        for row in rows { lines.append(" \(row.kind.rawValue)  \(row.name)") }
        lines.append("COLUMNS")
        var inIntegers = false
        for column in columns {
            if column.integer != inIntegers {
                lines.append("    MARKER  'MARKER'  '\(column.integer ? "INTORG" : "INTEND")'")
                inIntegers = column.integer
            }
            for entry in column.entries {
                lines.append("    \(column.name)  \(entry.row)  \(MPSWriter.number(entry.value))")
            }
        }
        if inIntegers { lines.append("    MARKER  'MARKER'  'INTEND'") }
        lines.append("RHS")
        for row in rows where row.kind != .n && row.rhs != 0 {
            lines.append("    RHS  \(row.name)  \(MPSWriter.number(row.rhs))")
        }
        lines.append("BOUNDS")
        lines += bounds
        lines.append("ENDATA")
        return lines.joined(separator: "\n") + "\n"
    }
}
