/// A YAML value as the agenda loader sees it: a plain, located tree of scalars, sequences and
/// mappings.
///
/// Unlike a general YAML library's node, every key and value keeps its exact position, scalars keep
/// whether they were quoted (so `"2025"` stays text while `2025` is a number), and mapping keys are
/// always scalars. Module-specific blocks of an agenda are handed to domain modules in this form.
public struct YAMLValue: Sendable {
    public enum Kind: Sendable {
        case scalar(Scalar)
        case sequence([YAMLValue])
        case mapping([Pair])
    }

    /// A scalar's text and how it was written.
    public struct Scalar: Sendable, Hashable {
        public var text: String
        /// Quoted and block scalars (`"…"`, `'…'`, `|`, `>`) are always text; plain ones may be numbers.
        public var isPlain: Bool

        public init(_ text: String, isPlain: Bool) {
            self.text = text
            self.isPlain = isPlain
        }
    }

    /// A key and its value. Keys are scalars, so the key's text and position are enough.
    public struct Pair: Sendable {
        public var key: String
        public var keyLocation: SourceLocation
        public var value: YAMLValue

        public init(key: String, keyLocation: SourceLocation, value: YAMLValue) {
            self.key = key
            self.keyLocation = keyLocation
            self.value = value
        }
    }

    public var kind: Kind
    public var location: SourceLocation

    public init(_ kind: Kind, at location: SourceLocation) {
        self.kind = kind
        self.location = location
    }

    public var scalar: Scalar? {
        if case .scalar(let scalar) = kind { return scalar }
        return nil
    }

    public var sequence: [YAMLValue]? {
        if case .sequence(let items) = kind { return items }
        return nil
    }

    public var mapping: [Pair]? {
        if case .mapping(let pairs) = kind { return pairs }
        return nil
    }

    /// The value under `key` in a mapping (the first, if a key were repeated).
    public subscript(key: String) -> YAMLValue? {
        mapping?.first { $0.key == key }?.value
    }

    /// What a plain scalar means under the YAML core schema, as this tool reads it.
    public var typed: TypedScalar {
        guard let scalar else { return .string("") }
        return TypedScalar(scalar)
    }

    /// A short description of the value's kind for messages: "a list", "a mapping", "the number 3".
    public var kindDescription: String {
        switch kind {
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        case .scalar(let scalar):
            switch TypedScalar(scalar) {
            case .null: return "nothing (null)"
            case .bool(let value): return "the boolean \(value)"
            case .int(let value): return "the number \(value)"
            case .double: return "the number \(scalar.text)"
            case .string(let text): return "the text '\(text.count > 40 ? String(text.prefix(40)) + "…" : text)'"
            }
        }
    }
}

/// A scalar read under the YAML 1.2 core schema, with the 1.1 habits people bring along
/// (`1_000` as a number) but without its traps (`no` stays text; `yes` is not a boolean).
public enum TypedScalar: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)

    public init(_ scalar: YAMLValue.Scalar) {
        guard scalar.isPlain else {
            self = .string(scalar.text)
            return
        }
        let text = scalar.text
        switch text {
        case "", "~", "null", "Null", "NULL":
            self = .null
            return
        case "true", "True", "TRUE":
            self = .bool(true)
            return
        case "false", "False", "FALSE":
            self = .bool(false)
            return
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF":
            self = .double(.infinity)
            return
        case "-.inf", "-.Inf", "-.INF":
            self = .double(-.infinity)
            return
        case ".nan", ".NaN", ".NAN":
            self = .double(.nan)
            return
        default: break
        }
        if let value = TypedScalar.parseInteger(text) {
            self = .int(value)
        } else if TypedScalar.looksLikeFloat(text), let value = Double(text.replacingOccurrences(of: "_", with: "")) {
            self = .double(value)
        } else {
            self = .string(text)
        }
    }

    /// Decimal integers with an optional sign and `_` separators; `0x`/`0o` forms as in YAML 1.2.
    static func parseInteger(_ text: String) -> Int? {
        var body = Substring(text)
        var negative = false
        if let first = body.first, first == "-" || first == "+" {
            negative = first == "-"
            body = body.dropFirst()
        }
        guard let first = body.first, first.isASCII, first.isNumber else { return nil }
        if body.hasPrefix("0x") { return Int(body.dropFirst(2), radix: 16).map { negative ? -$0 : $0 } }
        if body.hasPrefix("0o") { return Int(body.dropFirst(2), radix: 8).map { negative ? -$0 : $0 } }
        guard body.allSatisfy({ ($0.isASCII && $0.isNumber) || $0 == "_" }), body.last != "_" else { return nil }
        let digits = body.filter { $0 != "_" }
        guard let value = Int(digits) else { return nil }
        return negative ? -value : value
    }

    static func looksLikeFloat(_ text: String) -> Bool {
        var sawDigit = false
        for character in text.unicodeScalars {
            switch character {
            case "0"..."9": sawDigit = true
            case ".", "e", "E", "+", "-", "_": continue
            default: return false
            }
        }
        return sawDigit
    }
}
