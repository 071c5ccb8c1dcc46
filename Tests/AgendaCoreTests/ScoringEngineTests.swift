import AgendaModules
import FixtureHousingModule
import Foundation
import TestSupport
import Testing

@testable import AgendaCore

/// Scores: sums, weights, normalisation, determinism, and faulty rules kept in their box.
@Suite struct ScoringEngineTests {
    static func scores(_ text: String, scenario: String? = nil, registry: ModuleRegistry = InstalledModules.registry)
        throws -> ScoreReport
    {
        let result = try AgendaFixture(files: ["agenda.yaml": text]).load(registry: registry)
        #expect(!result.hasErrors, "\(result.diagnostics.map(\.rendered))")
        let agenda = try ScenarioApplier.apply(ScenarioApplier.ids(scenario), to: try #require(result.agenda))
        return ScoringEngine(registry: registry).score(agenda)
    }

    @Test func scoreIsTheSumOfItsContributions() throws {
        let report = try Self.scores(Base.text)
        for action in report.actions {
            #expect(action.score == action.contributions.reduce(.zero) { $0 + $1.points })
            let printed = action.contributions.map { Decimal(string: $0.points.description)! }.reduce(0, +)
            #expect(printed == Decimal(string: action.score.description)!)
        }
    }

    @Test func coreAndDomainRulesBothContribute() throws {
        let report = try Self.scores(Base.text)
        let action = try #require(report.action("ontmoeting-laak"))
        let modules = Set(action.contributions.map(\.module))
        #expect(modules == ["core", "welfare"])
        #expect(action.contributions.first?.moduleVersion == "1.0.0")
    }

    @Test func evidenceContributionFollowsTheWeights() throws {
        // Core group: 6 rules of weight 1, scale 5; evidence effective-strong = 1.0 → 5 × 1/6 = 0.8333.
        let text = Base.with("    partners: [ggd]", "    partners: [ggd]\n    evidence: effective-strong")
        let contribution = try #require(
            try Self.scores(text).action("ontmoeting-laak")?.contributions.first { $0.qualifiedRule == "core.evidence" }
        )
        #expect(contribution.normalised == 1)
        #expect(contribution.points == Points(tenThousandths: 8333))
    }

