import Foundation

/// `agenda compare`: the agenda's plan without scenario (the baseline) beside the plan of each
/// scenario, and what each scenario changes.
public struct ScenarioComparison: Sendable {
    /// What one scenario changes against the baseline.
    public struct Difference: Sendable {
        /// Funded in the scenario, not in the baseline (agenda order).
        public var entering: [String]
        /// Funded in the baseline, not in the scenario (agenda order).
        public var leaving: [String]
        /// Money per funder, municipality and year that differs, ordered by funder, municipality, year.
        public var moneyMoves: [MoneyMove]
        /// Goals whose funded actions, money or target changes (agenda order).
        public var goals: [GoalChange]
        /// Pillars whose funded actions or money changes.
        public var pillars: [PillarChange]
        /// Source-years whose value of €10,000 more changes (agenda order, then year).
        public var marginalValues: [MarginalChange]
    }

    /// A scenario the planner could not finish (a known limit of its search on large agendas, see
    /// `docs/planner.md`): it is reported, and the other scenarios are still compared.
    public struct Failure: Sendable, Equatable {
        public var scenario: String
        public var message: String
    }

    public var baseline: PlannedVariant
    public var variants: [PlannedVariant]
    /// One per variant, in the same order.
    public var differences: [Difference]
    /// Scenarios without a plan to compare, in the order asked.
    public var failures: [Failure] = []

    /// Plans the agenda and every scenario (each an id or a stack `a+b`) on both cores.
    public static func run(
        agenda: Agenda, scenarios: [String], planner: Planner,
        progress: (@Sendable (String) -> Void)? = nil
    ) throws -> ScenarioComparison {
        // Every scenario is applied first, so a misspelt one fails before any planning.
        let agendas = try scenarios.map { try ScenarioApplier.apply(ScenarioApplier.ids($0), to: agenda) }
        // The baseline is item 0. A scenario that changes only weights leaves every plan and rule as
        // it is, so it re-plans from what the baseline's search proved (`Planner.replan`), after
        // it; the others are planned from scratch alongside the baseline.
        let all = [agenda] + agendas
        let reusing = [false] + scenarios.map { Self.changesOnlyWeights($0, in: agenda) }
        var memory: Planner.SearchMemory?
        var planned = Array(repeating: Swift.Result<PlannedVariant, Planner.FloorLimitation>?.none, count: all.count)
        for phase in [false, true] {
            let indices = all.indices.filter { reusing[$0] == phase }
            guard !indices.isEmpty else { continue }
            let known = memory
            let results = try ParallelWork.map(indices.count) {
                item -> (Swift.Result<PlannedVariant, Planner.FloorLimitation>, Planner.SearchMemory?) in
                let index = indices[item]
                progress?(index == 0 ? "planning the baseline" : "planning scenario \(scenarios[index - 1])")
                do {
                    if index == 0 && reusing.contains(true) {
                        let (result, remembered) = try planner.planRemembering(all[0])
                        return (
                            .success(PlannedVariant(agenda: all[0], result: result, registry: planner.registry)),
                            remembered
                        )
                    }
                    let result =
                        phase ? try planner.replan(all[index], from: known).result : try planner.plan(all[index])
                    return (
                        .success(PlannedVariant(agenda: all[index], result: result, registry: planner.registry)), nil
                    )
                } catch let limitation as Planner.FloorLimitation where index > 0 {
                    return (.failure(limitation), nil)
                }
            }
            for (item, index) in indices.enumerated() {
                planned[index] = results[item].0
                if index == 0 { memory = results[item].1 }
            }
        }
        // Every index was planned in exactly one of the two phases.
        guard case .some(let first) = planned[0] else { throw MissingBaseline() }
        let baseline = try first.get()
        var variants: [PlannedVariant] = []
        var failures: [Failure] = []
        for (index, outcome) in planned.enumerated().dropFirst() {
            switch outcome {
            case nil: continue
            case .success(let variant): variants.append(variant)
            case .failure(let limitation):
                failures.append(Failure(scenario: scenarios[index - 1], message: limitation.description))
            }
        }
        return ScenarioComparison(
            baseline: baseline, variants: variants,
            differences: variants.map { difference(from: baseline, to: $0) }, failures: failures)
    }

    /// The baseline has no plan although every agenda was planned: a bug, never a result to show.
    struct MissingBaseline: Error, CustomStringConvertible {
        var description: String { "internal error: the baseline was not planned (please report this)" }
    }

    public init(
        baseline: PlannedVariant, variants: [PlannedVariant], differences: [Difference], failures: [Failure] = []
    ) {
        self.baseline = baseline
        self.variants = variants
        self.differences = differences
        self.failures = failures
    }

    /// Whether a scenario (an id or a stack `a+b`) changes only weights: no money, sources, drops or
    /// commitments.
    static func changesOnlyWeights(_ scenario: String, in agenda: Agenda) -> Bool {
        ((try? ScenarioApplier.ids(scenario)) ?? []).allSatisfy { id in
            guard let found = agenda.scenarios.first(where: { $0.id == id }) else { return false }
            return found.budget.isEmpty && found.addFunding.isEmpty && found.drop.isEmpty && found.commit.isEmpty
        }
    }

