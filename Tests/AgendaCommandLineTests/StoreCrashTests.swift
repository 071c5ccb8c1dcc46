import AgendaCore
import Foundation
import TestSupport
import Testing

/// The store is a store of record (issue 16): a `plan --record` killed at any moment leaves it
/// sound and keeps every run whose id was printed; two commands recording at once both succeed.
@Suite(.serialized, .timeLimit(.minutes(10))) struct StoreCrashTests {
    /// A fresh folder with a copy of the example agenda.
    static func folder() throws -> (folder: URL, agenda: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("agenda-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let agenda = folder.appendingPathComponent("agenda.yaml")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: Repository.path("agendas/example.yaml")), to: agenda)
        return (folder, agenda.path)
    }

    /// A started `agenda` whose outputs go to files, so that nothing blocks when it is killed.
    static func start(_ arguments: [String], in folder: URL, name: String) throws -> (Process, URL) {
        let errors = folder.appendingPathComponent("\(name).err")
        try #require(FileManager.default.createFile(atPath: errors.path, contents: nil))
        let process = Process()
        process.executableURL = AgendaExecutable.binary
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = try FileHandle(forWritingTo: errors)
        try process.run()
        return (process, errors)
    }

    /// The ids `recorded as run N` lines name.
    static func recordedIDs(_ text: String) -> [Int] {
        text.split(separator: "\n").compactMap { line in
            guard let range = line.range(of: "recorded as run ") else { return nil }
            return Int(line[range.upperBound...].prefix { $0.isNumber })
        }
    }

    static func storedIDs(_ agenda: String) throws -> Set<Int> {
        let listed = try AgendaExecutable.run(["runs", agenda, "--format", "json"])
        try #require(listed.status == 0, "\(listed.errors)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(listed.output.utf8)) as? [String: Any])
        let runs = try #require(json["runs"] as? [[String: Any]])
        return Set(runs.compactMap { $0["run"] as? Int })
    }

    @Test func killedAtRandomMomentsTheStoreStaysSound() throws {
        let (folder, agenda) = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try AgendaExecutable.run(["plan", agenda, "--record"])
        try #require(first.status == 0, "\(first.errors)")
        var printed = Set(Self.recordedIDs(first.errors))
        // How long a recorded plan takes here, from the runs left to finish (every fourth): the
        // machine's load changes while the tests run, so the kills follow it.
        var durations: [Double] = []
        var generator = SplitMix64(seed: 16)
        var killed = 0
        for attempt in 1...100 {
            let started = Date()
            let (process, errors) = try Self.start(["plan", agenda, "--record"], in: folder, name: "run-\(attempt)")
            let finishes = attempt % 4 == 0
            if !finishes {
                let estimate = durations.isEmpty ? 0.2 : durations.sorted()[durations.count / 2]
                Thread.sleep(forTimeInterval: estimate * Double(generator.below(1_000)) / 1_000)
                if process.isRunning {
                    kill(process.processIdentifier, SIGKILL)
                    killed += 1
                }
            }
            process.waitUntilExit()
            if finishes { durations.append(Date().timeIntervalSince(started)) }
            printed.formUnion(Self.recordedIDs(try String(contentsOf: errors, encoding: .utf8)))
        }
        let check = try AgendaExecutable.run(["store", "check", agenda])
        #expect(check.status == 0, "\(check.errors)")
        #expect(check.output.contains(": ok ("))
        let stored = try Self.storedIDs(agenda)
        #expect(printed.isSubset(of: stored), "printed but missing: \(printed.subtracting(stored).sorted())")
        // The kills hit runs at work, and the runs left alone finished.
        #expect(killed >= 40, "only \(killed) of 75 runs were killed before they ended")
        #expect(printed.count >= 26, "only \(printed.count) runs finished")
    }

    @Test func twoProcessesRecordingAtOnceBothSucceed() throws {
        let (folder, agenda) = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Both also race to create the store.
        let one = try Self.start(["plan", agenda, "--record"], in: folder, name: "one")
        let two = try Self.start(["plan", agenda, "--record"], in: folder, name: "two")
        one.0.waitUntilExit()
        two.0.waitUntilExit()
        let said = [one.1, two.1].map { (try? String(contentsOf: $0, encoding: .utf8)) ?? "" }
        #expect(one.0.terminationStatus == 0, "\(said[0])")
        #expect(two.0.terminationStatus == 0, "\(said[1])")
        let ids = said.flatMap(Self.recordedIDs)
        #expect(Set(ids).count == 2)
        #expect(try Self.storedIDs(agenda) == Set(ids))
    }
}
