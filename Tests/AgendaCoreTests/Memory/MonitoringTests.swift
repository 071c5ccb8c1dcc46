import AgendaModules
import Foundation
import TestSupport
import Testing

@testable import AgendaCore

/// The adopted plan against actual spending, built by hand.
@Suite struct MonitoringTests {
    typealias Line = Monitoring.Line
    typealias Balance = Monitoring.Balance

    /// Planned A/s1 €1,000 in 2025 and 2026, B/s2 €500 and C/s1 €300 in 2025.
    static let planned = [
        Monitoring.Planned(action: "A", source: "s1", year: 2025, euros: 1000),
        Monitoring.Planned(action: "A", source: "s1", year: 2026, euros: 1000),
        Monitoring.Planned(action: "B", source: "s2", year: 2025, euros: 500),
        Monitoring.Planned(action: "C", source: "s1", year: 2025, euros: 300),
    ]
    /// A spent €1,200, B nothing, D (not in the plan) €50; C has no actual figure.
    static let spent = [
        Monitoring.Spent(action: "A", source: "s1", year: 2025, cents: 120_000, trace: "import 1, a.csv:2"),
        Monitoring.Spent(action: "B", source: "s2", year: 2025, cents: 0, trace: "import 1, a.csv:3"),
        Monitoring.Spent(action: "D", source: "s2", year: 2025, cents: 5000, trace: "import 2, b.csv:2"),
    ]
    /// s1 €2,000 a year with carry-over, s2 €1,000 a year without.
    static let budgets = [
        Monitoring.Budget(source: "s1", year: 2025, euros: 2000, carryOver: true),
        Monitoring.Budget(source: "s1", year: 2026, euros: 2000, carryOver: true),
        Monitoring.Budget(source: "s2", year: 2025, euros: 1000, carryOver: false),
        Monitoring.Budget(source: "s2", year: 2026, euros: 1000, carryOver: false),
    ]

