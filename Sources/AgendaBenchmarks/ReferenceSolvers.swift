// The reference MILP solvers the benchmarks measure against, on the MPS files the planner writes:
// CBC (the `cbc` command, Debian `coinor-cbc`) and HiGHS (PyPI `highspy`, through
// `Scripts/highs.py`, on one thread). A solver that is not installed is reported missing; it never
// makes a benchmark fail.

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

    var proven: Bool { status == "optimal" }
}

enum ReferenceSolver: String, CaseIterable {
    case cbc = "CBC"
    case highs = "HiGHS"

    /// Solves the MPS file at `path`, minimising (or maximising), within `seconds`.
    func solve(_ path: String, minimise: Bool, seconds: Double) -> ReferenceAnswer {
        switch self {
        case .cbc:
            guard let cbc = Self.executable("cbc") else {
                return .missing("cbc is not installed (apt-get install coinor-cbc)")
            }
            let arguments = [path, "-sec", String(seconds), minimise ? "-min" : "-max", "-solve"]
            return Self.timed(cbc, arguments, seconds: seconds) { Self.readCBC($0) }
        case .highs:
            guard let python = Self.executable("python3") else { return .missing("python3 is not installed") }
            return Self.timed(python, [Self.highsScript, path, String(seconds)], seconds: seconds) {
                Self.readHiGHS($0)
            }
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
    private static func timed(
        _ executable: String, _ arguments: [String], seconds: Double, read: (String) -> ReferenceAnswer?
    )
        -> ReferenceAnswer
    {
        let start = ContinuousClock.now
        let run = runChild(executable, arguments, timeout: seconds + 60)
        let elapsed = milliseconds(ContinuousClock.now - start) / 1_000
        if run.status == 3 { return .missing(run.errorOutput.trimmingCharacters(in: .whitespacesAndNewlines)) }
        guard !run.timedOut, !run.signalled, var answer = read(run.output) else { return .missing(run.failure) }
        answer.seconds = answer.seconds > 0 ? answer.seconds : elapsed
        return answer
    }

    /// CBC's result lines: `Result - Optimal solution found`, `Objective value:`, `Lower bound:`.
    private static func readCBC(_ output: String) -> ReferenceAnswer? {
        let lines = output.split(whereSeparator: \.isNewline).map(String.init)
        func number(after prefix: String) -> Double? {
            lines.first { $0.hasPrefix(prefix) }.flatMap {
                Double($0.dropFirst(prefix.count).trimmingCharacters(in: .whitespaces))
            }
        }
        guard let result = lines.first(where: { $0.hasPrefix("Result - ") }) else { return nil }
        let optimal = result.contains("Optimal solution found")
        let objective = number(after: "Objective value:")
        return ReferenceAnswer(
            status: optimal ? "optimal" : String(result.dropFirst("Result - ".count)).lowercased(),
            objective: objective, bound: optimal ? objective : number(after: "Lower bound:"), seconds: 0)
    }

    /// The JSON line of `Scripts/highs.py`.
    private static func readHiGHS(_ output: String) -> ReferenceAnswer? {
        guard let line = output.split(whereSeparator: \.isNewline).last,
            let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
            let status = object["status"] as? String
        else { return nil }
        return ReferenceAnswer(
            status: status == "Optimal" ? "optimal" : status.lowercased(), objective: object["objective"] as? Double,
            bound: object["bound"] as? Double, seconds: object["seconds"] as? Double ?? 0)
    }
}

extension ReferenceAnswer {
    static func missing(_ why: String) -> ReferenceAnswer {
        ReferenceAnswer(status: "missing", objective: nil, bound: nil, seconds: 0, missing: why)
    }
}
