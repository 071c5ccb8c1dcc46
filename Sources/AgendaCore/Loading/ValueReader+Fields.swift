extension ValueReader {
    /// A day written `YYYY-MM-DD` that exists on the calendar.
    mutating func date(_ value: YAMLValue, what: String) -> CalendarDate? {
        guard let text = text(value, what: what) else { return nil }
        guard let date = CalendarDate(text) else {
            diagnostics.error(
                DiagnosticCode.invalidValue,
                "'\(text)' is not a date for \(what); write it as YYYY-MM-DD, e.g. 2026-03-12",
                at: value.location)
            return nil
        }
        return date
    }

    // MARK: Mappings

    /// Checks `value` against the spec named `specName`; `what` names it in messages ("an action").
    mutating func fields(_ value: YAMLValue, _ specName: String, what: String) -> Fields? {
        let spec = AgendaSchema.object(specName)
        guard let pairs = value.mapping else {
            diagnostics.error(
                DiagnosticCode.wrongType,
                "expected \(what) (a mapping of keys to values), found \(value.kindDescription)",
                at: value.location)
            return nil
        }
        var values: [String: YAMLValue] = [:]
        var keyLocations: [String: SourceLocation] = [:]
        var blocks: [ModuleFields] = []
        var unknown: [YAMLValue.Pair] = []
        for pair in pairs {
            if spec.field(pair.key) != nil {
                if values[pair.key] == nil {
                    values[pair.key] = pair.value
                    keyLocations[pair.key] = pair.keyLocation
                }
            } else if spec.allowsModuleBlocks, domains.contains(pair.key) {
                blocks.append(ModuleFields(domain: pair.key, value: pair.value))
            } else {
                unknown.append(pair)
            }
        }
        reportUnknownKeys(unknown, candidates: spec.fieldNames + (spec.allowsModuleBlocks ? domains : []), in: what)
        let missing = spec.fields.filter { $0.required && values[$0.name] == nil }.map(\.name)
        if !missing.isEmpty {
            let list = missing.map { "'\($0)'" }.joined(separator: ", ")
            diagnostics.error(
                DiagnosticCode.missingField,
                "\(what) is missing required \(missing.count == 1 ? "key" : "keys") \(list)",
                at: value.location)
        }
        return Fields(
            spec: spec, location: value.location, values: values, keyLocations: keyLocations,
            moduleBlocks: blocks)
    }

    /// How many unknown keys of one mapping are reported one by one; the rest are counted in one
    /// error. A file of a million stray keys needs one message, not a million.
    static let unknownKeyLimit = 20

    private mutating func reportUnknownKeys(_ unknown: [YAMLValue.Pair], candidates: [String], in what: String) {
        for pair in unknown.prefix(Self.unknownKeyLimit) {
            let suggestion = Suggestions.closest(to: pair.key, in: candidates)
            let notes: [Diagnostic.Note] =
                suggestion == nil ? [.init("\(what) may have: \(candidates.joined(separator: ", "))")] : []
            diagnostics.error(
                DiagnosticCode.unknownKey,
                "unknown key '\(pair.key)' in \(what)\(suggestion.map { "; did you mean '\($0)'?" } ?? "")",
                at: pair.keyLocation, notes: notes)
        }
        guard unknown.count > Self.unknownKeyLimit else { return }
        let rest = unknown.count - Self.unknownKeyLimit
        diagnostics.error(
            DiagnosticCode.unknownKey,
            "\(ValueReader.grouped(Double(rest))) more unknown keys in \(what), from here on; the first "
                + "\(Self.unknownKeyLimit) are reported above",
            at: unknown[Self.unknownKeyLimit].keyLocation)
    }

}