    @Test func linesThroughTheYear() throws {
        let monitoring = try Monitoring(planned: Self.planned, spent: Self.spent, budgets: Self.budgets, through: 2025)
        #expect(monitoring.through == 2025)
        // Sorted by action, year and source; A's 2026 payment is after the year and not a line.
        #expect(
            monitoring.lines == [
                // Planned €1,000 = 100,000 cents, spent 120,000: over.
                Line(
                    action: "A", source: "s1", year: 2025, plannedCents: 100_000, actualCents: 120_000, flag: .over,
                    trace: "import 1, a.csv:2"),
                // Planned €500, reported 0, and B spent nothing anywhere: not started.
                Line(
                    action: "B", source: "s2", year: 2025, plannedCents: 50_000, actualCents: 0, flag: .notStarted,
                    trace: "import 1, a.csv:3"),
                // Planned €300, no figure: not reported.
                Line(
                    action: "C", source: "s1", year: 2025, plannedCents: 30_000, actualCents: nil, flag: .notReported,
                    trace: nil),
                // Nothing planned, 5,000 cents spent: unplanned.
                Line(
                    action: "D", source: "s2", year: 2025, plannedCents: 0, actualCents: 5000, flag: .unplanned,
                    trace: "import 2, b.csv:2"),
            ])
    }

    @Test func balancesPerSource() throws {
        let monitoring = try Monitoring(planned: Self.planned, spent: Self.spent, budgets: Self.budgets, through: 2025)
        #expect(
            monitoring.balances == [
                // s1: budget 2 × €2,000 = 400,000 cents; spent A 120,000 + C at its planned 30,000 =
                // 150,000; with carry-over nothing lapses and 400,000 − 150,000 = 250,000 is
                // available; A's 2026 plan takes 100,000, leaving 150,000.
                Balance(
                    source: "s1", carryOver: true, budgetCents: 400_000, spentCents: 150_000, lapsedCents: 0,
                    availableCents: 250_000, plannedAfterCents: 100_000, leftCents: 150_000),
                // s2: budget 200,000; spent B 0 + D 5,000 = 5,000; without carry-over 2025's
                // 100,000 − 5,000 = 95,000 lapsed and only 2026's 100,000 is available; nothing
                // planned after 2025, so 100,000 is left.
                Balance(
                    source: "s2", carryOver: false, budgetCents: 200_000, spentCents: 5000, lapsedCents: 95_000,
                    availableCents: 100_000, plannedAfterCents: 0, leftCents: 100_000),
            ])
    }

    @Test func throughTheLastYear() throws {
        // Through 2026 A's second €1,000 is a line (not reported: counted as planned).
        let monitoring = try Monitoring(planned: Self.planned, spent: Self.spent, budgets: Self.budgets, through: 2026)
        #expect(
            monitoring.lines.map { "\($0.action) \($0.year) \($0.flag.rawValue)" } == [
                "A 2025 over", "A 2026 not-reported", "B 2025 not-started", "C 2025 not-reported", "D 2025 unplanned",
            ])
        // s1 spent 150,000 + 100,000 = 250,000 of 400,000; s2 lapses 95,000 in 2025 and the whole
        // 100,000 of 2026, with nothing left after the period.
        #expect(
            monitoring.balances == [
                Balance(
                    source: "s1", carryOver: true, budgetCents: 400_000, spentCents: 250_000, lapsedCents: 0,
                    availableCents: 150_000, plannedAfterCents: 0, leftCents: 150_000),
                Balance(
                    source: "s2", carryOver: false, budgetCents: 200_000, spentCents: 5000, lapsedCents: 195_000,
                    availableCents: 0, plannedAfterCents: 0, leftCents: 0),
            ])
    }

    @Test func onPlanAndUnderspent() throws {
        // E planned €100 on each source and spent 10,000 cents on s1, 0 on s2: it has started, so
        // s2 is under, not "not started". F spent exactly its €200.
        let monitoring = try Monitoring(
            planned: [
                Monitoring.Planned(action: "E", source: "s1", year: 2025, euros: 100),
                Monitoring.Planned(action: "E", source: "s2", year: 2025, euros: 100),
                Monitoring.Planned(action: "F", source: "s1", year: 2025, euros: 200),
            ],
            spent: [
                Monitoring.Spent(action: "E", source: "s1", year: 2025, cents: 10_000, trace: "t1"),
                Monitoring.Spent(action: "E", source: "s2", year: 2025, cents: 0, trace: "t2"),
                Monitoring.Spent(action: "F", source: "s1", year: 2025, cents: 20_000, trace: "t3"),
            ],
            budgets: Self.budgets, through: 2025)
        #expect(monitoring.lines.map(\.flag) == [.onPlan, .under, .onPlan])
        #expect(monitoring.lines.map(\.source) == ["s1", "s2", "s1"])
    }

    @Test func startedInAnEarlierYear() throws {
        // G spent in 2025 and reported 0 for 2026: it started, so 2026 is under.
        let monitoring = try Monitoring(
            planned: [
                Monitoring.Planned(action: "G", source: "s1", year: 2025, euros: 100),
                Monitoring.Planned(action: "G", source: "s1", year: 2026, euros: 100),
            ],
            spent: [
                Monitoring.Spent(action: "G", source: "s1", year: 2025, cents: 10_000, trace: "t1"),
                Monitoring.Spent(action: "G", source: "s1", year: 2026, cents: 0, trace: "t2"),
            ],
            budgets: Self.budgets, through: 2026)
        #expect(monitoring.lines.map(\.flag) == [.onPlan, .under])
    }

    @Test func figuresFromAnotherSourceReplaceThePlannedOne() throws {
        // H was planned €1,000 from s1 and €200 from s2 in 2025; the import says s2 paid €1,100 and
        // names no s1 figure: H's figures for 2025 are complete, so s1 paid nothing (counting its
        // planned €1,000 too would spend the money twice). K has no figure at all for 2025, and J's
        // only figure is 0 from s2, so J did not start.
        let monitoring = try Monitoring(
            planned: [
                Monitoring.Planned(action: "H", source: "s1", year: 2025, euros: 1000),
                Monitoring.Planned(action: "H", source: "s2", year: 2025, euros: 200),
                Monitoring.Planned(action: "J", source: "s1", year: 2025, euros: 300),
                Monitoring.Planned(action: "K", source: "s1", year: 2025, euros: 400),
            ],
            spent: [
                Monitoring.Spent(action: "H", source: "s2", year: 2025, cents: 110_000, trace: "t1"),
                Monitoring.Spent(action: "J", source: "s2", year: 2025, cents: 0, trace: "t2"),
            ],
            budgets: Self.budgets, through: 2025)
        #expect(
            monitoring.lines == [
                Line(
                    action: "H", source: "s1", year: 2025, plannedCents: 100_000, actualCents: 0, flag: .otherSource,
                    trace: nil),
                Line(
                    action: "H", source: "s2", year: 2025, plannedCents: 20_000, actualCents: 110_000, flag: .over,
                    trace: "t1"),
                Line(
                    action: "J", source: "s1", year: 2025, plannedCents: 30_000, actualCents: 0, flag: .notStarted,
                    trace: nil),
                Line(
                    action: "J", source: "s2", year: 2025, plannedCents: 0, actualCents: 0, flag: .onPlan, trace: "t2"),
                Line(
                    action: "K", source: "s1", year: 2025, plannedCents: 40_000, actualCents: nil, flag: .notReported,
                    trace: nil),
            ])
        // s1 spent only K's planned 40,000; s2 spent H's 110,000.
        #expect(monitoring.balances.map(\.spentCents) == [40_000, 110_000])
        #expect(monitoring.spentCents == 150_000)
    }

    @Test func aSumBeyondInt64Throws() {
        // Two actions spending Int64.max cents each from s1 in 2025: their sum does not fit.
        let spent = ["X", "Y"].map {
            Monitoring.Spent(action: $0, source: "s1", year: 2025, cents: Int64.max, trace: "t")
        }
        #expect(throws: Monitoring.Failure.overflow) {
            try Monitoring(planned: [], spent: spent, budgets: Self.budgets, through: 2025)
        }
        // Euros whose cents do not fit: Int.max / 50 euros × 100.
        let planned = [Monitoring.Planned(action: "A", source: "s1", year: 2025, euros: Int.max / 50)]
        #expect(throws: Monitoring.Failure.overflow) {
            try Monitoring(planned: planned, spent: [], budgets: Self.budgets, through: 2025)
        }
        // The same planned after the year: the balance's sum of later payments overflows.
        let later = [Monitoring.Planned(action: "A", source: "s1", year: 2026, euros: Int.max / 50)]
        #expect(throws: Monitoring.Failure.overflow) {
            try Monitoring(planned: later, spent: [], budgets: Self.budgets, through: 2025)
        }
        // A budget too large for cents.
        let budgets = [Monitoring.Budget(source: "s1", year: 2025, euros: Int.max / 50, carryOver: true)]
        #expect(throws: Monitoring.Failure.overflow) {
            try Monitoring(planned: [], spent: [], budgets: budgets, through: 2025)
        }
    }

    // MARK: The report, in Dutch

    /// Base agenda in Dutch: source wmo €100,000 a year in 2025–2026 without carry-over, actions
    /// ontmoeting-laak and valpreventie.
    static let dutch = Base.with("  period: 2025-2026\n", "  period: 2025-2026\n  language: nl\n")

    static func rendering() throws -> MonitorRendering {
        let agenda = try #require(try AgendaFixture(files: ["agenda.yaml": Self.dutch]).load().agenda)
        #expect(agenda.header.language == .nl)
        // Planned €40,000 and €20,000 in 2025 and €40,000 in 2026; €45,000 spent on
        // ontmoeting-laak in 2025, nothing reported for valpreventie.
        let monitoring = try Monitoring(
            planned: [
                Monitoring.Planned(action: "ontmoeting-laak", source: "wmo", year: 2025, euros: 40000),
                Monitoring.Planned(action: "ontmoeting-laak", source: "wmo", year: 2026, euros: 40000),
                Monitoring.Planned(action: "valpreventie", source: "wmo", year: 2025, euros: 20000),
            ],
            spent: [
                Monitoring.Spent(
                    action: "ontmoeting-laak", source: "wmo", year: 2025, cents: 4_500_000,
                    trace: "import 1, uitgaven.csv:2")
            ],
            budgets: [
                Monitoring.Budget(source: "wmo", year: 2025, euros: 100_000, carryOver: false),
                Monitoring.Budget(source: "wmo", year: 2026, euros: 100_000, carryOver: false),
            ],
            through: 2025)
        return MonitorRendering(agenda: agenda, monitoring: monitoring, baseline: (run: 3, by: "Els", on: "2025-01-20"))
    }

    @Test func dutchJSON() throws {
        let rendering = try Self.rendering()
        guard case .object(let pairs) = rendering.report.json else {
            Issue.record("the report is not a JSON object")
            return
        }
        #expect(pairs.map(\.0) == ["agenda", "through", "baseline", "lines", "sources"])
        let json = Dictionary(pairs, uniquingKeysWith: { first, _ in first })
        #expect(json["agenda"] == .string("test-agenda"))
        #expect(json["through"] == .int(2025))
        #expect(
            json["baseline"]
                == .object([("run", .int(3)), ("adopted_by", .string("Els")), ("adopted_on", .string("2025-01-20"))]))
        // Whole euros as integers; the state by its stable name, not its Dutch words.
        #expect(
            json["lines"]
                == .array([
                    .object([
                        ("action", .string("ontmoeting-laak")), ("source", .string("wmo")), ("year", .int(2025)),
                        ("planned", .int(40000)), ("actual", .int(45000)), ("difference", .int(5000)),
                        ("state", .string("over")), ("figure_from", .string("import 1, uitgaven.csv:2")),
                    ]),
                    .object([
                        ("action", .string("valpreventie")), ("source", .string("wmo")), ("year", .int(2025)),
                        ("planned", .int(20000)), ("actual", .null), ("difference", .null),
                        ("state", .string("not-reported")), ("figure_from", .null),
                    ]),
                ]))
        // wmo: budget €200,000; spent €45,000 + €20,000 (as planned) = €65,000; lapsed
        // €100,000 − €65,000 = €35,000; available from 2026 its €100,000; planned €40,000; left €60,000.
        #expect(
            json["sources"]
                == .array([
                    .object([
                        ("source", .string("wmo")), ("budget", .int(200_000)), ("spent", .int(65000)),
                        ("lapsed", .int(35000)), ("available", .int(100_000)), ("planned_after", .int(40000)),
                        ("left", .int(60000)),
                    ])
                ]))
        // The rendered text is that JSON.
        let parsed = try JSONSerialization.jsonObject(with: Data(rendering.rendered(.json).utf8)) as? [String: Any]
        #expect(Set(parsed?.keys.map { $0 } ?? []) == ["agenda", "through", "baseline", "lines", "sources"])
    }

    @Test func dutchText() throws {
        let text = try Self.rendering().rendered(.text)
        #expect(text.hasPrefix("Plan tegen werkelijke uitgaven t/m 2025 — Test agenda\n"))
        #expect(text.contains("Basis: run 3, vastgesteld door Els op 2025-01-20."))
        // Spent €45.000 + €20.000 = €65.000 against €40.000 + €20.000 = €60.000 planned.
        #expect(text.contains("Besteed t/m 2025: €65.000 tegen €60.000 gepland."))
        #expect(
            text.contains(
                "1 overschreden, 0 niet gestart, 1 zonder werkelijk bedrag (geteld als gepland), 0 uit andere bronnen betaald (geteld als €0)."
            ))
        #expect(text.contains("overschreden"))
        #expect(text.contains("geen werkelijk bedrag"))
        #expect(text.contains("Geld per bron voor de resterende jaren"))
        #expect(!text.contains("overspent"))
    }

    @Test func centsInTheReport() throws {
        // An amount with cents is a decimal in JSON and written with a decimal comma in Dutch.
        var rendering = try Self.rendering()
        rendering.monitoring.lines[0].actualCents = 4_500_050
        guard case .object(let pairs) = rendering.report.json,
            case .array(let lines)? = pairs.first(where: { $0.0 == "lines" })?.1,
            case .object(let first)? = lines.first
        else {
            Issue.record("the report has no lines")
            return
        }
        #expect(first.first { $0.0 == "actual" }?.1 == .double(45000.5))
        #expect(first.first { $0.0 == "difference" }?.1 == .double(5000.5))
        #expect(rendering.rendered(.text).contains("€45.000,50"))
    }
}
