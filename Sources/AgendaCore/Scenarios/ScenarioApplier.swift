/// Applies a scenario on top of an agenda: budget changes, added sources, weights, dropped and
/// committed actions. Scenarios stack: applying `a` then `b` is the scenario `a+b`.
///
/// A stack is checked as one scenario is by validation: two scenarios may not add the same source,
/// nor may one commit what another drops; and every budget stays within `NumberRange`.
public enum ScenarioApplier {
    /// Why a scenario cannot be applied. Problems in the agenda's own scenarios are located.
    public enum Problem: Error, Equatable, CustomStringConvertible {
        case unknownScenario(String, suggestion: String?)
        /// `""`, `+` or `a+`: a scenario without a name.
        case emptyName(String)
        /// The same scenario twice in one stack.
        case repeated(String)
        /// A located problem of the stacked scenarios' content.
        case conflict(Diagnostic)

        public var description: String {
            switch self {
            case .unknownScenario(let id, let suggestion):
                return "unknown scenario '\(id)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
            case .emptyName(let argument):
                return "'\(argument)' names a scenario without a name; write ids joined by '+', e.g. a+b"
            case .repeated(let id):
                return "scenario '\(id)' is named twice in the stack"
            case .conflict(let diagnostic):
                return diagnostic.message
            }
        }

        /// Where the problem is, when it is in the agenda's files.
        public var diagnostic: Diagnostic? {
            if case .conflict(let diagnostic) = self { return diagnostic }
            return nil
        }
    }

    /// The agenda with the scenarios named in `ids` applied in order (`a+b` is written `["a", "b"]`).
    public static func apply(_ ids: [String], to agenda: Agenda) throws(Problem) -> Agenda {
        var result = agenda
        for (position, id) in ids.enumerated() {
            guard let scenario = agenda.scenarios.first(where: { $0.id == id }) else {
                throw .unknownScenario(id, suggestion: Suggestions.closest(to: id, in: agenda.scenarios.map(\.id)))
            }
            guard !ids[..<position].contains(id) else { throw .repeated(id) }
            try checkStack(scenario, on: result)
            result = apply(scenario, to: result)
            try checkBudgets(result, after: scenario)
        }
        return result
    }

    /// Splits a stacked scenario argument: `a+b` → `["a", "b"]`; nil → none. Every part must
    /// have a name.
    public static func ids(_ argument: String?) throws(Problem) -> [String] {
        guard let argument else { return [] }
        let ids = argument.split(separator: "+", omittingEmptySubsequences: false)
            .map { String($0).trimmingCharacters(in: .whitespaces) }
        guard !ids.contains(where: \.isEmpty) else { throw .emptyName(argument) }
        return ids
    }

    /// The agenda with one scenario applied.
    public static func apply(_ scenario: Scenario, to agenda: Agenda) -> Agenda {
        var result = agenda
        result.funding.append(contentsOf: scenario.addFunding)
        for change in scenario.budget {
            guard let index = result.funding.firstIndex(where: { $0.id == change.source.value }) else { continue }
            result.funding[index].budget = changed(result.funding[index].budget, by: change, period: agenda.period)
        }
        result.planning.weights = merged(result.planning.weights, scenario.weights)
        result.droppedActions.formUnion(scenario.drop.map(\.value))
        let committed = Set(scenario.commit.map(\.value))
        for index in result.actions.indices
        where committed.contains(result.actions[index].id)
            && result.actions[index].status == .proposed
        {
            result.actions[index].status = .committed
        }
        result.appliedScenarios.append(scenario.id)
        return result
    }

    /// What the scenarios applied before `scenario` must not clash with: the sources they added,
    /// the actions they committed and those they dropped.
    static func checkStack(_ scenario: Scenario, on agenda: Agenda) throws(Problem) {
        let earlier = agenda.appliedScenarios.compactMap { id in agenda.scenarios.first { $0.id == id } }
        for source in scenario.addFunding {
            if let first = agenda.funding.first(where: { $0.id == source.id }) {
                throw .conflict(
                    .error(
                        DiagnosticCode.duplicateId,
                        "scenario '\(scenario.id)' adds source '\(source.id)', which the agenda or an earlier "
                            + "scenario of the stack already has",
                        at: source.location, notes: [.init("'\(source.id)' is defined here", at: first.location)]))
            }
        }
        for other in earlier {
            try conflicts(scenario.drop, dropped: scenario, against: other.commit, committed: other)
            try conflicts(other.drop, dropped: other, against: scenario.commit, committed: scenario)
        }
    }

