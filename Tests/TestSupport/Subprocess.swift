import Foundation

/// A subprocess that failed, with its command line and everything it printed.
public struct SubprocessFailure: Error, CustomStringConvertible {
    public var description: String

    public init(description: String) {
        self.description = description
    }
}

/// Runs other programs for the tests that build packages or libraries outside the default build.
public enum Subprocess {
    /// Runs `executable` with `arguments` in `folder`, returning standard output; throws with both
    /// outputs when it fails.
    ///
    /// Variables the outer `swift test` may set for its own process are removed, so a nested
    /// `swift build` behaves as it would in a terminal: with `--enable-code-coverage`, for one,
    /// `LLVM_PROFILE_FILE` must not leak into the compilers of the nested build.
    @discardableResult
    public static func run(_ executable: String, _ arguments: [String], in folder: URL) throws(SubprocessFailure)
        -> String
    {
        let command = ([executable] + arguments).joined(separator: " ")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = ProcessInfo.processInfo.environment.filter { key, _ in
            !(key.hasPrefix("SWIFTPM_") || key.hasPrefix("SWIFT_TESTING") || key.hasPrefix("XCTEST")
                || key == "LLVM_PROFILE_FILE" || key == "SWIFT_BACKTRACE")
        }
        // Output goes to files, not pipes: a build prints more than a pipe holds before it is read.
        let outputURL = FileManager.default.temporaryDirectory.appendingPathComponent(
            "agenda-subprocess-\(UUID().uuidString).out")
        let errorURL = outputURL.deletingPathExtension().appendingPathExtension("err")
        defer {
            try? FileManager.default.removeItem(at: outputURL)
            try? FileManager.default.removeItem(at: errorURL)
        }
        do {
            _ = FileManager.default.createFile(atPath: outputURL.path, contents: nil)
            _ = FileManager.default.createFile(atPath: errorURL.path, contents: nil)
            process.standardOutput = try FileHandle(forWritingTo: outputURL)
            process.standardError = try FileHandle(forWritingTo: errorURL)
            try process.run()
        } catch {
            throw SubprocessFailure(description: "\(command): could not start: \(error)")
        }
        process.waitUntilExit()
        let output = (try? String(contentsOf: outputURL, encoding: .utf8)) ?? ""
        let errors = (try? String(contentsOf: errorURL, encoding: .utf8)) ?? ""
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            throw SubprocessFailure(
                description: """
                    \(command) failed with status \(process.terminationStatus)
                    --- stdout ---
                    \(output)
                    --- stderr ---
                    \(errors)
                    """)
        }
        return output
    }
}
