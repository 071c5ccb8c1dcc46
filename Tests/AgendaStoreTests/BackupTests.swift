import Foundation
import Testing

@testable import AgendaStore

/// The integrity check and the online backup.
@Suite struct BackupTests {
    /// A store with runs, an adoption and an import.
    private static func filledStore(at path: String) throws -> SQLiteStore {
        let store = try SQLiteStore(path: path, access: .write)
        let one = try store.record(Sample.run(recordedAt: "2025-03-01T09:00:00Z"))
        _ = try store.record(Sample.run(recordedAt: "2025-03-02T09:00:00Z", scenario: "krimp"))
        _ = try store.adopt(Sample.adoption(of: one))
        _ = try store.importActuals(
            Sample.actuals("q1.csv", [ActualRow(line: 2, action: "a", source: "gemeente", year: 2025, cents: 7)]))
        return store
    }

    @Test func aSoundStorePassesTheCheck() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path("store.sqlite")
        #expect(try SQLiteStore(path: path, access: .write).check().isEmpty)
        #expect(try Self.filledStore(at: path).check().isEmpty)
    }

    @Test func aBackupIsAStoreWithTheSameRecords() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = try Self.filledStore(at: folder.path("store.sqlite"))
        let target = folder.path("backup.sqlite")
        try store.backup(to: target)
        // Written while the store stays open and in use.
        let later = try store.record(Sample.run(recordedAt: "2025-03-03T09:00:00Z"))
        let copy = try SQLiteStore(path: target, access: .read)
        #expect(try copy.runs() == store.runs().filter { $0.id != later })
        #expect(try copy.adoptions() == store.adoptions())
        #expect(try copy.actuals() == store.actuals())
        #expect(try copy.run(1)?.files == Sample.files)
        #expect(try copy.check().isEmpty)
        #expect(!(try folder.names().contains { $0.contains("partial") }))
    }

    @Test func aBackupNeverWritesOverAFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = try Self.filledStore(at: folder.path("store.sqlite"))
        let target = folder.path("bestaand.sqlite")
        let text = Data("niet overschrijven\n".utf8)
        try text.write(to: URL(fileURLWithPath: target))
        let error = #expect(throws: StoreError.self) { try store.backup(to: target) }
        guard case .backupTarget(let errorPath, _) = error else {
            Issue.record("expected a refused target, got \(String(describing: error))")
            return
        }
        #expect(errorPath == target)
        #expect(contents(target) == text)
        #expect(!(try folder.names().contains { $0.contains("partial") }))
        #expect(try store.runs().count == 2)
    }

    @Test func aBackupNeverWritesThroughALink() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = try Self.filledStore(at: folder.path("store.sqlite"))
        let link = folder.path("link.sqlite")
        let missing = folder.path("nergens.sqlite")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: missing)
        let error = #expect(throws: StoreError.self) { try store.backup(to: link) }
        guard case .backupTarget(let errorPath, _) = error else {
            Issue.record("expected a refused target, got \(String(describing: error))")
            return
        }
        #expect(errorPath == link)
        #expect(!FileManager.default.fileExists(atPath: missing))
    }

    @Test func aBackupOfABackupIsTheSameStore() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = try Self.filledStore(at: folder.path("store.sqlite"))
        try store.backup(to: folder.path("een.sqlite"))
        let first = try SQLiteStore(path: folder.path("een.sqlite"), access: .write)
        try first.backup(to: folder.path("twee.sqlite"))
        let second = try SQLiteStore(path: folder.path("twee.sqlite"), access: .write)
        #expect(try second.runs() == store.runs())
        let id = try second.record(Sample.run())
        #expect(try second.runs().first?.id == id)
        #expect(try store.runs().count == 2)
    }
}
