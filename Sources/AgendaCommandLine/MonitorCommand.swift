import AgendaCore
import AgendaStore
import ArgumentParser

/// `agenda monitor AGENDA`: the adopted plan against actual spending.
struct MonitorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "monitor",
        abstract: "Show the adopted plan against what was actually spent, and the money left per source.",
        discussion: """
            Per action, source and year through --year: planned, actual, the difference and its \
            state (overspent, underspent, not started, no actual figure, not in the plan), with the \
            import and lines each figure comes from. Per source: the budget over the period, what \
            was spent, what lapsed (unspent in a year without carry-over), what is available from \
            the next year, what the plan still spends, and what is left. See docs/store.md.

            Exit status: 0 shown; 1 no adopted plan, or the store or agenda cannot be used; 2 no \
            agenda at the path, or a year outside the period.

            Examples:
              agenda monitor agendas/haaglanden --year 2025
              agenda monitor agendas/haaglanden --format html -o monitor.html
            """)

    @OptionGroup var options: AgendaOptions

    @Option(
        help: ArgumentHelp(
            "Monitor through this year; by default the last year with actual figures.", valueName: "year"))
    var year: Int?

    @OptionGroup var output: OutputOptions

    @OptionGroup(title: "Store") var store: StoreOptions

    func run() throws {
        let loaded = try options.loadWithoutRevision()
        let agenda = loaded.agenda
        let root = agenda.files.first ?? options.agenda
        let store = try self.store.open(forRoot: root, access: .read)
        let (baseline, run) = try StoreOptions.baseline(in: store)
        let actuals = try StoreOptions.reporting { try store.actuals() }
        let through = try year(actuals, period: agenda.period)
        let monitoring: Monitoring
        do {
            monitoring = try Monitoring(
                planned: run.payments.map {
                    Monitoring.Planned(action: $0.action, source: $0.source, year: $0.year, euros: Int($0.euros))
                },
                spent: actuals.map(\.spent),
                budgets: run.budgets.map {
                    Monitoring.Budget(source: $0.source, year: $0.year, euros: Int($0.euros), carryOver: $0.carryOver)
                }, through: through)
        } catch {
            StandardStreams().note("\(store.path): error: the sums of money are too large to add up exactly")
            throw ExitCode(1)
        }
        let rendering = MonitorRendering(
            agenda: agenda, monitoring: monitoring, baseline: (baseline.runID, baseline.adoptedBy, baseline.adoptedOn))
        try output.emit(
            rendering.rendered(output.format, csv: output.csvOptions), protecting: loaded.inputs + [store.path])
    }

    /// `--year`, or the last year with actual figures (the period's first without any).
    private func year(_ actuals: [ActualAmount], period: YearRange) throws -> Int {
        let chosen = year ?? actuals.map(\.year).max() ?? period.from
        guard (period.from...period.to).contains(chosen) else {
            StandardStreams().note("error: --year \(chosen) is outside the agenda's period \(period.from)–\(period.to)")
            throw ExitCode(2)
        }
        return chosen
    }
}

extension ActualAmount {
    /// The figure for monitoring, traced to its file and lines (`uitgaven-2025.csv:3,7`, import 2).
    var spent: Monitoring.Spent {
        Monitoring.Spent(
            action: action, source: source, year: year, cents: cents,
            trace: "\(fileName):\(lines.map(String.init).joined(separator: ",")) (import \(importID))")
    }
}
