import AgendaModules
import AgendaSynthetic
import Foundation
import TestSupport
import Testing

@testable import AgendaCore

/// `compare`, `sweep` and `sensitivity`: each figure checked against plans made independently.
@Suite struct AnalysisTests {
    /// The planner of every analysis here and of the independent plans it is checked against.
    static let planner = Planner.quickPayments

    /// A generated agenda of 5 municipalities and 18 actions with 8 scenarios (cuts, grants,
    /// weights, drops and commitments), small enough to plan quickly in a debug build.
    static func generated(seed: UInt64 = 3) throws -> Agenda {
        let parameters = SyntheticAgenda.Parameters(
            municipalities: 5, actions: 18, years: 3, seed: seed,
            districtsPerMunicipality: 2, scenarios: 8)
        let result = AgendaLoader(registry: InstalledModules.registry).load(
            text: SyntheticAgenda.yaml(parameters), displayPath: "synthetic.yaml")
        guard !result.hasErrors, let agenda = result.agenda else {
            throw TestFailure(result.diagnostics.map(\.rendered).joined(separator: "\n"))
        }
        return agenda
    }

    struct TestFailure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    // MARK: compare

    @Test func comparisonMatchesIndependentPlans() throws {
        let agenda = try Self.generated()
        let ids = agenda.scenarios.map(\.id) + ["\(agenda.scenarios[0].id)+\(agenda.scenarios[1].id)"]
        let comparison = try ScenarioComparison.run(agenda: agenda, scenarios: ids, planner: Self.planner)
        let base = try Self.planner.plan(agenda).plan
        #expect(comparison.baseline.plan.objective == base.objective)
        #expect(comparison.variants.count == ids.count)
        var changed = 0
        for (index, id) in ids.enumerated() {
            let applied = try ScenarioApplier.apply(ScenarioApplier.ids(id), to: agenda)
            let own = try Self.planner.plan(applied).plan
            let variant = comparison.variants[index]
            let difference = comparison.differences[index]
            #expect(variant.scenario == id)
            #expect(variant.plan.objective == own.objective, "\(id)")
            // A scenario without a plan is explained, not compared.
            guard variant.hasPlan else {
                #expect(own.status == .infeasible && !variant.reasons.isEmpty, "\(id)")
                #expect(difference.leaving.isEmpty && difference.moneyMoves.isEmpty, "\(id)")
                continue
            }
            let before = Set(base.actions.filter(\.funded).map(\.id))
            let after = Set(variant.funded)
            #expect(Set(difference.entering) == after.subtracting(before), "\(id)")
            #expect(Set(difference.leaving) == before.subtracting(after), "\(id)")
            // Money moved adds up to the change in total money, year by year.
            for year in agenda.period.years {
                let moved = difference.moneyMoves.filter { $0.cell.year == year }.reduce(0) { $0 + $1.change }
                let total = { (plan: Plan) in
                    plan.actions.flatMap(\.payments).filter { $0.year == year }.reduce(0) { $0 + $1.amount }
                }
                #expect(moved == total(variant.plan) - total(comparison.baseline.plan), "\(id) \(year)")
            }
            #expect(difference.moneyMoves.allSatisfy { $0.change != 0 })
            #expect(difference.goals.allSatisfy { $0.changed })
            if !difference.entering.isEmpty || !difference.leaving.isEmpty { changed += 1 }
        }
        #expect(changed > 0, "no scenario changed the plan, so the comparison checked little")
    }

