import Foundation
import TestSupport
import Testing

@testable import AgendaCommandLine

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a command writes (issue 14, class 6): never over a file it reads, a device, a link or a
/// read-only file; a full disk or a closed pipe is a one-line error with a non-zero exit.
@Suite struct OutputPathTests {
    /// A copy of `agendas/partners` (an agenda and its module) in a fresh folder.
    static func partners() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("agenda-output-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: Repository.root.appendingPathComponent("agendas/partners"), to: folder.appendingPathComponent("a"))
        return folder.appendingPathComponent("a")
    }

    static func run(_ arguments: [String]) -> (status: Int32, output: String, errors: String) {
        AgendaCommandLine.run(arguments)
    }

    /// `-o` and `--export-mps` onto the agenda or its module, for every command that writes.
    @Test(arguments: [
        ["plan", "-o"], ["plan", "--export-mps"], ["score", "-o"], ["explain", "-o"], ["sweep", "-o"],
        ["rules", "-o"],
    ])
    func aFileTheCommandReadsIsNeverReplaced(_ command: [String]) throws {
        let folder = try Self.partners()
        // `rules` reads only the modules.
        for target in (command[0] == "rules" ? [] : ["agenda.yaml"]) + ["modules/mobiliteit.yaml"] {
            let path = folder.appendingPathComponent(target).path
            let before = try Data(contentsOf: URL(fileURLWithPath: path))
            var arguments = [command[0], folder.appendingPathComponent("agenda.yaml").path]
            if command[0] == "explain" { arguments.append("deeltaxi-stompwijk") }
            if command[0] == "sweep" { arguments += ["--source", "wmo-lv"] }
            if command[0] == "rules" {
                arguments = ["rules", "--modules", folder.appendingPathComponent("modules").path]
            }
            let result = Self.run(arguments + [command[1], path])
            #expect(result.status == 2, "\(command) onto \(target)")
            #expect(
                result.errors.contains("\(path): error: is one of the files this command reads"),
                "\(command) onto \(target): \(result.errors)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before, "\(command) changed \(target)")
        }
    }

    @Test func aDeviceALinkOrAReadOnlyFileIsRefused() throws {
        let folder = try Self.partners()
        let agenda = folder.appendingPathComponent("agenda.yaml").path
        let link = folder.appendingPathComponent("link.txt").path
        let target = folder.appendingPathComponent("target.txt").path
        try Data("keep".utf8).write(to: URL(fileURLWithPath: target))
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        let readOnly = folder.appendingPathComponent("read-only.txt").path
        try Data("keep".utf8).write(to: URL(fileURLWithPath: readOnly))
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: readOnly)
        for (path, reason) in [
            ("/dev/null", "is a character device, not a file; a report is written only to a regular file"),
            (link, "is a symbolic link; writing would replace the link, not the file it points to"),
            (readOnly, "is read-only; it is not replaced"),
            (folder.path, "is a folder, not a file; a report is written only to a regular file"),
        ] {
            let result = Self.run(["plan", agenda, "-o", path])
            #expect(result.status == 2, "\(path)")
            #expect(result.errors.contains("\(path): error: \(reason)"), "\(path): \(result.errors)")
        }
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "keep")
        #expect(try String(contentsOfFile: readOnly, encoding: .utf8) == "keep")
        var info = stat()
        #expect(lstat(link, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK, "the link is still a link")
    }

    @Test func aNewFileIsWrittenAndAnOldReportReplaced() throws {
        let folder = try Self.partners()
        let report = folder.appendingPathComponent("plan.json").path
        for _ in 1...2 {
            let result = Self.run(["plan", folder.appendingPathComponent("agenda.yaml").path, "-o", report])
            #expect(result.status == 0, "\(result.errors)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: report)).count > 0)
    }

    /// The executable itself, because the failing stream is its own standard output.
    @Test func aFullDiskIsAOneLineError() throws {
        guard FileManager.default.isWritableFile(atPath: "/dev/full") else { return }
        let shell = "\(AgendaExecutable.binary.path) plan \(Repository.path("agendas/example.yaml")) > /dev/full"
        let run = try Self.shell(shell)
        #expect(run.status == 1)
        #expect(run.errors == "error: cannot write to standard output: No space left on device\n")
    }

    @Test func aClosedPipeIsAOneLineError() throws {
        // The reader (`true`) has exited before the report is written, so the pipe is closed.
        let run = try Self.shell(
            "(sleep 1; \(AgendaExecutable.binary.path) rules --format json; echo \"status $?\" >&2) | true")
        #expect(run.errors == "error: cannot write to standard output: Broken pipe\nstatus 1\n")
    }

    /// A shell command's exit status and standard error.
    static func shell(_ command: String) throws -> (status: Int32, errors: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let data = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
