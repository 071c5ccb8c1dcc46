/// A field a module reads from agendas, e.g. `locations` in `welfare: {locations: 1}`.
public struct ModuleField: Sendable, Hashable {
    /// What kind of value the field holds.
    public enum Kind: Sendable, Hashable {
        /// A whole number, at least 0.
        case count
        /// A number, at least 0.
        case amount
        /// A share from 0 to 1.
        case share
        /// true or false.
        case flag
        /// Free text.
        case text
        /// One of a fixed set of words.
        case word([String])

        /// How the kind reads in docs and messages.
        public var label: String {
            switch self {
            case .count: return "whole number >= 0"
            case .amount: return "number >= 0"
            case .share: return "share 0..1"
            case .flag: return "true or false"
            case .text: return "text"
            case .word(let words): return words.joined(separator: " | ")
            }
        }
    }

    public var name: String
    public var kind: Kind
    public var summary: String
    public var required: Bool
    /// The indicator this field adds to when the action is funded (e.g. `locations` adds to
    /// `meeting-places`), so plans can tell whether a goal's target is reached.
    public var addsTo: String?

    public init(_ name: String, _ kind: Kind, required: Bool = false, addsTo: String? = nil, _ summary: String) {
        self.name = name
        self.kind = kind
        self.required = required
        self.addsTo = addsTo
        self.summary = summary
    }
}

/// The checked values of a module's block of fields.
public struct ModuleFieldValues: Sendable, Equatable {
    /// A checked value.
    public enum Value: Sendable, Equatable {
        case number(Double)
        case flag(Bool)
        case text(String)
    }

    public private(set) var values: [String: Value]

    public init(_ values: [String: Value] = [:]) {
        self.values = values
    }

    /// The number under `name` (counts, amounts and shares), if given.
    public func number(_ name: String) -> Double? {
        if case .number(let value)? = values[name] { return value }
        return nil
    }

    public func flag(_ name: String) -> Bool? {
        if case .flag(let value)? = values[name] { return value }
        return nil
    }

    public func text(_ name: String) -> String? {
        if case .text(let value)? = values[name] { return value }
        return nil
    }

    public var isEmpty: Bool { values.isEmpty }

    /// Checks a block against `fields`, with the same located diagnostics as the rest of the agenda:
    /// unknown keys (with "did you mean"), missing required fields and wrong types are errors.
    public static func read(
        _ block: YAMLValue?, fields: [ModuleField], module: String,
        into diagnostics: inout DiagnosticBag
    ) -> ModuleFieldValues {
        // A missing block is reported by the caller, which knows where the action is.
        guard let block else { return ModuleFieldValues() }
        var reader = ValueReader()
        var values: [String: Value] = [:]
        guard let pairs = block.mapping else {
            diagnostics.error(
                DiagnosticCode.wrongType,
                "expected the '\(module)' fields as a mapping, e.g. \(module): "
                    + "{\(fields.first.map { "\($0.name): 1" } ?? "")}, found \(block.kindDescription)",
                at: block.location)
            return ModuleFieldValues()
        }
        let names = fields.map(\.name)
        for pair in pairs {
            guard let field = fields.first(where: { $0.name == pair.key }) else {
                var notes: [Diagnostic.Note] = []
                if Suggestions.closest(to: pair.key, in: names) == nil {
                    notes.append(
                        .init(
                            names.isEmpty
                                ? "the '\(module)' module reads no fields here"
                                : "the '\(module)' module reads: \(names.joined(separator: ", "))"))
                }
                diagnostics.error(
                    DiagnosticCode.unknownKey,
                    "unknown key '\(pair.key)' in the '\(module)' fields\(Suggestions.didYouMean(pair.key, in: names))",
                    at: pair.keyLocation, notes: notes)
                continue
            }
            guard values[field.name] == nil else { continue }
            let what = "'\(field.name)'"
            switch field.kind {
            case .count:
                if let value = reader.integer(pair.value, what: what) { values[field.name] = .number(Double(value)) }
            case .amount:
                if let value = reader.nonNegative(pair.value, what: what) { values[field.name] = .number(value) }
            case .share:
                if let value = reader.share(pair.value, what: what) { values[field.name] = .number(value) }
            case .flag:
                if let value = reader.bool(pair.value, what: what) { values[field.name] = .flag(value) }
            case .text:
                if let value = reader.text(pair.value, what: what) { values[field.name] = .text(value) }
            case .word(let words):
                if let value = reader.text(pair.value, what: what) {
                    if words.contains(value) {
                        values[field.name] = .text(value)
                    } else {
                        reader.diagnostics.error(
                            DiagnosticCode.invalidValue,
                            "'\(value)' is not a valid \(what)\(Suggestions.didYouMean(value, in: words))",
                            at: pair.value.location,
                            notes: [.init("\(what) is one of: \(words.joined(separator: ", "))")])
                    }
                }
            }
        }
        let given = Set(pairs.map(\.key))
        let missing = fields.filter { $0.required && !given.contains($0.name) }
        if !missing.isEmpty {
            diagnostics.error(
                DiagnosticCode.missingField,
                "the '\(module)' fields are missing required \(missing.count == 1 ? "key" : "keys") "
                    + "\(missing.map { "'\($0.name)'" }.joined(separator: ", "))",
                at: block.location)
        }
        diagnostics.append(contentsOf: reader.diagnostics.all)
        return ModuleFieldValues(values)
    }
}
