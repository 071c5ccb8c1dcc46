import Foundation
import GRDB

/// The embedded store: one SQLite file in WAL mode, through GRDB, on the system's SQLite.
///
/// Opening checks the file before SQLite writes anything to it: a path that is not a plain file,
/// a file that is not SQLite, a database another program wrote, a damaged one, or one a newer
/// version of this tool migrated is refused with a `StoreError` and left as it is.
public final class SQLiteStore: RecordStore {
    /// Whether a missing store is created (commands that write) or is an error (commands that read).
    public enum Access: Sendable {
        case read
        case write
    }

    /// The store's path, as the user named it.
    public let path: String
    /// A pool in WAL mode to write; a read-only connection for a store opened to read.
    let database: any DatabaseWriter
    /// Keeps the read-only connection's clean-up until the store is released.
    private let readOnly: ReadOnlyFile?

    /// Opens the store at `path` (created with its folder when missing and `access` is `.write`).
    public convenience init(path: String, access: Access) throws {
        try self.init(path: path, access: access, maxPageCount: nil)
    }

    /// `maxPageCount` caps the file's size in pages, so the tests can meet a full disk.
    init(path: String, access: Access, maxPageCount: Int?) throws {
        self.path = path
        try StoreFile.check(path, creating: access == .write)
        var configuration = Configuration()
        // Two commands may record at once; the second waits for the first's transaction.
        configuration.busyMode = .timeout(30)
        configuration.label = "agenda-store"
        if let maxPageCount {
            configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA max_page_count = \(maxPageCount)") }
        }
        // Opening a pool writes (WAL set-up) and migrating writes, so both wait until the file has
        // been inspected without writing (with SQLite's check of every page), and one process at
        // a time does them. A store opened to read is read through a read-only
        // connection and never written (unless it is empty, or lacks this version's migrations).
        (database, readOnly) = try StoreFile.locked(path) {
            let known = try Self.mapped(path) { try Self.inspect(path) }
            if access == .read && !known.isEmpty && !known.contains(false) {
                let file = try Self.mapped(path) { try ReadOnlyFile(path: path, tidy: false) }
                return (file.queue, file)
            }
            let pool = try Self.mapped(path) { try DatabasePool(path: path, configuration: configuration) }
            if known.isEmpty || known.contains(false) {
                try Self.mapped(path) { try StoreSchema.migrator.migrate(pool) }
            }
            return (pool, nil)
        }
    }

    /// Reads the file through a read-only connection, and throws unless it is empty or an agenda
    /// store that this version knows every migration of and that SQLite's `quick_check` (which
    /// reads every page) finds sound. Returns, per migration this version knows, whether the
    /// store has it (none for a new store).
    private static func inspect(_ path: String) throws -> [Bool] {
        guard StoreFile.hasContent(path) else { return [] }
        let file = try ReadOnlyFile(path: path, tidy: true)
        let migrator = StoreSchema.migrator
        return try file.queue.read { db in
            let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
            let tables =
                try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'") ?? 0
            if applicationID == 0 && tables == 0 { return [] }
            guard applicationID == StoreSchema.applicationID else { throw StoreError.foreign(path: path) }
            let applied = try db.tableExists("grdb_migrations") ? try migrator.appliedIdentifiers(db) : []
            let unknown = applied.subtracting(migrator.migrations).sorted()
            guard unknown.isEmpty else { throw StoreError.newer(path: path, unknownMigrations: unknown) }
            let problems = try String.fetchAll(db, sql: "PRAGMA quick_check").filter { $0 != "ok" }
            guard problems.isEmpty else {
                throw StoreError.damaged(path: path, detail: problems.joined(separator: "; "))
            }
            return migrator.migrations.map(applied.contains)
        }
    }

    /// Runs `body`, turning SQLite's errors into `StoreError`s that name the store.
    static func mapped<T>(_ path: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError {
            throw storeError(error, path: path)
        } catch let error as RowDecodingError {
            // A value of another type than the schema's: written by something else than agenda.
            throw StoreError.damaged(path: path, detail: "a stored value cannot be read: \(error)")
        } catch {
            throw StoreError.failed(path: path, detail: "\(error)")
        }
    }

    private static func storeError(_ error: DatabaseError, path: String) -> StoreError {
        let detail = error.message ?? "\(error.resultCode)"
        switch error.resultCode {
        case .SQLITE_CORRUPT: return .damaged(path: path, detail: detail)
        case .SQLITE_NOTADB: return .notSQLite(path: path)
        case .SQLITE_FULL: return .full(path: path)
        case .SQLITE_BUSY, .SQLITE_LOCKED: return .busy(path: path)
        default: return .failed(path: path, detail: "SQLite: \(detail)")
        }
    }

    /// One write transaction: all of `body` or nothing.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        try Self.mapped(path) { try database.write(body) }
    }

    /// A read of one consistent snapshot.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        try Self.mapped(path) { try database.read(body) }
    }
}
