/// How the planner should weigh and share: the `planning:` section.
public struct Planning: Sendable {
    /// The domain modules to use; `nil` means every installed module.
    public var modules: [Located<String>]?
    public var weights: Weights
    public var allocationKey: AllocationKey?
    /// The least a payment may be, in euros, for every source that sets no `min-payment` of its own.
    public var minPayment: Int
    /// The kinds of partner every location needs among its partners (`location-partners`).
    public var locationPartners: [Located<PartnerKind>]
    public var location: SourceLocation?

    public init(
        modules: [Located<String>]? = nil, weights: Weights = Weights(), allocationKey: AllocationKey? = nil,
        minPayment: Int = 0, locationPartners: [Located<PartnerKind>] = [], location: SourceLocation? = nil
    ) {
        self.locationPartners = locationPartners
        self.modules = modules
        self.weights = weights
        self.allocationKey = allocationKey
        self.minPayment = minPayment
        self.location = location
    }
}

/// Weight overrides, multiplied into rule contributions.
public struct Weights: Sendable {
    public var domains: [Located<String>: Double]
    public var pillars: [Pillar: Double]
    /// Keyed `module.rule-id`.
    public var rules: [Located<String>: Double]
    public var goals: [Located<String>: Double]

    public init(
        domains: [Located<String>: Double] = [:], pillars: [Pillar: Double] = [:],
        rules: [Located<String>: Double] = [:], goals: [Located<String>: Double] = [:]
    ) {
        self.domains = domains
        self.pillars = pillars
        self.rules = rules
        self.goals = goals
    }

    public var isEmpty: Bool { domains.isEmpty && pillars.isEmpty && rules.isEmpty && goals.isEmpty }
}

/// The fairness floor: each municipality gets at least `minShare` of its key share of the money
/// that every municipality may draw on.
public struct AllocationKey: Sendable {
    public var indicator: Located<String>
    public var minShare: Double
    public var location: SourceLocation

    public init(indicator: Located<String>, minShare: Double, location: SourceLocation) {
        self.indicator = indicator
        self.minShare = minShare
        self.location = location
    }
}
