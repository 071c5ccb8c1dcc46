import AgendaSolver
import Foundation

/// The figures a plan's reports show beyond the plan itself — money per municipality, goal and
/// pillar, whether goals' targets are reached, the marginal value of extra money — computed once,
/// so that the JSON, the text and the Markdown report always agree.
public struct PlanSummaries: Sendable {
    /// The money the plan spends in one municipality, and per unit of the allocation key.
    public struct MunicipalityMoney: Sendable, Equatable {
        public var id: String
        public var name: String
        /// Whole euros: every funded action's payments, split over its municipalities in proportion
        /// to the allocation key (equal shares without one), rounded so that the parts add up.
        public var money: Int
        /// The allocation key indicator's value (the municipality's own, or the sum of its
        /// districts'), or nil without an allocation key or without the figure.
        public var keyValue: Double?
        /// `money / keyValue`, rounded to cents; nil when there is no key value or it is 0.
        public var moneyPerKeyUnit: Double?
    }

    /// A goal's target measured over the whole region with the plan's funded actions.
    public struct TargetMeasure: Sendable, Equatable {
        public var indicator: String
        public var bound: Target.Bound
        public var per: String?
        public var perAmount: Double
        /// The region's value (per `perAmount` of `per`, when given); nil when not measurable.
        public var value: Double?
        /// Whether `value` meets the bound; nil when not measurable.
        public var reached: Bool?
    }

    /// What the plan does for one goal.
    public struct GoalFigures: Sendable, Equatable {
        public var id: String
        public var title: String
        public var pillar: Pillar
        /// Funded actions that name the goal.
        public var fundedActions: Int
        /// Their payments, whole euros (an action serving two goals counts fully for both).
        public var money: Int
        /// The goal's target, if it has one.
        public var target: TargetMeasure?

        /// true or false when the target can be measured, nil otherwise (or without a target).
        public var targetReached: Bool? { target?.reached }
    }

    /// What the plan does for one pillar.
    public struct PillarFigures: Sendable, Equatable {
        public var pillar: Pillar
        public var fundedActions: Int
        public var money: Int
    }

    /// What €10,000 more from a source in a year would add to the objective (where the budget binds).
    public struct MarginalValue: Sendable, Equatable {
        public var source: String
        public var year: Int
        /// `shadow_price × 10,000`, rounded to six decimals.
        public var pointsPer10000Euros: Double
    }

    /// The allocation key's indicator, if the agenda has one.
    public var keyIndicator: String?
    /// Every municipality, in the region's order.
    public var municipalities: [MunicipalityMoney]
    /// Every goal, in the agenda's order.
    public var goals: [GoalFigures]
    /// The three pillars, in the order `content`, `organisation`, `funding`.
    public var pillars: [PillarFigures]
    /// The source-years with a positive shadow price, in the plan's order.
    public var marginalValues: [MarginalValue]
    /// All payments of the plan, whole euros.
    public var totalMoney: Int
    /// Funded actions.
    public var fundedCount: Int
    /// The partners' commitments and what the plan spends of their euros.
    public var commitments: [PartnerCommitment]

