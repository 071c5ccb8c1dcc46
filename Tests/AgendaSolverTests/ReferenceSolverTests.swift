import Foundation
import Testing

@testable import AgendaSolver

/// The exported MPS against CBC: random problems, with and without an allocation key, written by
/// `MPSWriter`, solved by CBC (Debian `coinor-cbc`, a solver that shares no code with the planner)
/// and by `FundingSolver`; the optima must agree. Skipped when `cbc` is not installed; CI installs
/// it.
@Suite struct ReferenceSolverTests {
    /// Twelve problems: six shapes, each with and without a key, from 14 to 34 actions.
    @Test(.enabled(if: CBC.path != nil, "needs cbc (Debian coinor-cbc)"), arguments: [false, true])
    func optimaMatchCBC(key: Bool) throws {
        var proven = 0
        var feasible = 0
        for seed in UInt64(1)...6 {
            let shape = RandomProblems.Shape(
                municipalities: 2 + Int(seed % 3), actions: 10 + 4 * Int(seed), years: 2 + Int(seed % 2), key: key)
            let problem = RandomProblems.problem(shape, seed: seed)
            let label = "seed \(seed) (\(shape))"
            let solution = try FundingSolver.quickPayments.solve(problem)
            guard let optimum = try CBC.optimum(of: MPSWriter.mps(problem)) else {
                #expect(solution.funded == nil, "\(label): CBC proves there is no plan")
                continue
            }
            feasible += 1
            #expect(solution.funded != nil, "\(label): CBC finds a plan scoring \(optimum)")
            #expect(SolutionCheck.violations(solution, problem).isEmpty, "\(label)")
            let objective = Double(solution.objective) / PlanningProblem.scoreScale
            let bound = Double(solution.bound) / PlanningProblem.scoreScale
            if solution.proven {
                proven += 1
                #expect(abs(objective - optimum) <= 1e-4, "\(label): proven \(objective), CBC \(optimum)")
            } else {
                #expect(objective <= optimum + 1e-4, "\(label): a plan above CBC's optimum \(optimum)")
                #expect(bound >= optimum - 1e-4, "\(label): the bound \(bound) is below CBC's optimum \(optimum)")
            }
        }
        #expect(feasible >= 4, "most of these problems have a plan: \(feasible) of 6")
        #expect(proven == feasible, "every problem with a plan is proven: \(proven) of \(feasible)")
    }
}

/// CBC run on an MPS programme in a temporary folder; its output goes to a file, not a pipe, so a
/// long log cannot block it.
enum CBC {
    /// The path of `cbc` on `PATH`, or nil.
    static let path: String? = {
        let search = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return search.split(separator: ":").map { "\($0)/cbc" }.first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }()

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The optimum CBC proves for a programme `MPSWriter` wrote (a maximisation); nil when CBC
    /// proves it infeasible. Throws when CBC is missing, fails or proves neither.
    static func optimum(of text: String) throws -> Double? {
        guard let path else { throw Failure(description: "cbc is not installed") }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("agenda-cbc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("problem.mps")
        let log = folder.appendingPathComponent("cbc.log")
        try text.write(to: input, atomically: true, encoding: .utf8)
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try FileHandle(forWritingTo: log)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        // CBC 2.10 reads the OBJSENSE section but minimises unless told `-max`.
        process.arguments = [input.path, "-sec", "120", "-max", "-solve"]
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        process.waitUntilExit()
        try handle.close()
        let output = try String(contentsOf: log, encoding: .utf8)
        // Presolve may prove it before the search starts, which prints no result line.
        if output.contains("Problem is infeasible") || output.contains("Result - Problem proven infeasible") {
            return nil
        }
        guard process.terminationStatus == 0, output.contains("Result - Optimal solution found"),
            let line = output.split(separator: "\n").first(where: { $0.hasPrefix("Objective value:") }),
            let value = line.split(separator: " ").last.flatMap({ Double($0) })
        else { throw Failure(description: "cbc gave no optimum:\n\(output)") }
        return value
    }
}
