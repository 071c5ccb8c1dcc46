import Foundation

/// A JSON value whose objects keep their keys in the order they were written, so that output is
/// byte-for-byte stable and reads in a sensible order.
public indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.int(let a), .int(let b)): return a == b
        case (.double(let a), .double(let b)): return a == b
        case (.string(let a), .string(let b)): return a == b
        case (.array(let a), .array(let b)): return a == b
        case (.object(let a), .object(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: return false
        }
    }

    /// Pretty-printed with two-space indentation and a final newline.
    public func rendered() -> String {
        var output = ""
        write(into: &output, indent: 0)
        output.append("\n")
        return output
    }

    private func write(into output: inout String, indent: Int) {
        switch self {
        case .null: output.append("null")
        case .bool(let value): output.append(value ? "true" : "false")
        case .int(let value): output.append(String(value))
        case .double(let value): output.append(Self.format(value))
        case .string(let value): Self.writeString(value, into: &output)
        case .array(let items):
            if items.isEmpty {
                output.append("[]")
                return
            }
            let inline = items.allSatisfy(\.isScalar) && items.count <= 12
            if inline {
                output.append("[")
                for (index, item) in items.enumerated() {
                    if index > 0 { output.append(", ") }
                    item.write(into: &output, indent: indent)
                }
                output.append("]")
                return
            }
            output.append("[\n")
            for (index, item) in items.enumerated() {
                output.append(String(repeating: "  ", count: indent + 1))
                item.write(into: &output, indent: indent + 1)
                output.append(index < items.count - 1 ? ",\n" : "\n")
            }
            output.append(String(repeating: "  ", count: indent) + "]")
        case .object(let pairs):
            if pairs.isEmpty {
                output.append("{}")
                return
            }
            output.append("{\n")
            for (index, (key, value)) in pairs.enumerated() {
                output.append(String(repeating: "  ", count: indent + 1))
                Self.writeString(key, into: &output)
                output.append(": ")
                value.write(into: &output, indent: indent + 1)
                output.append(index < pairs.count - 1 ? ",\n" : "\n")
            }
            output.append(String(repeating: "  ", count: indent) + "}")
        }
    }

    private var isScalar: Bool {
        switch self {
        case .array, .object: return false
        default: return true
        }
    }

    /// Shortest round-trip form; integers without a decimal point; non-finite values as null.
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return "\(value)"
    }

    static func writeString(_ value: String, into output: inout String) {
        output.append("\"")
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": output.append("\\\"")
            case "\\": output.append("\\\\")
            case "\n": output.append("\\n")
            case "\r": output.append("\\r")
            case "\t": output.append("\\t")
            case "\u{2028}": output.append("\\u2028")
            case "\u{2029}": output.append("\\u2029")
            default:
                if scalar.value < 0x20 {
                    output.append(String(format: "\\u%04x", scalar.value))
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output.append("\"")
    }
}
