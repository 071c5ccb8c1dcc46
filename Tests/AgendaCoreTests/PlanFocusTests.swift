import AgendaModules
import Foundation
import Testing

@testable import AgendaCore

/// `--municipality` and `--district`: the part of the regional plan that touches one place.
@Suite struct PlanFocusTests {
    static func rendering(_ focus: PlanFocus) throws -> PlanRendering {
        let planned = try AnnualPlanTests.haaglanden.get()
        return PlanRendering(
            agenda: planned.agenda, problem: planned.result.problem, plan: planned.result.plan,
            scores: planned.result.scores, registry: InstalledModules.registry, focus: focus)
    }

    @Test func aMunicipalityShowsExactlyTheActionsThatWorkThere() throws {
        let planned = try AnnualPlanTests.haaglanden.get()
        let focus = try PlanFocus.municipality("delft", in: planned.agenda.region)
        let rendering = try Self.rendering(focus)
        let shown = Set(rendering.plan.actions.map(\.id))
        for action in planned.agenda.actions {
            let works = action.municipalityIDs(in: planned.agenda.region).contains("delft")
            #expect(shown.contains(action.id) == works, "\(action.id)")
        }
        // The region's plan: same objective, and every shown action decided as in the whole plan.
        #expect(rendering.plan.objective == planned.result.plan.objective)
        for action in rendering.plan.actions { #expect(planned.result.plan.action(action.id) == action) }
        let paying = Set(rendering.plan.actions.flatMap { $0.payments.map(\.source) })
        #expect(Set(rendering.plan.sources.map(\.id)) == paying)
        #expect(rendering.summaries.municipalities.map(\.id) == ["delft"])
        #expect(
            rendering.summaries.totalMoney
                == rendering.plan.actions.reduce(0) { $0 + $1.payments.reduce(0) { $0 + $1.amount } })
    }

    @Test func aDistrictShowsItsOwnAndTheWholeMunicipalitysActions() throws {
        let planned = try AnnualPlanTests.haaglanden.get()
        let focus = try PlanFocus.district("den-haag/laak", in: planned.agenda.region)
        #expect(try PlanFocus.district("laak", in: planned.agenda.region) == focus)
        let rendering = try Self.rendering(focus)
        for action in planned.agenda.actions {
            let touches = action.places.contains { place in
                switch place.kind {
                case .everywhere, .municipality("den-haag"), .district("den-haag", "laak"): return true
                default: return false
                }
            }
            #expect(rendering.plan.actions.contains { $0.id == action.id } == touches, "\(action.id)")
        }
        let text = rendering.rendered(.text)
        #expect(text.contains("— Laak (Den Haag)"))
        #expect(text.contains("Deel van het regionale plan: de \(rendering.plan.actions.count) van zijn 42 acties"))
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(rendering.rendered(.json).utf8)) as? [String: Any])
        let place = try #require(json["focus"] as? [String: Any])
        #expect(place["district"] as? String == "laak")
        #expect(place["actions_in_plan"] as? Int == 42)
        #expect(json["payments_summary"] is NSNull, "the count of payments is the region's")
        #expect(rendering.annualPlan().contains("Deel van het regionale plan"))
    }

    @Test func unknownPlacesSuggestTheClosest() throws {
        let region = try AnnualPlanTests.haaglanden.get().agenda.region
        #expect(throws: PlanFocus.Problem.unknownMunicipality("delf", suggestion: "delft")) {
            try PlanFocus.municipality("delf", in: region)
        }
        #expect(throws: PlanFocus.Problem.unknownDistrict("den-haag/lak", suggestion: "den-haag/laak")) {
            try PlanFocus.district("den-haag/lak", in: region)
        }
        #expect(
            PlanFocus.Problem.unknownDistrict("x", suggestion: nil).description
                == "unknown district 'x' (write it as municipality/district)")
    }
}
