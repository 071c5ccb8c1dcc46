/// Why no plan keeps the commitments, rules and floors: a value that names actions, sources,
/// municipalities and years by their indices in the `PlanningProblem`, with the amounts involved.
/// The caller words it and points at the place in its input that it concerns.
public enum Infeasibility: Sendable, Equatable {
    /// An action that must be funded, but no combination of the sources allowed to pay it may pay
    /// all of its cost in some year, whatever the budgets (their `maxShare` caps add up to less).
    case ineligible(action: Int, year: Int, cost: Int, payable: Int)
    /// An action that must be funded needs `need` euros in `year`, and the sources that may pay it
    /// have at most `available` left after the other commitments.
    case unpayable(action: Int, year: Int, need: Int, available: Int, sources: [SourceBalance])
    /// An action that must be funded fits each year's money on its own, but not together with the
    /// other commitments and the actions they require.
    case commitmentsConflict(action: Int)
    /// Allocation-key floors that no plan meets together, while every plan without them keeps the
    /// commitments; a smallest such set (one floor when that one alone is out of reach).
    case floorsOutOfReach([Floor])
    /// The floors of one municipality, out of reach even with every action that spans parts
    /// funded: its own actions cannot add the rest (proven on its part of a split problem).
    case floorsOutOfReachOfOwnActions(municipality: Int, floors: [Floor])
    /// A floor beyond the most key-shared money its municipality's actions could receive that
    /// year: `most` euros, with every action that may be funded funded and paid by the
    /// key-shared sources as far as their max-share and that year's money allow (`FloorReach`).
    case floorBeyondItsActions(Floor, most: Double)

    /// What a source has left in a year, after the commitments planned so far.
    public struct SourceBalance: Sendable, Equatable {
        public var source: Int
        public var left: Int
        public var budget: Int
    }

    /// One allocation-key floor: euros of key-shared money for a municipality in a year.
    public struct Floor: Sendable, Equatable {
        public var municipality: Int
        public var year: Int
        public var amount: Double
    }
}

/// The search stopped short of a plan, without proving that none exists: a limit of the planner,
/// not of the problem.
public enum SearchLimitation: Error, Sendable, Equatable {
    /// The heuristic that moves money to meet allocation-key floors could not meet this one. With
    /// `received` the money it got there; nil when it could not say which floor was short.
    case floorNotMet(Infeasibility.Floor?, received: Double?)
    /// The payments found for the chosen actions include one below its source's minimum payment,
    /// and no rearrangement the planner tried lifted it: `amount` euros from `source` to `action`
    /// in `year`.
    case minimumPaymentNotMet(action: Int, year: Int, source: Int, amount: Int)
}
