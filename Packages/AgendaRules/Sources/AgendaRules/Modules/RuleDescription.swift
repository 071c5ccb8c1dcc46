/// Everything about a rule that is not its computation: identity, meaning, grounds, parameters and
/// examples. Docs (`docs/rules/`) and tests are generated from it.
public struct RuleDescription: Sendable {
    /// How the engine turns a rule's values into comparable contributions.
    public enum Normalization: Sendable, Hashable {
        /// The value is already on a 0…1 scale (a share, a coverage, a level); kept as it is.
        case unit
        /// The value is in natural units (people, places, hours); divided by the largest value among
        /// the actions the rule scores in the same agenda, so the best action gets 1.
        case relativeToMaximum

        public var label: String {
            switch self {
            case .unit: return "already 0..1"
            case .relativeToMaximum: return "divided by the largest value among the actions scored"
            }
        }
    }

    /// A slug, unique within its module; the rule's full id is `module.identifier`.
    public var identifier: String
    public var name: String
    /// One line: what makes an action score higher.
    public var summary: String
    /// Why this matters, in a few sentences.
    public var rationale: String
    /// Where the grounds come from: the recognition system, a GALA target, a study, a guideline.
    public var sources: [String]
    public var parameters: [RuleParameter]
    public var normalization: Normalization
    /// The rule's weight within its module before agenda overrides.
    public var defaultWeight: Double
    /// Small agenda fragments and the value the rule must give for them.
    public var examples: [RuleExample]

    public init(
        identifier: String, name: String, summary: String, rationale: String, sources: [String],
        parameters: [RuleParameter] = [], normalization: Normalization = .unit, defaultWeight: Double = 1,
        examples: [RuleExample]
    ) {
        self.identifier = identifier
        self.name = name
        self.summary = summary
        self.rationale = rationale
        self.sources = sources
        self.parameters = parameters
        self.normalization = normalization
        self.defaultWeight = defaultWeight
        self.examples = examples
    }
}

/// A tunable number of a rule, with its default and meaning.
public struct RuleParameter: Sendable, Hashable {
    public var id: String
    public var defaultValue: Double
    public var summary: String

    public init(_ id: String, default defaultValue: Double, _ summary: String) {
        self.id = id
        self.defaultValue = defaultValue
        self.summary = summary
    }
}

/// An example of a rule at work: a fragment of an agenda and the value the rule gives.
///
/// The fragment is placed in a small agenda: one municipality `example-town` (whose indicators are
/// `place`), one action `example` in the rule's domain (with the keys of `action` added), the goals
/// of `goals` and the partners of `partners`. The test suite loads that agenda like any other and
/// checks the rule's value against `expected`.
public struct RuleExample: Sendable, Hashable {
    /// What the example shows, in a few words.
    public var title: String
    /// YAML: extra keys of the action, e.g. `reach: 250` and `welfare: {locations: 1}`.
    public var action: String
    /// YAML: indicator values of the place the action works in, e.g. `{residents-75plus: 2000}`.
    public var place: String
    /// YAML flow list of goals the action may serve (`goals: [...]` in `action` refers to them).
    public var goals: String
    /// YAML flow list of extra partners (the action is led by `example-lead`, kind welfare,
    /// unless `action` names another `lead`).
    public var partners: String
    /// YAML: whole sections added to the example's agenda, e.g. `frameworks:` and `assessments:`.
    public var sections: String
    /// The value `evaluate` must return (before normalisation and weights).
    public var expected: Double

    public init(
        _ title: String, action: String = "", place: String = "{}", goals: String = "[]",
        partners: String = "[]", sections: String = "", expected: Double
    ) {
        self.sections = sections
        self.title = title
        self.action = action
        self.place = place
        self.goals = goals
        self.partners = partners
        self.expected = expected
    }
}
