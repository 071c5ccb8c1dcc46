import AgendaModules
import Foundation
import TestSupport
import Testing

@testable import AgendaCore

/// Payments a funder would make (issue 15), seen from the agenda: the summary in every plan, the
/// `min-payment` rule kept by the plan and by its verifier.
@Suite struct TidyPaymentsTests {
    /// The base agenda with a second source that may pay everything.
    static let twoSources = Base.with(
        "    budget: {2025: 100000, 2026: 100000}\n",
        "    budget: {2025: 40000, 2026: 40000}\n  - id: fonds\n    funder: Fonds\n    budget: {2025: 40000, 2026: 40000}\n"
    )

    static func plan(_ text: String) throws -> Planner.Result {
        let result = try AgendaFixture(files: ["agenda.yaml": text]).load()
        #expect(!result.hasErrors, "\(result.diagnostics.map(\.rendered))")
        return try Planner(registry: InstalledModules.registry).plan(try #require(result.agenda))
    }

    /// The summary counts what the plan's payments show, recounted here from the actions.
    @Test func theSummaryCountsThePayments() throws {
        let plan = try Self.plan(Self.twoSources).plan
        let summary = try #require(plan.paymentsSummary)
        let payments = plan.actions.flatMap(\.payments)
        var sources: [String: Set<String>] = [:]
        for action in plan.actions {
            for payment in action.payments {
                sources["\(action.id) \(payment.year)", default: []].insert(payment.source)
            }
        }
        #expect(summary.payments == payments.count)
        #expect(summary.actionYears == sources.count)
        #expect(summary.splitActionYears == sources.values.filter { $0.count > 1 }.count)
        #expect(summary.paymentsUnder1000 == payments.filter { $0.amount < 1_000 }.count)
        // 70,000 a year from two sources of 40,000: one action-year a year must be split, by the
        // round amounts of the costs.
        #expect(summary.payments == 6)
        #expect(summary.fewestProven)
        #expect(payments.allSatisfy { $0.amount % 10_000 == 0 }, "\(payments)")
    }

    @Test func theSummaryIsInTheJSON() throws {
        let result = try Self.plan(Self.twoSources)
        let agenda = try #require(try AgendaFixture(files: ["agenda.yaml": Self.twoSources]).load().agenda)
        let json = PlanRendering(
            agenda: agenda, problem: result.problem, plan: result.plan, scores: result.scores,
            registry: InstalledModules.registry
        ).rendered(.json)
        #expect(json.contains(#""payments_summary""#))
        #expect(json.contains(#""payments_lower_bound" : 6"#) || json.contains(#""payments_lower_bound": 6"#))
    }

    /// A source whose `min-payment` is above an action's cost never pays it; above what its
    /// `max-share` allows, never either.
    @Test func aMinimumPaymentIsKept() throws {
        let text = Self.twoSources.replacingOccurrences(
            of: "    funder: Fonds\n", with: "    funder: Fonds\n    min-payment: 25000\n")
        let plan = try Self.plan(text).plan
        let fromFonds = plan.actions.flatMap(\.payments).filter { $0.source == "fonds" }
        #expect(!fromFonds.isEmpty)
        #expect(fromFonds.allSatisfy { $0.amount >= 25_000 }, "\(fromFonds)")
    }

    @Test func theVerifierRefusesAPaymentBelowTheMinimum() throws {
        let result = try Self.plan(Self.twoSources)
        var agenda = try #require(try AgendaFixture(files: ["agenda.yaml": Self.twoSources]).load().agenda)
        agenda.planning.minPayment = 45_000
        let violations = PlanVerifier(agenda: agenda, scores: result.scores).verify(result.plan)
        #expect(violations.contains { $0.code == "under-min-payment" }, "\(violations)")
    }

    /// The payments and their proven bound against CBC on the fewest-payments programme of the
    /// same funded actions (`Planner.paymentsMPS`): no plan has fewer payments than the bound, the
    /// plan has no fewer than CBC's optimum (its euros are whole, the programme's continuous), and
    /// a count the planner calls the fewest is CBC's.
    @Test(.enabled(if: ReferenceSolver.cbc != nil, "needs cbc (Debian coinor-cbc)"), arguments: Array(1...12))
    func paymentsAgainstCBC(seed: UInt64) throws {
        let agenda = try #require(
            PlannerPropertyTests.agenda(PlannerPropertyTests.parameters(seed: seed), key: seed % 2 == 0))
        try Self.checkAgainstCBC(try Planner(registry: InstalledModules.registry).plan(agenda), "seed \(seed)")
    }

    @Test(.enabled(if: ReferenceSolver.cbc != nil, "needs cbc (Debian coinor-cbc)"))
    func partnersPaymentsAgainstCBC() throws {
        let loaded = AgendaLoader(registry: InstalledModules.registry).load(
            path: Repository.path("agendas/partners/agenda.yaml"))
        let agenda = try #require(loaded.agenda)
        let result = try Planner(registry: loaded.registry).plan(agenda)
        try Self.checkAgainstCBC(result, "partners")
        // CBC proves 22 the fewest for the partners' funded actions; the planner finds them, and
        // proves them the fewest by searching year by year.
        #expect(result.plan.paymentsSummary?.payments == 22)
        #expect(result.plan.paymentsSummary?.fewestProven == true)
    }

    static func checkAgainstCBC(_ result: Planner.Result, _ label: String) throws {
        guard let summary = result.plan.paymentsSummary, summary.payments > 0 else { return }
        let fewest = try #require(try ReferenceSolver.optimum(ofMPS: Planner.paymentsMPS(for: result), maximise: false))
        let optimum = Int(fewest.rounded())
        #expect(summary.payments >= optimum, "\(label)")
        if let bound = summary.lowerBound {
            #expect(bound <= optimum, "\(label): the bound holds")
            if bound == summary.payments { #expect(optimum == summary.payments, "\(label): proven fewest") }
        }
    }
}
