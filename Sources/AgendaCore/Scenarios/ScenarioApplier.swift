/// Applies a scenario on top of an agenda: budget changes, added sources, weights, dropped and
/// committed actions. Scenarios stack: applying `a` then `b` is the scenario `a+b`.
public enum ScenarioApplier {
    /// Why a scenario cannot be applied.
    public enum Problem: Error, Equatable, CustomStringConvertible {
        case unknownScenario(String, suggestion: String?)

        public var description: String {
            switch self {
            case .unknownScenario(let id, let suggestion):
                return "unknown scenario '\(id)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
            }
        }
    }

    /// The agenda with the scenarios named in `ids` applied in order (`a+b` is written `["a", "b"]`).
    public static func apply(_ ids: [String], to agenda: Agenda) throws(Problem) -> Agenda {
        var result = agenda
        for id in ids {
            guard let scenario = agenda.scenarios.first(where: { $0.id == id }) else {
                throw .unknownScenario(id, suggestion: Suggestions.closest(to: id, in: agenda.scenarios.map(\.id)))
            }
            result = apply(scenario, to: result)
        }
        return result
    }

    /// Splits a stacked scenario argument: `a+b` → `["a", "b"]`.
    public static func ids(_ argument: String?) -> [String] {
        guard let argument, !argument.isEmpty else { return [] }
        return argument.split(separator: "+").map { String($0).trimmingCharacters(in: .whitespaces) }
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
