import Foundation

/// `agenda sweep`: plans at a range of budget levels of one source (every year scaled by the same
/// factor), giving the value-for-money curve of that source: total score against money.
public struct BudgetSweep: Sendable {
    /// One budget level.
    public struct Step: Sendable {
        /// The factor applied to every yearly budget of the source.
        public var factor: Double
        /// The source's budget over the period at this level, whole euros (before carry-over).
        public var budget: Int
        public var variant: PlannedVariant
        /// What the plan spends in total, over all sources and years.
        public var money: Int { variant.summaries.totalMoney }
        /// What the swept source pays in total.
        public var sourceSpent: Int
        /// Funded here, not at the previous (lower) level with a plan; empty at the first level
        /// with a plan, and at a level without one.
        public var entering: [String]
        /// Funded at the previous level with a plan, not here; empty at a level without a plan.
        public var leaving: [String]
    }

    /// Why a sweep cannot run.
    public enum Problem: Error, Equatable, CustomStringConvertible {
        case unknownSource(String, suggestion: String?)
        case badRange(String)

        public var description: String {
            switch self {
            case .unknownSource(let id, let suggestion):
                return "unknown source '\(id)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
            case .badRange(let why): return why
            }
        }
    }

    public var source: String
    public var steps: [Step]

    /// The factors from `from` to `to` in `steps` equal steps (one step when they are equal).
    public static func factors(from: Double, to: Double, steps: Int) throws(Problem) -> [Double] {
        let most = NumberRange.maxFactor
        for (name, value) in [("--from", from), ("--to", to)] where !(value.isFinite && (0...most).contains(value)) {
            throw .badRange("\(name) is a factor from 0 to \(ValueReader.format(most)), found \(value)")
        }
        guard to >= from else { throw .badRange("--to (\(to)) must not be below --from (\(from))") }
        guard steps >= 1, steps <= 1_000 else { throw .badRange("--steps must be between 1 and 1000, found \(steps)") }
        guard steps > 1 else { return [from] }
        guard to > from else { throw .badRange("--from and --to are equal; use --steps 1 for a single level") }
        // Rounded to millionths so that 0.5 + 0.1 × k prints as the user expects.
        return (0..<steps).map { (((from + (to - from) * Double($0) / Double(steps - 1)) * 1e6).rounded() / 1e6) }
    }

    /// Plans each level on both cores.
    public static func run(
        agenda: Agenda, source: String, factors: [Double], planner: Planner,
        progress: (@Sendable (String) -> Void)? = nil
    ) throws -> BudgetSweep {
        guard let index = agenda.funding.firstIndex(where: { $0.id == source }) else {
            throw Problem.unknownSource(
                source, suggestion: Suggestions.closest(to: source, in: agenda.funding.map(\.id)))
        }
        let original = agenda.funding[index]
        var levels: [Agenda] = []
        for factor in factors {
            var copy = agenda
            let change = BudgetChange(
                source: Located(source, at: original.location), operation: .scale(factor),
                location: original.location)
            copy.funding[index].budget = ScenarioApplier.changed(original.budget, by: change, period: agenda.period)
            try checkBudgets(copy.funding[index], factor: factor, in: copy)
            levels.append(copy)
        }
        let scaled = levels
        let variants = try ParallelWork.map(factors.count) { step -> PlannedVariant in
            progress?("planning at \(factors[step]) × \(source)")
            let result = try planner.plan(scaled[step])
            return PlannedVariant(agenda: scaled[step], result: result, registry: planner.registry)
        }
        var steps: [Step] = []
        // A level without a plan is explained, not compared: the next level with a plan is set
        // beside the last one below it that had a plan.
        var previous: Set<String>?
        for (step, variant) in variants.enumerated() {
            let now = Set(variant.funded)
            let before = variant.hasPlan ? previous ?? now : now
            if variant.hasPlan { previous = now }
            let order = variant.plan.actions.map(\.id)
            let spent = variant.plan.sources.filter { $0.id == source }.reduce(0) { $0 + $1.spent }
            steps.append(
                Step(
                    factor: factors[step], budget: scaled[step].funding[index].budget.total,
                    variant: variant, sourceSpent: spent,
                    entering: order.filter { now.contains($0) && !before.contains($0) },
                    leaving: order.filter { before.contains($0) && !now.contains($0) }))
        }
        return BudgetSweep(source: source, steps: steps)
    }

    /// Every level within `NumberRange`, as a scenario must be: each yearly budget at most
    /// `maxEuros`, and all budgets together at most `maxTotalEuros`.
    private static func checkBudgets(_ source: FundingSource, factor: Double, in agenda: Agenda) throws(Problem) {
        let format = { (euros: Int) in "€" + ValueReader.grouped(Double(euros)) }
        if let entry = source.budget.entries.first(where: { $0.euros > NumberRange.maxEuros }) {
            throw .badRange(
                "at factor \(ValueReader.format(factor)) the budget of '\(source.id)' in \(entry.year) would be "
                    + "\(format(entry.euros)); a budget may hold at most \(format(NumberRange.maxEuros))")
        }
        let total = TotalChecks.total(agenda.funding.flatMap(\.budget.entries))
        guard total <= NumberRange.maxTotalEuros else {
            throw .badRange(
                "at factor \(ValueReader.format(factor)) the budgets would add up to \(format(total)); together they "
                    + "may hold at most \(format(NumberRange.maxTotalEuros))")
        }
    }

    public init(source: String, steps: [Step]) {
        self.source = source
        self.steps = steps
    }
}
