import AgendaModules
import Foundation
import TestSupport
import Testing

@testable import AgendaCore

/// The agenda of the later years after what was spent before them, on agendas/example.yaml:
/// period 2025–2028; social-support-fund €150,000, €150,000, €140,000, €140,000 with carry-over;
/// prevention-grant €60,000 in 2025 and 2026 without; actions meeting-place-south (€40,000 in 2025,
/// €50,000 in 2026–2028), falls-prevention (€30,000 in 2025–2026), frailty-check (€60,000 a year),
/// carers-support (running, €70,000 a year), network-map (€15,000 in 2025) and joint-budget-deal
/// (€10,000 in 2026, requires the frailty check).
@Suite struct ReplanningTests {
    static func example() throws -> Agenda {
        let loaded = AgendaLoader(registry: InstalledModules.registry).load(
            path: Repository.path("agendas/example.yaml"))
        #expect(!loaded.hasErrors)
        return try #require(loaded.agenda)
    }

    /// Spending in 2025 as the adopted plan paid it: €120,000 from social-support-fund
    /// (35,000 + 70,000 + 15,000), €5,000 from prevention-grant; falls-prevention reported 0.
    static let spent2025 = [
        Replanning.Spent(action: "meeting-place-south", source: "social-support-fund", year: 2025, cents: 3_500_000),
        Replanning.Spent(action: "meeting-place-south", source: "prevention-grant", year: 2025, cents: 500_000),
        Replanning.Spent(action: "falls-prevention", source: "prevention-grant", year: 2025, cents: 0),
        Replanning.Spent(action: "carers-support", source: "social-support-fund", year: 2025, cents: 7_000_000),
        Replanning.Spent(action: "network-map", source: "social-support-fund", year: 2025, cents: 1_500_000),
    ]

    static func budget(_ agenda: Agenda, _ source: String) -> [Int: Int] {
        Dictionary(
            (agenda.source(source)?.budget.entries ?? []).map { ($0.year, $0.euros) },
            uniquingKeysWith: { first, _ in first })
    }

    static func cost(_ agenda: Agenda, _ action: String) -> [Int: Int] {
        Dictionary(
            (agenda.action(action)?.cost.entries ?? []).map { ($0.year, $0.euros) },
            uniquingKeysWith: { first, _ in first })
    }

    /// social-support-fund's spending in 2025 alone, in cents.
    static func supportFundSpent(_ cents: Int64) -> [Replanning.Spent] {
        [Replanning.Spent(action: "carers-support", source: "social-support-fund", year: 2025, cents: cents)]
    }

