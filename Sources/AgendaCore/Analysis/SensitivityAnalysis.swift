import Foundation

/// `agenda sensitivity`: how much the plan depends on the weights. Each sample multiplies every
/// weight — of each domain, pillar, rule and goal — by its own factor drawn uniformly from
/// `1 ± spread`, re-scores and re-plans. An action's funding probability is the share of samples
/// whose plan funds it.
public struct SensitivityAnalysis: Sendable {
    /// How one action fares over the samples.
    public struct ActionRobustness: Sendable, Equatable {
        public var id: String
        public var title: String
        /// Funded in the plan with the agenda's own weights.
        public var baselineFunded: Bool
        /// Samples whose plan funds it.
        public var fundedSamples: Int
        /// `fundedSamples / samples`.
        public var probability: Double
        public var verdict: Verdict
    }

    /// Robust: the weights hardly matter (funded, or left out, in at least 90% of the samples).
    public enum Verdict: String, Sendable, CaseIterable {
        case robustFunded = "robust-funded"
        case robustUnfunded = "robust-unfunded"
        case fragile
    }

    /// The percentage of samples from which a verdict counts as robust.
    public static let robustPercent = 90

    /// Why an analysis cannot run.
    public enum Problem: Error, Equatable, CustomStringConvertible {
        case badParameter(String)
        public var description: String {
            switch self {
            case .badParameter(let why): return why
            }
        }
    }

    public var samples: Int
    public var spread: Double
    public var seed: UInt64
    public var baseline: PlannedVariant
    /// Every action, in the agenda's order.
    public var actions: [ActionRobustness]
    /// Each sample's objective, in sample order (0 for a sample without a plan).
    public var objectives: [Points]
    /// Samples whose weights left no valid plan (commitments that cannot be met do not depend on
    /// weights, so normally 0).
    public var samplesWithoutPlan: Int
    /// Samples whose plan is proven optimal; the others stopped at the node limit with a valid
    /// plan and a bound (raise `--max-nodes` to prove them).
    public var provenSamples: Int

    /// The weights of one sample: every weight the scoring uses, times `1 ± spread`.
    public static func perturbed(_ agenda: Agenda, scores: ScoreReport, spread: Double, sample: Int, seed: UInt64)
        -> Agenda
    {
        // Each sample has its own stream, so a sample's weights do not depend on which core or in
        // which order samples are drawn.
        var random = SplitMix64(seed: seed &+ 0x9E37_79B9_7F4A_7C15 &* UInt64(sample + 1))
        func factor() -> Double { 1 + spread * (2 * random.unit() - 1) }
        var weights = agenda.planning.weights
        let location = agenda.planning.location ?? agenda.header.location
        // Fixed orders: domains and rules as the scores name them, pillars, then goals.
        var domains: [String] = []
        var rules: [(id: String, weight: Double)] = []
        var seenRules = Set<String>()
        for action in scores.actions {
            for contribution in action.contributions {
                if contribution.module != ModuleRegistry.coreID, !domains.contains(contribution.module) {
                    domains.append(contribution.module)
                }
                if seenRules.insert(contribution.qualifiedRule).inserted {
                    rules.append((contribution.qualifiedRule, contribution.weight.rule))
                }
            }
        }
        for domain in domains {
            weights.domains = Self.setting(
                weights.domains, domain, (weights.domain(domain) ?? 1) * factor(), at: location)
        }
        for pillar in Pillar.allCases { weights.pillars[pillar] = (weights.pillars[pillar] ?? 1) * factor() }
        for rule in rules { weights.rules = Self.setting(weights.rules, rule.id, rule.weight * factor(), at: location) }
        for goal in agenda.goals {
            weights.goals = Self.setting(
                weights.goals, goal.id, (weights.goal(goal.id) ?? goal.weight) * factor(), at: location)
        }
        var result = agenda
        result.planning.weights = weights
        return result
    }

    /// The planner for the agenda's own search, which keeps its proof for the samples: regions
    /// bounded within a margin below the optimum are searched on (`proofMargin`), so that the
    /// samples' shifted scores reopen few of them. The margin is a tenth of the spread, up to 2%:
    /// on Haaglanden at ±20% 1.5% reopened 33 regions in a median sample against 67 without, and
    /// 2% 9; 3% made the agenda's own search take 5,649 nodes instead of 260. Since the samples'
    /// searches got cheaper, 2% took 1,000 samples at ±20% in 5.4–5.9 s against 5.7–6.4 s at
    /// 1.5% (`docs/planner.md`).
    static func remembering(_ planner: Planner, spread: Double) -> Planner {
        var remembering = planner
        remembering.limits.proofMargin = min(0.02, spread * 0.1)
        remembering.limits.factorizesLeaves = true
        return remembering
    }

    private static func setting(
        _ table: [Located<String>: Double], _ id: String, _ value: Double,
        at location: SourceLocation
    ) -> [Located<String>: Double] {
        var table = table.filter { $0.key.value != id }
        table[Located(id, at: location)] = value
        return table
    }

