import Foundation

/// One plan of an analysis (a scenario, a budget level, a sample) with the figures its reports
/// compare.
public struct PlannedVariant: Sendable {
    /// The applied scenarios joined by `+`, or nil for the agenda as written.
    public var scenario: String?
    /// The scenarios' titles joined by ` + `, or nil for the agenda as written.
    public var title: String?
    /// The agenda the plan was made for (the scenario applied).
    public var agenda: Agenda
    public var result: Planner.Result
    public var summaries: PlanSummaries

    public init(agenda: Agenda, result: Planner.Result, registry: ModuleRegistry) {
        self.agenda = agenda
        self.result = result
        scenario = result.plan.scenario
        let titles = agenda.appliedScenarios.map { id in agenda.scenarios.first { $0.id == id }?.title ?? id }
        title = titles.isEmpty ? nil : titles.joined(separator: " + ")
        summaries = PlanSummaries(agenda: agenda, problem: result.problem, plan: result.plan, registry: registry)
    }

    public var plan: Plan { result.plan }

    /// Whether the plan exists: false when no plan keeps the commitments, rules and floors.
    public var hasPlan: Bool { plan.status != .infeasible }

    /// Why no plan exists: the errors `agenda plan` shows for this variant (empty with a plan).
    public var reasons: [Diagnostic] { hasPlan ? [] : plan.diagnostics.filter { $0.severity == .error } }

    /// The ids of the funded actions, in the agenda's order.
    public var funded: [String] { plan.actions.filter(\.funded).map(\.id) }

    /// Whole euros per funder, municipality and year: every payment split over the action's
    /// municipalities in proportion to the allocation key (equal shares without one), as the plan's
    /// municipality figures do.
    public func moneyByFunder() -> [MoneyCell: Int] {
        let problem = result.problem
        let actions = Dictionary(problem.actions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let funders = Dictionary(
            agenda.plannedFunding.map { ($0.id, $0.funder) }, uniquingKeysWith: { first, _ in first })
        var cells: [MoneyCell: Int] = [:]
        for outcome in plan.actions where outcome.funded {
            guard let action = actions[outcome.id] else { continue }
            let places = action.municipalities.filter { problem.municipalities.indices.contains($0.index) }
            for payment in outcome.payments {
                let funder = funders[payment.source] ?? payment.source
                for (place, part) in zip(places, PlanSummaries.split(payment.amount, weights: places.map(\.weight)))
                where part != 0 {
                    cells[
                        MoneyCell(
                            funder: funder, municipality: problem.municipalities[place.index], year: payment.year),
                        default: 0] += part
                }
            }
        }
        return cells
    }
}

/// A funder's money in one municipality and year.
public struct MoneyCell: Hashable, Sendable, Comparable {
    public var funder: String
    public var municipality: String
    public var year: Int

    public static func < (lhs: MoneyCell, rhs: MoneyCell) -> Bool {
        (lhs.funder, lhs.municipality, lhs.year) < (rhs.funder, rhs.municipality, rhs.year)
    }
}

/// Runs work items on both cores and returns their results in the items' order, so the outcome
/// never depends on which core finished first.
enum ParallelWork {
    static func map<Result: Sendable>(_ count: Int, workers: Int = 2, _ body: @Sendable (Int) throws -> Result) throws
        -> [Result]
    {
        let results = Results<Result>(count: count)
        // Each core takes the next item when it is free: plans differ a lot in how long they take.
        DispatchQueue.concurrentPerform(iterations: max(1, min(workers, count))) { _ in
            while let index = results.next() {
                do { results.set(index, .success(try body(index))) } catch { results.set(index, .failure(error)) }
            }
        }
        return try results.values()
    }

    /// Starts `body` on a thread of its own, beside whatever the caller does next; `value()` waits
    /// for its result.
    static func background<Value: Sendable>(_ body: @escaping @Sendable () throws -> Value) -> Pending<Value> {
        let pending = Pending<Value>()
        DispatchQueue.global().async { pending.set(Swift.Result { try body() }) }
        return pending
    }

    /// The result of work started by `background`.
    final class Pending<Value: Sendable>: @unchecked Sendable {
        private var result: Swift.Result<Value, any Error>?
        private let done = DispatchSemaphore(value: 0)
        private let lock = NSLock()

        fileprivate func set(_ result: Swift.Result<Value, any Error>) {
            lock.withLock { self.result = result }
            done.signal()
        }

        /// Waits for the work to end; its value, or the error it threw. Call it once.
        func value() throws -> Value {
            done.wait()
            return try lock.withLock {
                guard let result else { throw CancellationError() }
                return try result.get()
            }
        }
    }

    private final class Results<Value: Sendable>: @unchecked Sendable {
        private var slots: [Swift.Result<Value, any Error>?]
        private let lock = NSLock()
        private var failed = false
        private var handedOut = 0

        init(count: Int) { slots = Array(repeating: nil, count: count) }

        /// The next item to work on; nil when all are handed out or one failed (its error is what
        /// the caller sees).
        func next() -> Int? {
            lock.withLock {
                guard !failed, handedOut < slots.count else { return nil }
                handedOut += 1
                return handedOut - 1
            }
        }

        func set(_ index: Int, _ value: Swift.Result<Value, any Error>) {
            lock.withLock {
                slots[index] = value
                if case .failure = value { failed = true }
            }
        }

        func values() throws -> [Value] {
            try lock.withLock {
                // The first failure in the items' order, so the error is deterministic too.
                try slots.compactMap { $0 }.map { try $0.get() }
            }
        }
    }
}
