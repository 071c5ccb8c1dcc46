import AgendaCore
import AgendaModules
import Foundation
import TestSupport
import Testing

/// A recorded plan read back from its JSON compares like the plan itself (`agenda diff` and
/// `agenda replan` compare with recorded plans without planning again).
@Suite struct RecordedPlanTests {
    static func planned(_ path: String, scenario: String? = nil) throws -> (PlannedVariant, String) {
        let loaded = AgendaLoader(registry: InstalledModules.registry).load(path: path)
        var agenda = try #require(loaded.agenda)
        if let scenario { agenda = try ScenarioApplier.apply([scenario], to: agenda) }
        let result = try Planner(registry: loaded.registry).plan(agenda)
        let json = PlanRendering(
            agenda: agenda, problem: result.problem, plan: result.plan, scores: result.scores,
            registry: loaded.registry
        ).rendered(.json)
        return (PlannedVariant(agenda: agenda, result: result, registry: loaded.registry), json)
    }

    @Test(arguments: [nil, "council-cuts"])
    func aRecordedPlanComparesLikeThePlan(scenario: String?) throws {
        let (planned, json) = try Self.planned(Repository.path("agendas/example.yaml"), scenario: scenario)
        let recorded = try RecordedPlan.variant(
            json: Data(json.utf8), agenda: planned.agenda, registry: InstalledModules.registry)
        #expect(recorded.funded == planned.funded)
        #expect(recorded.plan.objective == planned.plan.objective)
        #expect(recorded.plan.status == planned.plan.status)
        #expect(recorded.moneyByFunder() == planned.moneyByFunder())
        #expect(recorded.plan.actions.map(\.payments) == planned.plan.actions.map(\.payments))
        let difference = ScenarioComparison.difference(from: planned, to: recorded)
        #expect(difference.entering.isEmpty && difference.leaving.isEmpty && difference.moneyMoves.isEmpty)
    }

    @Test func aPlanThatIsNotAPlanIsRefused() throws {
        let (planned, json) = try Self.planned(Repository.path("agendas/example.yaml"))
        for broken in ["{}", "[1, 2]", "not json", json.replacingOccurrences(of: "\"objective\"", with: "\"goal\"")] {
            #expect(throws: RecordedPlan.Unreadable.self) {
                try RecordedPlan.variant(
                    json: Data(broken.utf8), agenda: planned.agenda, registry: InstalledModules.registry)
            }
        }
        // An amount that is not a whole number of euros is not a payment of a plan.
        let fractional = json.replacingOccurrences(of: "\"amount\": 35000", with: "\"amount\": 35000.5")
        try #require(fractional != json, "the example's plan pays 35000 somewhere")
        #expect(throws: RecordedPlan.Unreadable.self) {
            try RecordedPlan.variant(
                json: Data(fractional.utf8), agenda: planned.agenda, registry: InstalledModules.registry)
        }
    }
}
