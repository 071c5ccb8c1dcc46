/// The network's memory: recorded runs, adoptions and imported actual spending.
///
/// Every method that writes is one transaction: it happens whole or not at all. SQLite
/// (`SQLiteStore`) is the embedded implementation; the protocol is what a server-backed store
/// implements as well.
public protocol RecordStore: Sendable {
    /// Stores a run and returns its id.
    func record(_ run: NewRun) throws -> Int64
    /// Every run, newest first.
    func runs() throws -> [RunSummary]
    /// One run whole, or nil when no run has this id.
    func run(_ id: Int64) throws -> StoredRun?
    /// Records that the network adopted a run's plan; the run must exist.
    func adopt(_ adoption: NewAdoption) throws -> Adoption
    /// Every adoption, oldest first: the last is the baseline.
    func adoptions() throws -> [Adoption]
    /// Stores a file of actual spending, unless the same bytes were imported before.
    func importActuals(_ batch: ActualsImport) throws -> ImportOutcome
    /// What was actually spent, per action, source and year (see `ActualAmount`).
    func actuals() throws -> [ActualAmount]
    /// SQLite's integrity check: empty when the store is sound, else what is wrong.
    func check() throws -> [String]
    /// Copies the store, while it may be in use, to a new file at `path`.
    func backup(to path: String) throws
}
