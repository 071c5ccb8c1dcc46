// Child processes of the benchmarks: run one with a deadline, its output in temporary files, and
// read the `key=value` fields of its last line.

import Foundation

/// What one child process printed and how it ended.
struct ChildRun {
    var output: String
    var errorOutput: String
    var status: Int32
    var signalled: Bool
    var timedOut: Bool
    /// The `key=value` fields of the last line of the output (`message` runs to the end of the line).
    var fields: [String: String] {
        let last = output.split(whereSeparator: \.isNewline).last.map(String.init) ?? ""
        var head = Substring(last)
        var fields: [String: String] = [:]
        if let marker = last.range(of: " message=") ?? (last.hasPrefix("message=") ? last.range(of: "message=") : nil) {
            fields["message"] = String(last[marker.upperBound...])
            head = last[..<marker.lowerBound]
        }
        for pair in head.split(separator: " ") {
            guard let equals = pair.firstIndex(of: "=") else { continue }
            fields[String(pair[..<equals])] = String(pair[pair.index(after: equals)...])
        }
        return fields
    }
    /// How it ended, when it did not end with a line to read.
    var failure: String {
        if timedOut { return "timed out" }
        let tail = errorOutput.split(whereSeparator: \.isNewline).suffix(3).joined(separator: " | ")
        return (signalled ? "killed by signal \(status)" : "exit status \(status)") + (tail.isEmpty ? "" : ": \(tail)")
    }
}

/// Runs `executable` with `arguments` and waits at most `timeout` seconds, then kills it.
///
/// The output goes to temporary files rather than pipes, so nothing has to drain them while this
/// process waits for the deadline.
func runChild(_ executable: String, _ arguments: [String], timeout: Double) -> ChildRun {
    let directory = FileManager.default.temporaryDirectory
    let stem = "agenda-plan-benchmark-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)"
    let outURL = directory.appendingPathComponent(stem + ".out")
    let errURL = directory.appendingPathComponent(stem + ".err")
    defer {
        try? FileManager.default.removeItem(at: outURL)
        try? FileManager.default.removeItem(at: errURL)
    }
    guard FileManager.default.createFile(atPath: outURL.path, contents: nil),
        FileManager.default.createFile(atPath: errURL.path, contents: nil),
        let outHandle = try? FileHandle(forWritingTo: outURL),
        let errHandle = try? FileHandle(forWritingTo: errURL)
    else {
        return ChildRun(
            output: "", errorOutput: "cannot create temporary files in \(directory.path)", status: -1,
            signalled: false, timedOut: false)
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.standardOutput = outHandle
    process.standardError = errHandle
    let finished = DispatchSemaphore(value: 0)
    process.terminationHandler = { _ in finished.signal() }
    do {
        try process.run()
    } catch {
        try? outHandle.close()
        try? errHandle.close()
        return ChildRun(
            output: "", errorOutput: "cannot start \(executable): \(error.localizedDescription)", status: -1,
            signalled: false, timedOut: false)
    }
    var timedOut = false
    if finished.wait(timeout: .now() + timeout) == .timedOut {
        timedOut = true
        kill(process.processIdentifier, SIGKILL)
        finished.wait()
    }
    process.waitUntilExit()
    try? outHandle.close()
    try? errHandle.close()
    let output = (try? String(contentsOf: outURL, encoding: .utf8)) ?? ""
    let errorOutput = (try? String(contentsOf: errURL, encoding: .utf8)) ?? ""
    return ChildRun(
        output: output, errorOutput: errorOutput, status: process.terminationStatus,
        signalled: process.terminationReason == .uncaughtSignal, timedOut: timedOut)
}
