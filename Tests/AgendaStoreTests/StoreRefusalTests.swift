import Foundation
import Testing

@testable import AgendaStore

/// What is not an agenda store this version can use is refused, and left byte for byte as it was.
@Suite struct StoreRefusalTests {
    /// A store with a few runs in it, closed, as a single file.
    private static func makeStore(at path: String, runs: Int = 3) throws {
        let store = try SQLiteStore(path: path, access: .write)
        for index in 0..<runs {
            _ = try store.record(
                Sample.run(files: [StoredFile(path: "data.csv", content: Sample.bytes(40_000, seed: UInt8(index)))]))
        }
    }

    @Test func aTextFileIsNotSQLite() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path("notities.txt")
        let text = Data(String(repeating: "Dit is geen database.\n", count: 20).utf8)
        try text.write(to: URL(fileURLWithPath: path))
        for access in [SQLiteStore.Access.read, .write] {
            #expect(throws: StoreError.notSQLite(path: path)) { try SQLiteStore(path: path, access: access) }
        }
        #expect(contents(path) == text)
        #expect(try folder.names() == ["notities.txt"])
    }

    @Test func aFileShorterThanTheHeaderIsNotSQLite() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path("kort.sqlite")
        let start = Data("SQLite form".utf8)
        try start.write(to: URL(fileURLWithPath: path))
        #expect(throws: StoreError.notSQLite(path: path)) { try SQLiteStore(path: path, access: .write) }
        #expect(contents(path) == start)
    }

    @Test func aFolderIsNotAFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path("store.sqlite")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        for access in [SQLiteStore.Access.read, .write] {
            #expect(throws: StoreError.notAFile(path: path)) { try SQLiteStore(path: path, access: access) }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: path).isEmpty)
        #expect(try folder.names() == ["store.sqlite"])
    }

    @Test func aLinkToAStoreIsNotAFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let real = folder.path("echt.sqlite")
        let link = folder.path("link.sqlite")
        try Self.makeStore(at: real)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: real)
        let before = try #require(contents(real))
        for access in [SQLiteStore.Access.read, .write] {
            #expect(throws: StoreError.notAFile(path: link)) { try SQLiteStore(path: link, access: access) }
        }
        #expect(contents(real) == before)
        #expect(try folder.names() == ["echt.sqlite", "link.sqlite"])
    }

    @Test func aMissingStoreIsAnErrorForReadingAndCreatesNothing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path("nieuw/map/store.sqlite")
        #expect(throws: StoreError.missing(path: path)) { try SQLiteStore(path: path, access: .read) }
        #expect(try folder.names().isEmpty)
        let message = StoreError.missing(path: path).description
        #expect(message.hasPrefix(path + ": error:"))
    }

    @Test func aMissingStoreIsCreatedWithItsFolderForWriting() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path("nieuw/map/store.sqlite")
        let id = try SQLiteStore(path: path, access: .write).record(Sample.run())
        #expect(FileManager.default.fileExists(atPath: path))
        let reopened = try SQLiteStore(path: path, access: .read)
        #expect(try reopened.runs().map(\.id) == [id])
        #expect(try reopened.check().isEmpty)
    }

    @Test(.enabled(if: SQLiteTool.isAvailable))
    func anotherProgramsDatabaseIsForeign() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path("adressen.sqlite")
        try SQLiteTool.run(
            path, "CREATE TABLE adres (id INTEGER PRIMARY KEY, straat TEXT); INSERT INTO adres VALUES (1, 'Laan 1');")
        let before = try #require(contents(path))
        for access in [SQLiteStore.Access.read, .write] {
            #expect(throws: StoreError.foreign(path: path)) { try SQLiteStore(path: path, access: access) }
        }
        #expect(contents(path) == before)
        #expect(try folder.names() == ["adressen.sqlite"])
        #expect(try SQLiteTool.run(path, "PRAGMA journal_mode") == "delete")
        #expect(try SQLiteTool.run(path, "SELECT straat FROM adres") == "Laan 1")
    }

    @Test(.enabled(if: SQLiteTool.isAvailable))
    func aStoreANewerVersionMigratedIsRefused() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path("store.sqlite")
        try Self.makeStore(at: path)
        try SQLiteTool.run(path, "INSERT INTO grdb_migrations (identifier) VALUES ('v2: budgets per quarter')")
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
        let before = try #require(contents(path))
        for access in [SQLiteStore.Access.read, .write] {
            #expect(throws: StoreError.newer(path: path, unknownMigrations: ["v2: budgets per quarter"])) {
                try SQLiteStore(path: path, access: access)
            }
        }
        #expect(contents(path) == before)
        #expect(try folder.names() == ["store.sqlite"])
        let message = StoreError.newer(path: path, unknownMigrations: ["v2: budgets per quarter"]).description
        #expect(message.hasPrefix(path + ": error:"))
        #expect(message.contains("v2: budgets per quarter"))
    }

    @Test func aStoreCutShortIsDamaged() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path("store.sqlite")
        try Self.makeStore(at: path)
        // The store object is gone, so its last connection checkpointed and removed the WAL.
        #expect(try folder.names() == ["store.sqlite"])
        let whole = try #require(contents(path))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: UInt64(whole.count / 2))
        try handle.close()
        let before = try #require(contents(path))
        #expect(before == whole.prefix(whole.count / 2))
        for access in [SQLiteStore.Access.read, .write] {
            let error = #expect(throws: StoreError.self) { try SQLiteStore(path: path, access: access) }
            guard case .damaged(let errorPath, _) = error else {
                Issue.record("expected the store to be damaged, got \(String(describing: error))")
                continue
            }
            #expect(errorPath == path)
            let message = error?.description ?? ""
            #expect(message.hasPrefix(path + ": error:"))
            #expect(message.contains("damaged"))
        }
        #expect(contents(path) == before)
        #expect(try folder.names() == ["store.sqlite"])
    }

    @Test func aStoreWithGarbageInsideIsDamagedAndLeftAsItIs() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path("store.sqlite")
        try Self.makeStore(at: path)
        var bytes = try #require(contents(path))
        // Pages 4 to 6 (of 4,096 bytes) overwritten; the header and the file's length stay right.
        bytes.replaceSubrange(4_096 * 3..<4_096 * 6, with: Data(repeating: 0x55, count: 4_096 * 3))
        try bytes.write(to: URL(fileURLWithPath: path))
        do {
            let store = try SQLiteStore(path: path, access: .read)
            // SQLite could open it: then the check must find the damage.
            #expect(try !store.check().isEmpty)
        } catch let error as StoreError {
            guard case .damaged(let errorPath, _) = error else {
                Issue.record("expected the store to be damaged, got \(error)")
                return
            }
            #expect(errorPath == path)
            #expect(error.description.contains("damaged"))
            // The message says the store "was left as it is".
            #expect(contents(path) == bytes)
            #expect(try folder.names() == ["store.sqlite"])
        }
    }
}
