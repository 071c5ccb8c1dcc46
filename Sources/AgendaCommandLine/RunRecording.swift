import AgendaCore
import AgendaStore
import Foundation

/// A plan made into a run for the store (`agenda plan --record`): the agenda's files (relative to
/// the folder that holds them all), its hash and commit, the scenario, the regional plan's JSON,
/// the scores, the payments and the budgets.
public struct RunRecording {
    public var agenda: Agenda
    /// Every file the agenda and its modules were read from.
    public var inputs: [String]
    public var registry: ModuleRegistry
    public var result: Planner.Result
    public var scenario: String?

    public init(agenda: Agenda, inputs: [String], registry: ModuleRegistry, result: Planner.Result, scenario: String?) {
        (self.agenda, self.inputs, self.registry, self.result, self.scenario) = (
            agenda, inputs, registry, result, scenario
        )
    }

    /// The run to store; throws when a file cannot be read again.
    public func run() throws -> NewRun {
        let (base, files) = try Self.files(inputs)
        let plan = result.plan
        let json = PlanRendering(
            agenda: agenda, problem: result.problem, plan: plan, scores: result.scores, registry: registry
        ).rendered(.json)
        let scores = ScoreRendering(agenda: agenda, report: result.scores).ranking(.json)
        return NewRun(
            agendaID: agenda.id, root: agenda.files.first.map { Self.relative($0, to: base) } ?? "", files: files,
            contentHash: agenda.contentHash ?? "",
            revision: agenda.revision.map { StoredRevision(commit: $0.commit, date: $0.date, modified: $0.modified) },
            scenario: scenario, plannerVersion: AgendaCommand.configuration.version,
            recordedAt: StoreClock.now().instant, status: plan.status.rawValue,
            scoreTenThousandths: plan.objective.tenThousandths, fundedActions: plan.actions.filter(\.funded).count,
            planJSON: Data(json.utf8), scoresJSON: Data(scores.utf8), payments: payments, budgets: budgets)
    }

    private var payments: [PlannedPayment] {
        result.plan.actions.filter(\.funded).flatMap { action in
            action.payments.map {
                PlannedPayment(action: action.id, source: $0.source, year: $0.year, euros: Int64($0.amount))
            }
        }
    }

    private var budgets: [StoredBudget] {
        let years = agenda.period.from...agenda.period.to
        return agenda.plannedFunding.flatMap { source in
            years.map {
                StoredBudget(source: source.id, year: $0, euros: Int64(source.budget[$0]), carryOver: source.carryOver)
            }
        }
    }

    /// The files' folder in common and each file's bytes under its path from there.
    static func files(_ paths: [String]) throws -> (base: String, files: [StoredFile]) {
        let absolute = paths.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        var base = absolute.first.map { PathText.folder(of: $0) } ?? "/"
        while !absolute.allSatisfy({ $0.hasPrefix(base == "/" ? "/" : base + "/") }) {
            base = PathText.folder(of: base)
        }
        let files = try zip(paths, absolute).map { path, full in
            StoredFile(path: relative(full, to: base), content: try Data(contentsOf: URL(fileURLWithPath: path)))
        }
        return (base, files)
    }

    static func relative(_ path: String, to base: String) -> String {
        let full = URL(fileURLWithPath: path).standardizedFileURL.path
        let prefix = base == "/" ? "/" : base + "/"
        return full.hasPrefix(prefix) ? String(full.dropFirst(prefix.count)) : full
    }
}
