import AgendaCore
import AgendaModules
import ArgumentParser
import Foundation

/// `agenda plan AGENDA`: the best funding plan, proven and explained.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Find the best funding plan for an agenda across municipalities, years and funders.",
        discussion: """
            Chooses which actions are funded and which sources pay how much in which year, within \
            every budget and rule, maximising the sum of the actions' priority scores. Reports the \
            plan's status (optimal, feasible with a bound, or infeasible and why), what was left \
            out and why, and what one more euro per source and year is worth. Every plan is \
            checked by an independent verifier before it is shown.

            Exit status: 0 a plan; 1 the agenda is invalid or its commitments cannot be met; 2 a \
            path, scenario or option that does not exist; 3 the planner could not finish (a known \
            limit, see docs/planner.md) or its verifier found a broken rule.

            Examples:
              agenda plan agendas/haaglanden
              agenda plan agendas/haaglanden --scenario bezuiniging-wmo --format json
              agenda plan agendas/haaglanden --format csv --dutch-excel -o plan.csv
              agenda plan agendas/example.yaml --export-mps example.mps
            """
    )

    @OptionGroup var options: AgendaOptions

    @Option(help: "text, markdown, json or csv.")
    var format: PlanFormat = .text

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file (replaced atomically) instead of standard output.", valueName: "file"))
    var output: String?

    @Flag(help: "CSV for Dutch Excel: ';' between fields, a decimal comma, and a byte-order mark so Excel reads UTF-8.")
    var dutchExcel = false

    @Option(help: ArgumentHelp("Also write the optimisation problem in MPS format, for any MILP solver.", valueName: "file"))
    var exportMps: String?

    @Option(help: ArgumentHelp("Branch-and-bound nodes to search before settling for the best plan found and its bound.", valueName: "n"))
    var maxNodes: Int = Planner.Limits().nodes

    enum PlanFormat: String, ExpressibleByArgument, CaseIterable {
        case text, markdown, json, csv
    }

    func run() throws {
        let agenda = try options.load()
        let streams = StandardStreams()
        let started = ContinuousClock.now
        let reporter = ProgressReporter(started: started)
        let planner = Planner(registry: InstalledModules.registry, limits: Planner.Limits(nodes: max(1, maxNodes)))
        // The problem is written before the search, so an analyst has it even when the search fails.
        if let path = exportMps {
            try write(MPSWriter.mps(planner.problem(for: agenda).problem), to: path)
        }
        let result: Planner.Result
        do {
            result = try planner.plan(agenda, progress: { reporter.report($0) })
        } catch {
            streams.note("error: \(error)")
            throw ExitCode(3)
        }
        result.scores.diagnostics.map(\.rendered).forEach(streams.note)
        let text: String
        switch format {
        case .csv:
            text = PlanCSV.rendered(plan: result.plan, agenda: agenda,
                                    options: dutchExcel ? .dutchExcel : PlanCSV.Options())
        case .text, .markdown, .json:
            let reportFormat: ReportFormat = format == .text ? .text : format == .json ? .json : .markdown
            text = PlanRendering(agenda: agenda, problem: result.problem, plan: result.plan, scores: result.scores).rendered(reportFormat)
        }
        if let output {
            try write(text, to: output)
        } else {
            streams.write(text)
        }
        if result.plan.status == .infeasible {
            result.plan.diagnostics.map(\.rendered).forEach(streams.note)
            throw ExitCode(1)
        }
    }

    private func write(_ text: String, to path: String) throws {
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            StandardStreams().note("\(path): error: cannot write the file: \(error.localizedDescription)")
            throw ExitCode(2)
        }
    }
}

/// Shows what the search is doing on standard error, once it has run for more than a second.
final class ProgressReporter: @unchecked Sendable {
    private let started: ContinuousClock.Instant
    private let lock = NSLock()
    private var last: ContinuousClock.Instant?

    init(started: ContinuousClock.Instant) {
        self.started = started
    }

    func report(_ message: String) {
        let now = ContinuousClock.now
        lock.lock()
        defer { lock.unlock() }
        guard now - started > .seconds(1), last.map({ now - $0 > .milliseconds(500) }) ?? true else { return }
        last = now
        StandardStreams().note("planning… \(message)")
    }
}
