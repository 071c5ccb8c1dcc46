import AgendaCore
import ArgumentParser
import Foundation

extension OutputFormat: ExpressibleByArgument {}

/// `-o`: a file to write instead of standard output, the same for every command that writes one.
struct OutputFileOption: ParsableArguments {
    @Option(
        name: .shortAndLong,
        help: ArgumentHelp("Write to this file (replaced atomically) instead of standard output.", valueName: "file"))
    var output: String?

    /// Writes `text`, never over one of `inputs`, the files the command read.
    func emit(_ text: String, protecting inputs: [String] = []) throws {
        try ReportOutput.emit(text, to: output, protecting: inputs)
    }
}

/// Where and how a report is written: `--format`, `-o` and `--dutch-excel`, the same for every
/// command that writes a report.
struct OutputOptions: ParsableArguments {
    @Option(help: "text, markdown, json, csv or html.")
    var format: OutputFormat = .text

    @OptionGroup var file: OutputFileOption

    @Flag(help: "CSV for Dutch Excel: ';' between fields, a decimal comma, and a byte-order mark so Excel reads UTF-8.")
    var dutchExcel = false

    var csvOptions: PlanCSV.Options { dutchExcel ? .dutchExcel : PlanCSV.Options() }

    func validate() throws {
        if dutchExcel && format != .csv {
            throw ValidationError("--dutch-excel shapes CSV; add --format csv")
        }
    }

    /// Writes `text`, never over one of `inputs`, the files the command read.
    func emit(_ text: String, protecting inputs: [String]) throws {
        try file.emit(text, protecting: inputs)
    }
}

/// `--max-nodes`: how far each search goes, the same for `plan` and the analyses.
struct SearchOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Branch-and-bound nodes per plan before settling for the best plan found and its bound; also caps the "
                + "nodes of each part of a split agenda (50 by default) and the steps of its bound (2,000).",
            valueName: "n"))
    var maxNodes: Int = Planner.Limits().nodes

    func validate() throws {
        guard maxNodes >= 1 else { throw ValidationError("--max-nodes must be at least 1, found \(maxNodes)") }
    }

    /// The planner, scoring with the modules the agenda was loaded with.
    func planner(_ registry: ModuleRegistry) -> Planner {
        Planner(registry: registry, limits: Planner.Limits.atMost(nodes: maxNodes))
    }

    /// Runs an analysis with progress on standard error. A problem of type `Usage` (a scenario,
    /// source or parameter that does not exist) exits 2, prefixed with `prefix`; any other error
    /// (the planner could not finish, or its verifier found a broken rule) exits 3.
    func analyse<Analysis, Usage: Error>(
        usage: Usage.Type, prefix: String = "",
        _ body: (@escaping @Sendable (String) -> Void) throws -> Analysis
    ) throws -> Analysis {
        let reporter = ProgressReporter(started: ContinuousClock.now)
        do {
            return try body { reporter.report($0) }
        } catch let problem as Usage {
            if let diagnostic = (problem as? ScenarioApplier.Problem)?.diagnostic {
                StandardStreams().note(diagnostic.rendered)
                throw ExitCode(1)
            }
            StandardStreams().note("\(prefix)error: \(problem)")
            throw ExitCode(2)
        } catch {
            StandardStreams().failure(error)
            throw ExitCode(3)
        }
    }
}

/// Writes a report to standard output or, safely, to a file (`OutputFile`).
enum ReportOutput {
    static func emit(_ text: String, to path: String?, protecting inputs: [String]) throws {
        guard let path else {
            try StandardStreams().write(text)
            return
        }
        try write(text, to: path, protecting: inputs)
    }

    /// Replaces the file atomically; a path that may not or cannot be written exits with status 2.
    static func write(_ text: String, to path: String, protecting inputs: [String]) throws {
        do {
            try OutputFile.write(text, to: path, protecting: inputs)
        } catch {
            StandardStreams().note(error.description)
            throw ExitCode(2)
        }
    }
}
