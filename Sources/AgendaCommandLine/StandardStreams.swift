import AgendaCore
import Foundation

/// Standard output and standard error, or, for a command run in process by a test, a capture of
/// both (`capture`).
struct StandardStreams {
    /// What a command run in this task writes, when it is captured instead of printed.
    @TaskLocal static var capture: Capture?

    /// Both outputs of a command run in process.
    final class Capture: @unchecked Sendable {
        private let lock = NSLock()
        private var out = ""
        private var err = ""

        var output: String { lock.withLock { out } }
        var errors: String { lock.withLock { err } }

        func write(output text: String) { lock.withLock { out += text } }
        func write(errors text: String) { lock.withLock { err += text } }
    }

    func write(_ text: String) {
        if let capture = Self.capture {
            capture.write(output: text)
            return
        }
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    func writeLine(_ text: String) {
        write(text + "\n")
    }

    /// Messages for people (progress, summaries) go to standard error, keeping standard output clean.
    func note(_ text: String) {
        let line = text.hasSuffix("\n") ? text : text + "\n"
        if let capture = Self.capture {
            capture.write(errors: line)
            return
        }
        FileHandle.standardError.write(Data(line.utf8))
    }

    /// Why the planner could not finish: a located diagnostic as it is, anything else as an error.
    func failure(_ error: any Error) {
        if let limitation = error as? Planner.FloorLimitation {
            note(limitation.diagnostic.rendered)
        } else {
            note("error: \(error)")
        }
    }
}
