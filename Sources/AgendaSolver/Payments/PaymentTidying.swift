/// Rewrites a plan's payments the way a funder would make them, without touching which actions are
/// funded: first the fewest payments, then the fewest changes of funder from one year of an action
/// to the next, then round amounts (multiples of €1,000, else of €100) where a split remains.
///
/// Every step keeps every budget, cap, minimum payment and floor: the payments change one
/// action-year at a time, each change checked by `PaymentLedger` before it is made, so the plan is
/// valid after each of them and the score never moves.
public struct PaymentTidying: Sendable {
    /// The payments, their shape, and what is proven about their count.
    public struct Result: Sendable {
        public var payments: [[Solution.Payment]]
        public var shape: PaymentShape
        /// A proven lower bound on the payments of any plan of these funded actions (equal to
        /// `shape.payments` when their count is proven the fewest); nil when the agenda is too large
        /// for that search.
        public var paymentsLowerBound: Int?
    }

    /// Nodes of the search for the fewest payments.
    public var nodeLimit: Int
    /// Rows up to which that search runs (its basis inverse is dense).
    public var maxRows: Int
    /// A stop requested from outside (Ctrl-C): the search for the fewest payments ends early with
    /// what it has, and the tidying goes on from there.
    public var stop: SearchStop?

    public init(nodeLimit: Int = 500, maxRows: Int = 1_600, stop: SearchStop? = nil) {
        self.nodeLimit = nodeLimit
        self.maxRows = maxRows
        self.stop = stop
    }

    /// The tidied payments of `payments`, a valid plan of `problem`; the same payments when no
    /// tidier ones are found.
    public func tidy(_ payments: [[Solution.Payment]], in problem: PlanningProblem) -> Result {
        let original = PaymentShape(payments)
        var ledger = PaymentLedger(problem: problem, payments: payments)
        var fewest: Int?
        // Payments that break a minimum are no plan to beat: any plan that keeps the rule is better.
        let incumbent = Self.belowMinimum(payments, problem) == 0 ? original.payments : Int.max
        if let found = fewestPayments(ledger, incumbent: incumbent) {
            fewest = found.lowerBound < Int.max ? found.lowerBound : nil
            adopt(&ledger, found)
        }
        for _ in 0..<2 {
            consolidate(&ledger)
            steady(&ledger)
        }
        roundAmounts(&ledger)
        let tidied = ledger.payments
        let shape = PaymentShape(tidied)
        // Payments below a source's minimum break a rule: fewer of them wins before any shape.
        guard (Self.belowMinimum(tidied, problem), shape) < (Self.belowMinimum(payments, problem), original) else {
            return Result(payments: payments, shape: original, paymentsLowerBound: fewest)
        }
        return Result(payments: tidied, shape: shape, paymentsLowerBound: fewest)
    }

    /// How many payments are below their source's `minPayment`.
    static func belowMinimum(_ payments: [[Solution.Payment]], _ problem: PlanningProblem) -> Int {
        paymentsBelowMinimum(payments, problem).count
    }

    /// The payments below their source's `minPayment`, each with its action.
    static func paymentsBelowMinimum(_ payments: [[Solution.Payment]], _ problem: PlanningProblem)
        -> [(action: Int, payment: Solution.Payment)]
    {
        payments.enumerated().flatMap { action, paid in
            paid.filter { $0.amount > 0 && $0.amount < problem.sources[$0.source].minPayment }.map { (action, $0) }
        }
    }

    /// The search for the fewest payments, on floors as a plan must meet them (half a euro short),
    /// so that its bound holds for every plan; nil when it cannot run.
    private func fewestPayments(_ ledger: PaymentLedger, incumbent: Int)
        -> (lowerBound: Int, shares: [Double]?, model: FewestPayments)?
    {
        guard nodeLimit > 0, let model = FewestPayments(ledger: ledger, maxRows: maxRows, stop: stop),
            let outcome = model.search(incumbent: incumbent, nodeLimit: nodeLimit)
        else { return nil }
        return (outcome.lowerBound, outcome.shares, model)
    }

