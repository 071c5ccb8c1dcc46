import AgendaModules
import TestSupport
import Testing

@testable import AgendaCore

/// Reasons that name their cause (issue 15): the euros short per year and source, or the other
/// action, in the agenda's language.
@Suite struct UnfundedReasonTests {
    static func plan(_ text: String) throws -> (Plan, PlanRendering) {
        let agenda = try PlannerTests.load(text)
        let result = try Planner(registry: InstalledModules.registry).plan(agenda)
        let rendering = PlanRendering(
            agenda: agenda, problem: result.problem, plan: result.plan, scores: result.scores,
            registry: InstalledModules.registry)
        return (result.plan, rendering)
    }

    /// 70,000 a year of actions and 55,000 of budget: whichever is left out lacks 15,000 a year.
    @Test func theMoneyShortIsNamedPerYearAndSource() throws {
        let (plan, rendering) = try Self.plan(
            Base.with("budget: {2025: 100000, 2026: 100000}", "budget: {2025: 55000, 2026: 55000}"))
        let out = try #require(plan.actions.first { !$0.funded })
        #expect(out.reason == .budget)
        #expect(
            out.cause?.shortfalls == [
                .init(year: 2025, sources: ["wmo"], euros: 15_000), .init(year: 2026, sources: ["wmo"], euros: 15_000),
            ])
        #expect(
            rendering.reasonText(out)
                == "beside the plan's other payments, the money falls short: in 2025 'wmo' has €15,000 too little for "
                + "it; in 2026 'wmo' has €15,000 too little for it")
        let json = rendering.rendered(.json)
        #expect(json.contains(#""kind" : "budget""#) || json.contains(#""kind": "budget""#))
    }

    @Test func anExcludedActionNamesTheOther() throws {
        let (plan, rendering) = try Self.plan(
            Base.with("    lead: ggd\n", "    lead: ggd\n    excludes: [ontmoeting-laak]\n"))
        let out = try #require(plan.actions.first { !$0.funded })
        #expect(out.reason == .excludes)
        let other = try #require(plan.actions.first { $0.funded }).id
        #expect(out.cause?.otherActions == [other])
        #expect(rendering.reasonText(out).contains("'\(other)'"))
    }

    /// Every report carries the agenda's point on the horizon (issue 15).
    @Test func theHorizonIsInEveryReport() throws {
        let (_, rendering) = try Self.plan(
            Base.with("  period: 2025-2026\n", "  period: 2025-2026\n  horizon: Ouderen wonen vitaal thuis\n"))
        for format in [OutputFormat.text, .markdown] {
            #expect(rendering.rendered(format).contains("Point on the horizon: Ouderen wonen vitaal thuis"))
        }
        #expect(rendering.rendered(.html).contains("Point on the horizon: Ouderen wonen vitaal thuis"))
        #expect(rendering.annualPlan().contains("Point on the horizon: Ouderen wonen vitaal thuis"))
        #expect(rendering.rendered(.json).contains("Ouderen wonen vitaal thuis"))
    }
}
