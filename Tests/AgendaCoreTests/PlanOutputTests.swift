import AgendaModules
import Foundation
import TestSupport
import Testing

@testable import AgendaCore
@testable import AgendaSolver

/// The outputs of a plan: the JSON contract, the text and Markdown reports, the CSV and the MPS model.
@Suite struct PlanOutputTests {
    // MARK: Fixture

    /// A small agenda with awkward titles, a target that is reached, one that is not and one that
    /// cannot be measured, and an allocation key.
    static func agendaText(language: String = "en") -> String {
        """
        agenda:
          id: plan-test
          title: Testplan <west> | oost
          period: 2025-2026
          language: \(language)
        indicators:
          residents-75plus: {label: Residents 75+, unit: persons, source: CBS, year: 2024}
          meeting-places: {label: Meeting places, unit: count, higher_is: better, source: Gemeente, year: 2024}
          lonely: {label: Lonely, unit: share, higher_is: worse, source: GGD, year: 2022}
        region:
          id: regio
          name: Regio
          municipalities:
            - id: den-haag
              name: Den Haag
              indicators: {residents-75plus: 3000, lonely: 0.2}
              districts:
                - {id: laak, name: Laak, indicators: {meeting-places: 1}}
                - {id: centrum, name: Centrum, indicators: {meeting-places: 1}}
            - id: delft
              name: Delft
              indicators: {residents-75plus: 1000, meeting-places: 1, lonely: 0.1}
        partners:
          - {id: xtra, name: Xtra, kind: welfare}
        goals:
          - id: ontmoeting
            pillar: content
            title: Ontmoeting
            target: {indicator: meeting-places, at-least: 1, per: residents-75plus, per-amount: 1000}
          - id: veel-plekken
            pillar: content
            title: Veel plekken
            target: {indicator: meeting-places, at-least: 10}
          - id: minder-eenzaam
            pillar: content
            title: Minder eenzaam
            target: {indicator: lonely, at-most: 0.1}
          - {id: regie, pillar: organisation, title: Regie}
        funding:
          - id: gala
            funder: Rijk
            budget: {2025: 100000, 2026: 100000}
          - id: wmo-delft
            funder: Delft
            budget: {2025: 50000, 2026: 50000}
            eligible: {municipalities: [delft]}
            max-share: 0.5
        planning:
          allocation-key: {indicator: residents-75plus, min-share: 0.5}
        actions:
          - id: ontmoeting-laak
            title: '=HYPERLINK("http://example.org","klik")'
            domain: welfare
            pillar: content
            goals: [ontmoeting, veel-plekken]
            where: [den-haag/laak]
            lead: xtra
            cost: {2025: 60000, 2026: 60000}
            welfare: {locations: 1}
          - id: bellen-delft
            title: '+31 70 123 4567'
            domain: welfare
            pillar: content
            goals: [minder-eenzaam]
            where: [delft]
            lead: xtra
            cost: {per-year: 30000, years: 2025-2026}
          - id: som
            title: '@SUM(A1:A2)'
            domain: welfare
            pillar: organisation
            goals: [regie]
            where: [all]
            lead: xtra
            cost: {2025: 50000}
          - id: min
            title: '-2'
            domain: welfare
            pillar: content
            goals: [ontmoeting]
            where: [delft]
            lead: xtra
            cost: {2026: 10000}
            status: stopped
          - id: koffie
            title: 'Koffie, "thee" en taart'
            domain: welfare
            pillar: content
            goals: [ontmoeting]
            where: [den-haag]
            lead: xtra
            cost: {2025: 5000}

        """
    }

    struct Fixture {
        var agenda: Agenda
        var scores: ScoreReport
        var problem: PlanningProblem
        var plan: Plan

        var rendering: PlanRendering {
            PlanRendering(
                agenda: agenda, problem: problem, plan: plan, scores: scores, registry: InstalledModules.registry)
        }
    }

