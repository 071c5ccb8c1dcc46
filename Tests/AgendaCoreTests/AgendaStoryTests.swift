import AgendaModules
import Foundation
import TestSupport
import Testing

@testable import AgendaCore

/// Issue 15's changes to what an agenda means: partners' committed euros are money, a negative
/// pilot decides keep-or-drop, and the agenda's status and version travel with every report.
@Suite struct AgendaStoryTests {
    static let example = Repository.path("agendas/example.yaml")

    static func load(_ text: String) -> AgendaLoader.Result {
        AgendaLoader(registry: InstalledModules.registry).load(text: text, displayPath: "agenda.yaml")
    }

    static func exampleText() throws -> String { try String(contentsOfFile: example, encoding: .utf8) }

    // MARK: Partners' euros

    @Test func committedEurosPayOnlyThePartnersOwnActions() throws {
        let agenda = try #require(Self.load(try Self.exampleText()).agenda)
        let commitments = agenda.commitmentSources
        #expect(commitments.map(\.id) == ["commitment:riverside-welfare"])
        let source = try #require(commitments.first)
        #expect(source.budget.entries.map(\.year) == [2025, 2026, 2027, 2028])
        #expect(source.budget.total == 40_000)
        for action in agenda.actions {
            let joins =
                action.lead.value == "riverside-welfare" || action.partners.contains { $0.value == "riverside-welfare" }
            #expect(source.eligibility.pays(action, municipalities: []) == joins, "\(action.id)")
        }
        // The plan spends it only there, and says so.
        let result = try Planner(registry: InstalledModules.registry).plan(agenda)
        for action in result.plan.actions {
            for payment in action.payments where payment.source == source.id {
                let written = try #require(agenda.action(action.id))
                #expect(
                    written.lead.value == "riverside-welfare"
                        || written.partners.contains { $0.value == "riverside-welfare" })
            }
        }
        let rendering = PlanRendering(
            agenda: agenda, problem: result.problem, plan: result.plan, scores: result.scores,
            registry: InstalledModules.registry)
        let commitment = try #require(rendering.summaries.commitments.first { $0.partner == "riverside-welfare" })
        #expect(commitment.hoursPerYear == 800)
        #expect(
            commitment.spent
                == result.plan.actions.flatMap(\.payments).filter { $0.source == source.id }.reduce(0) {
                    $0 + $1.amount
                })
        let text = rendering.rendered(.text)
        #expect(text.contains("Partners' commitments"))
        // Every figure has its source; made-up ones say so where they are shown.
        #expect(text.contains("Sources of the figures\n- Residents aged 75+ (residents-75plus): illustrative"))
        #expect(text.contains("municipality     money  Residents aged 75+ (illustrative)"))
        #expect(text.contains("- commitment:riverside-welfare: the declaration of intent of 'riverside-welfare'"))
    }

    @Test func fundingFromDoesNotShutOutThePartnersOwnEuros() throws {
        // Only the grant may pay the falls prevention, but its own partner's euros still may.
        let text = try Self.exampleText().replacingOccurrences(
            of: "    pilot: {result: positive, year: 2024, note: One trial group in Millbrook}",
            with: "    pilot: {result: positive, year: 2024, note: One trial group in Millbrook}\n"
                + "    funding-from: [prevention-grant]")
        let agenda = try #require(Self.load(text).agenda)
        let scores = ScoringEngine(registry: InstalledModules.registry).score(agenda)
        let problem = ProblemCompiler.compile(agenda, scores: scores)
        let index = try #require(problem.actions.firstIndex { $0.id == "falls-prevention" })
        let payers = problem.actions[index].eligibleSources.map { problem.sources[$0].id }
        #expect(payers == ["prevention-grant", "commitment:riverside-welfare"])
    }

    @Test func aComparisonShowsWhatEachPlanSpendsOfThePartnersEuros() throws {
        let agenda = try #require(Self.load(try Self.exampleText()).agenda)
        let planner = Planner(registry: InstalledModules.registry)
        let comparison = try ScenarioComparison.run(
            agenda: agenda, scenarios: agenda.scenarios.map(\.id), planner: planner)
        let rendering = ComparisonRendering(comparison)
        let table = try #require(rendering.commitmentTable(ReportText(language: .en), LocalNumbers(language: .en)))
        #expect(table.headers.count == 4 + 1 + comparison.variants.count)
        let row = try #require(table.rows.first { $0[0].hasSuffix("(riverside-welfare)") })
        for (column, variant) in ([comparison.baseline] + comparison.variants).enumerated() {
            let spent = variant.plan.actions.flatMap(\.payments).filter { $0.source == "commitment:riverside-welfare" }
            #expect(row[4 + column] == LocalNumbers(language: .en).euros(spent.reduce(0) { $0 + $1.amount }))
        }
        #expect(rendering.report(markdown: false).contains("Partners' commitments"))
        #expect(rendering.report(markdown: false).contains("Agenda: draft · content "))
    }

    // MARK: Negative pilots

    @Test func aNegativePilotKeepsAQuarterOfThePoints() throws {
        let text = try Self.exampleText()
        let negative = text.replacingOccurrences(
            of: "pilot: {result: positive, year: 2024, note: One trial group in Millbrook}",
            with: "pilot: {result: negative, year: 2024}")
        let engine = ScoringEngine(registry: InstalledModules.registry)
        let positiveAgenda = try #require(Self.load(text).agenda)
        let negativeAgenda = try #require(Self.load(negative).agenda)
        let before = try #require(engine.score(positiveAgenda).action("falls-prevention"))
        let after = try #require(engine.score(negativeAgenda).action("falls-prevention"))
        let penalty = try #require(after.contributions.last)
        #expect(penalty.qualifiedRule == "core.negative-pilot")
        let others = after.contributions.dropLast().reduce(Points.zero) { $0 + $1.points }
        #expect(after.score == Points(rounding: others.value * 0.25))
        #expect(after.score < Points(rounding: before.score.value * 0.3))
        #expect(!before.contributions.contains { $0.rule == "negative-pilot" })
    }

    // MARK: Status and version

    @Test func statusAndAdoptionDate() throws {
        let text = try Self.exampleText()
        let adopted = text.replacingOccurrences(
            of: "  coordinator: riverside-welfare",
            with: "  coordinator: riverside-welfare\n  status: adopted\n  adopted-on: 2026-03-12")
        let agenda = try #require(Self.load(adopted).agenda)
        #expect(agenda.header.status == .adopted)
        #expect(agenda.header.adoptedOn?.description == "2026-03-12")
        #expect(VersionLine(agenda: agenda).text.hasPrefix("Agenda: adopted on 2026-03-12 · content "))

        let draftWithDate = text.replacingOccurrences(
            of: "  coordinator: riverside-welfare", with: "  coordinator: riverside-welfare\n  adopted-on: 2026-03-12")
        let errors = Self.load(draftWithDate).diagnostics.filter { $0.severity == .error }.map(\.rendered)
        #expect(
            errors == [
                "agenda.yaml:16:15: error: 'adopted-on' is given, but the agenda's status is draft; write "
                    + "'status: adopted' as well"
            ])
        let noSuchDay = adopted.replacingOccurrences(of: "2026-03-12", with: "2026-02-30")
        #expect(
            Self.load(noSuchDay).diagnostics.map(\.message).contains(
                "'2026-02-30' is not a date for 'adopted-on'; write it as YYYY-MM-DD, e.g. 2026-03-12"))
        let unknown = text.replacingOccurrences(
            of: "  coordinator: riverside-welfare", with: "  coordinator: riverside-welfare\n  status: adoptd")
        #expect(Self.load(unknown).diagnostics.contains { $0.message.contains("did you mean 'adopted'?") })
    }

    @Test func theContentHashFollowsTheBytes() throws {
        let text = try Self.exampleText()
        let first = try #require(Self.load(text).agenda?.contentHash)
        #expect(Self.load(text).agenda?.contentHash == first)
        let changed = try #require(Self.load(text.replacingOccurrences(of: "Riverside", with: "Riversyde")).agenda)
        #expect(changed.contentHash != first)
        #expect(CalendarDate("2024-02-29") != nil)
        #expect(CalendarDate("2025-02-29") == nil)
        #expect(CalendarDate("2025-13-01") == nil)
        #expect(CalendarDate("25-01-01") == nil)
    }
}
