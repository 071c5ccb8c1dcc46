import Foundation
import TestSupport
import Testing

@testable import AgendaCommandLine

/// The network's memory (issue 16) end to end: `plan --record`, `runs`, `show`, `adopt`, `diff`,
/// `actuals import`, `monitor`, `replan` and `store check|backup`, run in this process on a copy
/// of the example agenda in a folder of its own, whose store is `<folder>/.agenda/agenda.sqlite`.
@Suite struct StoreCommandTests {
    /// A fresh folder with a copy of `agendas/example.yaml`, removed when the test lets go of it.
    final class Folder {
        let url: URL
        /// The agenda's root file.
        let agenda: String

        init() throws {
            url = FileManager.default.temporaryDirectory.appendingPathComponent(
                "agenda-store-commands-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            agenda = url.appendingPathComponent("agenda.yaml").path
            try FileManager.default.copyItem(
                at: URL(fileURLWithPath: Repository.path("agendas/example.yaml")),
                to: URL(fileURLWithPath: agenda))
        }

        deinit { try? FileManager.default.removeItem(at: url) }

        /// Where the store is by default, as the commands name it.
        var store: String { (agenda as NSString).deletingLastPathComponent + "/.agenda/agenda.sqlite" }

        func path(_ name: String) -> String { url.appendingPathComponent(name).path }

        /// Writes a file into the folder and returns its path.
        func write(_ name: String, _ text: String) throws -> String {
            let path = path(name)
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            return path
        }

        /// Changes the agenda on disk: `old`, which must be there once, becomes `new`.
        func edit(_ old: String, _ new: String) throws {
            let text = try String(contentsOfFile: agenda, encoding: .utf8)
            try #require(text.components(separatedBy: old).count == 2, "'\(old)' is not once in the agenda")
            try Data(text.replacingOccurrences(of: old, with: new).utf8).write(to: URL(fileURLWithPath: agenda))
        }
    }

    /// The example's line of the council's budget, and the same with 2025 cut to €80,000: the
    /// network map no longer fits, and the plan scores less.
    static let councilBudget = "budget: {2025: 150000, 2026: 150000, 2027: 140000, 2028: 140000}"
    static let cutCouncilBudget = "budget: {2025: 80000, 2026: 150000, 2027: 140000, 2028: 140000}"

    static func run(_ arguments: [String]) -> (status: Int32, output: String, errors: String) {
        AgendaCommandLine.run(arguments)
    }