    /// An action one scenario of a stack drops and another commits.
    private static func conflicts(
        _ drops: [Located<String>], dropped: Scenario, against commits: [Located<String>], committed: Scenario
    ) throws(Problem) {
        for drop in drops {
            guard let commit = commits.first(where: { $0.value == drop.value }) else { continue }
            throw .conflict(
                .error(
                    DiagnosticCode.conflictingScenario,
                    "scenario '\(dropped.id)' drops '\(drop.value)', which scenario '\(committed.id)' of the same "
                        + "stack commits",
                    at: drop.location, notes: [.init("'\(committed.id)' commits it here", at: commit.location)]))
        }
    }

    /// Every budget of a year within `NumberRange.maxEuros`, and all of them together within
    /// `NumberRange.maxTotalEuros`, after `scenario`.
    static func checkBudgets(_ agenda: Agenda, after scenario: Scenario) throws(Problem) {
        var total = 0
        for source in agenda.funding {
            for entry in source.budget.entries {
                guard entry.euros <= NumberRange.maxEuros else {
                    let change = scenario.budget.first { $0.source.value == source.id }
                    throw .conflict(
                        .error(
                            DiagnosticCode.outOfRange,
                            "with scenario '\(scenario.id)', the budget of '\(source.id)' in \(entry.year) would be "
                                + "€\(ValueReader.grouped(Double(entry.euros))); a budget may hold at most "
                                + "€\(ValueReader.grouped(Double(NumberRange.maxEuros)))",
                            at: change?.location ?? scenario.location))
                }
                let (sum, overflow) = total.addingReportingOverflow(entry.euros)
                total = overflow ? Int.max : sum
            }
        }
        guard total <= NumberRange.maxTotalEuros else {
            throw .conflict(
                .error(
                    DiagnosticCode.outOfRange,
                    "with scenario '\(scenario.id)', the budgets would add up to "
                        + "€\(ValueReader.grouped(Double(total))); "
                        + "together they may hold at most €\(ValueReader.grouped(Double(NumberRange.maxTotalEuros)))",
                    at: scenario.location))
        }
    }

    static func changed(_ budget: YearlyEuros, by change: BudgetChange, period: YearRange) -> YearlyEuros {
        var entries = budget.entries
        func update(_ year: Int, _ transform: (Int) -> Int, at location: SourceLocation) {
            if let index = entries.firstIndex(where: { $0.year == year }) {
                entries[index].euros = max(0, transform(entries[index].euros))
            } else {
                entries.append(YearAmount(year: year, euros: max(0, transform(0)), location: location))
            }
        }
        switch change.operation {
        case .scale(let factor):
            // Whole euros: scaled amounts are rounded to the nearest euro.
            // Budgets are at most `maxEuros` and factors at most `maxFactor`, so the product fits.
            for index in entries.indices where change.year == nil || entries[index].year == change.year?.value {
                entries[index].euros = Int((Double(entries[index].euros) * factor).rounded())
            }
        case .set(let euros):
            if let year = change.year {
                update(year.value, { _ in euros }, at: change.location)
            } else {
                for year in period.years { update(year, { _ in euros }, at: change.location) }
            }
        case .add(let amounts):
            for amount in amounts.entries { update(amount.year, { $0 + amount.euros }, at: amount.location) }
        }
        return YearlyEuros(entries)
    }

    /// `base` with every weight `override` sets replaced.
    static func merged(_ base: Weights, _ override: Weights) -> Weights {
        func merge<K>(_ a: [K: Double], _ b: [K: Double]) -> [K: Double] { a.merging(b) { _, new in new } }
        func mergeLocated(_ a: [Located<String>: Double], _ b: [Located<String>: Double]) -> [Located<String>: Double] {
            var result = a
            for (key, value) in b {
                if let existing = result.keys.first(where: { $0.value == key.value }) {
                    result.removeValue(forKey: existing)
                }
                result[key] = value
            }
            return result
        }
        return Weights(
            domains: mergeLocated(base.domains, override.domains), pillars: merge(base.pillars, override.pillars),
            rules: mergeLocated(base.rules, override.rules), goals: mergeLocated(base.goals, override.goals))
    }
}

extension Weights {
    /// A weight by id, whatever file and line it was written on.
    func value(_ table: [Located<String>: Double], _ id: String) -> Double? {
        table.first { $0.key.value == id }?.value
    }

    public func domain(_ id: String) -> Double? { value(domains, id) }
    public func rule(_ id: String) -> Double? { value(rules, id) }
    public func goal(_ id: String) -> Double? { value(goals, id) }
}
