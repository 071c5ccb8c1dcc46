import AgendaCore
import Foundation

/// The git revision of an agenda's files, for the version line of the reports: the last commit
/// that touched them and whether they have changes since. Nil when git is not installed, the files
/// are not in a repository, or none of them is committed.
enum GitRevision {
    static func of(_ files: [String]) -> Revision? {
        guard let first = files.first else { return nil }
        let folder = URL(fileURLWithPath: first).deletingLastPathComponent().path
        let paths = files.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        guard let log = run(["-C", folder, "log", "-1", "--format=%h %cs", "--"] + paths),
            case let parts = log.split(separator: " "), parts.count == 2
        else { return nil }
        let status = run(["-C", folder, "status", "--porcelain", "--"] + paths) ?? ""
        return Revision(commit: String(parts[0]), date: String(parts[1]), modified: !status.isEmpty)
    }

    /// git's standard output, trimmed; nil when it cannot run or fails.
    private static func run(_ arguments: [String]) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }
}
