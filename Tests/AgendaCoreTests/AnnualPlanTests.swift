import AgendaModules
import Foundation
import TestSupport
import Testing

@testable import AgendaCore

/// The annual plan (`PlanRendering.annualPlan()`) of real planned agendas: its sections, totals,
/// grouping, names, language, escaping and determinism.
@Suite struct AnnualPlanTests {
    /// An agenda, its plan and the annual plan's Markdown.
    struct Planned: Sendable {
        var example: ExamplePlans.Planned
        var markdown: String

        var agenda: Agenda { example.agenda }
        var result: Planner.Result { example.result }
        var plan: Plan { example.result.plan }
        var rendering: PlanRendering { example.rendering }

        init(_ example: ExamplePlans.Planned) {
            self.example = example
            markdown = example.rendering.annualPlan()
        }
    }

    static func plan(_ path: String, planner: Planner? = nil) throws -> Planned {
        Planned(try ExamplePlans.planned(path, planner: planner))
    }

    static func projectPath(_ relative: String) -> String {
        Repository.root.appendingPathComponent(relative).path
    }

    /// Planned once for every test that reads it.
    static let haaglanden = Result { Planned(try ExamplePlans.haaglanden.get()) }

    // MARK: Reading the Markdown

    /// The `## ` sections: heading text and the lines under it.
    static func sections(_ markdown: String) -> [(heading: String, lines: [String])] {
        var sections: [(heading: String, lines: [String])] = []
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("## ") {
                sections.append((String(line.dropFirst(3)), []))
            } else if !sections.isEmpty {
                sections[sections.count - 1].lines.append(line)
            }
        }
        return sections
    }

    /// The year sections by year (`## Jaarplan 2026` / `## Annual plan 2026`).
    static func yearSections(_ markdown: String, title: String) -> [Int: [String]] {
        var result: [Int: [String]] = [:]
        for section in sections(markdown) where section.heading.hasPrefix(title + " ") {
            if let year = Int(section.heading.dropFirst(title.count + 1)) { result[year] = section.lines }
        }
        return result
    }

    /// The cells of a table row (without escaped pipes in them).
    static func cells(_ row: String) -> [String] {
        String(row.dropFirst(2).dropLast(2)).components(separatedBy: " | ")
    }

    /// The rows of action tables: those whose first cell ends with an action's `(id)`.
    static func actionRows(_ lines: [String], agenda: Agenda) -> [(id: String, cells: [String])] {
        lines.filter { $0.hasPrefix("| ") }.compactMap { row in
            let cells = cells(row)
            guard let action = agenda.actions.first(where: { cells[0] == "\($0.title) (\($0.id))" }) else { return nil }
            return (action.id, cells)
        }
    }

    static func euros(_ cell: String) -> Int? {
        Int(cell.filter(\.isNumber))
    }

    static func paid(_ outcome: ActionOutcome, in year: Int) -> Int {
        outcome.payments.filter { $0.year == year }.reduce(0) { $0 + $1.amount }
    }

    // MARK: Haaglanden

    @Test func oneSectionPerYearOfThePeriod() throws {
        let planned = try Self.haaglanden.get()
        #expect(planned.plan.status != .infeasible)
        let headings = Self.sections(planned.markdown).map(\.heading).filter { $0.hasPrefix("Jaarplan ") }
        #expect(headings == planned.agenda.period.years.map { "Jaarplan \($0)" })
        #expect(
            planned.markdown.hasPrefix(
                "# Jaarplan — Duurzame zorg en ondersteuning in de buurt — Haaglanden\n\n"
                    + "periode: 2025–2028 · status: "))
    }

    @Test func everyFundedActionAppearsOnceInEachYearItCosts() throws {
        let planned = try Self.haaglanden.get()
        let years = Self.yearSections(planned.markdown, title: "Jaarplan")
        var listed = 0
        for year in planned.agenda.period.years {
            let rows = Self.actionRows(try #require(years[year]), agenda: planned.agenda)
            for outcome in planned.plan.actions {
                let cost = planned.agenda.action(outcome.id)?.cost[year] ?? 0
                let expected = outcome.funded && cost > 0 ? 1 : 0
                #expect(rows.count(where: { $0.id == outcome.id }) == expected, "\(outcome.id) in \(year)")
                if outcome.funded && cost > 0 {
                    // What it costs that year is what the plan pays for it that year.
                    let row = try #require(rows.first { $0.id == outcome.id })
                    #expect(Self.euros(row.cells[4]) == Self.paid(outcome, in: year), "\(outcome.id) in \(year)")
                    #expect(cost == Self.paid(outcome, in: year))
                }
            }
            listed += rows.count
        }
        #expect(listed > 20)
    }

    @Test func yearTotalsAreThePaymentsOfTheYear() throws {
        let planned = try Self.haaglanden.get()
        let n = LocalNumbers(language: .nl)
        let years = Self.yearSections(planned.markdown, title: "Jaarplan")
        for year in planned.agenda.period.years {
            let lines = try #require(years[year])
            let payments = planned.plan.actions.flatMap(\.payments).filter { $0.year == year }
            let total = payments.reduce(0) { $0 + $1.amount }
            let running = planned.plan.actions.filter { Self.paid($0, in: year) > 0 }.count
            #expect(total > 0)
            #expect(lines.contains("Totaal \(year): \(n.euros(total)) voor \(running) acties."), "\(year)")
            #expect(planned.markdown.contains("\n- \(year): \(n.euros(total)), \(running) acties\n"), "\(year)")
            // The rows add up to it, each action once.
            let rows = Self.actionRows(lines, agenda: planned.agenda)
            #expect(rows.reduce(0) { $0 + (Self.euros($1.cells[4]) ?? 0) } == total, "\(year)")
            // And the "who pays" table spends exactly that.
            let totalRow = try #require(lines.last { $0.hasPrefix("| totaal | ") })
            #expect(Self.euros(Self.cells(totalRow)[3]) == total, "\(year)")
            let spent = planned.plan.sources.filter { $0.year == year }.reduce(0) { $0 + $1.spent }
            #expect(spent == total)
        }
    }

    @Test func actionsShowNamesPlacesAndPayers() throws {
        let planned = try Self.haaglanden.get()
        let agenda = planned.agenda
        let years = Self.yearSections(planned.markdown, title: "Jaarplan")
        for year in agenda.period.years {
            for row in Self.actionRows(try #require(years[year]), agenda: agenda) {
                let action = try #require(agenda.action(row.id))
                #expect(row.cells[1] == agenda.partner(action.lead.value)?.name, "\(row.id)")
                for partner in action.partners {
                    #expect(row.cells[2].contains(try #require(agenda.partner(partner.value)?.name)), "\(row.id)")
                }
                let outcome = try #require(planned.plan.action(row.id))
                for payment in outcome.payments where payment.year == year {
                    #expect(row.cells[5].contains(payment.source), "\(row.id)")
                }
            }
        }
        let first = try #require(years[2025])
        // Serves three goals: listed under the first, the others named.
        #expect(
            first.contains(
                "| Haags Ontmoeten — programmacoördinatie per stadsdeel en doorontwikkeling voor zwaardere zorgvragen "
                    + "(haags-ontmoeten-doorontwikkeling) | Xtra welzijn | Gemeente Den Haag, Stichting Transmurale "
                    + "Zorg Den Haag e.o. "
                    + "| Den Haag | €450.000 | wmo-den-haag (Gemeente Den Haag) €450.000 "
                    + "| Minder eenzaamheid onder 65-plussers, Minder zwaarbelaste mantelzorgers |"),
            "\(first.filter { $0.contains("haags-ontmoeten-doorontwikkeling") })")
    }

    @Test func groupedByThemeThenGoalInTheAgendasOrder() throws {
        let planned = try Self.haaglanden.get()
        let agenda = planned.agenda
        let years = Self.yearSections(planned.markdown, title: "Jaarplan")
        for year in agenda.period.years {
            var themeOrder: [Int] = []
            var goalOrder: [Int] = []
            var currentTheme: String?
            var currentGoal: String?
            for line in try #require(years[year]) {
                if line.hasPrefix("### "),
                    let theme = agenda.themes.firstIndex(where: { line == "### \($0.title) (\($0.id))" })
                {
                    themeOrder.append(theme)
                    currentTheme = agenda.themes[theme].id
                    goalOrder = []
                } else if line.hasPrefix("#### "),
                    let goal = agenda.goals.firstIndex(where: { line == "#### \($0.title) (\($0.id))" })
                {
                    #expect(agenda.goals[goal].theme?.value == currentTheme, "\(line)")
                    goalOrder.append(goal)
                    #expect(goalOrder == goalOrder.sorted(), "\(year): goals of \(currentTheme ?? "-")")
                    currentGoal = agenda.goals[goal].id
                } else if line.hasPrefix("| "), let row = Self.actionRows([line], agenda: agenda).first {
                    // Listed under its first goal.
                    #expect(agenda.action(row.id)?.goals.first?.value == currentGoal, "\(row.id)")
                } else if line.hasPrefix("### ") {
                    #expect(line == "### Wie betaalt in \(year)")
                }
            }
            #expect(!themeOrder.isEmpty)
            #expect(themeOrder == themeOrder.sorted() && Set(themeOrder).count == themeOrder.count, "\(year)")
        }
    }

    @Test func unfundedActionsAreListedAtTheEndWithTheirReason() throws {
        let planned = try Self.haaglanden.get()
        let unfunded = planned.plan.actions.filter { !$0.funded }
        #expect(!unfunded.isEmpty)
        let section = try #require(Self.sections(planned.markdown).last)
        #expect(section.heading == "Niet in het jaarplan (\(unfunded.count))")
        let rows = Self.actionRows(section.lines, agenda: planned.agenda)
        #expect(rows.map(\.id) == unfunded.map(\.id))
        // Each reason names its cause: the other actions, or every year the money falls short.
        for (row, outcome) in zip(rows, unfunded) {
            #expect(outcome.reason != nil)
            let detail = outcome.cause ?? UnfundedDetail()
            for other in detail.otherActions { #expect(row.cells[1].contains("'\(other)'"), "\(outcome.id)") }
            for shortfall in detail.shortfalls {
                #expect(row.cells[1].contains("in \(shortfall.year) "), "\(outcome.id): \(row.cells[1])")
            }
            #expect(!row.cells[1].isEmpty)
        }
    }

    @Test func whoPaysPerYearFromThePlansSources() throws {
        let planned = try Self.haaglanden.get()
        let n = LocalNumbers(language: .nl)
        let lines = try #require(Self.yearSections(planned.markdown, title: "Jaarplan")[2026])
        #expect(lines.contains("| bron | financier | budget | besteed | over |"))
        let wmo = try #require(planned.plan.sources.first { $0.id == "wmo-den-haag" && $0.year == 2026 })
        #expect(
            lines.contains(
                "| wmo-den-haag | Gemeente Den Haag | \(n.euros(wmo.budget)) | \(n.euros(wmo.spent)) | "
                    + "\(n.euros(wmo.left)) |"
            ))
        // GALA ends in 2026: no row for it in 2027.
        let later = try #require(Self.yearSections(planned.markdown, title: "Jaarplan")[2027])
        #expect(lines.contains { $0.hasPrefix("| gala | Rijksoverheid — GALA") })
        #expect(!later.contains { $0.hasPrefix("| gala | ") })
    }

    @Test func sameInputSameBytes() throws {
        let planned = try Self.haaglanden.get()
        #expect(Array(planned.rendering.annualPlan().utf8) == Array(planned.markdown.utf8))
        // Loaded, planned and written again from scratch (the small example: Haaglanden's plan
        // takes a while, and the planner's own determinism is tested in PlannerTests).
        let example = Self.projectPath("agendas/example.yaml")
        #expect(Array(try Self.plan(example).markdown.utf8) == Array(try Self.plan(example).markdown.utf8))
    }

    // MARK: Language, escaping, infeasible plans

    @Test func englishForTheEnglishExample() throws {
        let planned = try Self.plan(Self.projectPath("agendas/example.yaml"))
        #expect(planned.agenda.header.language == .en)
        let markdown = planned.markdown
        #expect(markdown.hasPrefix("# Annual plan — Ageing well at home — Riverside\n\nperiod: 2025–2028 · status: "))
        #expect(
            Self.sections(markdown).filter { $0.heading.hasPrefix("Annual plan ") }.map(\.heading)
                == (2025...2028).map { "Annual plan \($0)" })
        #expect(markdown.contains("| action | lead | partners | where | cost 2025 | paid by | also for goals |"))
        #expect(markdown.contains("### Who pays in 2025\n\n| source | funder | budget | spent | left |"))
        #expect(markdown.contains("\nTotal 2025: €"))
        for dutch in ["Jaarplan", "trekker", "Wie betaalt", "Totaal", "acties", "Niet in het jaarplan"] {
            #expect(!markdown.contains(dutch), "\(dutch)")
        }
        let n = LocalNumbers(language: .en)
        for year in 2025...2028 {
            let total = planned.plan.actions.flatMap(\.payments).filter { $0.year == year }.reduce(0) { $0 + $1.amount }
            #expect(markdown.contains("\n- \(year): \(n.euros(total)), "), "\(year)")
        }
    }

    @Test func agendaTextCannotBreakTheMarkdown() throws {
        // A copy of Haaglanden with a pipe, a line break and a carriage return in a funded action's
        // title, a pipe in its lead's name and in its theme's title.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("annual-plan-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: URL(fileURLWithPath: Self.projectPath("agendas/haaglanden")), to: folder)
        func edit(_ file: String, _ old: String, _ new: String) throws {
            let url = folder.appendingPathComponent(file)
            let text = try String(contentsOf: url, encoding: .utf8)
            #expect(text.components(separatedBy: old).count == 2, "\(old)")
            try text.replacingOccurrences(of: old, with: new).write(to: url, atomically: true, encoding: .utf8)
        }
        try edit(
            "actions/welfare.yaml",
            "title: Haags Ontmoeten — programmacoördinatie per stadsdeel en doorontwikkeling voor zwaardere zorgvragen",
            #"title: "Haags | Ontmoeten\nregel twee\r\n- drie""#)
        try edit("partners.yaml", "name: Xtra welzijn", "name: Xtra | welzijn")
        try edit("goals.yaml", "title: Ontmoeting en meedoen", "title: Ontmoeting | meedoen")

        // Escaping needs a plan, not the fewest payments, whose search took half of this test's time.
        let planned = try Self.plan(folder.appendingPathComponent("agenda.yaml").path, planner: .quickPayments)
        let markdown = planned.markdown
        #expect(!markdown.contains("\r") && !markdown.contains("regel twee\n"))
        #expect(
            markdown.contains(
                "| Haags \\| Ontmoeten regel twee - drie (haags-ontmoeten-doorontwikkeling) | Xtra \\| welzijn | "))
        #expect(markdown.contains("\n### Ontmoeting \\| meedoen (ontmoeting)\n"))
        // Every table row has as many cells as its header.
        for block in markdown.components(separatedBy: "\n\n") where block.hasPrefix("|") {
            let counts = block.split(separator: "\n").map {
                $0.replacingOccurrences(of: "\\|", with: "").count(where: { $0 == "|" })
            }
            #expect(Set(counts).count == 1, "\(block)")
        }
        // The action is still there once a year.
        for year in 2025...2028 {
            let lines = try #require(Self.yearSections(markdown, title: "Jaarplan")[year])
            #expect(lines.count(where: { $0.contains("(haags-ontmoeten-doorontwikkeling) |") }) == 1)
        }
    }

    @Test func anInfeasiblePlanSaysSo() throws {
        // A committed action that its one source cannot pay in 2025.
        let text = Base.with("budget: {2025: 100000, 2026: 100000}", "budget: {2025: 30000, 2026: 100000}")
            .replacingOccurrences(of: "    partners: [ggd]\n", with: "    partners: [ggd]\n    status: committed\n")
        let agenda = try PlannerTests.load(text)
        let result = try Planner(registry: InstalledModules.registry).plan(agenda)
        #expect(result.plan.status == .infeasible)
        let markdown = PlanRendering(
            agenda: agenda, problem: result.problem, plan: result.plan, scores: result.scores,
            registry: InstalledModules.registry
        ).annualPlan()
        #expect(markdown.hasPrefix("# Annual plan — Test agenda\n\nperiod: 2025–2026 · status: infeasible"))
        #expect(markdown.contains("\n\nThere is no annual plan: no plan keeps the commitments, rules and floors"))
        #expect(markdown.contains("must be funded, but in 2025 it needs"))
        #expect(!markdown.contains("## Annual plan 2025") && !markdown.contains("|"))
        #expect(markdown.split(separator: "\n").count < 10)
    }

    @Test func aPlanWithoutFundedActionsSaysSo() throws {
        // Budgets too small for either action: a valid plan that funds nothing.
        let agenda = try PlannerTests.load(
            Base.with("budget: {2025: 100000, 2026: 100000}", "budget: {2025: 1000, 2026: 1000}"))
        let result = try Planner(registry: InstalledModules.registry).plan(agenda)
        #expect(result.plan.status != .infeasible && !result.plan.actions.contains(where: \.funded))
        let markdown = PlanRendering(
            agenda: agenda, problem: result.problem, plan: result.plan, scores: result.scores,
            registry: InstalledModules.registry
        ).annualPlan()
        #expect(markdown.contains("\n\nThe plan funds no action in 2025–2026, so there is no annual plan.\n"))
        #expect(!markdown.contains("## Annual plan 2025"))
        #expect(markdown.contains("## Not in the annual plan (2)\n"))
        // The reason names the cause: every year, the source, and the euros short.
        #expect(
            markdown.contains(
                "| Valpreventie (valpreventie) | beside the plan's other payments, the money falls short: in 2025 "
                    + "'wmo' has €19,000 too little for it; in 2026 'wmo' has €19,000 too little for it |"))
    }

    @Test func aYearWithoutActionsSaysSo() throws {
        // The period runs a year past every action's cost and every budget.
        let agenda = try PlannerTests.load(Base.with("period: 2025-2026", "period: 2025-2027"))
        let result = try Planner(registry: InstalledModules.registry).plan(agenda)
        let markdown = PlanRendering(
            agenda: agenda, problem: result.problem, plan: result.plan, scores: result.scores,
            registry: InstalledModules.registry
        ).annualPlan()
        let year = try #require(Self.yearSections(markdown, title: "Annual plan")[2027])
        #expect(year.joined(separator: "\n") == "\nNo funded action runs in 2027.\n\n### Who pays in 2027\n\nnone\n")
        #expect(markdown.contains("\n- 2027: €0, 0 actions\n"))
        #expect(markdown.contains("## Not in the annual plan (0)\n\nEvery action of the agenda is funded.\n"))
        // Base has no themes: the actions are under "No theme", by goal.
        let first = try #require(Self.yearSections(markdown, title: "Annual plan")[2025])
        #expect(first.contains("### No theme") && first.contains("#### Ontmoeting (ontmoeting)"))
        #expect(
            first.contains(
                "| Ontmoeting in Laak (ontmoeting-laak) | Xtra | GGD | Laak (Den Haag) | €50,000 | wmo €50,000 | — |"))
        #expect(first.contains("| subtotal |  |  |  | €70,000 |  |  |"))
    }
}
