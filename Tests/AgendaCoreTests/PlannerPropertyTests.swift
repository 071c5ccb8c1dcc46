import AgendaModules
import AgendaSynthetic
import Foundation
import Testing

@testable import AgendaCore
@testable import AgendaSolver

/// Property tests of the planner on thousands of small generated agendas
/// (`SyntheticAgenda`, 2–3 municipalities, 6–9 actions, 2–3 years, 0–1 districts, varied by seed),
/// once with the allocation key stripped and once with it.
///
/// What the properties mean:
/// - **Valid plans**: `Planner.plan` never throws. It runs the independent `PlanVerifier` on every
///   plan, so a throw is either a plan that breaks a rule (`VerificationFailure`) or the planner
///   giving up (`FloorLimitation`); either is recorded with its seed and parameters, together with
///   what the enumeration says (the best plan's score, or that no plan exists, in which case the
///   planner should have answered `infeasible`).
/// - **Exact against enumeration**: the agendas are small enough to try every set of actions that
///   keeps the fixed statuses (`committed`/`running` must be funded, `stopped`/`dropped` never),
///   `requires` and `excludes`. The best payable set's score is the optimum, and the plan must keep
///   `objective ≤ optimum ≤ bound`; a plan called `optimal` must score exactly the optimum; when no
///   set is payable the plan must be `infeasible`.
///   - Without the key, a set is payable exactly when a max flow from the sources' budgets to the
///     actions' yearly costs saturates every cost (`PaymentState.fund`), which is exact in whole
///     euros.
///   - With the key, payability also needs each municipality's floors; it is decided by the linear
///     program of `PlanningModel` with every decision fixed to the set and every cost 0. That LP pays
///     fractions of euros, so it can call payable a set that whole euros cannot pay: the planner may
///     then end below the LP optimum, but only with a status other than `optimal` (a plan called
///     optimal below the LP optimum is a real failure).
///   - The floors change the optimum (against the flow, which ignores them) on about a third of
///     these agendas, so the key's oracle is exercised and is not a copy of the flow's.
/// - **Nearly always optimal**: of the agendas that have a valid plan, at least 95% get a plan
///   proven `optimal`. The chunk that completes a variant prints the real figures (agendas planned,
///   thrown, optimal, feasible, infeasible, below the oracle) and every failure.
/// - **Deterministic**: planning the same agenda twice gives byte-identical JSON.
///
/// Each test takes one chunk of seeds, so Swift Testing runs the chunks in parallel.
@Suite struct PlannerPropertyTests {
    /// Chunks per variant and seeds per chunk: 40 × 25 = 1,000 agendas without the key and 1,000 with.
    static let chunks = 40
    static let seedsPerChunk = 25
    /// The planner of the properties: payments tidied by the quick passes only.
    static let planner = Planner.quickPayments

    // MARK: The properties

    @Test(arguments: 0..<chunks)
    func withoutAllocationKey(chunk: Int) {
        let outcome = Self.run(chunk: chunk, key: false)
        Self.withoutKey.add(outcome, chunks: Self.chunks)
    }

    @Test(arguments: 0..<chunks)
    func withAllocationKey(chunk: Int) {
        let outcome = Self.run(chunk: chunk, key: true)
        Self.withKey.add(outcome, chunks: Self.chunks)
    }

    /// The same agenda planned twice renders to the same JSON, with and without the key.
    @Test(arguments: [UInt64(3), 17, 42, 101, 555])
    func planningIsDeterministic(seed: UInt64) throws {
        for key in [false, true] {
            let parameters = Self.parameters(seed: seed)
            let agenda = try #require(Self.agenda(parameters, key: key))
            let first = try Planner(registry: InstalledModules.registry).plan(agenda)
            let second = try Planner(registry: InstalledModules.registry).plan(agenda)
            let render = { (result: Planner.Result) in
                PlanRendering(
                    agenda: agenda, problem: result.problem, plan: result.plan, scores: result.scores,
                    registry: InstalledModules.registry
                ).rendered(.json)
            }
            let a = render(first)
            let b = render(second)
            #expect(!a.isEmpty)
            #expect(a == b, "seed \(seed) key \(key): two runs render different JSON")
        }
    }

