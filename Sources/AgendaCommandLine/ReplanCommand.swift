import AgendaCore
import AgendaStore
import ArgumentParser
import Foundation

/// `agenda replan AGENDA --from-year Y`: the remaining years, after what was spent.
struct ReplanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replan",
        abstract: "Plan the remaining years again, after what was actually spent, against the adopted plan.",
        discussion: """
            Plans today's agenda from --from-year on. The money spent before that year is fixed: the \
            imported actual figures, and the adopted plan's payments of each action and year that has \
            none (an action's figures for a year are complete: the plan's payments of it from sources \
            they do not name were not made). Actions \
            that spent money before it must be funded (they are running). Each source has what is \
            left: with carry-over, its unspent money moves into the first year (an overspend is taken \
            from it); without, unspent money has lapsed. Prints the new plan and then what differs \
            from the adopted plan in the remaining years. See docs/store.md.

            Exit status: 0 a plan; 1 no adopted plan, an invalid agenda, or commitments that cannot \
            be met; 2 no agenda at the path, or a year outside the period; 3 the planner could not \
            finish.

            Examples:
              agenda replan agendas/haaglanden --from-year 2026
              agenda replan agendas/haaglanden --from-year 2026 --format html -o herplanning.html
            """)

    @OptionGroup var options: AgendaOptions

    @Option(help: ArgumentHelp("The first year to plan again.", valueName: "year"))
    var fromYear: Int

    @OptionGroup var output: OutputOptions

    @OptionGroup(title: "Store") var store: StoreOptions

    func run() throws {
        let loaded = try options.load()
        let root = loaded.agenda.files.first ?? options.agenda
        let store = try self.store.open(forRoot: root, access: .read)
        let (_, adopted) = try StoreOptions.baseline(in: store)
        let actuals = try StoreOptions.reporting { try store.actuals() }
        let (replanning, spentCents) = try self.replanning(loaded.agenda, adopted: adopted, actuals: actuals)
        var remaining = loaded
        remaining.agenda = replanning.agenda
        let result = try remaining.planned()
        let (adoptedAgenda, adoptedVariant) = try ReplayedRun.recorded(adopted, modules: options.modules)
        let difference = DiffRendering(
            old: DiffRendering.Side(label: "run \(adopted.summary.id)", variant: adoptedVariant),
            new: DiffRendering.Side(
                label: remaining.agenda.header.language == .nl
                    ? "de herplanning vanaf \(fromYear)" : "the re-plan from \(fromYear)",
                variant: PlannedVariant(agenda: remaining.agenda, result: result, registry: remaining.registry)),
            agendaChanges: AgendaDifference(from: adoptedAgenda.tree, to: loaded.tree),
            fromYear: fromYear, notes: replanning.summary(spentCents: spentCents, fromYear: fromYear))
        let rendering = PlanRendering(
            agenda: remaining.agenda, problem: result.problem, plan: result.plan, scores: result.scores,
            registry: remaining.registry)
        try output.emit(text(rendering, difference), protecting: loaded.inputs + [store.path])
        if result.plan.status == .infeasible {
            result.plan.diagnostics.map(\.rendered).forEach(StandardStreams().note)
            throw ExitCode(1)
        }
    }

    /// The agenda of the remaining years; spending before them from the actuals, else the plan.
    private func replanning(_ agenda: Agenda, adopted: StoredRun, actuals: [ActualAmount]) throws
        -> (Replanning, spentCents: Int64)
    {
        do {
            var planned: [Replanning.Spent] = []
            for payment in adopted.payments {
                let (cents, overflow) = payment.euros.multipliedReportingOverflow(by: 100)
                guard !overflow else { throw Replanning.Failure.overflow }
                planned.append(
                    Replanning.Spent(action: payment.action, source: payment.source, year: payment.year, cents: cents))
            }
            let rows = try Replanning.spending(
                planned: planned,
                actual: actuals.map {
                    Replanning.Spent(action: $0.action, source: $0.source, year: $0.year, cents: $0.cents)
                }, before: fromYear)
            let total = try rows.reduce(Int64(0)) { total, row in
                let (sum, overflow) = total.addingReportingOverflow(row.cents)
                guard !overflow else { throw Replanning.Failure.overflow }
                return sum
            }
            return (try Replanning(agenda: agenda, spent: rows, fromYear: fromYear), total)
        } catch let failure as Replanning.Failure {
            StandardStreams().note("error: \(failure)")
            throw ExitCode(failure == .overflow ? 1 : 2)
        } catch is Monitoring.Failure {
            StandardStreams().note("error: \(Replanning.Failure.overflow)")
            throw ExitCode(1)
        }
    }

    /// The new plan, then the difference: one JSON object, one HTML page, or one text after the other.
    private func text(_ plan: PlanRendering, _ difference: DiffRendering) -> String {
        switch output.format {
        case .json:
            return JSONValue.object([("plan", plan.json()), ("difference", difference.json)]).rendered()
        case .html:
            let page = plan.rendered(.html)
            guard let end = page.range(of: "</main>", options: .backwards) else { return page }
            return page.replacingCharacters(in: end.lowerBound..<end.lowerBound, with: difference.htmlSection)
        case .csv:
            return plan.rendered(.csv, csv: output.csvOptions)
        case .text, .markdown:
            return plan.rendered(output.format) + "\n" + difference.rendered(output.format)
        }
    }
}
