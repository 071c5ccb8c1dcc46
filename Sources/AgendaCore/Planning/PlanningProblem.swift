/// An agenda (with its scenario applied) compiled for the optimiser: actions, sources and rules as
/// numbers and indices.
///
/// Years are indices into `years` (the agenda's period). Money is whole euros. Scores are whole
/// ten-thousandths of a point, so objectives compare exactly.
public struct PlanningProblem: Sendable {
    public struct ActionEntry: Sendable {
        public var id: String
        public var score: Points
        /// Euros per period year (0 in years without cost).
        public var costs: [Int]
        /// Sources that may pay it (eligible, and named in `funding-from` if given), in agenda order.
        public var eligibleSources: [Int]
        public var fixed: Fixed
        public var requires: [Int]
        public var excludes: [Int]
        /// Municipality indices it works in, with the share of its money each counts
        /// (in proportion to the allocation key; equal shares without a key).
        public var municipalities: [(index: Int, weight: Double)]

        /// The years (indices) in which it costs money.
        public var costYears: [Int] { costs.indices.filter { costs[$0] > 0 } }
        public var totalCost: Int { costs.reduce(0, +) }
    }

    /// What the agenda already decided about an action.
    public enum Fixed: Sendable, Equatable {
        case free
        /// `committed` or `running` (or committed by the scenario): must be funded.
        case mustFund
        /// Never funded, for this reason (`stopped` or `dropped`).
        case never(Plan.Reason)
    }

    public struct SourceEntry: Sendable {
        public var id: String
        /// Euros per period year.
        public var budget: [Int]
        public var maxShare: Double
        public var carryOver: Bool
        /// Eligible for every municipality: the money the allocation key shares out.
        public var sharedByKey: Bool

        /// The most this source may pay of a yearly cost: `max-share` of it, in whole euros.
        public func cap(of cost: Int) -> Int {
            maxShare >= 1 ? cost : Int((maxShare * Double(cost) + 1e-9).rounded(.down))
        }
    }

    /// The allocation key's floors: per municipality and year, the least money of the key-shared
    /// sources that its actions must get.
    public struct Fairness: Sendable {
        public var indicator: String
        public var minShare: Double
        /// Each municipality's share of the key (its value over the region's total).
        public var keyShares: [Double]
        /// `[municipality][year]`: `min-share × key share × budget of the shared sources`, capped at
        /// what the municipality's own eligible actions could absorb that year, in whole euros
        /// (rounded down).
        public var floors: [[Double]]

        /// A floor is met when the money received, rounded to the nearest euro, reaches it: money
        /// may fall short of the floor by at most this much. Payments are whole euros, but an action in
        /// several municipalities counts for each with a fraction of its euros.
        public static let rounding = 0.5
    }

    public var agenda: String
    public var scenario: String?
    public var years: [Int]
    public var actions: [ActionEntry]
    public var sources: [SourceEntry]
    public var municipalities: [String]
    public var fairness: Fairness?

    public func yearIndex(_ year: Int) -> Int? { years.firstIndex(of: year) }
}