    /// The payability LP (used as the oracle with the key) agrees with the exact max flow on agendas
    /// without the key, where both apply: a check of the oracle itself.
    @Test func linearProgramOracleAgreesWithFlowWithoutKey() throws {
        for seed in UInt64(1)...16 {
            let parameters = Self.parameters(seed: seed)
            let agenda = try #require(Self.agenda(parameters, key: false))
            let (_, problem) = Planner(registry: InstalledModules.registry).problem(for: agenda)
            #expect(problem.fairness == nil)
            let model = PlanningModel(problem: problem)
            for chosen in ExhaustiveSearch.validSets(problem) {
                var state = PaymentState(problem: problem)
                let flow = chosen.isEmpty || state.fund(chosen) != nil
                #expect(flow == ExhaustiveSearch.relaxationPays(chosen, model: model), "seed \(seed): set \(chosen)")
            }
        }
    }

    // MARK: One chunk

    struct Outcome: Sendable {
        /// Agendas generated (and loaded).
        var agendas = 0
        /// Agendas where `plan` returned (did not throw).
        var planned = 0
        var optimal = 0
        var feasible = 0
        var infeasible = 0
        var threw = 0
        /// Agendas where the enumeration found no payable set (no valid plan exists).
        var noPlan = 0
        /// Failed properties, one line each with seed and parameters.
        var failures: [String] = []
        /// Plans below the LP oracle's optimum without claiming optimality (allowed with the key).
        var belowOracle: [String] = []

        mutating func merge(_ other: Outcome) {
            agendas += other.agendas
            planned += other.planned
            optimal += other.optimal
            feasible += other.feasible
            infeasible += other.infeasible
            threw += other.threw
            noPlan += other.noPlan
            failures += other.failures
            belowOracle += other.belowOracle
        }
    }

    static func run(chunk: Int, key: Bool) -> Outcome {
        var outcome = Outcome()
        let first = UInt64(chunk * seedsPerChunk + 1)
        for seed in first..<(first + UInt64(seedsPerChunk)) {
            let parameters = parameters(seed: seed)
            let label =
                "seed \(seed) (municipalities \(parameters.municipalities), actions \(parameters.actions), years "
                + "\(parameters.years), districts \(parameters.districtsPerMunicipality), key \(key))"
            func fail(_ message: String) {
                outcome.failures.append("\(label): \(message)")
                Issue.record("\(label): \(message)")
            }
            guard let agenda = agenda(parameters, key: key) else {
                fail("the generated agenda does not load")
                continue
            }
            outcome.agendas += 1
            let planner = Self.planner
            let result: Planner.Result
            do {
                result = try planner.plan(agenda)
            } catch {
                // Say whether a plan exists at all, to tell a planner that gives up on an infeasible
                // agenda from one that misses a plan.
                outcome.threw += 1
                let problem = planner.problem(for: agenda).problem
                let best = key ? ExhaustiveSearch.best(problem) : ExhaustiveSearch.bestWithoutFloors(problem)
                if best == nil { outcome.noPlan += 1 }
                let exists =
                    best.map { "a plan scoring \($0) exists" }
                    ?? "enumeration proves that no plan exists (expected status infeasible)"
                fail(
                    "plan throws (\(exists)): \(String(describing: error).replacingOccurrences(of: "\n", with: " | "))")
                continue
            }
            outcome.planned += 1
            let plan = result.plan
            let problem = result.problem
            if key && problem.fairness == nil { fail("the allocation key is missing from the problem") }
            if !key && problem.fairness != nil { fail("the allocation key was not stripped") }

            switch plan.status {
            case .optimal: outcome.optimal += 1
            case .feasible: outcome.feasible += 1
            case .infeasible: outcome.infeasible += 1
            }
            // The plan's objective is the score of what it funds.
            let funded = plan.actions.filter(\.funded).reduce(0) { $0 + $1.score.tenThousandths }
            if plan.status != .infeasible && funded != plan.objective.tenThousandths {
                fail("objective \(plan.objective.tenThousandths) is not the funded actions' score \(funded)")
            }

            let best = key ? ExhaustiveSearch.best(problem) : ExhaustiveSearch.bestWithoutFloors(problem)
            let objective = plan.objective.tenThousandths
            let bound = plan.bound.tenThousandths
            guard let best else {
                outcome.noPlan += 1
                if plan.status != .infeasible {
                    fail("enumeration finds no payable set, plan is \(plan.status) with \(objective)")
                }
                continue
            }
            if plan.status == .infeasible {
                fail("plan is infeasible, enumeration finds a payable set scoring \(best)")
                continue
            }
            if bound < best { fail("bound \(bound) below the best payable set \(best)") }
            if objective > best { fail("objective \(objective) above the best payable set \(best)") }
            if plan.status == .optimal && objective != best {
                fail("called optimal with \(objective), the best payable set scores \(best) (bound \(bound))")
            }
            if plan.status != .optimal && objective < best {
                outcome.belowOracle.append("\(label): \(plan.status) \(objective), oracle \(best), bound \(bound)")
            }
        }
        return outcome
    }

