// The reference MILP solvers the benchmarks measure against, on the MPS files the planner writes:
// CBC (the `cbc` command, Debian `coinor-cbc`) and HiGHS (PyPI `highspy`, through
// `Scripts/highs.py`, on one thread). A solver that is not installed is reported missing; it never
// makes a benchmark fail. Besides the final answer, each gives a trace of its best plan and bound
// over time (`GapTrace`), from CBC's progress lines and from HiGHS's callbacks, with times in
// wall-clock seconds since the solver started, reading the MPS included.

import Foundation

/// What a reference solver reported on one MPS file.
struct ReferenceAnswer {
    var status: String
    var objective: Double?
    /// The proven bound on the objective.
    var bound: Double?
    /// Wall-clock seconds, starting the solver included.
    var seconds: Double
    /// Why there is no answer: the solver is missing or failed.
    var missing: String?
    /// Whether `missing` says the solver is not installed (rather than that it failed).
    var notInstalled = false
    /// The best plan and bound over time, in seconds since the solver started.
    var trace = GapTrace()

    var proven: Bool { status == "optimal" }
}

enum ReferenceSolver: String, CaseIterable {
    case cbc = "CBC"
    case highs = "HiGHS"

    /// Solves the MPS file at `path`, minimising (or maximising), within `seconds` of wall clock.
    func solve(_ path: String, minimise: Bool, seconds: Double) -> ReferenceAnswer {
        switch self {
        case .cbc:
            guard let cbc = Self.executable("cbc") else {
                return .notInstalled("not installed (apt-get install coinor-cbc)")
            }
            // `-timeMode elapsed` makes the limit and the progress times wall clock, as this
            // planner's are. CBC 2.10 reads OBJSENSE MAX but still minimises unless told `-max`.
            let arguments = [
                path, "-timeMode", "elapsed", "-sec", String(seconds), minimise ? "-min" : "-max", "-solve",
            ]
            return Self.timed(cbc, arguments, seconds: seconds) { CBCOutput.read($0, minimise: minimise) }
        case .highs:
            guard let python = Self.executable("python3") else {
                return .notInstalled("not installed (python3 is missing; then pip install highspy)")
            }
            let arguments = [Self.highsScript, path, String(seconds)]
            return Self.timed(python, arguments, seconds: seconds) { Self.readHiGHS($0, minimise: minimise) }
        }
    }

    private static let highsScript = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Scripts/highs.py").path

    private static func executable(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }

