/// What a rule found for one action: its value and the inputs it used, so `explain` can show why.
public struct RuleResult: Sendable, Equatable {
    public var value: Double
    public var inputs: [RuleInput]

    public init(_ value: Double, inputs: [RuleInput] = []) {
        self.value = value
        self.inputs = inputs
    }
}

/// One input a rule used: a name and its value as text (numbers formatted plainly).
public struct RuleInput: Sendable, Equatable, Hashable {
    public var name: String
    public var value: String

    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }

    public init(_ name: String, _ number: Double) {
        self.init(name, ValueReader.format((number * 10_000).rounded() / 10_000))
    }

    public init(_ name: String, _ number: Int) {
        self.init(name, String(number))
    }

    /// An input the rule looked for and did not find.
    public static func missing(_ name: String) -> RuleInput {
        RuleInput(name, "not given")
    }
}