    // MARK: Agendas

    /// Sizes varied by seed: municipalities 2–3, actions 6–9, years 2–3, districts 0–1.
    static func parameters(seed: UInt64) -> SyntheticAgenda.Parameters {
        SyntheticAgenda.Parameters(
            municipalities: 2 + Int(seed % 2), actions: 6 + Int((seed / 2) % 4),
            years: 2 + Int((seed / 8) % 2), seed: seed,
            districtsPerMunicipality: Int((seed / 16) % 2))
    }

    static func agenda(_ parameters: SyntheticAgenda.Parameters, key: Bool) -> Agenda? {
        var text = SyntheticAgenda.yaml(parameters)
        if !key {
            text = text.split(separator: "\n", omittingEmptySubsequences: false)
                .filter { !$0.contains("allocation-key") }.joined(separator: "\n")
        }
        let result = AgendaLoader(registry: InstalledModules.registry).load(text: text, displayPath: "synthetic.yaml")
        guard !result.hasErrors else { return nil }
        return result.agenda
    }

    // MARK: Totals across chunks

    static let withoutKey = Tally(name: "without allocation key")
    static let withKey = Tally(name: "with allocation key")

    /// Adds up the chunks; the chunk that completes the set checks and prints the totals.
    final class Tally: @unchecked Sendable {
        let name: String
        private let lock = NSLock()
        private var total = Outcome()
        private var finished = 0

        init(name: String) { self.name = name }

        func add(_ outcome: Outcome, chunks: Int) {
            lock.lock()
            total.merge(outcome)
            finished += 1
            let complete = finished == chunks
            let snapshot = total
            lock.unlock()
            guard complete else { return }
            let agendas = snapshot.agendas
            let withPlan = agendas - snapshot.noPlan
            print(
                """
                PlannerPropertyTests \(name): \(agendas) agendas, \(snapshot.planned) planned, \
                \(snapshot.threw) threw; \
                \(snapshot.optimal) optimal, \(snapshot.feasible) feasible, \(snapshot.infeasible) infeasible; \
                \(snapshot.noPlan) without any valid plan by enumeration; \
                \(snapshot.failures.count) failed properties; \
                \(snapshot.belowOracle.count) below the oracle without claiming optimality
                """)
            for line in snapshot.belowOracle { print("  below oracle: \(line)") }
            for line in snapshot.failures { print("  FAILED: \(line)") }
            #expect(agendas == chunks * PlannerPropertyTests.seedsPerChunk, "\(name): only \(agendas) agendas loaded")
            // Nearly every agenda that has a plan gets a proven optimal one.
            #expect(
                Double(snapshot.optimal) >= 0.95 * Double(withPlan),
                "\(name): only \(snapshot.optimal) of \(withPlan) plans proven optimal")
        }
    }
}
