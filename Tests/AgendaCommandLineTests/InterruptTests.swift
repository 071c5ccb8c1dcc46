import Foundation
import TestSupport
import Testing

/// Ctrl-C during `plan` (issue 14): the search stops, and the best plan found so far is written,
/// verified and marked as interrupted, with exit status 130.
@Suite(.timeLimit(.minutes(10))) struct InterruptTests {
    @Test func ctrlCWritesTheBestPlanSoFar() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "agenda-interrupt-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let agenda = folder.appendingPathComponent("agenda.yaml").path
        let plan = folder.appendingPathComponent("plan.json").path
        let errors = folder.appendingPathComponent("errors.txt")
        // Large enough that the search and the tidying of its payments run for minutes in a debug
        // build, and small enough that its root relaxation is solved in seconds: the stop must end
        // both promptly.
        let generated = try AgendaExecutable.run([
            "generate", "--municipalities", "12", "--actions", "400", "-o", agenda,
        ])
        try #require(generated.status == 0, "\(generated.errors)")

        try #require(FileManager.default.createFile(atPath: errors.path, contents: nil))
        let process = Process()
        process.executableURL = AgendaExecutable.binary
        process.arguments = ["plan", agenda, "--format", "json", "-o", plan]
        process.standardError = try FileHandle(forWritingTo: errors)
        try process.run()
        // Progress starts after a second of searching: the search is under way.
        let started = Date()
        while !(try String(contentsOf: errors, encoding: .utf8)).contains("planning…"), process.isRunning,
            Date().timeIntervalSince(started) < 120
        {
            Thread.sleep(forTimeInterval: 0.1)
        }
        try #require(process.isRunning, "the plan ended before it could be interrupted")
        process.interrupt()
        process.waitUntilExit()

        let said = try String(contentsOf: errors, encoding: .utf8)
        #expect(process.terminationStatus == 130, "\(said)")
        #expect(said.contains("interrupted: finishing with the best plan found so far"))
        #expect(said.contains("the search was interrupted before it could prove this plan best"))
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: plan))) as? [String: Any])
        #expect(json["status"] as? String == "feasible")
        let search = try #require(json["search"] as? [String: Any])
        #expect(search["interrupted"] as? Bool == true)
        let bound = try #require(json["bound"] as? Double)
        let objective = try #require(json["objective"] as? Double)
        #expect(bound >= objective)
    }
}