    /// Scenarios that change only weights re-plan from the baseline's search: the same plans as
    /// planning them from scratch, with fewer nodes searched.
    @Test func weightScenariosReplanFromTheBaseline() throws {
        let agenda = try Self.generated()
        let weightsOnly = agenda.scenarios.map(\.id).filter { ScenarioComparison.changesOnlyWeights($0, in: agenda) }
        #expect(!weightsOnly.isEmpty)
        #expect(!ScenarioComparison.changesOnlyWeights("municipal-cuts", in: agenda))
        #expect(!ScenarioComparison.changesOnlyWeights("\(weightsOnly[0])+municipal-cuts", in: agenda))
        let comparison = try ScenarioComparison.run(agenda: agenda, scenarios: weightsOnly, planner: Self.planner)
        var reusedNodes = 0
        var freshNodes = 0
        for (id, variant) in zip(weightsOnly, comparison.variants) {
            let fresh = try Self.planner.plan(try ScenarioApplier.apply([id], to: agenda)).plan
            #expect(variant.plan.objective == fresh.objective, "\(id)")
            #expect(variant.plan.status == fresh.status, "\(id)")
            #expect(variant.funded == fresh.actions.filter(\.funded).map(\.id), "\(id)")
            reusedNodes += variant.plan.search.nodes
            freshNodes += fresh.search.nodes
        }
        #expect(reusedNodes < freshNodes)
    }

    @Test func comparisonIsDeterministicInEveryFormat() throws {
        let agenda = try Self.generated()
        let ids = Array(agenda.scenarios.map(\.id).prefix(4))
        let first = ComparisonRendering(
            try ScenarioComparison.run(agenda: agenda, scenarios: ids, planner: Self.planner))
        let second = ComparisonRendering(
            try ScenarioComparison.run(agenda: agenda, scenarios: ids, planner: Self.planner))
        for format in OutputFormat.allCases {
            #expect(first.rendered(format) == second.rendered(format), "\(format)")
        }
        let json = try JSONSerialization.jsonObject(with: Data(first.rendered(.json).utf8)) as? [String: Any]
        #expect((json?["scenarios"] as? [Any])?.count == 4)
        let csv = first.rendered(.csv, csv: .dutchExcel)
        #expect(csv.hasPrefix("\u{FEFF}scenario;kind;id;funder;municipality;year;baseline;scenario_value;change\r\n"))
    }

