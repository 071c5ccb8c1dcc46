/// One scoring rule: a small type that says what it measures, why, with which parameters and
/// examples, and computes its value for an action.
///
/// Modelled on SwiftLint's rules: the static `description` carries everything a reader needs, and
/// its examples are checked by the test suite and printed in the docs.
///
/// ```swift
/// struct LonelinessNeed: ScoringRule {
///     static let description = RuleDescription(
///         identifier: "loneliness-need", name: "Loneliness need",
///         summary: "Higher where more older residents are lonely.", …)
///     func evaluate(_ action: ActionFacts, parameters: RuleParameters) throws -> RuleResult {
///         guard let share = action.area.value("lonely-65plus") else {
///             return RuleResult(0.5, inputs: [.missing("lonely-65plus")])
///         }
///         return RuleResult(min(1, share / parameters["reference"]), inputs: […])
///     }
/// }
/// ```
public protocol ScoringRule: Sendable {
    /// What the rule is, for people and for the test suite.
    static var description: RuleDescription { get }

    /// The description of this rule value. By default `Self.description`; a rule whose description
    /// is data (a rule read from a declarative module file) returns its own.
    var ruleDescription: RuleDescription { get }

    /// The rule's value for one action: finite and not negative, with the inputs it used.
    ///
    /// Throw, or return a value that is not finite or negative, and the engine reports the rule
    /// (naming module and rule), counts its contribution as 0 and scores everything else as usual.
    func evaluate(_ action: ActionFacts, parameters: RuleParameters) throws -> RuleResult

    /// Whether the rule scores the actions of this agenda at all. A rule that does not apply takes
    /// no part: no contribution, and no share of its module's weight. By default every rule applies;
    /// a rule about something an agenda may leave out (frameworks, say) applies only when it is there.
    func applies(to agenda: AgendaFacts) -> Bool
}

extension ScoringRule {
    /// The rule's description, reachable from an existential `any ScoringRule`.
    public var ruleDescription: RuleDescription { Self.description }

    public func applies(to agenda: AgendaFacts) -> Bool { true }
}

/// The values of a rule's parameters for one scoring run: the defaults of its description, with
/// any overrides.
public struct RuleParameters: Sendable, Equatable {
    public private(set) var values: [String: Double]

    public init(_ values: [String: Double] = [:]) {
        self.values = values
    }

    /// The defaults of `description`'s parameters.
    public init(defaultsOf description: RuleDescription) {
        self.init(Dictionary(uniqueKeysWithValues: description.parameters.map { ($0.id, $0.defaultValue) }))
    }

    /// A parameter's value. A rule asks only for parameters its description declares.
    public subscript(id: String) -> Double {
        guard let value = values[id] else {
            preconditionFailure("parameter '\(id)' is not declared in the rule's description")
        }
        return value
    }
}
