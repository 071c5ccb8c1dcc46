extension Monitoring {
    struct Key: Hashable, Comparable {
        var action: String, year: Int, source: String

        static func < (lhs: Key, rhs: Key) -> Bool {
            (lhs.action, lhs.year, lhs.source) < (rhs.action, rhs.year, rhs.source)
        }
    }

    /// An action in one year: once an import gives any figure for it, its figures are complete.
    struct ActionYear: Hashable {
        var action: String, year: Int
    }

    static func lines(planned: [Planned], spent: [Spent], through year: Int) throws -> [Line] {
        var plannedCents: [Key: Int64] = [:]
        for payment in planned where payment.year <= year {
            let key = Key(action: payment.action, year: payment.year, source: payment.source)
            plannedCents[key] = try sum(plannedCents[key] ?? 0, cents(payment.euros))
        }
        var actual: [Key: Spent] = [:]
        var started: Set<String> = []
        for row in spent where row.year <= year {
            actual[Key(action: row.action, year: row.year, source: row.source)] = row
            if row.cents > 0 { started.insert(row.action) }
        }
        let reported = Set(actual.keys.map { ActionYear(action: $0.action, year: $0.year) })
        return try Set(plannedCents.keys).union(actual.keys).sorted().map { key in
            let planned = plannedCents[key] ?? 0
            let row = actual[key]
            // The line's difference must fit too (an actual figure may be negative in the store).
            if let row { _ = try difference(row.cents, planned) }
            let elsewhere = row == nil && reported.contains(ActionYear(action: key.action, year: key.year))
            return Line(
                action: key.action, source: key.source, year: key.year, plannedCents: planned,
                actualCents: elsewhere ? 0 : row?.cents,
                flag: elsewhere
                    ? (started.contains(key.action) ? .otherSource : .notStarted)
                    : flag(planned: planned, actual: row?.cents, started.contains(key.action)),
                trace: row?.trace)
        }
    }

    private static func flag(planned: Int64, actual: Int64?, _ started: Bool) -> Flag {
        guard let actual else { return .notReported }
        if planned == 0 { return actual > 0 ? .unplanned : .onPlan }
        if actual > planned { return .over }
        if actual == planned { return .onPlan }
        return actual == 0 && !started ? .notStarted : .under
    }

    static func balances(lines: [Line], planned: [Planned], budgets: [Budget], through year: Int) throws -> [Balance] {
        var spentPerYear: [String: [Int: Int64]] = [:]
        for line in lines {
            let amount = line.actualCents ?? line.plannedCents
            spentPerYear[line.source, default: [:]][line.year] = try sum(
                spentPerYear[line.source]?[line.year] ?? 0, amount)
        }
        var plannedAfter: [String: Int64] = [:]
        for payment in planned where payment.year > year {
            plannedAfter[payment.source] = try sum(plannedAfter[payment.source] ?? 0, cents(payment.euros))
        }
        let sources = Dictionary(grouping: budgets, by: \.source)
        let names = Set(sources.keys).union(spentPerYear.keys).union(plannedAfter.keys).sorted()
        return try names.map { source in
            try balance(
                source, budgets: sources[source] ?? [], spent: spentPerYear[source] ?? [:],
                plannedAfter: plannedAfter[source] ?? 0, through: year)
        }
    }

    private static func balance(
        _ source: String, budgets: [Budget], spent: [Int: Int64], plannedAfter: Int64, through year: Int
    ) throws -> Balance {
        let carryOver = budgets.contains(where: \.carryOver)
        var total: Int64 = 0
        var spentSoFar: Int64 = 0
        var lapsed: Int64 = 0
        var later: Int64 = 0
        for budget in budgets {
            let amount = try cents(budget.euros)
            total = try sum(total, amount)
            if budget.year > year { later = try sum(later, amount) }
        }
        for (spentYear, amount) in spent where spentYear <= year {
            spentSoFar = try sum(spentSoFar, amount)
        }
        for budget in budgets where budget.year <= year && !carryOver {
            lapsed = try sum(lapsed, max(0, try cents(budget.euros) - (spent[budget.year] ?? 0)))
        }
        // Without carry-over only the later years' budgets remain; with it, all that was not spent.
        let available = carryOver ? try difference(total, spentSoFar) : later
        return Balance(
            source: source, carryOver: carryOver, budgetCents: total, spentCents: spentSoFar, lapsedCents: lapsed,
            availableCents: available, plannedAfterCents: plannedAfter,
            leftCents: try difference(available, plannedAfter))
    }

    static func years(_ lines: [Line]) throws -> [YearTotal] {
        try Set(lines.map(\.year)).sorted().map { year in
            let lines = lines.filter { $0.year == year }
            return YearTotal(
                year: year, plannedCents: try lines.reduce(0) { try sum($0, $1.plannedCents) },
                actualCents: try lines.reduce(0) { try sum($0, $1.actualCents ?? 0) })
        }
    }

    static func sum(_ a: Int64, _ b: Int64) throws -> Int64 {
        let (result, overflow) = a.addingReportingOverflow(b)
        guard !overflow else { throw Failure.overflow }
        return result
    }

    /// `a − b`, checked (negating `b` first could itself overflow).
    static func difference(_ a: Int64, _ b: Int64) throws -> Int64 {
        let (result, overflow) = a.subtractingReportingOverflow(b)
        guard !overflow else { throw Failure.overflow }
        return result
    }

    static func cents(_ euros: Int) throws -> Int64 {
        let (result, overflow) = Int64(euros).multipliedReportingOverflow(by: 100)
        guard !overflow else { throw Failure.overflow }
        return result
    }
}