    /// The agenda loaded and scored, with a hand-made plan: the two first actions funded.
    static func fixture(language: String = "en", status: Plan.Status = .feasible) throws -> Fixture {
        let result = try AgendaFixture(files: ["agenda.yaml": agendaText(language: language)]).load()
        #expect(!result.hasErrors, "\(result.diagnostics.map(\.rendered))")
        let agenda = try #require(result.agenda)
        let scores = ScoringEngine(registry: InstalledModules.registry).score(agenda)
        let problem = ProblemCompiler.compile(agenda, scores: scores)
        func score(_ id: String) -> Points { scores.action(id)?.score ?? .zero }
        let actions = [
            ActionOutcome(
                id: "ontmoeting-laak", funded: true, score: score("ontmoeting-laak"), reason: nil,
                payments: [
                    Payment(year: 2025, source: "gala", amount: 60000),
                    Payment(year: 2026, source: "gala", amount: 60000),
                ]),
            ActionOutcome(
                id: "bellen-delft", funded: true, score: score("bellen-delft"), reason: nil,
                payments: [
                    Payment(year: 2025, source: "gala", amount: 15000),
                    Payment(year: 2025, source: "wmo-delft", amount: 15000),
                    Payment(year: 2026, source: "gala", amount: 15000),
                    Payment(year: 2026, source: "wmo-delft", amount: 15000),
                ]),
            ActionOutcome(id: "som", funded: false, score: score("som"), reason: .budget, payments: []),
            ActionOutcome(id: "min", funded: false, score: score("min"), reason: .stopped, payments: []),
            ActionOutcome(id: "koffie", funded: false, score: score("koffie"), reason: .fairness, payments: []),
        ]
        let objective = score("ontmoeting-laak") + score("bellen-delft")
        let plan = Plan(
            agenda: agenda.id, scenario: nil, status: status, objective: objective,
            bound: status == .optimal ? objective : objective + Points(tenThousandths: 10_000),
            actions: actions,
            sources: [
                SourceYear(id: "gala", year: 2025, budget: 100_000, spent: 75_000, shadowPrice: 0.00008),
                SourceYear(id: "gala", year: 2026, budget: 100_000, spent: 75_000, shadowPrice: 0),
                SourceYear(id: "wmo-delft", year: 2025, budget: 50_000, spent: 15_000, shadowPrice: 0),
                SourceYear(id: "wmo-delft", year: 2026, budget: 50_000, spent: 15_000, shadowPrice: 0.000125),
            ],
            diagnostics: [
                .warning(
                    "fairness-floor", "the floor of delft in 2025 is tight",
                    at: SourceLocation(file: "agenda.yaml", line: 3, column: 5))
            ],
            search: SearchStatistics(method: SearchMethod.branchAndBound.rawValue, nodes: 1234))
        return Fixture(agenda: agenda, scores: scores, problem: problem, plan: plan)
    }

    static func parse(_ json: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    // MARK: JSON

    @Test func jsonFollowsTheContract() throws {
        let fixture = try Self.fixture()
        let text = fixture.rendering.rendered(.json)
        let json = try Self.parse(text)
        #expect(json["agenda"] as? String == "plan-test")
        #expect(json["scenario"] is NSNull)
        #expect(json["status"] as? String == "feasible")
        #expect((json["objective"] as? Double) == fixture.plan.objective.value)
        #expect((json["bound"] as? Double) == fixture.plan.bound.value)

        // The contract's keys come first, in its order; extras follow.
        let topKeys = text.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map {
            $0.dropFirst(3).prefix { $0 != "\"" }
        }
        #expect(
            topKeys.map(String.init) == [
                "agenda", "scenario", "status", "objective", "bound", "actions", "sources", "gap",
                "diagnostics", "municipalities", "goals", "pillars", "marginal_values",
                "key_indicator", "search", "payments_summary", "horizon", "partner_commitments", "version",
            ])
        #expect(
            text.contains(
                """
                    {
                      "id": "ontmoeting-laak",
                      "funded": true,
                      "score": \(JSONValue.format(fixture.plan.actions[0].score.value)),
                      "reason": null,
                      "payments": [
                        {
                          "year": 2025,
                          "source": "gala",
                          "amount": 60000
                        },
                """))

        let actions = try #require(json["actions"] as? [[String: Any]])
        #expect(actions.map { $0["id"] as? String } == ["ontmoeting-laak", "bellen-delft", "som", "min", "koffie"])
        #expect(actions[2]["funded"] as? Bool == false)
        #expect(actions[2]["reason"] as? String == "budget")
        #expect((actions[2]["payments"] as? [Any])?.isEmpty == true)
        #expect(actions[3]["reason"] as? String == "stopped")
        #expect(actions[0]["title"] as? String == #"=HYPERLINK("http://example.org","klik")"#)
        let payments = try #require(actions[1]["payments"] as? [[String: Any]])
        #expect(payments.count == 4)
        #expect(payments[1]["source"] as? String == "wmo-delft" && payments[1]["amount"] as? Int == 15000)

