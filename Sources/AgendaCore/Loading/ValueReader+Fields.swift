extension ValueReader {
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
        for pair in pairs {
            if spec.field(pair.key) != nil {
                if values[pair.key] == nil {
                    values[pair.key] = pair.value
                    keyLocations[pair.key] = pair.keyLocation
                }
            } else if spec.allowsModuleBlocks, domains.contains(pair.key) {
                blocks.append(ModuleFields(domain: pair.key, value: pair.value))
            } else {
                let candidates = spec.fieldNames + (spec.allowsModuleBlocks ? domains : [])
                var notes: [Diagnostic.Note] = []
                if Suggestions.closest(to: pair.key, in: candidates) == nil {
                    notes.append(.init("\(what) may have: \(candidates.joined(separator: ", "))"))
                }
                diagnostics.error(
                    DiagnosticCode.unknownKey,
                    "unknown key '\(pair.key)' in \(what)\(Suggestions.didYouMean(pair.key, in: candidates))",
                    at: pair.keyLocation, notes: notes)
            }
        }
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

}
