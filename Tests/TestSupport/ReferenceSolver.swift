import Foundation

/// CBC (Debian `coinor-cbc`), the reference MILP solver the tests check the planner against when
/// it is installed; the tests that need it skip cleanly when it is not.
public enum ReferenceSolver {
    /// The path of `cbc` on `PATH`, or nil.
    public static let cbc: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/cbc" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// The optimum CBC proves for an MPS programme, maximised or minimised; nil when CBC reports the
    /// programme infeasible.
    public static func optimum(ofMPS text: String, maximise: Bool) throws -> Double? {
        guard let cbc else { throw SubprocessFailure(description: "cbc is not installed") }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("agenda-cbc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try text.write(to: folder.appendingPathComponent("problem.mps"), atomically: true, encoding: .utf8)
        // CBC 2.10 reads the OBJSENSE section but still minimises unless told `-max`.
        let output = try Subprocess.run(cbc, ["problem.mps", maximise ? "-max" : "-min", "-solve"], in: folder)
        // Presolve may prove it before the search starts, which prints no result line.
        if output.contains("Problem is infeasible") || output.contains("Result - Problem proven infeasible") {
            return nil
        }
        guard output.contains("Result - Optimal solution found"),
            let line = output.split(separator: "\n").first(where: { $0.hasPrefix("Objective value:") }),
            let value = line.split(separator: " ").last.flatMap({ Double($0) })
        else { throw SubprocessFailure(description: "cbc gave no optimum:\n\(output)") }
        return value
    }
}
