/// A funding problem as numbers and indices: actions with yearly costs and scores, sources with
/// yearly budgets and rules, and the floors of an allocation key. The solver knows nothing else
/// (no agenda, no file, no language); `AgendaCore` compiles an agenda into one.
///
/// Years are indices into `years`. Money is whole euros. Scores are whole ten-thousandths of a
/// point (`scoreScale` per point), so objectives compare exactly.
public struct PlanningProblem: Sendable {
    /// Ten-thousandths per point: the relaxation works in points, so its coefficients stay near 1.
    public static let scoreScale = 10_000.0

    /// One action: its score, yearly costs, who may pay it and the rules that tie it to others.
    public struct ActionEntry: Sendable {
        /// A name for exports and tests; the search never reads it.
        public var id: String
        /// Whole ten-thousandths of a point.
        public var score: Int
        /// Euros per period year (0 in years without cost).
        public var costs: [Int]
        /// Sources that may pay it, as indices into `sources`, in the order given.
        public var eligibleSources: [Int]
        public var fixed: Fixed
        /// Actions (indices) it cannot go ahead without.
        public var requires: [Int]
        /// Actions (indices) it cannot go ahead with.
        public var excludes: [Int]
        /// Municipality indices it works in, with the share of its money each counts.
        public var municipalities: [(index: Int, weight: Double)]

        public init(
            id: String, score: Int, costs: [Int], eligibleSources: [Int], fixed: Fixed = .free,
            requires: [Int] = [], excludes: [Int] = [], municipalities: [(index: Int, weight: Double)]
        ) {
            self.id = id
            self.score = score
            self.costs = costs
            self.eligibleSources = eligibleSources
            self.fixed = fixed
            self.requires = requires
            self.excludes = excludes
            self.municipalities = municipalities
        }

        /// The years (indices) in which it costs money.
        public var costYears: [Int] { costs.indices.filter { costs[$0] > 0 } }
        public var totalCost: Int { costs.reduce(0, +) }
    }

    /// What is already decided about an action.
    public enum Fixed: Sendable, Equatable {
        case free
        /// Must be funded (a commitment).
        case mustFund
        /// Never funded.
        case never
    }

    /// One funding source: its yearly budgets and the share of a cost it may pay.
    public struct SourceEntry: Sendable {
        /// A name for exports and tests; the search never reads it.
        public var id: String
        /// Euros per period year.
        public var budget: [Int]
        /// The largest share of a yearly cost it may pay, from 0 to 1.
        public var maxShare: Double
        /// Whether money left in a year may be spent in later years.
        public var carryOver: Bool
        /// Eligible for every municipality: the money the allocation key shares out.
        public var sharedByKey: Bool
        /// The least a payment from it may be, in euros: each payment is 0 or at least this.
        public var minPayment: Int
        /// Whether it pays only in the municipalities its rules name, so that splitting a large
        /// agenda keeps those municipalities in one part. False for the key-shared money, and for
        /// money open to every municipality that the key does not share (a partner's committed
        /// euros): splitting then gives each part a quota of it.
        public var tiesMunicipalities: Bool

        public init(
            id: String, budget: [Int], maxShare: Double = 1, carryOver: Bool = false, sharedByKey: Bool = true,
            minPayment: Int = 0, tiesMunicipalities: Bool? = nil
        ) {
            self.tiesMunicipalities = tiesMunicipalities ?? !sharedByKey
            self.id = id
            self.budget = budget
            self.maxShare = maxShare
            self.carryOver = carryOver
            self.sharedByKey = sharedByKey
            self.minPayment = minPayment
        }

        /// The most money it can have in `year` (an index into `budget`): that year's budget, and
        /// with carry-over every budget up to that year.
        public func available(in year: Int) -> Int {
            carryOver ? budget[...year].reduce(0) { $0 &+ max(0, $1) } : max(0, budget[year])
        }

        /// The most this source may pay of a yearly cost: `maxShare` of it, in whole euros; 0 when
        /// that is less than its least payment, so that it cannot pay that cost at all.
        public func cap(of cost: Int) -> Int {
            let cap = maxShare >= 1 ? cost : Int((maxShare * Double(cost) + 1e-9).rounded(.down))
            return cap < minPayment ? 0 : cap
        }
    }

    /// The allocation key's floors: per municipality and year, the least money of the key-shared
    /// sources that its actions must get.
    public struct Fairness: Sendable {
        /// The key's name, for exports.
        public var indicator: String
        public var minShare: Double
        /// Each municipality's share of the key (its value over the region's total).
        public var keyShares: [Double]
        /// `[municipality][year]`: euros, whole (the compiler rounds them down).
        public var floors: [[Double]]

        public init(indicator: String, minShare: Double, keyShares: [Double], floors: [[Double]]) {
            self.indicator = indicator
            self.minShare = minShare
            self.keyShares = keyShares
            self.floors = floors
        }

        /// A floor is met when the money received, rounded to the nearest euro, reaches it: money
        /// may fall short of the floor by at most this much. Payments are whole euros, but an action in
        /// several municipalities counts for each with a fraction of its euros.
        public static let rounding = 0.5
    }

    /// A name for exports (`NAME` in MPS).
    public var name: String
    /// One line that says what the problem is, for people who read an export.
    public var title: String
    /// The calendar years, for exports and messages; the search uses their indices.
    public var years: [Int]
    public var actions: [ActionEntry]
    public var sources: [SourceEntry]
    /// Names of the municipalities, for exports.
    public var municipalities: [String]
    public var fairness: Fairness?

    public init(
        name: String, title: String, years: [Int], actions: [ActionEntry], sources: [SourceEntry],
        municipalities: [String], fairness: Fairness? = nil
    ) {
        self.name = name
        self.title = title
        self.years = years
        self.actions = actions
        self.sources = sources
        self.municipalities = municipalities
        self.fairness = fairness
    }
}
