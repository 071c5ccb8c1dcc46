import AgendaRules

/// A mapping of a module file whose keys were checked against the keys allowed there: unknown keys
/// (with "did you mean") and missing required keys are reported once, so the decoder can read the
/// known values by name without checking again.
struct KeyedMapping {
    let location: SourceLocation
    private(set) var pairs: [YAMLValue.Pair]

    /// Checks `value`; `what` names the mapping in messages ("a rule", "the 'module' section").
    /// Returns `nil`, after reporting, when `value` is not a mapping.
    init?(
        _ value: YAMLValue, allowed: [String], required: [String] = [], what: String, example: String? = nil,
        reader: inout ValueReader
    ) {
        guard let pairs = value.mapping else {
            let hint = example.map { ", e.g. \($0)" } ?? ""
            reader.diagnostics.error(
                DiagnosticCode.wrongType,
                "expected \(what) as a mapping of keys to values\(hint), found \(value.kindDescription)",
                at: value.location)
            return nil
        }
        location = value.location
        var kept: [YAMLValue.Pair] = []
        for pair in pairs {
            if allowed.contains(pair.key) {
                kept.append(pair)
                continue
            }
            var notes: [Diagnostic.Note] = []
            if Suggestions.closest(to: pair.key, in: allowed) == nil {
                notes.append(.init("\(what) may have: \(allowed.joined(separator: ", "))"))
            }
            reader.diagnostics.error(
                DiagnosticCode.unknownKey,
                "unknown key '\(pair.key)' in \(what)\(Suggestions.didYouMean(pair.key, in: allowed))",
                at: pair.keyLocation, notes: notes)
        }
        self.pairs = kept
        let missing = required.filter { key in !kept.contains { $0.key == key } }
        if !missing.isEmpty {
            reader.diagnostics.error(
                DiagnosticCode.missingField,
                "\(what) is missing required \(missing.count == 1 ? "key" : "keys") "
                    + "\(missing.map { "'\($0)'" }.joined(separator: ", "))",
                at: value.location)
        }
    }

    /// The value under `key`, if given (YAML itself refuses a repeated key).
    subscript(key: String) -> YAMLValue? {
        pairs.first { $0.key == key }?.value
    }

    /// Where `key` was written, if it was.
    func keyLocation(_ key: String) -> SourceLocation? {
        pairs.first { $0.key == key }?.keyLocation
    }

    func has(_ key: String) -> Bool { self[key] != nil }
}

extension YAMLValue {
    /// A plain `~`, `null` or empty value.
    var isNull: Bool {
        guard let scalar else { return false }
        return scalar.isPlain && TypedScalar(scalar) == .null
    }
}
