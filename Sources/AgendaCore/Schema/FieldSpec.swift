/// The shape of a value in the agenda format, as far as the loader and the JSON Schema care.
public indirect enum ValueShape: Sendable {
    /// Free text, at most `TextLength.maxText` characters.
    case text
    /// A title, name, label or funder: text of at most `TextLength.maxName` characters.
    case name
    /// An id: a slug `[a-z0-9][a-z0-9-]*`.
    case slug
    /// The id of something defined elsewhere (a partner, a goal, …), named for documentation.
    case reference(String)
    /// A whole number, at least `minimum` and at most `NumberRange.maxCount`.
    case integer(minimum: Int)
    /// Whole euros, from 0 to `NumberRange.maxEuros`.
    case euros
    /// A four-digit year.
    case year
    /// A day, `YYYY-MM-DD`.
    case date
    /// A number within optional bounds.
    case number(minimum: Double?, maximum: Double?)
    /// A share from 0 to 1.
    case share
    case bool
    /// One of a fixed set of words.
    case oneOf([String])
    /// A list; a single item may be written without brackets.
    case list(ValueShape)
    /// A list of at least one item: an empty one would make its entry meaningless.
    case nonEmptyList(ValueShape)
    /// The word `all`, or a list of at least one item.
    case allOr(ValueShape)
    /// A mapping from ids to values.
    case map(ValueShape)
    /// A mapping from rule ids (`module.rule-id`) to values.
    case ruleMap(ValueShape)
    /// A mapping from years to values.
    case yearMap(ValueShape)
    /// A mapping described by an `ObjectSpec` of the schema.
    case object(String)
    /// `2025-2028`, a single year, or `{from, to}`.
    case period
    /// `{year: euros}` or `{per-year, years}`.
    case cost
    /// A module's block of fields, checked by that module.
    case moduleFields
}

/// One key of a mapping in the agenda format.
public struct FieldSpec: Sendable {
    public var name: String
    public var shape: ValueShape
    public var required: Bool
    /// One line on what the field means, shown in editors through the JSON Schema.
    public var summary: String
    /// The value assumed when the field is left out, in agenda notation.
    public var defaultValue: String?

    public init(
        _ name: String, _ shape: ValueShape, required: Bool = false, _ summary: String,
        default defaultValue: String? = nil
    ) {
        self.name = name
        self.shape = shape
        self.required = required
        self.summary = summary
        self.defaultValue = defaultValue
    }
}

/// The keys of one kind of mapping (an action, a partner, …).
public struct ObjectSpec: Sendable {
    public var name: String
    public var summary: String
    public var fields: [FieldSpec]
    /// Whether keys named after a domain (`welfare: {...}`) are allowed and handed to that module.
    public var allowsModuleBlocks: Bool

    public init(_ name: String, _ summary: String, allowsModuleBlocks: Bool = false, fields: [FieldSpec]) {
        self.name = name
        self.summary = summary
        self.fields = fields
        self.allowsModuleBlocks = allowsModuleBlocks
    }

    public func field(_ name: String) -> FieldSpec? { fields.first { $0.name == name } }
    public var fieldNames: [String] { fields.map(\.name) }
}
