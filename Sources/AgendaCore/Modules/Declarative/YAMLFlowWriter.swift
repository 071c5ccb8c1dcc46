import AgendaRules

/// Writes a `YAMLValue` back as one line of flow YAML (`{a: 1, b: [x, y]}`), so that the examples of
/// a module file, written as YAML mappings and lists, become the text fragments `RuleExample` holds.
///
/// Reading the written text gives the same values: plain scalars stay plain when flow YAML reads
/// them the same way, everything else is double-quoted (quoted scalars are text, as they were).
enum YAMLFlowWriter {
    static func write(_ value: YAMLValue) -> String {
        switch value.kind {
        case .scalar(let scalar):
            return write(scalar)
        case .sequence(let items):
            return "[" + items.map(write).joined(separator: ", ") + "]"
        case .mapping(let pairs):
            return "{" + pairs.map { "\(key($0.key)): \(write($0.value))" }.joined(separator: ", ") + "}"
        }
    }

    /// The pairs of a mapping as block lines `key: value`, one per pair.
    static func lines(_ pairs: [YAMLValue.Pair]) -> String {
        pairs.map { "\(key($0.key)): \(write($0.value))" }.joined(separator: "\n")
    }

    static func key(_ text: String) -> String {
        isSafePlain(text) ? text : quoted(text)
    }

    private static func write(_ scalar: YAMLValue.Scalar) -> String {
        if scalar.isPlain, isSafePlain(scalar.text) || scalar.text.isEmpty {
            return scalar.text.isEmpty ? "~" : scalar.text
        }
        return quoted(scalar.text)
    }

    /// Text that flow YAML reads back as the same plain scalar: letters, digits and a few inner marks.
    private static func isSafePlain(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first,
              first.properties.isAlphabetic || ("0"..."9").contains(first) || first == "-" || first == "." || first == "+" || first == "~"
        else { return false }
        if text == "-" { return false }
        return text.unicodeScalars.allSatisfy { character in
            character.properties.isAlphabetic || ("0"..."9").contains(character)
                || "-_./+~".unicodeScalars.contains(character)
        }
    }

    private static func quoted(_ text: String) -> String {
        var result = "\""
        for character in text.unicodeScalars {
            switch character {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if character.value < 0x20 || character.value == 0x7F {
                    result += "\\x" + (character.value < 0x10 ? "0" : "") + String(character.value, radix: 16)
                } else {
                    result.unicodeScalars.append(character)
                }
            }
        }
        return result + "\""
    }
}
