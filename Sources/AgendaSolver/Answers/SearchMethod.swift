/// How a plan was found. The raw values are the names reports and the plan JSON use.
public enum SearchMethod: String, Sendable, CaseIterable {
    /// Branch and bound on the linear relaxation of the whole problem (regional agendas).
    case lpBranchAndBound = "lp-branch-and-bound"
    /// The problem split into parts that share only money, each planned by `lpBranchAndBound`.
    case decomposedLPBranchAndBound = "decomposed-lp-branch-and-bound"
    /// Branch and bound on the Lagrangian relaxation (the fallback for large problems).
    case branchAndBound = "branch-and-bound"
    /// Greedy plans guided by the Lagrangian bound's prices, without branching.
    case lagrangianGreedy = "lagrangian-greedy"
    /// No search: a check of each floor on its own, before any search, proved that no plan exists
    /// (`FloorReach`).
    case presolve = "presolve"
}
