/// A funding plan: which actions are funded and, for every funded action and year, which sources
/// pay how much; with its proof of quality and what it tells funders.
///
/// The shape follows `../shared/design/plan-json.md`: `PlanRendering` writes it as that JSON.
public struct Plan: Sendable {
    /// How good the plan is known to be.
    public enum Status: String, Sendable {
        /// Proven best: no valid plan scores higher (`bound == objective`).
        case optimal
        /// Valid; no valid plan scores more than `bound`.
        case feasible
        /// No plan satisfies the commitments; `diagnostics` say which budget or rule.
        case infeasible
    }

    /// Why an action is not funded.
    public enum Reason: String, Sendable, CaseIterable {
        /// The money ran out: better-scoring actions used it.
        case budget
        /// An action it requires is not funded.
        case requires
        /// An action it excludes is funded.
        case excludes
        /// No combination of sources may pay all of it.
        case eligibility
        /// Its status is `stopped`.
        case stopped
        /// The scenario drops it.
        case dropped
        /// Funding it would take money that the allocation key reserves for other municipalities.
        case fairness
    }

    public var agenda: String
    /// The applied scenarios joined by `+`, or nil for the agenda as written.
    public var scenario: String?
    public var status: Status
    /// The sum of the scores of the funded actions.
    public var objective: Points
    /// A proven upper bound on the objective of any valid plan.
    public var bound: Points
    /// Every action, in the agenda's order.
    public var actions: [ActionOutcome]
    /// Every source and year of the period.
    public var sources: [SourceYear]
    /// Why the plan is infeasible, and other findings.
    public var diagnostics: [Diagnostic]
    /// How the plan was found: method and nodes searched, for the report's footnote.
    public var search: SearchStatistics
    /// How tidy the payments are; nil without a plan, and for the part of a plan.
    public var paymentsSummary: PaymentsSummary?
    /// When this is the part of the regional plan that touches one place (`focused(on:agenda:)`).
    public var focus: PlanFocus?

    public init(
        agenda: String, scenario: String?, status: Status, objective: Points, bound: Points,
        actions: [ActionOutcome], sources: [SourceYear], diagnostics: [Diagnostic] = [],
        search: SearchStatistics = SearchStatistics()
    ) {
        self.agenda = agenda
        self.scenario = scenario
        self.status = status
        self.objective = objective
        self.bound = bound
        self.actions = actions
        self.sources = sources
        self.diagnostics = diagnostics
        self.search = search
    }

    /// The relative distance between the objective and the bound (0 when optimal).
    public var gap: Double {
        bound.tenThousandths > 0
            ? Double(bound.tenThousandths - objective.tenThousandths) / Double(bound.tenThousandths) : 0
    }

    public func action(_ id: String) -> ActionOutcome? { actions.first { $0.id == id } }
}

/// What the plan decided for one action.
public struct ActionOutcome: Sendable, Equatable {
    public var id: String
    public var funded: Bool
    public var score: Points
    /// Why it is not funded (nil when funded).
    public var reason: Plan.Reason?
    /// Who pays what in which year, by year then source in the agenda's order.
    public var payments: [Payment]
    /// What exactly keeps it out: the money short per year and source, or the other actions.
    public var cause: UnfundedDetail?
    /// What it would take to fund it, or to leave it out (nil when not worked out).
    public var whatItTakes: WhatItTakes?

    public init(
        id: String, funded: Bool, score: Points, reason: Plan.Reason?, payments: [Payment],
        cause: UnfundedDetail? = nil
    ) {
        self.id = id
        self.funded = funded
        self.score = score
        self.reason = reason
        self.payments = payments
        self.cause = cause
    }
}

/// What keeps an unfunded action out, in the terms of its reason: for the money, each year in
/// which the sources allowed to pay it have too little left, and how much too little; for
/// `requires` and `excludes`, the other actions.
public struct UnfundedDetail: Sendable, Equatable {
    /// Money short in one year, with the plan's other payments unchanged.
    public struct Shortfall: Sendable, Equatable {
        public var year: Int
        /// The sources allowed to pay the action that year, in the agenda's order.
        public var sources: [String]
        /// Its cost that year, less the most those sources have left for it.
        public var euros: Int

        public init(year: Int, sources: [String], euros: Int) {
            self.year = year
            self.sources = sources
            self.euros = euros
        }
    }

    public var shortfalls: [Shortfall]
    /// For `requires`: the required actions that are not funded; for `excludes`: the funded
    /// actions it excludes or that exclude it.
    public var otherActions: [String]

    public init(shortfalls: [Shortfall] = [], otherActions: [String] = []) {
        self.shortfalls = shortfalls
        self.otherActions = otherActions
    }
}

/// Whole euros from one source for one action in one year.
public struct Payment: Sendable, Equatable, Hashable {
    public var year: Int
    public var source: String
    public var amount: Int

    public init(year: Int, source: String, amount: Int) {
        self.year = year
        self.source = source
        self.amount = amount
    }
}

/// One source in one year: what it had, what the plan spends, and what one more euro is worth.
public struct SourceYear: Sendable, Equatable {
    public var id: String
    public var year: Int
    /// The budget of the year after the scenario, plus money carried over from earlier years.
    public var budget: Int
    public var spent: Int
    /// Points one more euro here would add (0 where the budget does not bind).
    public var shadowPrice: Double

    public init(id: String, year: Int, budget: Int, spent: Int, shadowPrice: Double) {
        self.id = id
        self.year = year
        self.budget = budget
        self.spent = spent
        self.shadowPrice = shadowPrice
    }

    public var left: Int { budget - spent }
}

/// How a plan's payments look to a funder: how many, how many action-years are split over
/// sources, and how often an action changes funder from one year to the next.
public struct PaymentsSummary: Sendable, Equatable {
    /// Payments with a non-zero amount (action, year, source).
    public var payments: Int
    /// Funded action-years with a cost: the fewest payments any plan of these actions could have,
    /// if every source could pay everything.
    public var actionYears: Int
    /// Action-years paid by two or more sources.
    public var splitActionYears: Int
    /// Consecutive paid years of an action whose sources differ.
    public var funderChanges: Int
    /// Payments below €1,000.
    public var paymentsUnder1000: Int
    /// A proven lower bound on the payments of any plan of these funded actions within the
    /// budgets, caps and floors; nil when the agenda is too large for that search.
    public var lowerBound: Int?

    public init(
        payments: Int, actionYears: Int, splitActionYears: Int, funderChanges: Int, paymentsUnder1000: Int,
        lowerBound: Int?
    ) {
        self.payments = payments
        self.actionYears = actionYears
        self.splitActionYears = splitActionYears
        self.funderChanges = funderChanges
        self.paymentsUnder1000 = paymentsUnder1000
        self.lowerBound = lowerBound
    }

    /// Whether the count of payments is proven the fewest possible for the funded actions.
    public var fewestProven: Bool { lowerBound == payments }
}

/// How the search went. Deterministic (no clock times), so it may appear in reports.
public struct SearchStatistics: Sendable, Equatable {
    public var method: String = ""
    /// Branch-and-bound nodes explored.
    public var nodes: Int = 0
    /// Whether the search was stopped (Ctrl-C) before it proved its plan best: the plan is the
    /// best found by then.
    public var interrupted = false

    public init(method: String = "", nodes: Int = 0, interrupted: Bool = false) {
        self.method = method
        self.nodes = nodes
        self.interrupted = interrupted
    }
}