        let sources = try #require(json["sources"] as? [[String: Any]])
        #expect(sources.count == 4)
        #expect(sources[0]["id"] as? String == "gala" && sources[0]["year"] as? Int == 2025)
        #expect(sources[0]["budget"] as? Int == 100_000 && sources[0]["spent"] as? Int == 75_000)
        #expect(sources[0]["shadow_price"] as? Double == 0.00008)
        #expect(sources[0]["left"] as? Int == 25_000)

        let gap = try #require(json["gap"] as? Double)
        #expect(abs(gap - fixture.plan.gap) < 1e-6 && gap > 0)
    }

    @Test func jsonExtras() throws {
        let json = try Self.parse(try Self.fixture().rendering.rendered(.json))
        let diagnostics = try #require(json["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.count == 1)
        #expect(diagnostics[0]["severity"] as? String == "warning")
        #expect(diagnostics[0]["message"] as? String == "the floor of delft in 2025 is tight")
        #expect(diagnostics[0]["file"] as? String == "agenda.yaml")
        #expect(diagnostics[0]["line"] as? Int == 3 && diagnostics[0]["column"] as? Int == 5)

        let municipalities = try #require(json["municipalities"] as? [[String: Any]])
        #expect(municipalities.map { $0["id"] as? String } == ["den-haag", "delft"])
        #expect(municipalities[0]["name"] as? String == "Den Haag")
        #expect(municipalities[0]["money"] as? Int == 120_000)
        #expect(municipalities[0]["key_value"] as? Double == 3000)
        #expect(municipalities[0]["money_per_key_unit"] as? Double == 40)
        #expect(municipalities[1]["money"] as? Int == 60_000)
        #expect(municipalities[1]["money_per_key_unit"] as? Double == 60)

        let goals = try #require(json["goals"] as? [[String: Any]])
        #expect(goals.map { $0["id"] as? String } == ["ontmoeting", "veel-plekken", "minder-eenzaam", "regie"])
        // Meeting places: 2 (Den Haag's districts) + 1 (Delft) + 1 (the funded action) = 4 per 4,000 residents 75+.
        #expect(goals[0]["pillar"] as? String == "content")
        #expect(goals[0]["funded_actions"] as? Int == 1 && goals[0]["money"] as? Int == 120_000)
        #expect(goals[0]["target_reached"] as? Bool == true)
        #expect(goals[0]["target_value"] as? Double == 1)
        #expect(goals[1]["target_reached"] as? Bool == false)
        #expect(goals[1]["target_value"] as? Double == 4)
        #expect(goals[2]["target_reached"] is NSNull)  // a share is not measurable over the region
        #expect(goals[2]["funded_actions"] as? Int == 1 && goals[2]["money"] as? Int == 60_000)
        #expect(goals[3]["target_reached"] is NSNull)  // no target
        #expect(goals[3]["funded_actions"] as? Int == 0)

        let pillars = try #require(json["pillars"] as? [[String: Any]])
        #expect(pillars.map { $0["pillar"] as? String } == ["content", "organisation", "funding"])
        #expect(pillars[0]["funded_actions"] as? Int == 2 && pillars[0]["money"] as? Int == 180_000)
        #expect(pillars[1]["funded_actions"] as? Int == 0 && pillars[1]["money"] as? Int == 0)

        let marginal = try #require(json["marginal_values"] as? [[String: Any]])
        #expect(marginal.count == 2)
        #expect(marginal[0]["source"] as? String == "gala" && marginal[0]["year"] as? Int == 2025)
        #expect(marginal[0]["points_per_10000_euros"] as? Double == 0.8)
        #expect(marginal[1]["points_per_10000_euros"] as? Double == 1.25)
        #expect(json["key_indicator"] as? String == "residents-75plus")
    }

    @Test func targetWithoutTheFunding() throws {
        // Without the action that opens a meeting place: 3 per 4,000 → 0.75 per 1,000, not reached.
        var fixture = try Self.fixture()
        fixture.plan.actions[0].funded = false
        fixture.plan.actions[0].payments = []
        fixture.plan.actions[0].reason = .budget
        let summaries = PlanSummaries(
            agenda: fixture.agenda, problem: fixture.problem, plan: fixture.plan, registry: InstalledModules.registry)
        #expect(summaries.goals[0].targetReached == false)
        #expect(summaries.goals[0].target?.value == 0.75)
    }

    @Test func missingFiguresAreNotMeasurable() throws {
        // Delft gives no meeting places: the region's total is unknown.
        let text = Self.agendaText().replacingOccurrences(
            of: "{residents-75plus: 1000, meeting-places: 1, lonely: 0.1}",
            with: "{residents-75plus: 1000, lonely: 0.1}")
        let result = try AgendaFixture(files: ["agenda.yaml": text]).load()
        let agenda = try #require(result.agenda)
        let base = try Self.fixture()
        let summaries = PlanSummaries(
            agenda: agenda, problem: base.problem, plan: base.plan, registry: InstalledModules.registry)
        #expect(summaries.goals[0].target != nil)
        #expect(summaries.goals[0].targetReached == nil)
        #expect(summaries.goals[1].targetReached == nil)
    }

    @Test func sameInputSameBytes() throws {
        for format in OutputFormat.allCases {
            let first = try Self.fixture().rendering.rendered(format)
            let second = try Self.fixture().rendering.rendered(format)
            #expect(Array(first.utf8) == Array(second.utf8), "\(format)")
        }
        let fixture = try Self.fixture()
        #expect(
            PlanCSV.rendered(plan: fixture.plan, agenda: fixture.agenda, options: .init())
                == PlanCSV.rendered(plan: fixture.plan, agenda: fixture.agenda, options: .init()))
        #expect(MPSWriter.mps(fixture.problem) == MPSWriter.mps(try Self.fixture().problem))
    }

    @Test func optimalPlanHasNoGap() throws {
        let fixture = try Self.fixture(status: .optimal)
        let json = try Self.parse(fixture.rendering.rendered(.json))
        #expect(json["status"] as? String == "optimal")
        #expect(json["objective"] as? Double == json["bound"] as? Double)
        #expect(json["gap"] as? Double == 0)
        #expect(fixture.rendering.rendered(.text).contains("gap 0.00%"))
    }

    // MARK: Text and Markdown

    @Test func englishText() throws {
        let fixture = try Self.fixture()
        let text = fixture.rendering.rendered(.text)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "Plan — Testplan <west> | oost")
        #expect(lines[2] == "scenario: baseline (no scenario) · status: feasible (valid, not proven best)")
        #expect(
            lines[3]
                == "total score \(fixture.plan.objective): a valid allocation, not proven the best; no allocation "
                + "scores more than \(fixture.plan.bound)")
        // The solver's terms come last, for analysts.
        #expect(text.contains("For analysts\nobjective \(fixture.plan.objective) · bound \(fixture.plan.bound) · gap "))
        #expect(text.contains("Funded actions (2)\n"))
        #expect(text.contains("Unfunded actions (3)\n"))
        #expect(text.contains("the plan spends the money its sources have left on other actions"))
        #expect(text.contains("its status is stopped"))
        #expect(lines.contains { $0.hasPrefix("ontmoeting-laak") && $0.hasSuffix("2025  gala        €60,000") })
        #expect(lines.contains { $0.hasSuffix("2026  wmo-delft   €15,000") })
        #expect(lines.contains { $0.hasPrefix("total") && $0.hasSuffix("€180,000") })
        #expect(lines.contains("source     year    budget    spent     left"))
        #expect(lines.contains("gala       2025  €100,000  €75,000  €25,000"))
        #expect(lines.contains("wmo-delft  2026   €50,000  €15,000  €35,000"))
        #expect(text.contains("- an extra €10,000 from gala in 2025 would add 0.8 points\n"))
        #expect(text.contains("- an extra €10,000 from wmo-delft in 2026 would add 1.25 points\n"))
        #expect(lines.contains("municipality     money  Residents 75+  € per Residents 75+"))
        #expect(lines.contains("Den Haag      €120,000          3,000               €40.00"))
        #expect(text.contains("reached: meeting-places 1 per 1,000 residents-75plus (target ≥ 1)"))
        #expect(text.contains("not reached: meeting-places 4 (target ≥ 10)"))
        #expect(text.contains("not measurable"))
        #expect(
            text.contains("Pillars\npillar        funded actions     money\ncontent                    2  €180,000"))
        #expect(text.contains("Diagnostics\nagenda.yaml:3:5: warning: the floor of delft in 2025 is tight"))
        #expect(text.hasSuffix("Found by branch-and-bound, 1,234 nodes searched\n"))
    }

    @Test func dutchText() throws {
        let fixture = try Self.fixture(language: "nl")
        let text = fixture.rendering.rendered(.text)
        #expect(text.contains("scenario: basis (geen scenario) · status: haalbaar (geldig, niet bewezen beste)"))
        #expect(
            text.contains(
                "totaalscore \(fixture.plan.objective.description.replacingOccurrences(of: ".", with: ",")): een "
                    + "geldige verdeling, niet bewezen de beste"))
        #expect(text.contains("Gefinancierde acties (2)"))
        #expect(text.contains("Niet gefinancierde acties (3)"))
        #expect(text.contains("het plan besteedt het geld van haar bronnen aan andere acties"))
        #expect(text.contains("€120.000"))
        #expect(text.contains("- €10.000 extra van gala in 2025 levert 0,8 punten op\n"))
        #expect(text.contains("- €10.000 extra van wmo-delft in 2026 levert 1,25 punten op\n"))
        #expect(text.contains("gemeente      geld  Residents 75+  € per Residents 75+"))
        #expect(text.contains("€40,00"))
        #expect(text.contains("gehaald: meeting-places 1 per 1.000 residents-75plus (streefwaarde ≥ 1)"))
        #expect(text.contains("niet gehaald"))
        #expect(text.contains("niet meetbaar"))
        #expect(text.contains("Budgetten\nbron       jaar    budget  besteed     over"))
        #expect(text.contains("Meldingen\n"))
        #expect(text.contains("Gevonden met branch-and-bound, 1.234 knopen doorzocht"))
    }

    @Test func dutchNumbers() {
        let nl = LocalNumbers(language: .nl)
        let en = LocalNumbers(language: .en)
        #expect(nl.euros(1_234_567) == "€1.234.567" && en.euros(1_234_567) == "€1,234,567")
        #expect(nl.euros(0) == "€0" && nl.euros(999) == "€999" && nl.euros(-1500) == "-€1.500")
        #expect(nl.decimal(1234.5, places: 2) == "1.234,5" && en.decimal(1234.5, places: 2) == "1,234.5")
        #expect(nl.decimal(0.8, places: 4) == "0,8" && nl.decimal(2, places: 4) == "2")
        #expect(nl.euros(cents: 3.125) == "€3,13" || nl.euros(cents: 3.125) == "€3,12")
        #expect(nl.points(Points(tenThousandths: 47500)) == "4,7500")
        #expect(nl.percent(0.0125) == "1,25%")
        #expect(en.decimal(-0.00001, places: 2) == "0")
    }

    @Test func markdownTablesAndEscaping() throws {
        let fixture = try Self.fixture()
        let markdown = fixture.rendering.rendered(.markdown)
        #expect(markdown.hasPrefix("# Plan — Testplan &lt;west> \\| oost\n\n"))
        #expect(
            markdown.contains(
                "## Funded actions (2)\n\n| action | title | score | year | source | amount "
                    + "|\n|---|---|---:|---:|---|---:|\n"
            ))
        #expect(markdown.contains(#"| ontmoeting-laak | =HYPERLINK("http://example.org","klik") | "#))
        #expect(markdown.contains("| koffie | Koffie, \"thee\" en taart |"))
        #expect(markdown.contains("- an extra €10,000 from gala in 2025 would add 0.8 points"))
        #expect(markdown.contains("| source | year | budget | spent | left |"))
        #expect(markdown.contains("| Den Haag | €120,000 | 3,000 | €40.00 |"))
        #expect(markdown.contains("## Goals\n\n| goal | pillar | funded actions | money | target |"))
        #expect(markdown.contains("- agenda.yaml:3:5: warning: the floor of delft in 2025 is tight"))
        // Every table row has as many cells as its header.
        for block in markdown.components(separatedBy: "\n\n") where block.hasPrefix("|") {
            let rows = block.split(separator: "\n").map {
                $0.replacingOccurrences(of: "\\|", with: "").count(where: { $0 == "|" })
            }
            #expect(Set(rows).count == 1, "\(block)")
        }
    }

    @Test func scoringDiagnosticsJoinThePlans() throws {
        var fixture = try Self.fixture()
        let failed = Diagnostic.warning(
            "rule-failed", "rule x failed", at: SourceLocation(file: "agenda.yaml", line: 9, column: 1))
        fixture.scores.diagnostics = [failed, fixture.plan.diagnostics[0]]
        let json = try Self.parse(fixture.rendering.rendered(.json))
        let diagnostics = try #require(json["diagnostics"] as? [[String: Any]])
        #expect(
            diagnostics.map { $0["message"] as? String } == ["the floor of delft in 2025 is tight", "rule x failed"])

        fixture.plan.diagnostics = []
        fixture.scores.diagnostics = []
        let empty = try Self.parse(fixture.rendering.rendered(.json))
        #expect((empty["diagnostics"] as? [Any])?.isEmpty == true)
        #expect(!fixture.rendering.rendered(.text).contains("Diagnostics"))
    }

    @Test func noBindingBudget() throws {
        var fixture = try Self.fixture()
        for index in fixture.plan.sources.indices { fixture.plan.sources[index].shadowPrice = 0 }
        #expect(
            fixture.rendering.rendered(.text).contains(
                "What extra money would add\nNo budget binds: extra money would add no points."))
        let json = try Self.parse(fixture.rendering.rendered(.json))
        #expect((json["marginal_values"] as? [Any])?.isEmpty == true)
    }

    @Test func moneySplitsExactly() {
        #expect(PlanSummaries.split(100, weights: [1, 1, 1]) == [34, 33, 33])
        #expect(PlanSummaries.split(10, weights: [0.75, 0.25]) == [8, 2])
        #expect(PlanSummaries.split(7, weights: [0, 0]) == [4, 3])
        #expect(PlanSummaries.split(0, weights: [1]) == [0])
    }

    // MARK: CSV

    @Test func csvRowsAndQuoting() throws {
        let fixture = try Self.fixture()
        let csv = PlanCSV.rendered(plan: fixture.plan, agenda: fixture.agenda, options: .init())
        let rows = csv.components(separatedBy: "\r\n")
        #expect(rows.last == "")
        #expect(rows[0] == "action,title,funded,year,source,amount,score,reason")
        let laak = fixture.plan.actions[0].score.description
        // A formula gets an apostrophe; its quotes and commas make it quoted, quotes doubled.
        #expect(
            rows[1] == #"ontmoeting-laak,"'=HYPERLINK(""http://example.org"",""klik"")",true,2025,gala,60000,"# + laak
                + ",")
        #expect(
            rows[2] == #"ontmoeting-laak,"'=HYPERLINK(""http://example.org"",""klik"")",true,2026,gala,60000,"# + laak
                + ",")
        #expect(rows[3].hasPrefix("bellen-delft,'+31 70 123 4567,true,2025,gala,15000,"))
        #expect(rows[4].hasPrefix("bellen-delft,'+31 70 123 4567,true,2025,wmo-delft,15000,"))
        #expect(rows[7] == "som,'@SUM(A1:A2),false,,,,\(fixture.plan.actions[2].score.description),budget")
        #expect(rows[8] == "min,'-2,false,,,,\(fixture.plan.actions[3].score.description),stopped")
        #expect(
            rows[9]
                == "koffie,\"Koffie, \"\"thee\"\" en "
                + "taart\",false,,,,\(fixture.plan.actions[4].score.description),fairness"
        )
        #expect(rows.count == 11)
        #expect(!csv.hasPrefix("\u{FEFF}"))
    }

    @Test func csvDecimalCommaForDutchExcel() throws {
        let fixture = try Self.fixture()
        let csv = PlanCSV.rendered(
            plan: fixture.plan, agenda: fixture.agenda, options: .init(separator: ";", decimalComma: true))
        let rows = csv.components(separatedBy: "\r\n")
        #expect(rows[0] == "action;title;funded;year;source;amount;score;reason")
        let score = fixture.plan.actions[2].score.description.replacingOccurrences(of: ".", with: ",")
        #expect(rows[7] == "som;'@SUM(A1:A2);false;;;;\(score);budget")
        // With ';' between fields, the comma in a title needs no quotes, but its quotes do.
        #expect(rows[9].hasPrefix("koffie;\"Koffie, \"\"thee\"\" en taart\";false;"))
        #expect(
            rows[1].hasPrefix(#"ontmoeting-laak;"'=HYPERLINK(""http://example.org"",""klik"")";true;2025;gala;60000;"#))
        // Every score has a decimal comma, none a point.
        let scores = rows.dropFirst().filter { !$0.isEmpty }.map {
            $0.split(separator: ";", omittingEmptySubsequences: false)
        }
        #expect(scores.allSatisfy { $0.count == 8 && $0[6].contains(",") && !$0[6].contains(".") })

        let excel = PlanCSV.rendered(plan: fixture.plan, agenda: fixture.agenda, options: .dutchExcel)
        #expect(excel == "\u{FEFF}" + csv)

        // A comma separator with decimal commas still gives well-formed fields: numbers get quoted.
        let odd = PlanCSV.rendered(
            plan: fixture.plan, agenda: fixture.agenda, options: .init(separator: ",", decimalComma: true))
        #expect(odd.components(separatedBy: "\r\n")[7] == "som,'@SUM(A1:A2),false,,,,\"\(score)\",budget")
    }

    @Test func formulaNeutralisation() {
        for text in ["=1+1", "+31", "-2", "@SUM", "\tx", "\rx"] { #expect(CSVTable.looksLikeFormula(text), "\(text)") }
        for text in ["", "Ontmoeting", "31", "'=x", " =x"] { #expect(!CSVTable.looksLikeFormula(text), "\(text)") }
    }

    @Test func csvFundedActionWithoutPayments() throws {
        var fixture = try Self.fixture()
        fixture.plan.actions = [
            ActionOutcome(id: "som", funded: true, score: Points(tenThousandths: 12_345), reason: nil, payments: [])
        ]
        let csv = PlanCSV.rendered(plan: fixture.plan, agenda: fixture.agenda, options: .init())
        #expect(csv == "action,title,funded,year,source,amount,score,reason\r\nsom,'@SUM(A1:A2),true,,,,1.2345,\r\n")
    }

    // MARK: MPS

    @Test func mpsStructureOfAnAgenda() throws {
        let fixture = try Self.fixture()
        let problem = fixture.problem
        let mps = Planner(registry: InstalledModules.registry).mps(for: fixture.agenda)
        let lines = mps.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let sections = lines.filter { !$0.isEmpty && !$0.hasPrefix(" ") && !$0.hasPrefix("*") }
        #expect(sections == ["NAME plan-test", "OBJSENSE", "ROWS", "COLUMNS", "RHS", "BOUNDS", "ENDATA"])

        func section(_ name: String) -> [String] {
            guard let start = lines.firstIndex(of: name) else { return [] }
            return Array(lines[(start + 1)...].prefix { $0.hasPrefix(" ") })
        }
        let columns = section("COLUMNS").filter { !$0.contains("MARKER") }
        let names = columns.map { $0.split(separator: " ")[0] }
        let unique = names.reduce(into: [Substring]()) { if $0.last != $1 { $0.append($1) } }
        #expect(Set(unique).count == unique.count, "a column's entries are together")
        let payments = problem.actions.reduce(0) { $0 + $1.costYears.count * $1.eligibleSources.count }
        #expect(unique.filter { $0.hasPrefix("x") }.count == problem.actions.count)
        #expect(unique.filter { $0.hasPrefix("p") }.count == payments)
        #expect(section("COLUMNS").filter { $0.contains("MARKER") }.count == 2)

        let rows = section("ROWS")
        #expect(rows.filter { $0.hasPrefix(" E ") }.count == problem.actions.reduce(0) { $0 + $1.costYears.count })
        #expect(rows.filter { $0.hasPrefix(" N ") } == [" N  OBJ"])
        #expect(rows.contains { $0.hasPrefix(" G  fair") }, "the allocation key gives floors")

        // The stopped action is fixed at 0; the others are binary.
        let stopped = try #require(problem.actions.firstIndex { $0.id == "min" })
        #expect(section("BOUNDS").filter { $0.hasPrefix(" FX ") } == [" FX BND  x\(stopped)  0"])
        #expect(section("BOUNDS").filter { $0.hasPrefix(" BV ") }.count == problem.actions.count - 1)
        #expect(lines.contains("* x\(stopped) = action min (never funded)"))
        #expect(lines.first == "* Funding plan of agenda plan-test, no scenario")
        // wmo-delft pays at most half.
        let bellen = try #require(problem.actions.firstIndex { $0.id == "bellen-delft" })
        #expect(columns.contains("    x\(bellen)  cap\(bellen)_1_2025  -15000"))
    }
}
