/// What it would take to change the plan for one action, found by planning again: for an
/// unfunded action, the best plan that funds it; for a funded one, the best plan without it.
public struct WhatItTakes: Sendable, Equatable {
    /// The change the re-plan made.
    public enum Change: String, Sendable {
        /// The unfunded action forced in.
        case forced
        /// The funded action left out (as a scenario's `drop` would).
        case dropped
    }

    /// Why no plan can make the change.
    public enum Impossible: String, Sendable {
        /// The action is `stopped`: nothing may fund it.
        case stopped
        /// The scenario drops it.
        case dropped
        /// It is a commitment (`committed` or `running`): every plan funds it.
        case committed
        /// No plan meets the commitments, budgets and rules with the change.
        case noPlan = "no-plan"
        /// The search could not settle the re-plan (for example, a minimum payment it could not
        /// meet): no figure is given rather than a wrong one.
        case notSettled = "not-settled"
    }

    public var change: Change
    /// The plan's total less the best total with the change; nil when `impossible`. When the
    /// re-plan is not proven (`exact` false), the loss is at most this.
    public var pointsLost: Points?
    /// When not `exact`: the loss is at least this (the plan's total less the re-plan's bound).
    public var pointsLostAtLeast: Points?
    /// Actions the plan funds that the re-plan does not (besides this one).
    public var wouldLeave: [String]
    /// Actions the re-plan funds that the plan does not (besides this one).
    public var wouldEnter: [String]
    /// For an unfunded action: above this score it is funded, with everything else unchanged
    /// (its score plus `pointsLost`).
    public var scoreToEnter: Points?
    /// Whether the re-plan's total is proven the best with the change (with the plan's own total
    /// proven too, `pointsLost` is then exact); otherwise `pointsLost` is an upper bound.
    public var exact: Bool
    public var impossible: Impossible?
    /// Branch-and-bound nodes the re-plan searched.
    public var nodes = 0

    public init(
        change: Change, pointsLost: Points?, wouldLeave: [String] = [], wouldEnter: [String] = [],
        scoreToEnter: Points? = nil, exact: Bool, impossible: Impossible? = nil
    ) {
        self.change = change
        self.pointsLost = pointsLost
        self.wouldLeave = wouldLeave
        self.wouldEnter = wouldEnter
        self.scoreToEnter = scoreToEnter
        self.exact = exact
        self.impossible = impossible
    }

    /// No re-plan can make the change.
    static func impossible(_ change: Change, _ why: Impossible) -> WhatItTakes {
        WhatItTakes(change: change, pointsLost: nil, exact: true, impossible: why)
    }
}