    /// The payments of the search, adopted at once. When rounding them to whole euros leaves a
    /// floor short beyond mending, the same payers are asked for the floors themselves, which
    /// leaves rounding half a euro to lose, and failing that the search runs again so; failing
    /// that, action-years move one at a time.
    private func adopt(
        _ ledger: inout PaymentLedger, _ found: (lowerBound: Int, shares: [Double]?, model: FewestPayments)
    ) {
        guard let shares = found.shares, !adopt(&ledger, shares, of: found.model) else { return }
        if let strict = FewestPayments(ledger: ledger, maxRows: maxRows, strict: true, stop: stop) {
            if let same = strict.following(shares), adopt(&ledger, same, of: strict) { return }
            if let outcome = strict.search(incumbent: PaymentShape(ledger.payments).payments, nodeLimit: nodeLimit),
                let stricter = outcome.shares, adopt(&ledger, stricter, of: strict)
            {
                return
            }
        }
        move(&ledger, to: shares, of: found.model)
    }

    /// The payments of `shares` for every action-year at once, in whole euros by largest
    /// remainders; single euros moved within split action-years mend a budget or floor that the
    /// rounding broke. False, leaving the ledger as it was, when the result breaks a rule.
    private func adopt(_ ledger: inout PaymentLedger, _ shares: [Double], of model: FewestPayments) -> Bool {
        let targets = self.targets(shares, of: model, cells: ledger.cells)
        var payments = Array(repeating: [Solution.Payment](), count: ledger.problem.actions.count)
        for (index, cell) in ledger.cells.enumerated() {
            for (source, amount) in Self.wholeEuros(targets[index], total: cell.cost).sorted(by: { $0.key < $1.key }) {
                payments[cell.action].append(Solution.Payment(source: source, year: cell.year, amount: amount))
            }
        }
        var candidate = PaymentLedger(problem: ledger.problem, payments: payments)
        PaymentMending.mend(&candidate)
        guard candidate.isValid else { return false }
        ledger = candidate
        return true
    }

    /// Per cell, the euros each source pays in `shares`.
    private func targets(_ shares: [Double], of model: FewestPayments, cells: [PaymentLedger.Cell])
        -> [[(source: Int, euros: Double)]]
    {
        var targets = Array(repeating: [(source: Int, euros: Double)](), count: cells.count)
        for (index, entry) in model.entries.enumerated() where shares[index] > 1e-9 {
            targets[entry.cell].append((entry.source, shares[index] * Double(cells[entry.cell].cost)))
        }
        return targets
    }

    /// Moves each action-year to the payments of `shares`, in whole euros by largest remainders,
    /// as far as the ledger allows; an action-year that cannot move yet is tried again after the
    /// others have moved, and keeps its payments when it never can.
    private func move(_ ledger: inout PaymentLedger, to shares: [Double], of model: FewestPayments) {
        let targets = self.targets(shares, of: model, cells: ledger.cells)
        var pending = Array(ledger.cells.indices)
        while !pending.isEmpty {
            let before = pending.count
            pending.removeAll { cell in
                let amounts = Self.wholeEuros(targets[cell], total: ledger.cells[cell].cost)
                guard amounts != ledger.cells[cell].amounts else { return true }
                guard ledger.allows(cell, amounts) else { return false }
                ledger.set(cell, to: amounts)
                return true
            }
            if pending.count == before { break }
        }
    }

    /// Euros that add up to `total`: each share rounded down, the euros left over going to the
    /// largest remainders (ties to the earlier source).
    static func wholeEuros(_ shares: [(source: Int, euros: Double)], total: Int) -> [Int: Int] {
        var amounts: [Int: Int] = [:]
        var remainders: [(source: Int, remainder: Double)] = []
        for share in shares {
            let whole = Int(saturating: share.euros.rounded(.down))
            amounts[share.source, default: 0] += whole
            remainders.append((share.source, share.euros - Double(whole)))
        }
        var left = total - amounts.values.reduce(0, +)
        for entry in remainders.sorted(by: { $0.remainder > $1.remainder }) where left > 0 {
            amounts[entry.source, default: 0] += 1
            left -= 1
        }
        return amounts.filter { $0.value > 0 }
    }
}