    /// A scenario that empties the municipal fund in 2026 leaves Delft's only action no
    /// key-shared money that year, below its allocation-key floor: the scenario has no plan. Every
    /// format says why, with the planner's reasons, and none lists actions leaving or money moving
    /// as if a plan without them existed.
    @Test func aScenarioWithoutAPlanIsExplainedNotCompared() throws {
        let text =
            Base.with(
                "budget: {2025: 100000, 2026: 100000}",
                "budget: {2025: 100000, 2026: 100000}\n  - id: welzijn\n    funder: Gemeente\n"
                    + "    budget: {2025: 100000, 2026: 100000}\n    eligible: {domains: [welfare]}")
            + "planning:\n  allocation-key: {indicator: residents-75plus, min-share: 0.3}\n"
            + "scenarios:\n  - id: geen-wmo\n    title: Geen Wmo in 2026\n    budget:\n"
            + "      - {source: wmo, year: 2026, set: 0}\n"
        let agenda = try #require(AgendaFixture(files: ["agenda.yaml": text]).load().agenda)
        let comparison = try ScenarioComparison.run(agenda: agenda, scenarios: ["geen-wmo"], planner: Self.planner)
        #expect(comparison.baseline.hasPlan)
        let variant = try #require(comparison.variants.first)
        #expect(!variant.hasPlan)
        let reason = "no plan meets the allocation key's floor for 'delft' in 2026"
        #expect(variant.reasons.map(\.message).contains { $0.hasPrefix(reason) }, "\(variant.reasons)")
        let difference = try #require(comparison.differences.first)
        #expect(difference.leaving.isEmpty && difference.moneyMoves.isEmpty && difference.goals.isEmpty)

        let rendering = ComparisonRendering(comparison)
        let report = rendering.rendered(.text)
        #expect(report.contains("No plan keeps the commitments, rules and floors in this scenario"), "\(report)")
        #expect(report.contains("error: \(reason)"), "\(report)")
        #expect(report.contains("note: the key-shared source 'wmo' has no money in 2026"), "\(report)")
        #expect(!report.contains("Leave the plan"), "\(report)")
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(rendering.rendered(.json).utf8)) as? [String: Any])
        let scenario = try #require((json["scenarios"] as? [[String: Any]])?.first)
        #expect(scenario["objective_change"] is NSNull)
        let diagnostics = try #require(scenario["diagnostics"] as? [[String: Any]])
        #expect((diagnostics.first?["message"] as? String)?.hasPrefix(reason) == true, "\(diagnostics)")
        #expect(((json["baseline"] as? [String: Any])?["diagnostics"] as? [Any])?.isEmpty == true)
        let csv = rendering.rendered(.csv)
        #expect(csv.contains("geen-wmo,infeasible,\"\(reason)"), "\(csv)")
        #expect(!csv.contains("geen-wmo,score"), "\(csv)")
        #expect(rendering.rendered(.html).contains(HTMLWriter.escaped(reason)))
    }

    @Test func unknownScenarioIsRefusedBeforePlanning() throws {
        let agenda = try Self.generated()
        #expect(throws: ScenarioApplier.Problem.unknownScenario("extra-grand", suggestion: "extra-grant")) {
            _ = try ScenarioComparison.run(agenda: agenda, scenarios: ["extra-grand"], planner: Self.planner)
        }
    }

    // MARK: sweep

    /// Den Haag's committed action needs €50,000 a year from the municipal fund: at a fifth of
    /// that fund no plan exists, and the sweep says why at that level, draws no score there, and
    /// sets the next level beside nothing rather than beside an empty plan.
    @Test func aSweepLevelWithoutAPlanIsExplained() throws {
        let text = Base.text.replacingOccurrences(
            of: "    partners: [ggd]\n", with: "    partners: [ggd]\n    status: committed\n")
        let agenda = try #require(AgendaFixture(files: ["agenda.yaml": text]).load().agenda)
        let sweep = try BudgetSweep.run(
            agenda: agenda, source: "wmo", factors: [0.2, 0.6, 1], planner: Self.planner)
        #expect(sweep.steps.map(\.variant.hasPlan) == [false, true, true])
        #expect(sweep.steps[0].entering.isEmpty && sweep.steps[0].leaving.isEmpty)
        #expect(sweep.steps[1].entering.isEmpty && sweep.steps[1].leaving.isEmpty)
        #expect(sweep.steps[2].entering == ["valpreventie"] && sweep.steps[2].leaving.isEmpty)
        let reason = "'ontmoeting-laak' must be funded, but in 2025 it needs €50,000"
        #expect(sweep.steps[0].variant.reasons.first?.message.hasPrefix(reason) == true)

        let rendering = SweepRendering(sweep, agenda: agenda)
        let report = rendering.rendered(.text)
        #expect(report.contains("Levels without a plan"), "\(report)")
        #expect(report.contains("error: \(reason)"), "\(report)")
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(rendering.rendered(.json).utf8)) as? [String: Any])
        let steps = try #require(json["steps"] as? [[String: Any]])
        #expect(
            ((steps[0]["diagnostics"] as? [[String: Any]])?.first?["message"] as? String)?.hasPrefix(reason) == true)
        #expect((steps[2]["diagnostics"] as? [Any])?.isEmpty == true)
        #expect(rendering.rendered(.html).contains(HTMLWriter.escaped(reason)))
    }

    @Test func sweepFactors() throws {
        #expect(
            try BudgetSweep.factors(from: 0.5, to: 1.5, steps: 11) == [
                0.5, 0.6, 0.7, 0.8, 0.9, 1, 1.1, 1.2, 1.3, 1.4, 1.5,
            ])
        #expect(try BudgetSweep.factors(from: 1, to: 1, steps: 1) == [1])
        #expect(throws: BudgetSweep.Problem.self) { try BudgetSweep.factors(from: 1.5, to: 0.5, steps: 3) }
        #expect(throws: BudgetSweep.Problem.self) { try BudgetSweep.factors(from: -1, to: 0.5, steps: 3) }
        #expect(throws: BudgetSweep.Problem.self) { try BudgetSweep.factors(from: 0.5, to: 1.5, steps: 0) }
        #expect(throws: BudgetSweep.Problem.self) { try BudgetSweep.factors(from: 1, to: 1, steps: 3) }
    }

    @Test func sweepLevelsMatchIndependentPlans() throws {
        let agenda = try Self.generated()
        let source = SyntheticAgenda.nationalSourceID
        let factors = try BudgetSweep.factors(from: 0, to: 2, steps: 5)
        let sweep = try BudgetSweep.run(agenda: agenda, source: source, factors: factors, planner: Self.planner)
        #expect(sweep.steps.map(\.factor) == factors)
        let original = try #require(agenda.funding.first { $0.id == source })
        for (index, step) in sweep.steps.enumerated() {
            var scaled = agenda
            let at = scaled.funding.firstIndex { $0.id == source }!
            scaled.funding[at].budget = YearlyEuros(
                original.budget.entries.map {
                    YearAmount(
                        year: $0.year, euros: Int((Double($0.euros) * step.factor).rounded()), location: $0.location)
                })
            let own = try Self.planner.plan(scaled).plan
            #expect(step.variant.plan.objective == own.objective, "factor \(step.factor)")
            #expect(step.budget == scaled.funding[at].budget.total, "factor \(step.factor)")
            #expect(
                step.sourceSpent <= step.budget,
                "factor \(step.factor): the source spends more than its budget over the period")
            if index > 0 {
                let before = Set(sweep.steps[index - 1].variant.funded)
                let now = Set(step.variant.funded)
                #expect(Set(step.entering) == now.subtracting(before))
                #expect(Set(step.leaving) == before.subtracting(now))
            }
        }
        #expect(sweep.steps[0].sourceSpent == 0, "a budget scaled by 0 pays nothing")
        #expect(throws: BudgetSweep.Problem.unknownSource("national-fun", suggestion: "national-fund")) {
            _ = try BudgetSweep.run(agenda: agenda, source: "national-fun", factors: [1], planner: Self.planner)
        }
    }

    // MARK: sensitivity

    @Test func perturbedWeightsStayWithinTheSpread() throws {
        let agenda = try Self.generated()
        let scores = ScoringEngine(registry: InstalledModules.registry).score(agenda)
        let spread = 0.25
        let sample = SensitivityAnalysis.perturbed(agenda, scores: scores, spread: spread, sample: 7, seed: 42)
        let again = SensitivityAnalysis.perturbed(agenda, scores: scores, spread: spread, sample: 7, seed: 42)
        let other = SensitivityAnalysis.perturbed(agenda, scores: scores, spread: spread, sample: 8, seed: 42)
        let weights = sample.planning.weights
        for pillar in Pillar.allCases {
            let base = agenda.planning.weights.pillars[pillar] ?? 1
            let value = try #require(weights.pillars[pillar])
            #expect(abs(value / base - 1) <= spread + 1e-12)
            #expect(again.planning.weights.pillars[pillar] == value)
        }
        for goal in agenda.goals {
            let base = agenda.planning.weights.goal(goal.id) ?? goal.weight
            let value = try #require(weights.goal(goal.id))
            #expect(abs(value / base - 1) <= spread + 1e-12)
        }
        #expect(!weights.rules.isEmpty && !weights.domains.isEmpty)
        #expect(other.planning.weights.pillars != weights.pillars, "two samples drew the same factors")
    }

    /// The samples' scores, from facts built once (`ScoringEngine.Reweighting`), are what scoring
    /// each perturbed agenda from scratch gives, rule by rule, on the generated agenda and on
    /// Haaglanden, whose goal-weight rule reads the perturbed goal weights.
    @Test(arguments: ["generated", "haaglanden"])
    func reweightedScoresAreTheEnginesOwn(example: String) throws {
        let agenda: Agenda
        if example == "generated" {
            agenda = try Self.generated()
        } else {
            let loaded = AgendaLoader(registry: InstalledModules.registry).load(
                path: Repository.path("agendas/haaglanden/agenda.yaml"))
            agenda = try #require(loaded.agenda)
        }
        let engine = ScoringEngine(registry: InstalledModules.registry)
        let scores = engine.score(agenda)
        let reweighting = engine.reweighting(agenda)
        func figures(_ report: ScoreReport) -> [[String]] {
            report.actions.map { action in
                action.contributions.map { c in
                    "\(c.module).\(c.rule) \(String(describing: c.raw)) \(c.normalised) \(c.weight) \(c.points) "
                        + "\(c.inputs.map { "\($0.name)=\($0.value)" }) \(String(describing: c.failure))"
                }
            }
        }
        #expect(figures(reweighting.score(agenda)) == figures(scores))
        for sample in 0..<8 {
            let perturbed = SensitivityAnalysis.perturbed(agenda, scores: scores, spread: 0.3, sample: sample, seed: 5)
            let fresh = engine.score(perturbed)
            let reweighted = figures(reweighting.score(perturbed))
            let expected = figures(fresh)
            for (index, action) in expected.enumerated() {
                for (k, figure) in action.enumerated() where reweighted[index][k] != figure {
                    Issue.record("sample \(sample), action \(index): \(reweighted[index][k]) instead of \(figure)")
                }
            }
            #expect(fresh.actions.map(\.score) != scores.actions.map(\.score), "the weights moved the scores")
        }
    }

    @Test func withoutSpreadEverySampleIsTheBaseline() throws {
        let agenda = try Self.generated()
        let analysis = try SensitivityAnalysis.run(
            agenda: agenda, samples: 6, spread: 0, seed: 1, planner: Self.planner)
        #expect(analysis.objectives.allSatisfy { $0 == analysis.baseline.plan.objective })
        for action in analysis.actions {
            #expect(action.probability == (action.baselineFunded ? 1 : 0))
            #expect(action.verdict == (action.baselineFunded ? .robustFunded : .robustUnfunded))
        }
    }

    @Test func sensitivityIsDeterministicAndCounts() throws {
        let agenda = try Self.generated()
        let first = try SensitivityAnalysis.run(
            agenda: agenda, samples: 20, spread: 0.4, seed: 9, planner: Self.planner)
        let second = try SensitivityAnalysis.run(
            agenda: agenda, samples: 20, spread: 0.4, seed: 9, planner: Self.planner)
        #expect(first.actions == second.actions)
        #expect(first.objectives == second.objectives)
        #expect(SensitivityRendering(first).rendered(.json) == SensitivityRendering(second).rendered(.json))
        // Each sample's plan, made on its own, funds what the counts say.
        var counts = Array(repeating: 0, count: agenda.actions.count)
        for sample in 0..<20 {
            let scores = ScoringEngine(registry: InstalledModules.registry).score(agenda)
            let perturbed = SensitivityAnalysis.perturbed(agenda, scores: scores, spread: 0.4, sample: sample, seed: 9)
            let plan = try Self.planner.plan(perturbed).plan
            #expect(plan.objective == first.objectives[sample])
            for (index, action) in plan.actions.enumerated() where action.funded { counts[index] += 1 }
        }
        #expect(first.actions.map(\.fundedSamples) == counts)
        // Verdicts follow the 90% rule.
        for action in first.actions {
            let expected: SensitivityAnalysis.Verdict =
                action.fundedSamples >= 18
                ? .robustFunded
                : action.fundedSamples <= 2 ? .robustUnfunded : .fragile
            #expect(action.verdict == expected, "\(action.id)")
        }
    }

    @Test func sensitivityRefusesBadParameters() throws {
        let agenda = try Self.generated()
        #expect(throws: SensitivityAnalysis.Problem.self) {
            _ = try SensitivityAnalysis.run(agenda: agenda, samples: 0, spread: 0.2, seed: 1, planner: Self.planner)
        }
        #expect(throws: SensitivityAnalysis.Problem.self) {
            _ = try SensitivityAnalysis.run(agenda: agenda, samples: 5, spread: 1.5, seed: 1, planner: Self.planner)
        }
    }

    // MARK: HTML

    /// The example agenda with markup, quotes and ampersands in every text the analysis pages show:
    /// the agenda's title, a scenario's title and description, action titles and a funder.
    @Test func analysisPagesEscapeAgendaText() throws {
        let attack = #"<script>alert(1)</script> & "double" 'single'"#
        let yaml = "'" + attack.replacingOccurrences(of: "'", with: "''") + "'"
        var text = HTMLReportTests.exampleText
        for (old, new) in [
            ("title: Ageing well at home — Riverside", "title: \(yaml)"),
            ("title: 10% less council money", "title: \(yaml)\n    description: \(yaml)"),
            ("title: New meeting place in Riverton South", "title: \(yaml)"),
            ("title: Falls-prevention courses in both towns", "title: \(yaml)"),
            ("funder: National prevention programme (illustrative)", "funder: \(yaml)"),
            ("name: Riverside Welfare Foundation", "name: \(yaml)"),
        ] {
            #expect(text.contains(old), "the example agenda no longer has '\(old)'")
            text = text.replacingOccurrences(of: old, with: new)
        }
        let loaded = AgendaLoader(registry: InstalledModules.registry).load(text: text, displayPath: "agenda.yaml")
        let agenda = try #require(loaded.agenda, "\(loaded.diagnostics.map(\.rendered))")
        // A scenario that moves the prevention grant's money, so its funder shows in the money moved.
        var withScenario = agenda
        withScenario.scenarios.append(
            Scenario(
                id: "no-grant", title: attack,
                budget: [
                    BudgetChange(
                        source: Located("prevention-grant", at: agenda.header.location),
                        operation: .scale(0), location: agenda.header.location)
                ],
                location: agenda.header.location))
        let pages = [
            ComparisonRendering(
                try ScenarioComparison.run(
                    agenda: withScenario, scenarios: ["council-cuts", "no-grant"],
                    planner: Self.planner)
            ).rendered(.html),
            SweepRendering(
                try BudgetSweep.run(
                    agenda: withScenario, source: "prevention-grant", factors: [0, 1, 2],
                    planner: Self.planner), agenda: withScenario
            ).rendered(.html),
            SensitivityRendering(
                try SensitivityAnalysis.run(
                    agenda: withScenario, samples: 6, spread: 0.3, seed: 2,
                    planner: Self.planner)
            ).rendered(.html),
        ]
        let escaped = "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;double&quot; &#39;single&#39;"
        for (index, html) in pages.enumerated() {
            #expect(!html.lowercased().contains("<script"), "page \(index)")
            #expect(html.contains(escaped), "page \(index)")
            #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("<html lang=\"en\">"), "page \(index)")
            #expect(!html.contains("http://") && !html.contains("https://"), "page \(index)")
            #expect(
                HTMLReportTests.charts(html, "bar-chart").count + HTMLReportTests.charts(html, "line-chart").count >= 1,
                "page \(index)")
            HTMLReportTests.expectWellFormed(html)
        }
        // The comparison draws the money moved per funder, with the escaped funder among the bars.
        #expect(HTMLReportTests.charts(pages[0], "bar-chart").contains { $0.contains("&lt;script&gt;") })
    }

    @Test func analysisPagesFollowTheAgendaLanguage() throws {
        let agenda = try Self.generated()
        var dutch = agenda
        dutch.header.language = .nl
        let html = SweepRendering(
            try BudgetSweep.run(
                agenda: dutch, source: SyntheticAgenda.nationalSourceID, factors: [0.5, 1],
                planner: Self.planner), agenda: dutch
        ).rendered(.html)
        #expect(html.contains("<html lang=\"nl\">") && html.contains("Waarde-voor-geldcurve"))
        #expect(!html.contains("Value-for-money"))
        #expect(HTMLReportTests.charts(html, "line-chart").count == 2)
    }
}
