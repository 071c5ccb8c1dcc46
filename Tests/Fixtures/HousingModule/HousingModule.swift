import AgendaRules

/// A fifth domain module that exists only for the tests: it shows that adding a domain takes one
/// target (this one) and one registration line, with no change to the core.
public struct HousingModule: DomainModule {
    public init() {}

    public let id = "housing"
    public let name = "Housing (wonen), test fixture"
    public let version = "0.1.0"
    public let summary = "Scores housing actions by the homes they adapt for older residents."
    public let rules: [any ScoringRule] = [AdaptedHomesRule()]
    public let actionFields = [
        ModuleField("homes-adapted", .count, required: true, "Homes adapted for older residents per year.")
    ]
    public let districtFields = [
        ModuleField("senior-homes", .count, "Homes suited to older residents in the district.")
    ]
}

/// More adapted homes per 100 residents 75+ score higher.
struct AdaptedHomesRule: ScoringRule {
    static let description = RuleDescription(
        identifier: "adapted-homes",
        name: "Adapted homes",
        summary: "Homes adapted per year per 100 residents 75+, full value at 5.",
        rationale: "Older people stay at home longer in a home that fits them (test fixture).",
        sources: ["Test fixture: illustrative"],
        parameters: [
            RuleParameter("full-at", default: 5, "Homes per 100 residents 75+ for the full value (illustrative).")
        ],
        examples: [
            RuleExample(
                "50 homes for 2,000 residents 75+", action: "housing: {homes-adapted: 50}",
                place: "{residents-75plus: 2000}", expected: 0.5)
        ]
    )

    func evaluate(_ action: ActionFacts, parameters: RuleParameters) throws -> RuleResult {
        let homes = action.fields.number("homes-adapted") ?? 0
        guard let population = action.area.value(StandardIndicators.residents75Plus), population > 0 else {
            return RuleResult(0, inputs: [.missing(StandardIndicators.residents75Plus)])
        }
        let per100 = homes / population * 100
        return RuleResult(
            min(1, per100 / parameters["full-at"]), inputs: [RuleInput("homes per 100 residents 75+", per100)])
    }
}

/// A rule that fails in every way a rule can, for the engine's fault-isolation tests.
public struct FaultyRule: ScoringRule {
    public enum Mode: Sendable { case nan, infinity, negative, throwing }
    public struct Broken: Error, CustomStringConvertible {
        public var description: String { "the housing register is offline" }
    }

    public static let description = RuleDescription(
        identifier: "faulty", name: "Faulty", summary: "Fails on purpose.", rationale: "Test fixture.",
        sources: [], examples: [])

    public init() {}

    public func evaluate(_ action: ActionFacts, parameters: RuleParameters) throws -> RuleResult {
        // The action's reach picks the failure, so one agenda shows every kind.
        switch action.reach ?? 0 {
        case 1: return RuleResult(.nan)
        case 2: return RuleResult(.infinity)
        case 3: return RuleResult(-1)
        case 4: throw Broken()
        default: return RuleResult(1)
        }
    }
}

/// A module with one good and one faulty rule.
public struct FaultyModule: DomainModule {
    public init() {}
    public let id = "faulty"
    public let name = "Faulty module, test fixture"
    public let version = "9.9.9"
    public let summary = "Fails on purpose."
    public let rules: [any ScoringRule] = [AdaptedHomesRule(), FaultyRule()]
}
