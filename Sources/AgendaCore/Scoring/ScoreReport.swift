/// The scores of an agenda's actions, with every contribution and the inputs behind it.
public struct ScoreReport: Sendable {
    /// Every action, in the agenda's order.
    public var actions: [ActionScore]
    /// Rules that failed (threw, or gave a value that is not finite or negative).
    public var diagnostics: [Diagnostic]
    /// The scenarios applied, in order.
    public var scenarios: [String]
    /// Per module id, the words its rules write in the agenda's language (`DomainModule.translations`),
    /// for the reports; empty for an English agenda.
    public var inputWords: [String: [String: String]] = [:]

    /// The actions from the highest score to the lowest; ties keep the agenda's order.
    public var ranking: [ActionScore] {
        actions.enumerated().sorted { a, b in
            a.element.score != b.element.score ? a.element.score > b.element.score : a.offset < b.offset
        }.map(\.element)
    }

    public func action(_ id: String) -> ActionScore? { actions.first { $0.id == id } }
}

/// One action's priority score: the sum of its contributions.
public struct ActionScore: Sendable {
    public var id: String
    public var title: String
    public var domain: String
    public var pillar: Pillar
    public var status: ActionStatus
    /// Whether a scenario left the action out.
    public var dropped: Bool
    public var contributions: [Contribution]

    /// The sum of the contributions' points.
    public var score: Points { contributions.reduce(.zero) { $0 + $1.points } }
}

/// What one rule added to one action's score, and why.
public struct Contribution: Sendable {
    /// `core` or the domain module's id.
    public var module: String
    public var moduleVersion: String
    /// Where the module comes from: built in, linked in, a YAML file or a library.
    public var moduleOrigin: ModuleOrigin = .builtIn
    /// The rule's identifier within its module.
    public var rule: String
    public var ruleName: String
    /// The rule's value as it returned it; `nil` when the rule failed.
    public var raw: Double?
    /// The value on the 0…1 scale, after normalisation.
    public var normalised: Double
    /// What the normalised value is multiplied by (see `WeightParts`).
    public var weight: WeightParts
    /// `normalised × weight.total`, rounded to ten-thousandths.
    public var points: Points
    public var inputs: [RuleInput]
    /// Why the rule gave nothing, when it failed.
    public var failure: String?

    /// `module.rule`.
    public var qualifiedRule: String { "\(module).\(rule)" }
}

/// The factors of a contribution's weight:
/// `scale × pillar × group × rule / group total`.
public struct WeightParts: Sendable, Equatable {
    /// Points of a group (the core rules, or a domain's rules) at full value: 5.
    public var scale: Double
    /// `planning.weights.pillars` for the action's pillar (default 1).
    public var pillar: Double
    /// 1 for the core rules; `planning.weights.domains` for a domain's rules (default 1).
    public var group: Double
    /// The rule's weight: `planning.weights.rules`, or the rule's default.
    public var rule: Double
    /// The sum of the rule weights of the rule's group, so that a domain with more rules does not
    /// weigh more than one with fewer.
    public var groupTotal: Double

    public var total: Double { groupTotal > 0 ? scale * pillar * group * rule / groupTotal : 0 }
}
