/// What a search reports while it runs, as values: the caller decides how to word them, in which
/// language, and whether to show them at all. Objectives and bounds are in whole ten-thousandths
/// of a point, as `PlanningProblem` scores are.
public enum SearchProgress: Sendable, Equatable {
    /// The relaxation at the root bounds every plan at this value.
    case rootBound(Int)
    /// A better plan, found after `nodes` nodes when the search counts them there.
    case plan(objective: Int, nodes: Int?)
    /// A periodic status of a long branch and bound.
    case searching(nodes: Int, best: Int?, bound: Int)
    /// A large problem is split into this many parts that share only money.
    case splitting(parts: Int)
    /// The actions that span parts found no plan within their share of the money.
    case crossPartWithoutPlan
    /// This many of the parts found a plan within their share of the money.
    case partsPlanned(Int, of: Int)
    /// This many parts without a plan were planned together with the actions that span parts.
    case partsPlannedWithCrossActions(Int)
    /// The split found a plan of this value; the bound is tightened next.
    case tighteningBound(plan: Int)
    /// The parts' plans were mixed with their plans at other quotas: this round of `of`, and the
    /// plan's value after it.
    case mixing(round: Int, of: Int, plan: Int)
    /// A second split, its parts' plans mixed, found a better plan. It splits the money at column
    /// generation's prices, or as the first split did when column generation gave none.
    case secondSplit(plan: Int)
    /// The bound is being tightened: this step of at most `of`, with the best bound so far.
    case boundStep(Int, of: Int, bound: Int)
    /// This many of the parts have been planned so far, of `of`.
    case planningParts(Int, of: Int)
    /// After the search: why this many of the unfunded actions are left out is known, of `of`.
    case explaining(Int, of: Int)
}
