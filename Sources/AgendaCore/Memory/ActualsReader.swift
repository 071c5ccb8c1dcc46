import CSV
import Foundation

/// Reads the rows of an `ActualsFile`, one check at a time.
struct ActualsReader {
    let path: String
    let agenda: Agenda
    let separator: UnicodeScalar
    /// The file's lines, for the column of a field in a diagnostic.
    let lines: [String]
    var rows: [ActualsFile.Row] = []
    var diagnostics: [Diagnostic] = []

    mutating func read(_ text: String) {
        guard let reader = try? CSVReader(string: text, hasHeaderRow: false, delimiter: separator),
            let header = reader.next()
        else {
            diagnostics.append(.error("actuals-empty", "the file is empty; it needs a header row", at: .file(path)))
            return
        }
        guard let columns = columns(header) else { return }
        let width = header.count
        var line = 2 + newlines(in: header)
        while let fields = reader.next() {
            defer { line += 1 + newlines(in: fields) }
            if fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            guard fields.count <= width else {
                // An unquoted decimal comma in a `,` file splits the amount: never read as less money.
                diagnostics.append(
                    .error(
                        "actuals-fields",
                        "this row has \(fields.count) fields where the header has \(width); "
                            + "quote a field that holds '\(Character(separator))'", at: location(line, width)))
                continue
            }
            readRow(fields, line: line, columns: columns)
        }
        if let error = reader.error {
            diagnostics.append(.error("actuals-csv", "the CSV cannot be read here: \(error)", at: location(line, 0)))
        } else if rows.isEmpty && diagnostics.isEmpty {
            diagnostics.append(.error("actuals-empty", "the file has no rows of spending", at: .file(path)))
        }
    }

    /// The position of each required column; nil (with diagnostics) when the header is wrong.
    private mutating func columns(_ header: [String]) -> [String: Int]? {
        var columns: [String: Int] = [:]
        let known = ActualsFile.required + ActualsFile.ignored
        for (index, raw) in header.enumerated() {
            let name = raw.trimmingCharacters(in: .whitespaces).lowercased()
            guard known.contains(name) else {
                diagnostics.append(
                    .error(
                        "actuals-column",
                        "unknown column '\(raw)'\(Suggestions.didYouMean(name, in: known)) (the columns are "
                            + "\(ActualsFile.required.joined(separator: ", ")) and, ignored, "
                            + ActualsFile.ignored.joined(separator: ", ") + ")",
                        at: location(1, index)))
                continue
            }
            columns[name] = index
        }
        let missing = ActualsFile.required.filter { columns[$0] == nil }
        if !missing.isEmpty {
            diagnostics.append(
                .error(
                    "actuals-column",
                    "the header lacks the column\(missing.count > 1 ? "s" : "") "
                        + missing.joined(separator: ", "), at: location(1, 0)))
        }
        return diagnostics.isEmpty ? columns : nil
    }

    private mutating func readRow(_ fields: [String], line: Int, columns: [String: Int]) {
        func field(_ name: String) -> (text: String, index: Int) {
            let index = columns[name] ?? 0
            return (index < fields.count ? fields[index].trimmingCharacters(in: .whitespaces) : "", index)
        }
        let (action, source, year, amount) = (field("action"), field("source"), field("year"), field("amount"))
        // A row of an unfunded action in a plan's CSV has no year, source or amount: no spending.
        if source.text.isEmpty && year.text.isEmpty && amount.text.isEmpty { return }
        let before = diagnostics.count
        let checkedYear = self.year(year, line: line)
        let cents = self.cents(amount, line: line)
        check(action, among: agenda.actions.map(\.id), what: "action", line: line)
        check(source, among: agenda.plannedFunding.map(\.id), what: "source", line: line)
        guard diagnostics.count == before, let checkedYear, let cents else { return }
        rows.append(
            ActualsFile.Row(line: line, action: action.text, source: source.text, year: checkedYear, cents: cents))
    }

    private mutating func check(_ field: (text: String, index: Int), among ids: [String], what: String, line: Int) {
        guard !ids.contains(field.text) else { return }
        let message =
            field.text.isEmpty
            ? "the \(what) is missing"
            : "unknown \(what) '\(field.text)'\(Suggestions.didYouMean(field.text, in: ids))"
        diagnostics.append(.error("actuals-\(what)", message, at: location(line, field.index)))
    }

    private mutating func year(_ field: (text: String, index: Int), line: Int) -> Int? {
        let period = agenda.period
        guard field.text.count == 4, field.text.allSatisfy(\.isASCII), let year = Int(field.text) else {
            diagnostics.append(
                .error("actuals-year", "'\(field.text)' is not a year", at: location(line, field.index)))
            return nil
        }
        guard (period.from...period.to).contains(year) else {
            diagnostics.append(
                .error(
                    "actuals-year", "\(year) is outside the agenda's period \(period.from)–\(period.to)",
                    at: location(line, field.index)))
            return nil
        }
        return year
    }

    private mutating func cents(_ field: (text: String, index: Int), line: Int) -> Int64? {
        guard let cents = MoneyText.cents(field.text, decimalComma: separator == ";") else {
            let example = separator == ";" ? "12500 or 12500,50" : "12500 or 12500.50"
            diagnostics.append(
                .error(
                    "actuals-amount",
                    "'\(field.text)' is not an amount of money; write euros from 0 to 1,000,000,000,000 like \(example)",
                    at: location(line, field.index)))
            return nil
        }
        return cents
    }

    /// `path:line:column`, the column of field `index` when the row is on one line of the file.
    private func location(_ line: Int, _ index: Int) -> SourceLocation {
        guard line >= 1, line <= lines.count else { return SourceLocation(file: path, line: line, column: 1) }
        return SourceLocation(file: path, line: line, column: Self.column(of: index, in: lines[line - 1], separator))
    }

    /// The 1-based column where field `index` starts, separators inside quotes not counting.
    static func column(of index: Int, in line: String, _ separator: UnicodeScalar) -> Int {
        var field = 0
        var quoted = false
        for (offset, scalar) in line.unicodeScalars.enumerated() {
            if field == index { return offset + 1 }
            if scalar == "\"" { quoted.toggle() } else if scalar == separator && !quoted { field += 1 }
        }
        return field == index ? line.unicodeScalars.count + 1 : 1
    }

    private func newlines(in fields: [String]) -> Int {
        fields.reduce(0) { $0 + $1.filter { $0 == "\n" || $0 == "\r\n" }.count }
    }
}
