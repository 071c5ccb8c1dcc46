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
///
/// A number is kept as given and formatted when its text is first read: a sensitivity analysis
/// scores a thousand agendas whose inputs no one reads, and formatting them took a third of that
/// scoring. Two inputs are equal when their names and texts are.
public struct RuleInput: Sendable, Hashable {
    public var name: String
    /// The value as text: the text given, or the number formatted (`ValueReader.format`, to four
    /// decimals).
    public var value: String {
        get {
            switch given {
            case .text(let text): text
            case .number(let number): ValueReader.format((number * 10_000).rounded() / 10_000)
            }
        }
        set { given = .text(newValue) }
    }

    private enum Given: Sendable {
        case text(String)
        case number(Double)
    }

    private var given: Given

    public init(_ name: String, _ value: String) {
        self.name = name
        given = .text(value)
    }

    public init(_ name: String, _ number: Double) {
        self.name = name
        given = .number(number)
    }

    public init(_ name: String, _ number: Int) {
        self.init(name, String(number))
    }

    public static func == (a: RuleInput, b: RuleInput) -> Bool { a.name == b.name && a.value == b.value }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(value)
    }

    /// An input the rule looked for and did not find.
    public static func missing(_ name: String) -> RuleInput {
        RuleInput(name, "not given")
    }
}
