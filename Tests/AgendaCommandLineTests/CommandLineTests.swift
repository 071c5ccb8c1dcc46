import Foundation
import TestSupport
import Testing

/// The `agenda` executable itself: exit statuses and where its output goes.
@Suite struct CommandLineTests {
    static func run(_ arguments: [String]) throws -> AgendaExecutable.Run {
        try AgendaExecutable.run(arguments)
    }

    @Test func validAgendasExitZero() throws {
        let root = Repository.root.appendingPathComponent("agendas").path
        let result = try Self.run(["validate", root])
        #expect(result.status == 0)
        #expect(result.output.contains("agenda 'haaglanden-2025-2028' is valid"))
    }

    @Test func invalidAgendaExitsOne() throws {
        let fixture = try AgendaFixture(files: ["agenda.yaml": Base.with("    lead: xtra", "    lead: xtr")])
        let result = try Self.run(["validate", fixture.folder.appendingPathComponent("agenda.yaml").path])
        #expect(result.status == 1)
        #expect(result.output.contains(":36:11: error: unknown partner 'xtr'; did you mean 'xtra'?"))
    }

    @Test func usageErrorsExitTwo() throws {
        #expect(try Self.run(["validate"]).status == 2)
        #expect(try Self.run(["validate", "--no-such-option", "x"]).status == 2)
        #expect(try Self.run(["validate", "/no/such/agenda.yaml"]).status == 2)
    }

    @Test func schemaCommandPrintsTheCommittedSchema() throws {
        let result = try Self.run(["schema"])
        let committed = try String(
            contentsOf: Repository.root.appendingPathComponent("docs/agenda.schema.json"), encoding: .utf8)
        #expect(result.status == 0)
        #expect(result.output == committed)
    }

    @Test func helpShowsExamples() throws {
        let result = try Self.run(["--help"])
        #expect(result.output.contains("agenda validate agendas/"))
    }

    @Test func generateWritesTheSameValidAgendaTwice() throws {
        let fixture = try AgendaFixture(files: [:])
        try FileManager.default.createDirectory(at: fixture.folder, withIntermediateDirectories: true)
        let path = fixture.folder.appendingPathComponent("generated.yaml").path
        let written = try Self.run(["generate", "--municipalities", "4", "--actions", "30", "--seed", "9", "-o", path])
        #expect(written.status == 0)
        let printed = try Self.run(["generate", "--municipalities", "4", "--actions", "30", "--seed", "9"])
        #expect(printed.output == (try String(contentsOfFile: path, encoding: .utf8)))
        let validated = try Self.run(["validate", path])
        #expect(validated.status == 0)
        #expect(validated.output.contains("30 actions"))
        #expect(try Self.run(["generate", "--actions", "0"]).status == 2)
    }

    // MARK: compare, sweep, sensitivity

    static var example: String { Repository.root.appendingPathComponent("agendas/example.yaml").path }

    @Test func analysisCommandsWriteJSON() throws {
        for arguments in [
            ["compare", Self.example, "--scenario", "council-cuts"],
            ["compare", Self.example, "--all"],
            ["sweep", Self.example, "--source", "prevention-grant", "--from", "0", "--to", "2", "--steps", "3"],
            ["sensitivity", Self.example, "--samples", "8"],
        ] {
            let result = try Self.run(arguments + ["--format", "json"])
            #expect(result.status == 0, "\(arguments): \(result.errors)")
            #expect(
                (try? JSONSerialization.jsonObject(with: Data(result.output.utf8))) is [String: Any], "\(arguments)")
        }
    }

    @Test func analysisCommandsRefuseWhatDoesNotExist() throws {
        let unknownScenario = try Self.run(["compare", Self.example, "--scenario", "council-cut"])
        #expect(unknownScenario.status == 2)
        #expect(unknownScenario.errors.contains("error: unknown scenario 'council-cut'; did you mean 'council-cuts'?"))
        #expect(try Self.run(["compare", Self.example]).status == 2)
        let unknownSource = try Self.run(["sweep", Self.example, "--source", "prevention-grants"])
        #expect(unknownSource.status == 2)
        #expect(
            unknownSource.errors.contains("error: unknown source 'prevention-grants'; did you mean 'prevention-grant'?")
        )
        let range = try Self.run(["sweep", Self.example, "--source", "prevention-grant", "--from", "2", "--to", "1"])
        #expect(range.status == 2)
        #expect(range.errors.contains("--to (1.0) must not be below --from (2.0)"))
        #expect(try Self.run(["sensitivity", Self.example, "--spread", "1.5"]).status == 2)
        #expect(try Self.run(["sensitivity", Self.example, "--samples", "0"]).status == 2)
        #expect(try Self.run(["plan", Self.example, "--per-year"]).status == 2)
    }

    @Test func analysisWritesItsFileAtomically() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "agenda-analysis-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("sweep.csv")
        let result = try Self.run([
            "sweep", Self.example, "--source", "prevention-grant", "--steps", "3", "--format", "csv", "--dutch-excel",
            "-o", file.path,
        ])
        #expect(result.status == 0)
        #expect(result.output.isEmpty)
        // Read as bytes: decoding as UTF-8 would drop the byte-order mark.
        let text = String(decoding: try Data(contentsOf: file), as: UTF8.self)
        #expect(
            text.hasPrefix("\u{FEFF}factor;budget;source_spent;money;status;objective;bound;entering;leaving\r\n0,5;"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["sweep.csv"])
    }
}