    @Test func fromTheSecondYear() throws {
        let original = try Self.example()
        let replanning = try Replanning(agenda: original, spent: Self.spent2025, fromYear: 2026)
        let agenda = replanning.agenda
        #expect(agenda.period == YearRange(from: 2026, to: 2028))
        // Only the costs of 2026 on.
        #expect(Self.cost(agenda, "meeting-place-south") == [2026: 50000, 2027: 50000, 2028: 50000])
        #expect(Self.cost(agenda, "falls-prevention") == [2026: 30000])
        #expect(Self.cost(agenda, "frailty-check") == [2026: 60000, 2027: 60000, 2028: 60000])
        #expect(Self.cost(agenda, "carers-support") == [2026: 70000, 2027: 70000, 2028: 70000])
        #expect(Self.cost(agenda, "network-map") == [:])
        #expect(Self.cost(agenda, "joint-budget-deal") == [2026: 10000])
        // The actions that spent money in 2025, in the agenda's order; falls-prevention spent 0.
        #expect(replanning.started == ["meeting-place-south", "carers-support", "network-map"])
        #expect(
            agenda.actions.map { "\($0.id) \($0.status.rawValue)" } == [
                "meeting-place-south running", "falls-prevention proposed", "frailty-check proposed",
                "carers-support running", "network-map running", "joint-budget-deal proposed",
            ])
        // social-support-fund: 150,000 − 120,000 = 30,000 unspent in 2025, carried into 2026.
        #expect(Self.budget(agenda, "social-support-fund") == [2026: 180_000, 2027: 140_000, 2028: 140_000])
        #expect(replanning.carried == [Replanning.Carried(source: "social-support-fund", euros: 30000)])
        // prevention-grant: €55,000 of 2025 lapsed; 2026 keeps its 60,000.
        #expect(Self.budget(agenda, "prevention-grant") == [2026: 60000])
        // The partner's committed euros are for the years of the new period.
        #expect(Self.budget(agenda, "commitment:riverside-welfare") == [2026: 10000, 2027: 10000, 2028: 10000])
        // The original is untouched.
        #expect(original.period == YearRange(from: 2025, to: 2028))
        #expect(Self.budget(original, "social-support-fund")[2026] == 150_000)
    }

    @Test func nothingSpentCarriesTheWholeYear() throws {
        let replanning = try Replanning(agenda: try Self.example(), spent: [], fromYear: 2026)
        #expect(replanning.started == [])
        #expect(Self.budget(replanning.agenda, "social-support-fund") == [2026: 300_000, 2027: 140_000, 2028: 140_000])
        #expect(replanning.carried == [Replanning.Carried(source: "social-support-fund", euros: 150_000)])
        #expect(replanning.agenda.action("carers-support")?.status == .running)
        #expect(replanning.agenda.action("meeting-place-south")?.status == .proposed)
    }

    @Test func spendingInOrAfterTheYearIsNotBefore() throws {
        // Money spent in 2026 is not spent before it: it neither starts an action nor counts.
        let spent = [
            Replanning.Spent(action: "frailty-check", source: "social-support-fund", year: 2026, cents: 6_000_000)
        ]
        let replanning = try Replanning(agenda: try Self.example(), spent: spent, fromYear: 2026)
        #expect(replanning.started == [])
        #expect(replanning.agenda.action("frailty-check")?.status == .proposed)
        #expect(Self.budget(replanning.agenda, "social-support-fund")[2026] == 300_000)
    }

    @Test func fromALaterYear() throws {
        // From 2027: 2025 and 2026 are before it. social-support-fund had 300,000 and spent
        // 120,000 (2025) + 100,000 (2026) = 220,000: 80,000 carried into 2027. prevention-grant
        // has no budget from 2027 on.
        let spent =
            Self.spent2025 + [
                Replanning.Spent(
                    action: "frailty-check", source: "social-support-fund", year: 2026, cents: 10_000_000)
            ]
        let replanning = try Replanning(agenda: try Self.example(), spent: spent, fromYear: 2027)
        #expect(replanning.agenda.period == YearRange(from: 2027, to: 2028))
        #expect(Self.budget(replanning.agenda, "social-support-fund") == [2027: 220_000, 2028: 140_000])
        #expect(Self.budget(replanning.agenda, "prevention-grant") == [:])
        #expect(replanning.carried == [Replanning.Carried(source: "social-support-fund", euros: 80000)])
        #expect(replanning.started == ["meeting-place-south", "frailty-check", "carers-support", "network-map"])
        #expect(Self.cost(replanning.agenda, "falls-prevention") == [:])
        #expect(Self.cost(replanning.agenda, "frailty-check") == [2027: 60000, 2028: 60000])
    }

    @Test func fromTheLastYear() throws {
        let replanning = try Replanning(agenda: try Self.example(), spent: [], fromYear: 2028)
        #expect(replanning.agenda.period == YearRange(from: 2028, to: 2028))
        // 150,000 + 150,000 + 140,000 unspent, carried into 2028's 140,000.
        #expect(Self.budget(replanning.agenda, "social-support-fund") == [2028: 580_000])
    }

    @Test func anOverspendLowersTheFirstYears() throws {
        // 170,000 spent of 150,000: 20,000 taken from 2026.
        let over = try Replanning(agenda: try Self.example(), spent: Self.supportFundSpent(17_000_000), fromYear: 2026)
        #expect(Self.budget(over.agenda, "social-support-fund") == [2026: 130_000, 2027: 140_000, 2028: 140_000])
        #expect(over.carried == [Replanning.Carried(source: "social-support-fund", euros: -20000)])
        // 350,000 spent: 200,000 over; 2026's 150,000 goes to 0 and 50,000 more from 2027.
        let more = try Replanning(agenda: try Self.example(), spent: Self.supportFundSpent(35_000_000), fromYear: 2026)
        #expect(Self.budget(more.agenda, "social-support-fund") == [2026: 0, 2027: 90000, 2028: 140_000])
        #expect(more.carried == [Replanning.Carried(source: "social-support-fund", euros: -200_000)])
        // 650,000 spent: 500,000 over, more than 2026–2028's 430,000: every year 0, never below.
        let all = try Replanning(agenda: try Self.example(), spent: Self.supportFundSpent(65_000_000), fromYear: 2026)
        #expect(Self.budget(all.agenda, "social-support-fund") == [2026: 0, 2027: 0, 2028: 0])
        #expect(all.carried == [Replanning.Carried(source: "social-support-fund", euros: -500_000)])
    }

    @Test func partEurosCountAsSpent() throws {
        // 120,000.50 spent: 29,999.50 left, carried as 29,999 (the part-spent euro is spent).
        let under = try Replanning(agenda: try Self.example(), spent: Self.supportFundSpent(12_000_050), fromYear: 2026)
        #expect(under.carried == [Replanning.Carried(source: "social-support-fund", euros: 29999)])
        #expect(Self.budget(under.agenda, "social-support-fund")[2026] == 179_999)
        // 150,000.50 spent: 0.50 over, taken as a whole euro.
        let over = try Replanning(agenda: try Self.example(), spent: Self.supportFundSpent(15_000_050), fromYear: 2026)
        #expect(over.carried == [Replanning.Carried(source: "social-support-fund", euros: -1)])
        #expect(Self.budget(over.agenda, "social-support-fund")[2026] == 149_999)
    }

    @Test func theYearMustBeALaterYearOfThePeriod() throws {
        let agenda = try Self.example()
        let period = YearRange(from: 2025, to: 2028)
        for year in [2024, 2025, 2029] {
            #expect(throws: Replanning.Failure.year(year, period: period)) {
                try Replanning(agenda: agenda, spent: [], fromYear: year)
            }
        }
        #expect(
            Replanning.Failure.year(2025, period: period).description
                == "--from-year 2025 must be a later year of the period 2025–2028")
    }

    @Test func spendingIsTheActualFiguresAndThePlanWhereNoneWereImported() throws {
        // The plan paid meeting-place-south from both sources in 2025 and falls-prevention from
        // prevention-grant in 2025 and 2026; the import says social-support-fund paid all of
        // meeting-place-south's 2025 (its figures for that year are complete, so the plan's
        // prevention-grant part was not paid) and gives a 2026 figure, which is not before 2026.
        let spent = Replanning.Spent.init(action:source:year:cents:)
        let rows = try Replanning.spending(
            planned: [
                spent("meeting-place-south", "social-support-fund", 2025, 3_500_000),
                spent("meeting-place-south", "prevention-grant", 2025, 500_000),
                spent("falls-prevention", "prevention-grant", 2025, 3_000_000),
                spent("falls-prevention", "prevention-grant", 2026, 3_000_000),
            ],
            actual: [
                spent("meeting-place-south", "social-support-fund", 2025, 4_000_000),
                spent("meeting-place-south", "social-support-fund", 2026, 100),
            ],
            before: 2026)
        #expect(
            rows == [
                spent("falls-prevention", "prevention-grant", 2025, 3_000_000),
                spent("meeting-place-south", "social-support-fund", 2025, 4_000_000),
            ])
        let huge = spent("network-map", "social-support-fund", 2025, Int64.max)
        #expect(throws: Replanning.Failure.overflow) {
            try Replanning.spending(planned: [huge, huge], actual: [], before: 2026)
        }
    }

    @Test func anOverflowThrows() throws {
        let spent = ["meeting-place-south", "carers-support"].map {
            Replanning.Spent(action: $0, source: "social-support-fund", year: 2025, cents: Int64.max)
        }
        #expect(throws: Monitoring.Failure.overflow) {
            try Replanning(agenda: try Self.example(), spent: spent, fromYear: 2026)
        }
    }

    @Test func theSummary() throws {
        let replanning = try Replanning(agenda: try Self.example(), spent: Self.spent2025, fromYear: 2026)
        // 12,500,000 cents = €125,000 (social-support-fund's 120,000 and prevention-grant's 5,000).
        #expect(
            replanning.summary(spentCents: 12_500_000, fromYear: 2026) == [
                "Fixed before 2026: €125,000 spent (the actual figures, and the adopted plan for each action and year without any).",
                "3 actions already started and must go on: meeting-place-south, carers-support, network-map.",
                "Carried into 2026 (unspent, or overspent when negative): social-support-fund €30,000.",
            ])
        // Cents, and nothing started.
        let over = try Replanning(agenda: try Self.example(), spent: [], fromYear: 2026)
        #expect(
            over.summary(spentCents: 50, fromYear: 2026) == [
                "Fixed before 2026: €0.50 spent (the actual figures, and the adopted plan for each action and year without any).",
                "0 actions already started and must go on: none.",
                "Carried into 2026 (unspent, or overspent when negative): social-support-fund €150,000.",
            ])
    }

    @Test func theReplannedAgendaPlansAndFundsItsRunningActions() throws {
        let replanning = try Replanning(agenda: try Self.example(), spent: Self.spent2025, fromYear: 2026)
        let result = try Planner(registry: InstalledModules.registry).plan(replanning.agenda)
        let plan = result.plan
        #expect(plan.status == .optimal)
        let running = replanning.agenda.actions.filter { $0.status == .running }.map(\.id)
        #expect(running == ["meeting-place-south", "carers-support", "network-map"])
        for id in running {
            #expect(plan.action(id)?.funded == true, "\(id) is running and must be funded")
        }
        // Every payment is in 2026–2028, within each source's budget of that year.
        let payments = plan.actions.flatMap(\.payments)
        #expect(payments.allSatisfy { (2026...2028).contains($0.year) })
        for source in replanning.agenda.plannedFunding {
            for year in 2026...2028 {
                let paid = payments.filter { $0.source == source.id && $0.year == year }.reduce(0) { $0 + $1.amount }
                #expect(paid <= source.budget[year], "\(source.id) \(year)")
            }
        }
        // meeting-place-south is paid its €50,000 in each year.
        let meeting = plan.action("meeting-place-south")?.payments ?? []
        for year in 2026...2028 {
            #expect(meeting.filter { $0.year == year }.reduce(0) { $0 + $1.amount } == 50000)
        }
    }
}