    /// Plans the agenda, then `samples` perturbed copies on both cores. Weights change only scores,
    /// so every sample re-plans from what the agenda's own search proved (`Planner.SearchMemory`).
    /// Samples run in rounds of growing size; after each round the memory learns what its samples
    /// found, in sample order, so a sample's plan depends on the seed alone, never on the cores.
    public static func run(
        agenda: Agenda, samples: Int, spread: Double, seed: UInt64, planner: Planner,
        progress: (@Sendable (String) -> Void)? = nil
    ) throws -> SensitivityAnalysis {
        guard samples >= 1, samples <= 1_000_000 else {
            throw Problem.badParameter("--samples must be between 1 and 1000000, found \(samples)")
        }
        guard spread.isFinite, spread >= 0, spread < 1 else {
            throw Problem.badParameter("--spread must be at least 0 and below 1, found \(spread)")
        }
        let remembering = Self.remembering(planner, spread: spread)
        let searched = try remembering.searchRemembering(agenda, progress: progress)
        // Only the report needs the agenda's own plan with tidy payments: made beside the samples.
        let finishing = ParallelWork.background { try remembering.finish(searched.search, for: agenda) }
        var memory = searched.memory
        let scores = searched.search.scores
        // Samples differ from the agenda in their weights alone: the actions' facts are built once.
        let reweighting = ScoringEngine(registry: planner.registry).reweighting(agenda)
        let done = Counter()
        // The samples' payments and budget prices are never shown: only which actions they fund.
        let sampler = {
            var sampler = planner
            sampler.limits.tidiesPayments = false
            sampler.limits.pricesBudgets = false
            return sampler
        }()
        var outcomes: [(funded: [Bool], objective: Points, status: Plan.Status)] = []
        var round = 8
        while outcomes.count < samples {
            let first = outcomes.count
            let size = min(round, samples - first)
            let known = memory
            let replans = try ParallelWork.map(size) {
                offset -> (
                    funded: [Bool], objective: Points, status: Plan.Status, lessons: Planner.SearchMemory.Lessons
                ) in
                let perturbed = Self.perturbed(
                    agenda, scores: scores, spread: spread, sample: first + offset, seed: seed)
                let replan = try sampler.replan(perturbed, scores: reweighting.score(perturbed), from: known)
                let count = done.increment()
                if count % 50 == 0 { progress?("\(count) of \(samples) samples") }
                let plan = replan.result.plan
                return (plan.actions.map(\.funded), plan.objective, plan.status, replan.lessons)
            }
            memory?.learn(replans.map(\.lessons))
            outcomes += replans.map { ($0.funded, $0.objective, $0.status) }
            // Rounds grow to keep both cores busy, but stay small enough to learn from often.
            round = min(2 * round, 64)
        }
        let base = try finishing.value()
        let baseline = PlannedVariant(agenda: agenda, result: base, registry: planner.registry)
        let actions = base.plan.actions.enumerated().map { index, action -> ActionRobustness in
            let count = outcomes.reduce(0) { $0 + ($1.funded[index] ? 1 : 0) }
            let probability = Double(count) / Double(samples)
            // In whole numbers, so that exactly 90% or 10% is robust.
            let verdict: Verdict =
                count * 100 >= samples * robustPercent
                ? .robustFunded
                : count * 100 <= samples * (100 - robustPercent) ? .robustUnfunded : .fragile
            return ActionRobustness(
                id: action.id, title: base.scores.action(action.id)?.title ?? action.id,
                baselineFunded: action.funded, fundedSamples: count,
                probability: probability, verdict: verdict)
        }
        return SensitivityAnalysis(
            samples: samples, spread: spread, seed: seed, baseline: baseline, actions: actions,
            objectives: outcomes.map(\.objective),
            samplesWithoutPlan: outcomes.count { $0.status == .infeasible },
            provenSamples: outcomes.count { $0.status == .optimal })
    }

    public init(
        samples: Int, spread: Double, seed: UInt64, baseline: PlannedVariant, actions: [ActionRobustness],
        objectives: [Points], samplesWithoutPlan: Int, provenSamples: Int
    ) {
        self.provenSamples = provenSamples
        self.samples = samples
        self.spread = spread
        self.seed = seed
        self.baseline = baseline
        self.actions = actions
        self.objectives = objectives
        self.samplesWithoutPlan = samplesWithoutPlan
    }

    /// The samples' objectives: smallest, median and largest.
    public var objectiveRange: (low: Points, median: Points, high: Points) {
        let sorted = objectives.sorted()
        guard !sorted.isEmpty else { return (.zero, .zero, .zero) }
        return (sorted[0], sorted[sorted.count / 2], sorted[sorted.count - 1])
    }
}

/// A count shared by the cores, for progress messages.
private final class Counter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()
    func increment() -> Int {
        lock.withLock {
            value += 1
            return value
        }
    }
}

extension SplitMix64 {
    /// A number in `[0, 1)` with 53 random bits.
    mutating func unit() -> Double { Double(next() >> 11) * 0x1p-53 }
}
