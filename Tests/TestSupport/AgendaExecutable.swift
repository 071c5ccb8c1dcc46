import Foundation

/// The `agenda` executable built next to the test bundle (`swift test` builds every product), run
/// as a user would run it: its exit status and both of its outputs.
public enum AgendaExecutable {
    /// What one run printed, and how it exited.
    public struct Run: Sendable {
        public var status: Int32
        public var output: String
        public var errors: String
    }

    /// The binary's location.
    public static var binary: URL {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        // The test runner may be inside the `.xctest` bundle.
        while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("agenda").path), folder.path != "/"
        {
            folder.deleteLastPathComponent()
        }
        return folder.appendingPathComponent("agenda")
    }

    /// Runs `agenda` with `arguments` in the current folder.
    public static func run(_ arguments: [String]) throws -> Run {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        // Both pipes are drained at once: a child that fills one while the other is read would stall.
        let group = DispatchGroup()
        let collected = Collected()
        DispatchQueue.global().async(group: group) {
            collected.errors = errors.fileHandleForReading.readDataToEndOfFile()
        }
        let out = output.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, output: String(decoding: out, as: UTF8.self),
            errors: String(decoding: collected.errors, as: UTF8.self))
    }

    private final class Collected: @unchecked Sendable {
        var errors = Data()
    }
}
