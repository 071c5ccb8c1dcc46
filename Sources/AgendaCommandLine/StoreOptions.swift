import AgendaCore
import AgendaStore
import ArgumentParser
import Foundation

/// `--store`: where the network's memory is, the same for every command that uses it.
struct StoreOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "The store's file; by default .agenda/agenda.sqlite beside the agenda's root file.", valueName: "path"))
    var store: String?

    /// The store's path for the agenda whose root file is `root`.
    func path(forRoot root: String) -> String {
        if let store { return store }
        let folder = PathText.folder(of: root)
        return (folder.isEmpty ? "." : folder) + "/.agenda/agenda.sqlite"
    }

    /// Opens the store; a store that cannot be used is reported and exits 1.
    func open(forRoot root: String, access: SQLiteStore.Access) throws -> SQLiteStore {
        try Self.reporting { try SQLiteStore(path: path(forRoot: root), access: access) }
    }

    /// A recorded run; one that does not exist is reported and exits 2.
    static func run(_ id: Int64, in store: SQLiteStore) throws -> StoredRun {
        try reporting {
            guard let stored = try store.run(id) else { throw StoreError.noSuchRun(path: store.path, id: id) }
            return stored
        }
    }

    /// The newest adoption and its run, the baseline of `monitor` and `replan`; a store where no
    /// plan is adopted yet is reported and exits 1.
    static func baseline(in store: SQLiteStore) throws -> (Adoption, StoredRun) {
        guard let adoption = try reporting({ try store.adoptions().last }) else {
            StandardStreams().note(
                "\(store.path): error: no plan is adopted yet; 'agenda adopt AGENDA RUN --by WHO' adopts one")
            throw ExitCode(1)
        }
        return (adoption, try run(adoption.runID, in: store))
    }

    /// Runs `body`, printing a `StoreError` as it says and exiting 1; a missing run exits 2.
    static func reporting<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as StoreError {
            StandardStreams().note(error.description)
            if case .noSuchRun = error { throw ExitCode(2) }
            throw ExitCode(1)
        }
    }
}

/// The moment a command ran, as the store writes it: `2026-12-05T19:45:11Z`, and its day.
enum StoreClock {
    static func now() -> (instant: String, day: String) {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        let instant = formatter.string(from: Date())
        return (instant, String(instant.prefix(10)))
    }
}
