import Foundation
import TestSupport
import Testing

@testable import AgendaCommandLine

/// Actual spending against the adopted plan: `actuals import`, `monitor` and `replan`.
extension StoreCommandTests {
    /// Spending in 2025 of three funded actions of the example's plan, one with cents.
    static let spending = """
        action,source,year,amount
        meeting-place-south,social-support-fund,2025,38000
        falls-prevention,prevention-grant,2025,25000.50
        carers-support,social-support-fund,2025,70000

        """

    /// The figures of `spending`, in cents by `action|source`.
    static let spent = [
        "meeting-place-south|social-support-fund": 3_800_000, "falls-prevention|prevention-grant": 2_500_050,
        "carers-support|social-support-fund": 7_000_000,
    ]

    /// Records run 1, adopts it, imports `spending`; returns run 1's plan JSON.
    static func adoptAndImport(_ folder: Folder) throws -> [String: Any] {
        let plan = try object(record(folder))
        let adopted = run(["adopt", folder.agenda, "1", "--by", "regiegroep", "--on", "2026-01-15"])
        try #require(adopted.status == 0, "\(adopted.errors)")
        let imported = run(["actuals", "import", folder.agenda, try folder.write("spent-2025.csv", spending)])
        try #require(imported.status == 0, "\(imported.errors)")
        return plan
    }