    @Test func planningWeightsMultiply() throws {
        let text =
            Base.with("    partners: [ggd]", "    partners: [ggd]\n    evidence: effective-strong")
            + "planning:\n  weights:\n    pillars: {content: 2}\n    rules: {core.evidence: 4}\n"
        let contribution = try #require(
            try Self.scores(text).action("ontmoeting-laak")?.contributions.first { $0.qualifiedRule == "core.evidence" }
        )
        // 5 × pillar 2 × rule 4 / group total (5 others + 4 = 9) = 4.4444.
        let expected: Double = 5.0 * 2.0 * 4.0 / 9.0
        #expect(contribution.weight.total == expected)
        #expect(contribution.points == Points(tenThousandths: 44444))
    }

    @Test func scenarioWeightsOverrideThePlanning() throws {
        let text =
            Base.text + """
                planning:
                  weights: {domains: {welfare: 1}}
                scenarios:
                  - {id: welzijn-eerst, title: Welzijn eerst, weights: {domains: {welfare: 3}}}

                """
        let base = try #require(try Self.scores(text).action("ontmoeting-laak"))
        let scenario = try #require(try Self.scores(text, scenario: "welzijn-eerst").action("ontmoeting-laak"))
        for (a, b) in zip(base.contributions, scenario.contributions) where a.module == "welfare" {
            #expect(b.weight.group == 3 && a.weight.group == 1)
        }
        #expect(scenario.score > base.score)
    }

    @Test func relativeRulesGiveTheBestActionOne() throws {
        let text = Base.with(
            "goals:\n  - {id: ontmoeting, pillar: content, title: Ontmoeting}",
            "goals:\n  - {id: ontmoeting, pillar: content, title: Ontmoeting, weight: 2}\n  - {id: regie, pillar: "
                + "content, title: Regie}"
        )
        .replacingOccurrences(
            of: "    goals: [ontmoeting]\n    where: [delft]",
            with: "    goals: [ontmoeting, regie]\n    where: [delft]")
        let report = try Self.scores(text)
        let best = try #require(
            report.action("valpreventie")?.contributions.first { $0.qualifiedRule == "core.goal-weight" })
        let other = try #require(
            report.action("ontmoeting-laak")?.contributions.first { $0.qualifiedRule == "core.goal-weight" })
        #expect(best.raw == 3 && best.normalised == 1)
        #expect(other.raw == 2 && abs(other.normalised - 2.0 / 3) < 1e-12)
    }

    @Test func sameInputSameScores() throws {
        let first = try Self.scores(Base.text).actions.map { ($0.id, $0.score, $0.contributions.map(\.points)) }
        let second = try Self.scores(Base.text).actions.map { ($0.id, $0.score, $0.contributions.map(\.points)) }
        #expect(first.map(\.0) == second.map(\.0))
        #expect(first.map(\.1) == second.map(\.1))
        #expect(first.map(\.2) == second.map(\.2))
    }

    /// A rule that returns NaN, infinity or a negative value, or throws, is reported by module and
    /// rule; everything else is scored as usual.
    @Test func faultyRuleIsReportedAndContained() throws {
        let registry = try ModuleRegistry(core: CoreModule(), modules: InstalledModules.modules + [FaultyModule()])
        var text = Base.text
        for reach in 0...4 {
            text += """
                  - id: faulty-\(reach)
                    title: Faulty \(reach)
                    domain: faulty
                    pillar: content
                    goals: [ontmoeting]
                    where: [delft]
                    lead: xtra
                    reach: \(reach)
                    cost: {2025: 1000}

                """
        }
        let report = try Self.scores(text, registry: registry)
        let messages = report.diagnostics.map(\.message)
        #expect(
            messages.contains(
                "rule 'faulty.faulty' of module 'faulty' 9.9.9 failed for action 'faulty-1': it returned NaN; its "
                    + "contribution counts as 0"
            ))
        #expect(
            messages.contains(
                "rule 'faulty.faulty' of module 'faulty' 9.9.9 failed for action 'faulty-2': it returned an infinite "
                    + "value; its contribution counts as 0"
            ))
        #expect(
            messages.contains(
                "rule 'faulty.faulty' of module 'faulty' 9.9.9 failed for action 'faulty-3': it returned a negative "
                    + "value (-1); its contribution counts as 0"
            ))
        #expect(
            messages.contains(
                "rule 'faulty.faulty' of module 'faulty' 9.9.9 failed for action 'faulty-4': it threw an error: the "
                    + "housing register is offline; its contribution counts as 0"
            ))
        #expect(report.diagnostics.count == 4)

        // The failed contributions are 0 and say why; the other rules of those actions still count.
        let failed = try #require(
            report.action("faulty-1")?.contributions.first { $0.qualifiedRule == "faulty.faulty" })
        #expect(failed.points == .zero && failed.failure == "it returned NaN")
        let healthy = try #require(
            report.action("faulty-0")?.contributions.first { $0.qualifiedRule == "faulty.faulty" })
        #expect(healthy.points > .zero)
        for id in ["faulty-1", "faulty-2", "faulty-3", "faulty-4"] {
            let core = try #require(report.action(id)?.contributions.filter { $0.module == "core" })
            let reference = try #require(report.action("faulty-0")?.contributions.filter { $0.module == "core" })
            #expect(core.map(\.points) == reference.map(\.points))
        }
        // Actions of other domains score exactly as without the faulty module.
        let plain = try Self.scores(Base.text)
        for id in ["ontmoeting-laak", "valpreventie"] {
            #expect(report.action(id)?.score == plain.action(id)?.score)
        }
    }

    @Test func everyHaaglandenActionExplainsItsScore() throws {
        let result = AgendaLoader(registry: InstalledModules.registry).load(
            path: Repository.root.appendingPathComponent("agendas/haaglanden/agenda.yaml").path)
        let agenda = try #require(result.agenda)
        for scenario in [[]] + agenda.scenarios.map({ [$0.id] }) {
            let applied = try ScenarioApplier.apply(scenario, to: agenda)
            let report = ScoringEngine(registry: InstalledModules.registry).score(applied)
            #expect(report.diagnostics.isEmpty)
            #expect(report.actions.count == agenda.actions.count)
            for action in report.actions {
                let explained = try #require(
                    ScoreRendering(agenda: applied, report: report).explanation(of: action.id, format: .json))
                let json = try #require(try JSONSerialization.jsonObject(with: Data(explained.utf8)) as? [String: Any])
                let contributions = try #require(json["contributions"] as? [[String: Any]])
                let sum = contributions.map { Decimal(string: "\($0["points"]!)")! }.reduce(0, +)
                #expect(sum == Decimal(string: "\(json["score"]!)")!, "\(action.id)")
                #expect("\(json["score"]!)" == "\(action.score.value)")
                #expect(action.score > .zero)
            }
        }
    }
}
