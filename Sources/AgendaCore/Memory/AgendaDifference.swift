/// What changed between two versions of an agenda, field by field: every section of every file
/// compared as one tree, with lists of items (actions, sources, goals, scenarios, municipalities,
/// …) matched by their `id`, so a moved item is not a change and a changed one names its field.
public struct AgendaDifference: Sendable {
    public enum Kind: String, Sendable {
        case added, removed, changed
    }

    /// One change: where (section, the item's id, the field's path inside it) and the values.
    public struct Change: Sendable, Hashable {
        public var section: String
        /// The id of the section's item (an action's id), or empty for `agenda`, `region`, `planning`.
        public var item: String
        /// The field inside the item, dotted (`cost.2026`), or empty when the whole item changed.
        public var field: String
        public var kind: Kind
        public var before: String?
        public var after: String?
    }

    public var changes: [Change] = []

    /// The changes that turn `old` into `new` (two `AgendaLoader.Result.tree`s).
    public init(from old: YAMLValue, to new: YAMLValue) {
        compare(old, new, path: [])
    }

    private mutating func compare(_ old: YAMLValue, _ new: YAMLValue, path: [String]) {
        switch (old.kind, new.kind) {
        case (.mapping(let was), .mapping(let now)):
            compare(pairs: was, now, path: path)
        case (.sequence(let was), .sequence(let now)):
            if let oldItems = Self.byID(was), let newItems = Self.byID(now) {
                compare(items: oldItems, newItems, path: path)
            } else if Self.text(old) != Self.text(new) {
                record(.changed, path: path, before: Self.text(old), after: Self.text(new))
            }
        default:
            if Self.text(old) != Self.text(new) {
                record(.changed, path: path, before: Self.text(old), after: Self.text(new))
            }
        }
    }

    private mutating func compare(pairs was: [YAMLValue.Pair], _ now: [YAMLValue.Pair], path: [String]) {
        let newValues = Dictionary(now.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
        let oldKeys = Set(was.map(\.key))
        for pair in was {
            if let value = newValues[pair.key] {
                compare(pair.value, value, path: path + [pair.key])
            } else {
                record(.removed, path: path + [pair.key], before: Self.text(pair.value), after: nil)
            }
        }
        for pair in now where !oldKeys.contains(pair.key) {
            record(.added, path: path + [pair.key], before: nil, after: Self.text(pair.value))
        }
    }

    private mutating func compare(items was: [(String, YAMLValue)], _ now: [(String, YAMLValue)], path: [String]) {
        let newItems = Dictionary(now, uniquingKeysWith: { first, _ in first })
        let oldIDs = Set(was.map(\.0))
        for (id, value) in was {
            if let other = newItems[id] {
                compare(value, other, path: path + [id])
            } else {
                record(.removed, path: path + [id], before: Self.name(value), after: nil)
            }
        }
        for (id, value) in now where !oldIDs.contains(id) {
            record(.added, path: path + [id], before: nil, after: Self.name(value))
        }
    }

    private mutating func record(_ kind: Kind, path: [String], before: String?, after: String?) {
        let section = path.first ?? ""
        let listed = (SectionCollector.listSections + ["indicators"]).contains(section) && path.count > 1
        changes.append(
            Change(
                section: section, item: listed ? path[1] : "",
                field: path.dropFirst(listed ? 2 : 1).joined(separator: "."),
                kind: kind, before: before, after: after))
    }

    /// The items with their ids, when every item is a mapping with a scalar `id`.
    private static func byID(_ items: [YAMLValue]) -> [(String, YAMLValue)]? {
        var result: [(String, YAMLValue)] = []
        for item in items {
            guard let id = item["id"]?.scalar?.text else { return nil }
            result.append((id, item))
        }
        return result
    }

    /// What names a whole added or removed item: its title or name, else its text.
    private static func name(_ value: YAMLValue) -> String {
        value["title"]?.scalar?.text ?? value["name"]?.scalar?.text ?? text(value)
    }

    /// A value in YAML's flow style: `40000`, `[a, b]`, `{2025: 40000, 2026: 50000}`.
    static func text(_ value: YAMLValue) -> String {
        switch value.kind {
        case .scalar(let scalar): return scalar.text
        case .sequence(let items): return "[" + items.map(text).joined(separator: ", ") + "]"
        case .mapping(let pairs):
            return "{" + pairs.map { "\($0.key): \(text($0.value))" }.joined(separator: ", ") + "}"
        }
    }
}
