import Testing

@testable import AgendaSolver

/// The search over whole-euro payments (`IntegralPayments.searchPayments`): what it returns is a
/// payment every rule accepts, and it finds one for the funded sets the relaxation pays.
@Suite struct PaymentSearchTests {
    /// For small random problems with an allocation key, the first 16 funded sets whose relaxation
    /// pays: payments found keep every rule (`SolutionCheck`), and they are found
    /// for nearly all such sets.
    @Test func foundPaymentsKeepEveryRule() {
        var paid = 0
        var found = 0
        for seed in UInt64(1)...40 {
            let problem = RandomProblems.problem(RandomProblems.small(seed: seed, key: true), seed: seed)
            let model = PlanningModel(problem: problem)
            let payments = IntegralPayments(problem: problem, model: model)
            let sets = ExhaustiveSearch.validSets(problem).lazy.filter { set in
                ExhaustiveSearch.paysWithoutFloors(set, problem) && ExhaustiveSearch.relaxationPays(set, model: model)
            }
            for set in sets.prefix(16) {
                paid += 1
                let funded = problem.actions.indices.map { set.contains($0) }
                guard let amounts = payments.searchPayments(funded: funded, limit: IntegralPayments.searchLimit)
                else { continue }
                found += 1
                let broken = Self.brokenRules(amounts, funded: funded, model: model)
                #expect(broken.isEmpty, "seed \(seed), set \(set): \(broken)")
            }
        }
        #expect(paid > 300, "enough funded sets to judge: \(paid)")
        #expect(found * 100 >= paid * 95, "found payments for \(found) of \(paid) funded sets")
    }

    /// Two floors met at their half-euro allowance, with no key money to spare: only an even
    /// number of key euros for the shared action, half of it counting for each municipality, lets
    /// whole euros reach both floors.
    @Test func floorsThatOnlyEvenKeyMoneyMeets() throws {
        let problem = Self.twoFloors()
        let model = PlanningModel(problem: problem)
        let funded = [true, true, true]
        let amounts = try #require(
            IntegralPayments(problem: problem, model: model).searchPayments(funded: funded, limit: 50))
        #expect(Self.brokenRules(amounts, funded: funded, model: model).isEmpty)
        let sharedKey = model.sharesOf[0].filter { model.shares[$0].source == 0 }.reduce(0) { $0 + amounts[$1] }
        #expect(sharedKey % 2 == 0)
    }

    /// Two municipalities whose floors ask for 100 euros of key money each (100.5, less the half
    /// euro a plan may lose), and 200 euros of key money: a shared action of 101 euros (its key
    /// money counting half for each), and one action of 100 euros in each municipality. Another
    /// source pays the rest.
    static func twoFloors() -> PlanningProblem {
        let sources = [
            PlanningProblem.SourceEntry(id: "key", budget: [200]),
            PlanningProblem.SourceEntry(id: "own", budget: [1_000], sharedByKey: false),
        ]
        let actions = [
            Self.action("shared", [(0, 0.5), (1, 0.5)], cost: 101),
            Self.action("a", [(0, 1)], cost: 100),
            Self.action("b", [(1, 1)], cost: 100),
        ]
        var problem = PlanningProblem(
            name: "two-floors", title: "Two floors", years: [2025], actions: actions, sources: sources,
            municipalities: ["m0", "m1"])
        problem.fairness = PlanningProblem.Fairness(
            indicator: "key", minShare: 0.5, keyShares: [0.5, 0.5], floors: [[100.5], [100.5]])
        return problem
    }

    static func action(_ id: String, _ places: [(Int, Double)], cost: Int) -> PlanningProblem.ActionEntry {
        PlanningProblem.ActionEntry(
            id: id, score: 10_000, costs: [cost], eligibleSources: [0, 1],
            municipalities: places.map { (index: $0.0, weight: $0.1) })
    }

    /// The rules whole-euro payments `amounts` (per share of `model`) break, one line each.
    static func brokenRules(_ amounts: [Int], funded: [Bool], model: PlanningModel) -> [String] {
        SolutionCheck.violations(SolutionCheck.solution(funded: funded, amounts: amounts, model: model), model.problem)
    }
}
