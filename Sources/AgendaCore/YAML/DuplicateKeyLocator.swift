import Foundation

/// Finds where a mapping repeats a key, so that a duplicate key is reported at its repeat with a
/// note at its first occurrence. Yams reports only the first occurrence, and in a long mapping (an
/// action, a flow mapping of indicators) that leaves the reader searching for the repeat.
///
/// The scan reads the rest of one mapping: a block mapping's lines at the key's column, or a flow
/// mapping (`{a: 1, b: 2}`) up to its closing brace, skipping nested collections, quoted text and
/// comments. It is a locator, not a parser: when it finds no repeat, the caller reports the first
/// occurrence.
struct DuplicateKeyLocator {
    let positions: TextPositions

    /// The 1-based (line, column) of every time `key` is given again in the mapping whose first
    /// `key` is at `line`:`column`, in the order written.
    func repeats(of key: String, firstAt line: Int, column: Int) -> [(line: Int, column: Int)] {
        guard let text = positions.text(ofLine: line) else { return [] }
        if isInFlowMapping(Array(text.unicodeScalars), line: line, column: column) {
            var scanner = FlowScanner()  // starts inside the mapping, at its first key
            var current = line
            var start = column - 1
            while let text = positions.text(ofLine: current), !scanner.finished {
                scanner.scan(Array(text.unicodeScalars), line: current, from: start)
                current += 1
                start = 0
            }
            return scanner.keys.dropFirst().filter { $0.key == key }.map { ($0.line, $0.column) }
        }
        return Array(blockOccurrences(of: key, from: line, column: column).dropFirst())
    }

    /// A key in a flow mapping follows `{` or `,`: on its line, or at the end of the line before.
    private func isInFlowMapping(_ scalars: [Unicode.Scalar], line: Int, column: Int) -> Bool {
        let before = scalars.prefix(max(0, column - 1)).filter { $0 != " " && $0 != "\t" }
        if let last = before.last { return last == "{" || last == "," }
        var previous = line - 1
        while let text = positions.text(ofLine: previous) {
            let content = text.split(separator: " #", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let trimmed = content.trimmingCharacters(in: .whitespaces)
            if !trimmed.isEmpty, !trimmed.hasPrefix("#") { return trimmed.hasSuffix("{") || trimmed.hasSuffix(",") }
            previous -= 1
        }
        return false
    }

    private func blockOccurrences(of key: String, from line: Int, column: Int) -> [(line: Int, column: Int)] {
        var found: [(line: Int, column: Int)] = []
        var current = line
        while let text = positions.text(ofLine: current) {
            let scalars = Array(text.unicodeScalars)
            let indent = scalars.prefix { $0 == " " }.count
            let blank = indent == scalars.count || scalars[indent] == "#"
            // The mapping's first key may follow `- ` on its line, so that line is read from the column.
            if current != line, !blank, indent + 1 < column { break }
            if current == line || indent + 1 == column, column - 1 <= scalars.count {
                let rest = String(String.UnicodeScalarView(scalars[(column - 1)...]))
                if [key, "\"\(key)\"", "'\(key)'"].contains(where: { rest.hasPrefix($0 + ":") }) {
                    found.append((current, column))
                }
            }
            current += 1
        }
        return found
    }
}

/// A character-level walk over the rest of a flow mapping that records the keys at its own level.
private struct FlowScanner {
    var keys: [(key: String, line: Int, column: Int)] = []
    var finished = false
    private var depth = 1
    private var quote: Unicode.Scalar?
    private var expectingKey = true
    /// Whether the next non-blank character begins a scalar, where a quote opens quoted text (a
    /// quote inside a plain scalar, as in `Carers' day`, is just a character).
    private var atScalarStart = true
    private var key: (text: String, line: Int, column: Int)?

    mutating func scan(_ scalars: [Unicode.Scalar], line: Int, from start: Int) {
        var index = start
        while index < scalars.count, !finished {
            let scalar = scalars[index]
            if let open = quote {
                key?.text.unicodeScalars.append(scalar)
                if scalar == open { quote = nil }
                if scalar == "\\", open == "\"", index + 1 < scalars.count {
                    index += 1
                    key?.text.unicodeScalars.append(scalars[index])
                }
            } else if scalar == "#", index == 0 || scalars[index - 1] == " " {
                return  // a comment runs to the end of the line
            } else {
                handle(
                    scalar, next: index + 1 < scalars.count ? scalars[index + 1] : " ", line: line, column: index + 1)
            }
            index += 1
        }
        // A key never spans lines in the mappings an agenda uses; a line break ends a plain key.
        if depth == 1, var pending = key {
            pending.text += " "
            key = pending
        }
    }

    private mutating func handle(_ scalar: Unicode.Scalar, next: Unicode.Scalar, line: Int, column: Int) {
        let startsScalar = atScalarStart
        atScalarStart = false
        switch scalar {
        case "{", "[":
            depth += 1
            if depth == 1 { expectingKey = true }
            key = nil
            atScalarStart = true
        case "}", "]":
            depth -= 1
            if depth == 0 { finished = true }
        case ",":
            if depth == 1 {
                expectingKey = true
                key = nil
            }
            atScalarStart = true
        case ":" where [" ", ",", "}", "]", "\t"].contains(next):
            if depth == 1, let found = key { keys.append((unquoted(found.text), found.line, found.column)) }
            if depth == 1 {
                key = nil
                expectingKey = false
            }
            atScalarStart = true
        case " ", "\t":
            atScalarStart = startsScalar
            key?.text.unicodeScalars.append(scalar)
        default:
            let opensQuote = startsScalar && (scalar == "\"" || scalar == "'")
            if opensQuote { quote = scalar }
            guard depth == 1 else { return }
            if expectingKey, key == nil {
                key = (String(scalar), line, column)
            } else {
                key?.text.unicodeScalars.append(scalar)
            }
        }
    }

    private func unquoted(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.count >= 2, let first = trimmed.first, first == "\"" || first == "'", trimmed.last == first
        else { return trimmed }
        return String(trimmed.dropFirst().dropLast())
    }
}