    /// What `to` changes against `from`.
    public static func difference(from base: PlannedVariant, to other: PlannedVariant) -> Difference {
        // A scenario without a plan has nothing to set beside the baseline: its reports say why.
        guard other.hasPlan else {
            return Difference(entering: [], leaving: [], moneyMoves: [], goals: [], pillars: [], marginalValues: [])
        }
        let before = Set(base.funded)
        let after = Set(other.funded)
        // Actions in the agenda's order; a scenario's dropped actions are still in its plan.
        let order = other.plan.actions.map(\.id)
        let entering = order.filter { after.contains($0) && !before.contains($0) }
        let leaving = base.plan.actions.map(\.id).filter { before.contains($0) && !after.contains($0) }

        let oldMoney = base.moneyByFunder()
        let newMoney = other.moneyByFunder()
        let moves = Set(oldMoney.keys).union(newMoney.keys).sorted().compactMap { cell -> MoneyMove? in
            let was = oldMoney[cell] ?? 0
            let now = newMoney[cell] ?? 0
            return was == now ? nil : MoneyMove(cell: cell, baseline: was, scenario: now)
        }

        let oldGoals = Dictionary(base.summaries.goals.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let goals = other.summaries.goals.compactMap { goal -> GoalChange? in
            let was = oldGoals[goal.id]
            let change = GoalChange(
                id: goal.id, title: goal.title, pillar: goal.pillar,
                baselineActions: was?.fundedActions ?? 0, scenarioActions: goal.fundedActions,
                baselineMoney: was?.money ?? 0, scenarioMoney: goal.money,
                baselineReached: was?.targetReached, scenarioReached: goal.targetReached)
            return change.changed ? change : nil
        }
        let oldPillars = Dictionary(
            base.summaries.pillars.map { ($0.pillar, $0) }, uniquingKeysWith: { first, _ in first })
        let pillars = other.summaries.pillars.compactMap { pillar -> PillarChange? in
            let was = oldPillars[pillar.pillar]
            let change = PillarChange(
                pillar: pillar.pillar, baselineActions: was?.fundedActions ?? 0,
                scenarioActions: pillar.fundedActions, baselineMoney: was?.money ?? 0,
                scenarioMoney: pillar.money)
            return change.baselineActions != change.scenarioActions || change.baselineMoney != change.scenarioMoney
                ? change : nil
        }

        func values(_ variant: PlannedVariant) -> [SourceYearKey: Double] {
            Dictionary(
                variant.summaries.marginalValues.map {
                    (SourceYearKey(source: $0.source, year: $0.year), $0.pointsPer10000Euros)
                },
                uniquingKeysWith: { first, _ in first })
        }
        let oldValues = values(base)
        let newValues = values(other)
        // Sources in the scenario's order (it may add sources), then years.
        let keys =
            other.plan.sources.map { SourceYearKey(source: $0.id, year: $0.year) }
            + base.plan.sources.map { SourceYearKey(source: $0.id, year: $0.year) }
        var seen = Set<SourceYearKey>()
        let marginal = keys.filter { seen.insert($0).inserted }.compactMap { key -> MarginalChange? in
            let was = oldValues[key] ?? 0
            let now = newValues[key] ?? 0
            return was == now ? nil : MarginalChange(source: key.source, year: key.year, baseline: was, scenario: now)
        }
        return Difference(
            entering: entering, leaving: leaving, moneyMoves: moves, goals: goals, pillars: pillars,
            marginalValues: marginal)
    }
}

/// A funder's money in a municipality and year, before and after.
public struct MoneyMove: Sendable, Equatable {
    public var cell: MoneyCell
    public var baseline: Int
    public var scenario: Int
    public var change: Int { scenario - baseline }
}

/// A goal's coverage before and after.
public struct GoalChange: Sendable, Equatable {
    public var id: String
    public var title: String
    public var pillar: Pillar
    public var baselineActions: Int
    public var scenarioActions: Int
    public var baselineMoney: Int
    public var scenarioMoney: Int
    /// Whether the goal's target is reached (nil without a measurable target).
    public var baselineReached: Bool?
    public var scenarioReached: Bool?

    var changed: Bool {
        baselineActions != scenarioActions || baselineMoney != scenarioMoney || baselineReached != scenarioReached
    }
}

/// A pillar's funded actions and money before and after.
public struct PillarChange: Sendable, Equatable {
    public var pillar: Pillar
    public var baselineActions: Int
    public var scenarioActions: Int
    public var baselineMoney: Int
    public var scenarioMoney: Int
}

/// What €10,000 more from a source in a year adds, before and after (0 where the budget does not bind).
public struct MarginalChange: Sendable, Equatable {
    public var source: String
    public var year: Int
    public var baseline: Double
    public var scenario: Double
}

struct SourceYearKey: Hashable {
    var source: String
    var year: Int
}
