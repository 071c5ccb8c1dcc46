import AgendaRules
import Yams

/// Writes a `YAMLValue` back as YAML text with Yams' emitter, so that the examples of a module
/// file, written as YAML mappings and lists, become the text fragments `RuleExample` holds.
///
/// Reading the written text gives the same values: a scalar that was plain is asked for plain
/// (the emitter quotes it when flow YAML would read it otherwise), and one that was quoted stays
/// double-quoted, so it stays text.
enum YAMLFlowWriter {
    /// The value on one line of flow YAML (`{a: 1, b: [x, y]}`).
    static func write(_ value: YAMLValue) throws -> String {
        try emit(node(value))
    }

    /// The pairs of a mapping as block lines `key: value`, one per pair, each value in flow YAML.
    static func lines(_ pairs: [YAMLValue.Pair]) throws -> String {
        guard !pairs.isEmpty else { return "" }
        return try emit(.mapping(Node.Mapping(pairs.map { (Node($0.key), node($0.value)) }, Tag(.implicit), .block)))
    }

    private static func node(_ value: YAMLValue) -> Node {
        switch value.kind {
        case .scalar(let scalar):
            // An empty plain scalar is null: `~` keeps it null, where the emitter would write text ('').
            guard scalar.isPlain else { return Node(scalar.text, Tag(.implicit), .doubleQuoted) }
            return Node(scalar.text.isEmpty ? "~" : scalar.text, Tag(.implicit), .plain)
        case .sequence(let items):
            return .sequence(Node.Sequence(items.map(node), Tag(.implicit), .flow))
        case .mapping(let pairs):
            return .mapping(Node.Mapping(pairs.map { (Node($0.key), node($0.value)) }, Tag(.implicit), .flow))
        }
    }

    private static func emit(_ node: Node) throws -> String {
        // No line width: a fragment stays on its lines however long it is.
        var text = try Yams.serialize(node: node, width: -1, allowUnicode: true)
        if text.hasSuffix("\n") { text.removeLast() }
        return text
    }
}
