import Foundation
import Testing

/// The `agenda` executable itself: exit statuses and where its output goes.
@Suite struct CommandLineTests {
    /// The `agenda` binary built next to the test bundle (`swift test` builds every product).
    static var binary: URL {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        // The test runner may be inside the `.xctest` bundle.
        while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("agenda").path), folder.path != "/" {
            folder.deleteLastPathComponent()
        }
        return folder.appendingPathComponent("agenda")
    }

    static func run(_ arguments: [String]) throws -> (status: Int32, output: String, errors: String) {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }

    @Test func validAgendasExitZero() throws {
        let root = ProjectFilesTests.root.appendingPathComponent("agendas").path
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
        let committed = try String(contentsOf: ProjectFilesTests.root.appendingPathComponent("docs/agenda.schema.json"), encoding: .utf8)
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
}
