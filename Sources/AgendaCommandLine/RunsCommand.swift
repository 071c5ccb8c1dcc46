import AgendaCore
import AgendaStore
import ArgumentParser

/// `agenda runs AGENDA`: the recorded runs, newest first.
struct RunsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "runs",
        abstract: "List the runs recorded in the agenda's store, newest first.",
        discussion: """
            Each run is a plan recorded with 'agenda plan AGENDA --record': when, which scenario, the \
            plan's status and score, the agenda's content hash and git commit, and whether it is the \
            adopted baseline. See docs/store.md.

            Exit status: 0 listed; 1 the store cannot be used; 2 no agenda at the path.

            Examples:
              agenda runs agendas/haaglanden
              agenda runs agendas/haaglanden --format csv --dutch-excel -o runs.csv
            """)

    @OptionGroup var options: StoredAgendaOptions

    @OptionGroup var output: OutputOptions

    func run() throws {
        let (root, store) = try options.open(.read)
        let runs = try StoreOptions.reporting { try store.runs() }
        let header = options.header(root: root)
        let listing = RunListing(
            entries: runs.map(\.entry), language: header.language, agendaTitle: header.title, storePath: store.path)
        try output.emit(listing.report.rendered(output.format, csv: output.csvOptions), protecting: [store.path])
    }
}

extension RunSummary {
    /// The run as the listing shows it.
    var entry: RunListing.Entry {
        RunListing.Entry(
            id: id, recordedAt: recordedAt, contentHash: contentHash,
            commit: revision.map { "\($0.commit) \($0.date)" + ($0.modified ? " +" : "") }, scenario: scenario,
            plannerVersion: plannerVersion, status: status, score: Points(tenThousandths: scoreTenThousandths),
            fundedActions: fundedActions, adoption: adoptedAs)
    }
}
