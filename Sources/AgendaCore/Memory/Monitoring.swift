/// The adopted plan against what was actually spent, through one year: per action, source and
/// year, and the money each source has left for the years after.
///
/// Money is in euro cents and every sum is checked: a total beyond `Int64` is an error, never a
/// wrapped number.
public struct Monitoring: Sendable {
    /// A payment of the adopted plan, in whole euros.
    public struct Planned: Sendable, Hashable {
        public var action: String, source: String, year: Int, euros: Int

        public init(action: String, source: String, year: Int, euros: Int) {
            (self.action, self.source, self.year, self.euros) = (action, source, year, euros)
        }
    }

    /// An actual amount, with where it comes from (the import and the file's lines).
    public struct Spent: Sendable, Hashable {
        public var action: String, source: String, year: Int, cents: Int64, trace: String

        public init(action: String, source: String, year: Int, cents: Int64, trace: String) {
            (self.action, self.source, self.year, self.cents, self.trace) = (action, source, year, cents, trace)
        }
    }

    /// A source's budget in one year of the adopted run's agenda.
    public struct Budget: Sendable, Hashable {
        public var source: String, year: Int, euros: Int, carryOver: Bool

        public init(source: String, year: Int, euros: Int, carryOver: Bool) {
            (self.source, self.year, self.euros, self.carryOver) = (source, year, euros, carryOver)
        }
    }

    /// How an action's spending from a source in a year stands against the plan.
    public enum Flag: String, Sendable, CaseIterable {
        case onPlan = "on-plan"
        /// Less spent than planned.
        case under
        /// More spent than planned.
        case over
        /// Planned, reported as zero, and nothing spent on the action at all so far.
        case notStarted = "not-started"
        /// Planned, and no actual figure imported for the action in that year: counted at its
        /// planned amount.
        case notReported = "not-reported"
        /// Planned, but the action's actual figures for that year name only other sources: nothing
        /// was spent from this one (counting the plan's amount too would count the money twice).
        case otherSource = "other-source"
        /// Spent where the plan planned nothing.
        case unplanned
    }

    public struct Line: Sendable, Hashable {
        public var action: String, source: String, year: Int
        public var plannedCents: Int64
        /// Nil when no actual figure was imported.
        public var actualCents: Int64?
        public var flag: Flag
        public var trace: String?

        /// Actual less planned; nil without an actual figure. `Monitoring` checked that it fits.
        public var differenceCents: Int64? { actualCents.map { $0 - plannedCents } }
    }

    /// A source's money: its budget over the period, what was spent through the year (actual, or
    /// planned where not reported), what lapsed (unspent in a year, without carry-over), what the
    /// plan still spends after the year, and what is left after that.
    public struct Balance: Sendable, Hashable {
        public var source: String
        public var carryOver: Bool
        public var budgetCents: Int64, spentCents: Int64, lapsedCents: Int64
        public var availableCents: Int64, plannedAfterCents: Int64, leftCents: Int64
    }

    public enum Failure: Error, Sendable, Equatable {
        /// A sum of money beyond what 64 bits hold.
        case overflow
    }

    /// Planned and spent money of one year through the monitored one (spent: the actual figures;
    /// nothing where none were imported).
    public struct YearTotal: Sendable, Hashable {
        public var year: Int
        public var plannedCents: Int64, actualCents: Int64
    }

    public var through: Int
    public var lines: [Line]
    public var balances: [Balance]
    public var years: [YearTotal]
    /// All lines' planned money, and their spent money (actual, or planned where not reported).
    public var plannedCents: Int64, spentCents: Int64

    public init(planned: [Planned], spent: [Spent], budgets: [Budget], through year: Int) throws {
        through = year
        lines = try Self.lines(planned: planned, spent: spent, through: year)
        balances = try Self.balances(lines: lines, planned: planned, budgets: budgets, through: year)
        years = try Self.years(lines)
        plannedCents = try lines.reduce(0) { try Self.sum($0, $1.plannedCents) }
        spentCents = try lines.reduce(0) { try Self.sum($0, $1.actualCents ?? $1.plannedCents) }
    }
}
