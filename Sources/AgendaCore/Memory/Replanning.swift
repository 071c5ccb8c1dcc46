/// The agenda for the years from one year on, after what was spent before it (`agenda replan`):
/// the period starts at that year, actions keep only their later costs, actions already started
/// must be funded (`running`), and each source has what is left. A source with carry-over gets
/// its unspent money of the earlier years in the first year (an overspend is taken from the first
/// years); without carry-over, what was not spent has lapsed.
public struct Replanning: Sendable {
    /// Money spent before the year: the actual figure, or the adopted plan's where none was imported.
    public struct Spent: Sendable, Hashable {
        public var action: String, source: String, year: Int, cents: Int64

        public init(action: String, source: String, year: Int, cents: Int64) {
            (self.action, self.source, self.year, self.cents) = (action, source, year, cents)
        }
    }

    /// What a carry-over source brings into the first year: unspent money (positive) or an
    /// overspend (negative), in whole euros.
    public struct Carried: Sendable, Hashable {
        public var source: String
        public var euros: Int
    }

    public enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
        case year(Int, period: YearRange)
        case overflow

        public var description: String {
            switch self {
            case .year(let year, let period):
                return "--from-year \(year) must be a later year of the period \(period.from)–\(period.to)"
            case .overflow: return "the sums of money are too large to add up exactly"
            }
        }
    }

    /// The agenda to plan.
    public var agenda: Agenda
    /// The actions that spent money before the year, now `running`.
    public var started: [String]
    public var carried: [Carried]

    public init(agenda original: Agenda, spent: [Spent], fromYear year: Int) throws {
        let period = original.period
        guard year > period.from, year <= period.to else { throw Failure.year(year, period: period) }
        var bySource: [String: Int64] = [:]
        var started = Set<String>()
        for row in spent where row.year < year {
            bySource[row.source] = try Monitoring.sum(bySource[row.source] ?? 0, row.cents)
            if row.cents > 0 { started.insert(row.action) }
        }
        agenda = original
        agenda.header.period = YearRange(from: year, to: period.to)
        self.started = original.actions.map(\.id).filter(started.contains)
        carried = []
        for index in agenda.actions.indices {
            agenda.actions[index] = Self.remaining(agenda.actions[index], from: year, started: started)
        }
        for index in agenda.funding.indices {
            let source = agenda.funding[index]
            let (remaining, carriedEuros) = try Self.remaining(source, from: year, spentCents: bySource[source.id] ?? 0)
            agenda.funding[index] = remaining
            if let carriedEuros { carried.append(Carried(source: source.id, euros: carriedEuros)) }
        }
    }

    /// Money spent before `year`, sorted by action, source and year: every imported figure, and
    /// the adopted plan's payments of each action and year no import gives a figure for. Once an
    /// import gives an action's figures for a year they are complete: the plan's payments of it
    /// from other sources were not made (counting them too would spend the money twice).
    public static func spending(planned: [Spent], actual: [Spent], before year: Int) throws -> [Spent] {
        let actual = actual.filter { $0.year < year }
        let reported = Set(actual.map { "\($0.action)|\($0.year)" })
        var spent: [String: Spent] = [:]
        for row in planned where row.year < year && !reported.contains("\(row.action)|\(row.year)") {
            try add(row, to: &spent)
        }
        for row in actual { try add(row, to: &spent) }
        return spent.keys.sorted().compactMap { spent[$0] }
    }

    private static func add(_ row: Spent, to spent: inout [String: Spent]) throws {
        let key = "\(row.action)|\(row.source)|\(row.year)"
        var total = spent[key] ?? Spent(action: row.action, source: row.source, year: row.year, cents: 0)
        let (sum, overflow) = total.cents.addingReportingOverflow(row.cents)
        guard !overflow else { throw Failure.overflow }
        total.cents = sum
        spent[key] = total
    }

    private static func remaining(_ action: Action, from year: Int, started: Set<String>) -> Action {
        var action = action
        action.cost = YearlyEuros(action.cost.entries.filter { $0.year >= year })
        if started.contains(action.id) && action.status == .proposed { action.status = .running }
        return action
    }

    /// The source's budgets from `year` on and, with carry-over, what it carries into them.
    private static func remaining(_ source: FundingSource, from year: Int, spentCents: Int64)
        throws -> (FundingSource, Int?)
    {
        var source = source
        let earlier = source.budget.entries.filter { $0.year < year }
        var later = source.budget.entries.filter { $0.year >= year }
        guard source.carryOver else {
            source.budget = YearlyEuros(later)
            return (source, nil)
        }
        let budgetCents = try earlier.reduce(Int64(0)) { try Monitoring.sum($0, try Monitoring.cents($1.euros)) }
        let leftCents = try Monitoring.difference(budgetCents, spentCents)
        // Rounded down to whole euros: a part-spent euro counts as spent (floor, for negatives too).
        let (quotient, remainder) = leftCents.quotientAndRemainder(dividingBy: 100)
        let carried = Int(remainder < 0 ? quotient - 1 : quotient)
        if later.first?.year != year {
            later.insert(YearAmount(year: year, euros: 0, location: source.location), at: 0)
        }
        var rest = carried
        for index in later.indices {
            let (sum, overflow) = later[index].euros.addingReportingOverflow(rest)
            guard !overflow else { throw Failure.overflow }
            later[index].euros = max(0, sum)
            rest = min(0, sum)
            if rest == 0 { break }
        }
        source.budget = YearlyEuros(later)
        return (source, carried)
    }

    /// What was fixed, in the agenda's language: the money spent before the year, the actions
    /// that go on, and what each carry-over source brings in.
    public func summary(spentCents: Int64, fromYear year: Int) -> [String] {
        let t = ReportText(language: agenda.header.language)
        let n = LocalNumbers(language: agenda.header.language)
        let spent = spentCents % 100 == 0 ? n.euros(Int(spentCents / 100)) : n.euros(cents: Double(spentCents) / 100)
        var sentences = [
            t("memory.replan.fixed", String(year), spent),
            t(
                "memory.replan.started", n.integer(started.count),
                started.isEmpty ? t("memory.diff.none") : started.joined(separator: ", ")),
        ]
        if !carried.isEmpty {
            let parts = carried.map { "\($0.source) \(n.euros($0.euros))" }
            sentences.append(t("memory.replan.carried", String(year), parts.joined(separator: ", ")))
        }
        return sentences
    }
}