    /// `regional`: for the part of a plan (`Plan.focused`), the whole plan, whose funded actions
    /// measure the goals' targets (a target is the region's); nil when `plan` is the whole plan.
    public init(agenda: Agenda, problem: PlanningProblem, plan: Plan, registry: ModuleRegistry, regional: Plan? = nil) {
        let funded = plan.actions.filter(\.funded)
        let moneyByAction = Dictionary(
            funded.map { ($0.id, $0.payments.reduce(0) { $0 + $1.amount }) },
            uniquingKeysWith: { first, _ in first })
        totalMoney = moneyByAction.values.reduce(0, +)
        fundedCount = funded.count
        commitments = PartnerCommitment.all(in: agenda, plan: plan)

        // Municipalities: split each action's money over its places, exactly.
        let key = agenda.planning.allocationKey?.indicator.value ?? problem.fairness?.indicator
        keyIndicator = key
        var perMunicipality = Array(repeating: 0, count: problem.municipalities.count)
        let problemActions = Dictionary(problem.actions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for outcome in funded {
            guard let entry = problemActions[outcome.id], let money = moneyByAction[outcome.id], money > 0 else {
                continue
            }
            let valid = entry.municipalities.filter { perMunicipality.indices.contains($0.index) }
            for (index, part) in zip(valid.map(\.index), Self.split(money, weights: valid.map(\.weight))) {
                perMunicipality[index] += part
            }
        }
        let shown = problem.municipalities.enumerated().filter {
            plan.focus == nil || $0.element == plan.focus?.municipality
        }
        municipalities = shown.map { index, id in
            let municipality = agenda.region.municipality(id)
            let keyValue = key.flatMap { key in municipality.flatMap { Self.value(of: key, in: $0) } }
            let perUnit = keyValue.flatMap {
                $0 > 0 ? (Double(perMunicipality[index]) / $0 * 100).rounded() / 100 : nil
            }
            return MunicipalityMoney(
                id: id, name: municipality?.name ?? id, money: perMunicipality[index],
                keyValue: keyValue, moneyPerKeyUnit: perUnit)
        }

        // Goals and pillars.
        let fundedActions = funded.compactMap { agenda.action($0.id) }
        let regionalFunded = (regional ?? plan).actions.filter(\.funded).compactMap { agenda.action($0.id) }
        goals = agenda.goals.map { goal in
            let serving = fundedActions.filter { $0.goals.contains { $0.value == goal.id } }
            return GoalFigures(
                id: goal.id, title: goal.title, pillar: goal.pillar, fundedActions: serving.count,
                money: serving.reduce(0) { $0 + (moneyByAction[$1.id] ?? 0) },
                target: goal.target.map { Self.measure($0, agenda: agenda, funded: regionalFunded, registry: registry) }
            )
        }
        pillars = Pillar.allCases.map { pillar in
            let inPillar = fundedActions.filter { $0.pillar == pillar }
            return PillarFigures(
                pillar: pillar, fundedActions: inPillar.count,
                money: inPillar.reduce(0) { $0 + (moneyByAction[$1.id] ?? 0) })
        }

        marginalValues = plan.sources.filter { $0.shadowPrice > 0 && $0.shadowPrice.isFinite }.map {
            MarginalValue(
                source: $0.id, year: $0.year, pointsPer10000Euros: ($0.shadowPrice * 10_000 * 1e6).rounded() / 1e6)
        }
    }

    // MARK: Helpers

    /// `total` split in proportion to `weights`, in whole euros that add up to `total`
    /// (largest remainders first; ties go to the earlier place).
    static func split(_ total: Int, weights: [Double]) -> [Int] {
        guard !weights.isEmpty else { return [] }
        let sum = weights.reduce(0, +)
        let shares = sum > 0 ? weights.map { $0 / sum } : weights.map { _ in 1 / Double(weights.count) }
        let exact = shares.map { $0 * Double(total) }
        var parts = exact.map { Int($0.rounded(.down)) }
        var left = total - parts.reduce(0, +)
        let order = exact.indices.sorted { a, b in
            let ra = exact[a] - Double(parts[a])
            let rb = exact[b] - Double(parts[b])
            return ra != rb ? ra > rb : a < b
        }
        var position = 0
        while left > 0 {
            parts[order[position % order.count]] += 1
            left -= 1
            position += 1
        }
        return parts
    }

    /// A municipality's value of an indicator: its own, or else the sum over the districts that give
    /// it; nil when neither gives it.
    static func value(of indicator: String, in municipality: Municipality) -> Double? {
        if let own = municipality.indicator(indicator) { return own }
        let values = municipality.districts.compactMap { $0.indicator(indicator) }
        return values.isEmpty ? nil : values.reduce(0, +)
    }

    /// The region's value of an indicator, plus what the funded actions add to it through module
    /// fields that declare `addsTo`; nil when a municipality has no figure for it.
    static func regionValue(of indicator: String, agenda: Agenda, funded: [Action], registry: ModuleRegistry) -> Double?
    {
        var total = 0.0
        for municipality in agenda.region.municipalities {
            guard let value = value(of: indicator, in: municipality) else { return nil }
            total += value
        }
        for action in funded {
            for addition in TargetMeasurement.additions(by: action, registry: registry)
            where addition.indicator == indicator {
                total += addition.amount
            }
        }
        return total
    }

    /// Measures a target over the whole region: not measurable for share indicators, undefined
    /// indicators or missing figures.
    static func measure(_ target: Target, agenda: Agenda, funded: [Action], registry: ModuleRegistry) -> TargetMeasure {
        let outcome = TargetMeasurement.measure(target, agenda: agenda) {
            regionValue(of: $0, agenda: agenda, funded: funded, registry: registry)
        }
        return TargetMeasure(
            indicator: target.indicator.value, bound: target.bound, per: target.per?.value,
            perAmount: target.perAmount, value: outcome.value, reached: outcome.reached)
    }
}
