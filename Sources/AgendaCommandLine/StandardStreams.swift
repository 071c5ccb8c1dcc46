import AgendaCore
import ArgumentParser
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

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

    /// Writes to standard output; a full disk or a closed pipe is a one-line error and exit status 1.
    func write(_ text: String) throws {
        if let capture = Self.capture {
            capture.write(output: text)
            return
        }
        if let problem = Self.writeAll(Array(text.utf8), to: STDOUT_FILENO) {
            note("error: cannot write to standard output: \(problem)")
            throw ExitCode(1)
        }
    }

    /// Writes every byte, retrying after a signal; the system's reason when it cannot (`No space
    /// left on device`, `Broken pipe`).
    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> String? {
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBufferPointer { buffer in
                systemWrite(descriptor, buffer.baseAddress.map { $0 + written }, buffer.count - written)
            }
            if count < 0 {
                if errno == EINTR { continue }
                return String(cString: strerror(errno))
            }
            written += count
        }
        return nil
    }

    func writeLine(_ text: String) throws {
        try write(text + "\n")
    }

    /// Messages for people (progress, summaries) go to standard error, keeping standard output clean.
    func note(_ text: String) {
        let line = text.hasSuffix("\n") ? text : text + "\n"
        if let capture = Self.capture {
            capture.write(errors: line)
            return
        }
        // Nothing is left to tell when standard error itself cannot be written.
        try? FileHandle.standardError.write(contentsOf: Data(line.utf8))
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

/// The C library's `write`, named apart from `StandardStreams.write`.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
