/// A named variant for funders, applied on top of the agenda.
public struct Scenario: Sendable {
    public var id: String
    public var title: String
    public var description: String?
    public var budget: [BudgetChange]
    public var addFunding: [FundingSource]
    public var weights: Weights
    public var drop: [Located<String>]
    public var commit: [Located<String>]
    public var location: SourceLocation

    public init(
        id: String, title: String, description: String? = nil, budget: [BudgetChange] = [],
        addFunding: [FundingSource] = [], weights: Weights = Weights(), drop: [Located<String>] = [],
        commit: [Located<String>] = [], location: SourceLocation
    ) {
        self.id = id
        self.title = title
        self.description = description
        self.budget = budget
        self.addFunding = addFunding
        self.weights = weights
        self.drop = drop
        self.commit = commit
        self.location = location
    }
}

/// One change to a source's budget: scale it, set it, or add to it.
public struct BudgetChange: Sendable {
    public enum Operation: Sendable, Equatable {
        /// Multiply the budget (of `year`, or of every year).
        case scale(Double)
        /// Replace the budget (of `year`, or of every year).
        case set(Int)
        /// Add amounts per year.
        case add(YearlyEuros)
    }

    public var source: Located<String>
    /// The one year changed (with `scale` or `set`), where it is written.
    public var year: Located<Int>?
    public var operation: Operation
    public var location: SourceLocation

    public init(source: Located<String>, year: Located<Int>? = nil, operation: Operation, location: SourceLocation) {
        self.source = source
        self.year = year
        self.operation = operation
        self.location = location
    }
}