    static func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], "\(text)")
    }

    /// Records a run (`plan --record --format json`) and returns the plan's JSON as printed.
    static func record(_ folder: Folder, _ arguments: [String] = []) throws -> String {
        let result = run(["plan", folder.agenda, "--record", "--format", "json"] + arguments)
        try #require(result.status == 0, "\(result.errors)")
        return result.output
    }

    /// `runs --format json`'s runs.
    static func runs(_ folder: Folder, _ arguments: [String] = []) throws -> [[String: Any]] {
        let result = run(["runs", folder.agenda, "--format", "json"] + arguments)
        try #require(result.status == 0, "\(result.errors)")
        return try #require(try object(result.output)["runs"] as? [[String: Any]])
    }

    /// An amount of money in JSON (euros, maybe with cents) in cents.
    static func cents(_ value: Any?) -> Int? {
        (value as? Double).map { Int(($0 * 100).rounded()) }
    }

    /// A plan JSON's payments in `year`, in euros, by `action|source`.
    static func payments(_ plan: [String: Any], in year: Int) throws -> [String: Int] {
        var payments: [String: Int] = [:]
        for action in try #require(plan["actions"] as? [[String: Any]]) {
            let id = try #require(action["id"] as? String)
            for payment in try #require(action["payments"] as? [[String: Any]]) where payment["year"] as? Int == year {
                let source = try #require(payment["source"] as? String)
                payments["\(id)|\(source)", default: 0] += try #require(payment["amount"] as? Int)
            }
        }
        return payments
    }

    @Test func recordedRunsAreListedNewestFirst() throws {
        let folder = try Folder()
        let plain = Self.run(["plan", folder.agenda])
        let first = Self.run(["plan", folder.agenda, "--record"])
        #expect(first.status == 0, "\(first.errors)")
        #expect(first.output == plain.output, "the plan is printed as without --record")
        #expect(first.errors == "recorded as run 1 in \(folder.store)\n")
        let scenario = Self.run(["plan", folder.agenda, "--record", "--scenario", "council-cuts"])
        #expect(scenario.status == 0, "\(scenario.errors)")
        #expect(scenario.errors == "recorded as run 2 in \(folder.store)\n")

        let plans = try [[], ["--scenario", "council-cuts"]].map { arguments in
            try Self.object(Self.run(["plan", folder.agenda, "--format", "json"] + arguments).output)
        }
        let runs = try Self.runs(folder)
        try #require(runs.count == 2)
        #expect(runs.map { $0["run"] as? Int } == [2, 1])
        for (run, plan) in zip(runs, plans.reversed()) {
            let version = try #require(plan["version"] as? [String: Any])
            let actions = try #require(plan["actions"] as? [[String: Any]])
            #expect(run["status"] as? String == "optimal")
            #expect(run["status"] as? String == plan["status"] as? String)
            #expect(run["score"] as? Double == plan["objective"] as? Double)
            #expect(run["funded_actions"] as? Int == actions.filter { $0["funded"] as? Bool == true }.count)
            #expect(run["content_hash"] as? String == version["content_hash"] as? String)
            #expect((run["content_hash"] as? String)?.isEmpty == false)
        }
        #expect(runs[0]["scenario"] as? String == "council-cuts")
        #expect(runs[1]["scenario"] is NSNull)

        let csv = Self.run(["runs", folder.agenda, "--format", "csv"])
        #expect(csv.status == 0, "\(csv.errors)")
        let header = "run,recorded_at,scenario,status,score,funded_actions,content_hash,git,planner_version,adoption"
        #expect(csv.output.hasPrefix(header + "\r\n"))
        #expect(Set(header.split(separator: ",").map(String.init)) == Set(runs[0].keys))
    }

    @Test func showPrintsTheRecordedPlan() throws {
        let folder = try Folder()
        let recorded = try Self.record(folder)
        let text = Self.run(["plan", folder.agenda]).output
        let json = Self.run(["show", folder.agenda, "1", "--format", "json"])
        #expect(json.status == 0, "\(json.errors)")
        #expect(json.output == recorded)
        let shown = Self.run(["show", folder.agenda, "1"])
        #expect(shown.status == 0, "\(shown.errors)")
        #expect(shown.output == text)
        #expect(shown.errors.isEmpty)

        // Today's files plan differently; the run is still shown from its own files.
        try folder.edit(Self.councilBudget, Self.cutCouncilBudget)
        let changed = Self.run(["plan", folder.agenda])
        #expect(changed.output != text, "the edit must change the plan")
        let again = Self.run(["show", folder.agenda, "1"])
        #expect(again.status == 0, "\(again.errors)")
        #expect(again.output == text)
        #expect(again.errors.isEmpty, "\(again.errors)")
        #expect(Self.run(["show", folder.agenda, "1", "--format", "json"]).output == recorded)

        let missing = Self.run(["show", folder.agenda, "99"])
        #expect(missing.status == 2)
        #expect(missing.output.isEmpty)
        #expect(
            missing.errors.contains("\(folder.store): error: there is no run 99 in this store"), "\(missing.errors)")
    }

    @Test func adoptionMakesOneRunTheBaseline() throws {
        let folder = try Folder()
        _ = try Self.record(folder)
        _ = try Self.record(folder)
        let first = Self.run(["adopt", folder.agenda, "1", "--by", "regiegroep", "--on", "2026-01-15", "--note", "x"])
        #expect(first.status == 0, "\(first.errors)")
        #expect(first.output == "run 1 adopted by regiegroep on 2026-01-15 (adoption 1)\n")
        #expect(try Self.runs(folder).map { $0["adoption"] as? Int } == [nil, 1])
        let second = Self.run(["adopt", folder.agenda, "2", "--by", "regiegroep", "--on", "2026-03-01"])
        #expect(second.status == 0, "\(second.errors)")
        #expect(
            second.output
                == "run 2 adopted by regiegroep on 2026-03-01 (adoption 2); it replaces run 1 as the baseline\n")
        let runs = try Self.runs(folder)
        #expect(runs.map { $0["run"] as? Int } == [2, 1])
        #expect(runs.first?["adoption"] as? Int == 2)
        #expect(runs.last?["adoption"] is NSNull)

        let badDay = Self.run(["adopt", folder.agenda, "1", "--by", "regiegroep", "--on", "2026-02-30"])
        #expect(badDay.status == 2)
        #expect(badDay.errors.contains("--on takes a day as YYYY-MM-DD, found '2026-02-30'"), "\(badDay.errors)")
        let noRun = Self.run(["adopt", folder.agenda, "99", "--by", "regiegroep"])
        #expect(noRun.status == 2)
        #expect(noRun.errors.contains("there is no run 99"), "\(noRun.errors)")
        #expect(try Self.runs(folder).map { $0["adoption"] as? Int } == [2, nil], "failed adoptions change nothing")
    }

    @Test func diffNamesTheChangedBudgetAndItsEffect() throws {
        let folder = try Folder()
        let recorded = try Self.object(Self.record(folder))
        try folder.edit(Self.councilBudget, Self.cutCouncilBudget)
        let current = try Self.object(Self.run(["plan", folder.agenda, "--format", "json"]).output)
        let result = Self.run(["diff", folder.agenda, "1", "current", "--format", "json"])
        #expect(result.status == 0, "\(result.errors)")
        let diff = try Self.object(result.output)
        let changes = try #require(diff["agenda_changes"] as? [[String: Any]])
        #expect(changes.count == 1, "\(changes)")
        let change = try #require(changes.first)
        #expect(change["section"] as? String == "funding")
        #expect(change["item"] as? String == "social-support-fund")
        #expect(change["field"] as? String == "budget.2025")
        #expect(change["change"] as? String == "changed")
        #expect(change["before"] as? String == "150000")
        #expect(change["after"] as? String == "80000")
        #expect(diff["from"] as? String == "run 1")
        #expect(diff["to"] as? String == "the current files")
        let before = try #require(diff["score_before"] as? Double)
        let after = try #require(diff["score_after"] as? Double)
        #expect(before == recorded["objective"] as? Double)
        #expect(after == current["objective"] as? Double)
        #expect(after < before)
        let leaving = try #require(diff["leaving"] as? [[String: Any]])
        #expect(leaving.map { $0["action"] as? String } == ["network-map"])
        #expect((diff["money_moved"] as? [Any])?.isEmpty == false)

        let same = try Self.object(Self.run(["diff", folder.agenda, "1", "1", "--format", "json"]).output)
        #expect((same["agenda_changes"] as? [Any])?.isEmpty == true)
        #expect((same["money_moved"] as? [Any])?.isEmpty == true)
        #expect((same["entering"] as? [Any])?.isEmpty == true)
        #expect((same["leaving"] as? [Any])?.isEmpty == true)
        #expect(same["score_before"] as? Double == same["score_after"] as? Double)

        let bad = Self.run(["diff", folder.agenda, "1", "latest"])
        #expect(bad.status == 2)
        #expect(bad.errors.contains("a side is a run's id or 'current', found 'latest'"), "\(bad.errors)")
    }

    @Test func storeIsCheckedAndBackedUp() throws {
        let folder = try Folder()
        _ = try Self.record(folder)
        _ = try Self.record(folder)
        let check = Self.run(["store", "check", folder.agenda])
        #expect(check.status == 0, "\(check.errors)")
        #expect(check.output == "\(folder.store): ok (2 runs)\n")

        let backup = folder.path("backup.sqlite")
        let copied = Self.run(["store", "backup", folder.agenda, backup])
        #expect(copied.status == 0, "\(copied.errors)")
        #expect(FileManager.default.fileExists(atPath: backup))
        let original = try Self.runs(folder)
        let fromBackup = try Self.runs(folder, ["--store", backup])
        #expect(fromBackup.map { $0["run"] as? Int } == [2, 1])
        #expect(fromBackup.map { $0["recorded_at"] as? String } == original.map { $0["recorded_at"] as? String })
        #expect(fromBackup.map { $0["content_hash"] as? String } == original.map { $0["content_hash"] as? String })

        let existing = try folder.write("existing.sqlite", "keep me\n")
        let refused = Self.run(["store", "backup", folder.agenda, existing])
        #expect(refused.status == 1)
        #expect(refused.errors.contains("a file or link is there already"), "\(refused.errors)")
        #expect(try String(contentsOfFile: existing, encoding: .utf8) == "keep me\n")

        let text = try folder.write("notes.txt", "not a store\n")
        let notStore = Self.run(["runs", folder.agenda, "--store", text])
        #expect(notStore.status == 1)
        #expect(notStore.errors.contains("\(text): error: this file is not an SQLite database"), "\(notStore.errors)")
        #expect(try String(contentsOfFile: text, encoding: .utf8) == "not a store\n")
    }

    /// A CSV report's decimal number is one field holding the number, as in `plan --format csv`.
    @Test func csvReportsWriteDecimalsAsNumbers() throws {
        let folder = try Folder()
        let plan = try Self.object(Self.record(folder))
        let objective = try #require(plan["objective"] as? Double)
        let runs = Self.run(["runs", folder.agenda, "--format", "csv"])
        let rows = runs.output.components(separatedBy: "\r\n")
        #expect(rows.count == 3 && rows.last == "", "one header, one run: \(rows)")
        let fields = rows.dropFirst().first?.split(separator: ",", omittingEmptySubsequences: false) ?? []
        #expect(fields.count == 10, "\(fields)")
        #expect(fields.count > 4 && Double(fields[4]) == objective, "the score: \(fields)")

        #expect(Self.run(["adopt", folder.agenda, "1", "--by", "regiegroep"]).status == 0)
        let file = try folder.write(
            "spent.csv", "action,source,year,amount\nfalls-prevention,prevention-grant,2025,25000.50\n")
        #expect(Self.run(["actuals", "import", folder.agenda, file]).status == 0)
        let monitor = Self.run(["monitor", folder.agenda, "--format", "csv"])
        #expect(monitor.status == 0, "\(monitor.errors)")
        let planned = try #require(try Self.payments(plan, in: 2025)["falls-prevention|prevention-grant"])
        let line = monitor.output.components(separatedBy: "\r\n").first { $0.hasPrefix("falls-prevention,") }
        #expect(
            line
                == "falls-prevention,prevention-grant,2025,\(planned),25000.5,\(Double(2_500_050 - planned * 100) / 100),"
                + "underspent,spent.csv:2 (import 1)", "\(monitor.output)")
    }
}