extension PaymentTidying {
    /// Each split action-year paid by one source where budgets and floors allow: the action's
    /// usual source first, then the sources already paying it, largest first, then any other.
    func consolidate(_ ledger: inout PaymentLedger) {
        let usual = usualSources(ledger)
        for index in ledger.cells.indices where ledger.cells[index].amounts.count > 1 {
            let cell = ledger.cells[index]
            let paying = cell.amounts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map(\.key)
            let others = ledger.problem.actions[cell.action].eligibleSources.filter { !paying.contains($0) }
            let whole = ([usual[cell.action]] + paying + others).first { ledger.allows(index, [$0: cell.cost]) }
            if let whole {
                ledger.set(index, to: [whole: cell.cost])
            } else {
                dropSmallest(&ledger, cell: index)
            }
        }
    }

    /// A split action-year's smallest payment handed to another of its payers (the largest that
    /// can take it), one payment fewer.
    private func dropSmallest(_ ledger: inout PaymentLedger, cell index: Int) {
        let amounts = ledger.cells[index].amounts
        let paying = amounts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map(\.key)
        guard paying.count >= 2, let smallest = paying.last else { return }
        for receiver in paying.dropLast() {
            var changed = amounts
            changed[receiver, default: 0] += amounts[smallest] ?? 0
            changed[smallest] = nil
            if ledger.allows(index, changed) {
                ledger.set(index, to: changed)
                return
            }
        }
    }

    /// Each action-year paid by one source moves to the action's usual source, where it can, so
    /// that an action keeps its funder from year to year.
    func steady(_ ledger: inout PaymentLedger) {
        let usual = usualSources(ledger)
        for index in ledger.cells.indices {
            let cell = ledger.cells[index]
            let source = usual[cell.action]
            guard cell.amounts.count == 1, cell.amounts[source] == nil else { continue }
            if ledger.allows(index, [source: cell.cost]) { ledger.set(index, to: [source: cell.cost]) }
        }
    }

    /// Per action, the source that pays most of it (the lower index on a tie); -1 when unpaid.
    private func usualSources(_ ledger: PaymentLedger) -> [Int] {
        var euros = Array(repeating: [Int: Int](), count: ledger.problem.actions.count)
        for cell in ledger.cells {
            for (source, amount) in cell.amounts { euros[cell.action][source, default: 0] += amount }
        }
        return euros.map { paid in paid.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? -1 }
    }

    /// In each action-year still split, every payment but the largest rounded to a multiple of
    /// €1,000, else of €100 (to the nearest, else down, else up), the largest taking the rest.
    func roundAmounts(_ ledger: inout PaymentLedger) {
        for index in ledger.cells.indices where ledger.cells[index].amounts.count > 1 {
            let cell = ledger.cells[index]
            guard let largest = cell.amounts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key else { continue }
            for source in cell.amounts.keys.sorted() where source != largest {
                roundPayment(&ledger, cell: index, source: source, largest: largest)
            }
        }
    }

    private func roundPayment(_ ledger: inout PaymentLedger, cell index: Int, source: Int, largest: Int) {
        let amounts = ledger.cells[index].amounts
        guard let amount = amounts[source], let rest = amounts[largest] else { return }
        for unit in [1_000, 100] where amount % unit != 0 {
            let down = amount / unit * unit
            let nearest = (amount + unit / 2) / unit * unit
            for candidate in [nearest, down, down + unit] where candidate > 0 && candidate != amount {
                var changed = amounts
                changed[source] = candidate
                changed[largest] = rest + amount - candidate
                guard (changed[largest] ?? 0) > 0, ledger.allows(index, changed) else { continue }
                ledger.set(index, to: changed)
                return
            }
        }
    }
}