    /// Runs a solver (with a minute's grace over its own limit), reading its answer from its output.
    /// Exit status 3 is `highs.py`'s "highspy is not installed".
    private static func timed(
        _ executable: String, _ arguments: [String], seconds: Double, read: (String) -> ReferenceAnswer?
    )
        -> ReferenceAnswer
    {
        let start = ContinuousClock.now
        let run = runChild(executable, arguments, timeout: seconds + 60)
        let elapsed = milliseconds(ContinuousClock.now - start) / 1_000
        if run.status == 3, !run.signalled, !run.timedOut {
            return .notInstalled(run.errorOutput.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        if run.timedOut { return .missing("timed out after \(format(seconds + 60, decimals: 0)) s") }
        guard !run.signalled, var answer = read(run.output) else { return .missing(run.failure) }
        answer.seconds = answer.seconds > 0 ? answer.seconds : elapsed
        return answer
    }

    /// The JSON line of `Scripts/highs.py`: status, objective, bound, seconds and the trace, a list
    /// of `[seconds, objective or null, bound or null]`.
    private static func readHiGHS(_ output: String, minimise: Bool) -> ReferenceAnswer? {
        guard let line = output.split(whereSeparator: \.isNewline).last,
            let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
            let status = object["status"] as? String
        else { return nil }
        var answer = ReferenceAnswer(
            status: Self.highsStatus(status), objective: object["objective"] as? Double,
            bound: object["bound"] as? Double, seconds: object["seconds"] as? Double ?? 0)
        answer.trace = GapTrace(maximises: !minimise)
        for point in object["trace"] as? [[Any]] ?? [] where point.count == 3 {
            guard let seconds = point[0] as? Double else { continue }
            answer.trace.add(seconds: seconds, objective: point[1] as? Double, bound: point[2] as? Double)
        }
        // The final answer, known when the solve ended.
        if answer.seconds > 0 {
            answer.trace.add(seconds: answer.seconds, objective: answer.objective, bound: answer.bound)
        }
        return answer
    }

    /// HiGHS's model status in the words of this report.
    private static func highsStatus(_ status: String) -> String {
        switch status {
        case "Optimal": return "optimal"
        case "Time limit reached": return "time limit"
        case "Infeasible": return "infeasible"
        default: return status.lowercased()
        }
    }
}

extension ReferenceAnswer {
    /// No answer, for the reason given: the solver failed or timed out.
    static func missing(_ why: String) -> ReferenceAnswer {
        ReferenceAnswer(status: "missing", objective: nil, bound: nil, seconds: 0, missing: why)
    }

    /// No answer: the solver is not installed.
    static func notInstalled(_ why: String) -> ReferenceAnswer {
        var answer = missing(why)
        answer.notInstalled = true
        return answer
    }
}

/// CBC's output: the result lines at the end, and the progress lines before them for the trace.
///
/// CBC works on the minimisation: with `-max` its progress lines show the objective negated
/// (`Integer solution of -116.486`), while "Continuous objective value is" and the result lines at
/// the end are in the programme's own sense.
enum CBCOutput {
    /// The answer, or nil when the output has no `Result - ` line.
    static func read(_ output: String, minimise: Bool) -> ReferenceAnswer? {
        let lines = output.split(whereSeparator: \.isNewline).map(String.init)
        func number(after prefix: String) -> Double? {
            lines.first { $0.hasPrefix(prefix) }.flatMap {
                Double($0.dropFirst(prefix.count).trimmingCharacters(in: .whitespaces))
            }
        }
        guard let result = lines.first(where: { $0.hasPrefix("Result - ") }) else { return nil }
        let optimal = result.contains("Optimal solution found")
        let objective = number(after: "Objective value:")
        // The bound line is "Upper bound:" when maximising, "Lower bound:" when minimising.
        let bound = optimal ? objective : number(after: minimise ? "Lower bound:" : "Upper bound:")
        let seconds = totalWallClock(lines) ?? 0
        var answer = ReferenceAnswer(status: status(result), objective: objective, bound: bound, seconds: seconds)
        answer.trace = trace(lines, minimise: minimise)
        if seconds > 0 { answer.trace.add(seconds: seconds, objective: objective, bound: bound) }
        return answer
    }

    /// "Result - Stopped on time limit" in the words of this report.
    private static func status(_ result: String) -> String {
        let text = String(result.dropFirst("Result - ".count)).lowercased()
        if text.contains("optimal solution found") { return "optimal" }
        if text.contains("time limit") { return "time limit" }
        if text.contains("infeasible") { return "infeasible" }
        return text
    }

    /// `Total time (CPU seconds):       0.40   (Wallclock seconds):       0.45`.
    private static func totalWallClock(_ lines: [String]) -> Double? {
        guard let line = lines.last(where: { $0.hasPrefix("Total time") }),
            let marker = line.range(of: "(Wallclock seconds):")
        else { return nil }
        return Double(line[marker.upperBound...].trimmingCharacters(in: .whitespaces))
    }

    /// The plans and bounds CBC reports while it runs, in the programme's own sense.
    static func trace(_ lines: [String], minimise: Bool) -> GapTrace {
        var trace = GapTrace(maximises: !minimise)
        let sign = minimise ? 1.0 : -1.0
        for line in lines {
            if line.hasPrefix("Continuous objective value is ") {
                // "Continuous objective value is 120.863 - 0.01 seconds": the LP relaxation bounds
                // every plan, in the programme's own sense.
                let words = line.dropFirst("Continuous objective value is ".count).split(separator: " ")
                if words.count >= 3, let value = Double(words[0]), let seconds = Double(words[2]) {
                    trace.add(seconds: seconds, bound: value)
                }
                continue
            }
            guard line.hasPrefix("Cbc"), let seconds = stamp(line) else { continue }
            if let value = word(in: line, after: "Integer solution of ") {
                trace.add(seconds: seconds, objective: sign * value)
            } else if let best = word(in: line, before: " best solution"),
                let possible = word(in: line, after: "best possible ")
            {
                trace.add(seconds: seconds, objective: sign * best, bound: sign * possible)
            } else if line.contains("Partial search"), let best = word(in: line, after: "best objective "),
                let possible = word(in: line, after: "(best possible ")
            {
                trace.add(seconds: seconds, objective: sign * best, bound: sign * possible)
            } else if line.contains("Search completed"), let best = word(in: line, after: "best objective ") {
                trace.add(seconds: seconds, objective: sign * best, bound: sign * best)
            }
        }
        return trace
    }

    /// The time at the end of a progress line: `(4.83 seconds)`.
    private static func stamp(_ line: String) -> Double? {
        guard line.hasSuffix(" seconds)"), let open = line.range(of: "(", options: .backwards) else { return nil }
        return Double(line[open.upperBound...].dropLast(" seconds)".count))
    }

    /// The number that follows `marker` in `line`, up to a space, comma or parenthesis.
    private static func word(in line: String, after marker: String) -> Double? {
        guard let found = line.range(of: marker) else { return nil }
        let rest = line[found.upperBound...]
        return Double(rest.prefix { !" ,()".contains($0) })
    }

    /// The number that comes just before `marker` in `line`.
    private static func word(in line: String, before marker: String) -> Double? {
        guard let found = line.range(of: marker) else { return nil }
        return line[..<found.lowerBound].split(separator: " ").last.flatMap { Double($0) }
    }
}