    @Test func actualsAreImportedOnceAndABadFileChangesNothing() throws {
        let folder = try Folder()
        _ = try Self.record(folder)
        #expect(Self.run(["adopt", folder.agenda, "1", "--by", "regiegroep", "--on", "2026-01-15"]).status == 0)
        let file = try folder.write("spent-2025.csv", Self.spending)
        let imported = Self.run(["actuals", "import", folder.agenda, file])
        #expect(imported.status == 0, "\(imported.errors)")
        #expect(imported.output == "\(file): imported 3 rows as import 1\n")
        let again = Self.run(["actuals", "import", folder.agenda, file])
        #expect(again.status == 0, "\(again.errors)")
        #expect(again.output.hasPrefix("\(file): this file was imported before (import 1, "), "\(again.output)")
        #expect(again.output.hasSuffix("); nothing changed\n"), "\(again.output)")
        let monitored = Self.run(["monitor", folder.agenda, "--format", "json"])
        #expect(monitored.status == 0, "\(monitored.errors)")

        // A good row that would change a figure, then an unknown action: nothing is stored.
        let bad = try folder.write(
            "spent-2025-fix.csv",
            """
            source,year,action,amount
            social-support-fund,2025,carers-support,71000
            social-support-fund,2025,network-mapp,16000

            """)
        let refused = Self.run(["actuals", "import", folder.agenda, bad])
        #expect(refused.status == 1)
        #expect(refused.output.isEmpty)
        #expect(
            refused.errors.contains("\(bad):3:26: error: unknown action 'network-mapp'; did you mean 'network-map'?"),
            "\(refused.errors)")
        #expect(refused.errors.contains("\(bad): nothing was imported"), "\(refused.errors)")
        let after = Self.run(["monitor", folder.agenda, "--format", "json"])
        #expect(after.status == 0, "\(after.errors)")
        #expect(after.output == monitored.output)
    }

    @Test func monitorSetsTheAdoptedPlanAgainstActualSpending() throws {
        let folder = try Folder()
        _ = try Self.record(folder)
        let unadopted = Self.run(["monitor", folder.agenda])
        #expect(unadopted.status == 1)
        #expect(unadopted.errors.contains("\(folder.store): error: no plan is adopted yet"), "\(unadopted.errors)")

        let plan = try Self.adoptAndImport(folder)
        let result = Self.run(["monitor", folder.agenda, "--year", "2025", "--format", "json"])
        #expect(result.status == 0, "\(result.errors)")
        let monitor = try Self.object(result.output)
        #expect(monitor["through"] as? Int == 2025)
        let baseline = try #require(monitor["baseline"] as? [String: Any])
        #expect(baseline["run"] as? Int == 1)
        #expect(baseline["adopted_by"] as? String == "regiegroep")
        #expect(baseline["adopted_on"] as? String == "2026-01-15")

        // One line per payment of 2025, at the plan's amount, with the imported figure if any; a
        // payment of an action whose 2025 figures name other sources only was not made (0).
        let payments = try Self.payments(plan, in: 2025)
        let reported = Set(Self.spent.keys.compactMap { $0.split(separator: "|").first.map(String.init) })
        let lines = try #require(monitor["lines"] as? [[String: Any]])
        var seen: [String: Int] = [:]
        var states: Set<String> = []
        for line in lines {
            #expect(line["year"] as? Int == 2025)
            let key = "\(line["action"] as? String ?? "")|\(line["source"] as? String ?? "")"
            let planned = try #require(Self.cents(line["planned"]), "\(line)")
            seen[key] = planned / 100
            let elsewhere = Self.spent[key] == nil && reported.contains(line["action"] as? String ?? "")
            let actual = elsewhere ? 0 : Self.spent[key]
            #expect(Self.cents(line["actual"]) == actual, "\(key)")
            let state = line["state"] as? String ?? ""
            states.insert(state)
            if let actual {
                #expect(Self.cents(line["difference"]) == actual - planned, "\(key)")
                let flag =
                    elsewhere ? "other-source" : actual > planned ? "over" : actual < planned ? "under" : "on-plan"
                #expect(state == flag, "\(key)")
            } else {
                #expect(line["difference"] is NSNull, "\(key)")
                #expect(state == "not-reported", "\(key)")
            }
        }
        #expect(seen == payments)
        #expect(states.isSuperset(of: ["over", "under", "not-reported"]), "\(states)")

        // Each source's money adds up: spent is actual, or planned where not reported.
        let later = try (2026...2028).map { try Self.payments(plan, in: $0) }
        let sources = try #require(monitor["sources"] as? [[String: Any]])
        #expect(
            Set(sources.compactMap { $0["source"] as? String }).isSuperset(of: [
                "social-support-fund", "prevention-grant",
            ]))
        for balance in sources {
            let source = balance["source"] as? String ?? ""
            func amount(_ key: String) throws -> Int { try #require(Self.cents(balance[key]), "\(source): \(key)") }
            let (budget, spent, lapsed) = (try amount("budget"), try amount("spent"), try amount("lapsed"))
            let (available, plannedAfter, left) = (
                try amount("available"), try amount("planned_after"), try amount("left")
            )
            let ofSource = lines.filter { $0["source"] as? String == source }
            #expect(spent == ofSource.reduce(0) { $0 + (Self.cents($1["actual"]) ?? Self.cents($1["planned"]) ?? 0) })
            let after = later.flatMap { $0.filter { $0.key.hasSuffix("|\(source)") }.map(\.value) }.reduce(0, +)
            #expect(plannedAfter == after * 100, "\(source)")
            #expect(available == budget - spent - lapsed, "\(source)")
            #expect(left == available - plannedAfter, "\(source)")
        }
        let grant = try #require(sources.first { $0["source"] as? String == "prevention-grant" })
        #expect(Self.cents(grant["budget"]) == 12_000_000)
        // meeting-place-south's 2025 figure names social-support-fund only: the grant paid it nothing.
        let grantSpent = 2_500_050
        #expect(Self.cents(grant["lapsed"]) == 6_000_000 - grantSpent, "no carry-over: the rest of 2025 lapsed")
        let council = try #require(sources.first { $0["source"] as? String == "social-support-fund" })
        #expect(Self.cents(council["budget"]) == 58_000_000)
        #expect(Self.cents(council["lapsed"]) == 0, "carry-over: nothing lapses")

        let outside = Self.run(["monitor", folder.agenda, "--year", "2031"])
        #expect(outside.status == 2)
        #expect(outside.errors.contains("--year 2031 is outside the agenda's period 2025–2028"), "\(outside.errors)")
        let html = Self.run(["monitor", folder.agenda, "--format", "html"])
        #expect(html.status == 0, "\(html.errors)")
        #expect(html.output.hasPrefix("<!DOCTYPE html>"))
        #expect(html.output.components(separatedBy: "<html").count == 2, "one page")
        #expect(html.output.contains("<svg"))
        #expect(html.output.trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix("</html>"))
    }

    @Test func replanPlansTheRemainingYears() throws {
        let folder = try Folder()
        let adopted = try Self.adoptAndImport(folder)
        let result = Self.run(["replan", folder.agenda, "--from-year", "2026", "--format", "json"])
        #expect(result.status == 0, "\(result.errors)")
        let object = try Self.object(result.output)
        #expect(Set(object.keys) == ["plan", "difference"])
        let plan = try #require(object["plan"] as? [String: Any])
        let difference = try #require(object["difference"] as? [String: Any])
        let actions = try #require(plan["actions"] as? [[String: Any]])
        let years = actions.flatMap { ($0["payments"] as? [[String: Any]] ?? []).compactMap { $0["year"] as? Int } }
        #expect(!years.isEmpty)
        #expect(years.allSatisfy { $0 >= 2026 }, "\(years)")
        let funded = Set(actions.filter { $0["funded"] as? Bool == true }.compactMap { $0["id"] as? String })
        let started = Set(Self.spent.keys.compactMap { $0.split(separator: "|").first.map(String.init) })
        #expect(funded.isSuperset(of: started), "actions that spent money in 2025 go on: \(funded)")
        #expect(difference["from"] as? String == "run 1")
        #expect(difference["to"] as? String == "the re-plan from 2026")
        #expect(difference["score_before"] as? Double == adopted["objective"] as? Double)
        #expect(difference["score_after"] as? Double == plan["objective"] as? Double)
        let moved = try #require(difference["money_moved"] as? [[String: Any]])
        #expect(moved.allSatisfy { ($0["year"] as? Int ?? 0) >= 2026 }, "\(moved)")

        let first = Self.run(["replan", folder.agenda, "--from-year", "2025"])
        #expect(first.status == 2)
        #expect(
            first.errors.contains("--from-year 2025 must be a later year of the period 2025–2028"), "\(first.errors)")
    }

    @Test func figuresFromAnotherSourceCountOnce() throws {
        // The adopted plan pays meeting-place-south from more than one source in 2025; the import
        // says social-support-fund paid all of it. The plan's other payments of it in 2025 were
        // not made: monitor counts them as €0 and replan does not count the money twice.
        let folder = try Folder()
        let plan = try Self.object(Self.record(folder))
        let adopted = Self.run(["adopt", folder.agenda, "1", "--by", "regiegroep", "--on", "2026-01-15"])
        try #require(adopted.status == 0, "\(adopted.errors)")
        let payments = try Self.payments(plan, in: 2025)
        let own = payments.filter { $0.key.hasPrefix("meeting-place-south|") }
        let others = own.keys.filter { $0 != "meeting-place-south|social-support-fund" }
        try #require(!others.isEmpty, "the plan pays meeting-place-south from one source only: \(own)")
        let paid = own.values.reduce(0, +)
        let file = try folder.write(
            "spent-2025.csv", "action,source,year,amount\nmeeting-place-south,social-support-fund,2025,\(paid)\n")
        let imported = Self.run(["actuals", "import", folder.agenda, file])
        try #require(imported.status == 0, "\(imported.errors)")

        let monitored = Self.run(["monitor", folder.agenda, "--year", "2025", "--format", "json"])
        #expect(monitored.status == 0, "\(monitored.errors)")
        let lines = try #require(try Self.object(monitored.output)["lines"] as? [[String: Any]])
        for key in others {
            let line = try #require(
                lines.first { "\($0["action"] as? String ?? "")|\($0["source"] as? String ?? "")" == key }, "\(key)")
            #expect(line["state"] as? String == "other-source", "\(line)")
            #expect(Self.cents(line["actual"]) == 0, "\(line)")
        }

        let replanned = Self.run(["replan", folder.agenda, "--from-year", "2026"])
        #expect(replanned.status == 0, "\(replanned.errors)")
        let total = payments.values.reduce(0, +)
        let euros = total.formatted(.number.grouping(.automatic).locale(Locale(identifier: "en_US")))
        #expect(
            replanned.output.contains("Fixed before 2026: €\(euros) spent"),
            "the plan's \(total) euros of 2025, each once: \(replanned.output)")
    }
}
