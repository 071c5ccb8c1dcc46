import Yams

/// Measures how far a document's aliases expand, without letting them expand.
///
/// YAML aliases (`*name`) repeat an anchored value (`&name`). Nested, a few lines can stand for
/// billions of values (the "billion laughs" attack), and a general YAML library that compares or
/// hashes keys walks all of them. This guard parses a copy of the text in which every `*` before a
/// name became `~`, so no alias can expand; it then finds the placeholders that stood for aliases by
/// their exact position, and adds up, anchor by anchor, how many values the real document would hold.
/// Only when that total is within budget, and no alias or collection is used as a key, does the real
/// parse run.
struct AliasGuard {
    let limits: InputLimits
    let displayPath: String

    func check(bytes: [UInt8], positions: TextPositions) -> [Diagnostic] {
        var defanged = bytes
        var placeholders = Set<Position>()
        for index in 0..<(bytes.count - 1)
        where bytes[index] == UInt8(ascii: "*") && Self.isAnchorByte(bytes[index + 1]) {
            defanged[index] = UInt8(ascii: "~")
            let (line, column) = positions.position(ofByte: index)
            placeholders.insert(Position(line: line, column: column))
        }
        guard !placeholders.isEmpty else { return [] }
        let text = String(decoding: defanged, as: UTF8.self)
        // The defanged copy has no aliases, so this parse is linear in the text. Its positions are the
        // real ones; a syntax error found here is reported as it is, since the real parse could hash an
        // expanded alias key before reaching it.
        let parser: Parser
        let root: Node
        do {
            parser = try Parser(yaml: text, resolver: .basic)
            guard let node = try parser.singleRoot() else { return [] }
            root = node
        } catch let error as YamlError {
            return YAMLErrorTranslator(displayPath: displayPath, positions: positions).diagnostics(for: error)
        } catch {
            return [.error(DiagnosticCode.yamlSyntax, "cannot parse the YAML: \(error)", at: .file(displayPath))]
        }
        return withExtendedLifetime(parser) {
            var walk = Walk(
                placeholders: placeholders, budget: limits.expandedValueBudget(forBytes: bytes.count),
                displayPath: displayPath)
            _ = walk.size(of: root)
            return walk.diagnostics
        }
    }

    /// Bytes that may follow `*` in an alias name (anything but white space and flow indicators).
    static func isAnchorByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"),
            UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"):
            return false
        default:
            return true
        }
    }

    struct Position: Hashable {
        var line: Int
        var column: Int
    }

    private struct Walk {
        let placeholders: Set<Position>
        let budget: Int
        let displayPath: String
        var anchorSizes: [String: Int] = [:]
        var anchorIsCollection: [String: Bool] = [:]
        var total = 0
        var diagnostics: [Diagnostic] = []

        init(placeholders: Set<Position>, budget: Int, displayPath: String) {
            self.placeholders = placeholders
            self.budget = budget
            self.displayPath = displayPath
        }

        func location(_ mark: Mark?) -> SourceLocation {
            SourceLocation(file: displayPath, line: mark?.line ?? 0, column: mark?.column ?? 0)
        }

        /// The alias name if `node` is a placeholder for an alias.
        func aliasName(_ node: Node) -> String? {
            guard case .scalar(let scalar) = node, scalar.style == .plain || scalar.style == .any,
                let mark = scalar.mark, placeholders.contains(Position(line: mark.line, column: mark.column)),
                scalar.string.hasPrefix("~")
            else { return nil }
            return String(scalar.string.dropFirst().prefix { $0 != " " })
        }

        /// How many values `node` stands for once aliases are expanded. Stops counting at the budget.
        mutating func size(of node: Node) -> Int {
            guard diagnostics.isEmpty else { return 0 }
            if let name = aliasName(node) {
                let size = anchorSizes[name] ?? 1
                total += size
                if total > budget {
                    diagnostics.append(
                        .error(
                            DiagnosticCode.aliasBomb,
                            "alias '*\(name)' makes the document expand beyond \(budget) values; aliases that repeat "
                                + "aliases multiply (a 'billion laughs' document)",
                            at: location(node.mark),
                            notes: [.init("write the repeated parts out, or repeat them fewer times")]))
                }
                return size
            }
            total += 1
            var size = 1
            switch node {
            case .scalar, .alias:
                break
            case .sequence(let sequence):
                for item in sequence { size += self.size(of: item) }
            case .mapping(let mapping):
                for (key, value) in mapping {
                    if let name = aliasName(key) {
                        diagnostics.append(
                            .error(
                                DiagnosticCode.aliasKey, "an alias ('*\(name)') cannot be used as a mapping key",
                                at: location(key.mark)))
                        return size
                    }
                    if case .scalar = key {
                    } else {
                        diagnostics.append(
                            .error(
                                DiagnosticCode.complexKey, "mapping keys must be plain words, not a list or a mapping",
                                at: location(key.mark)))
                        return size
                    }
                    size += 1 + self.size(of: value)
                }
            }
            if let anchor = node.anchorName {
                anchorSizes[anchor] = size
            }
            return size
        }
    }
}

extension Node {
    fileprivate var anchorName: String? {
        switch self {
        case .scalar(let scalar): return scalar.anchor?.rawValue
        case .sequence(let sequence): return sequence.anchor?.rawValue
        case .mapping(let mapping): return mapping.anchor?.rawValue
        case .alias: return nil
        }
    }
}
