import Foundation
import Testing

@testable import AgendaStore

/// A full disk (here: the store's page limit) fails the one write and leaves the store as it was.
@Suite struct FullDiskTests {
    @Test func aRunThatDoesNotFitIsNotRecordedAndTheStoreStaysSound() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path("store.sqlite")
        let recorded: [RunSummary] = try {
            let store = try SQLiteStore(path: path, access: .write, maxPageCount: 64)
            _ = try store.record(Sample.run(recordedAt: "2025-03-01T09:00:00Z"))
            _ = try store.record(Sample.run(recordedAt: "2025-03-02T09:00:00Z"))
            let before = try store.runs()
            let huge = Sample.run(files: [StoredFile(path: "data/groot.csv", content: Sample.bytes(1_000_000))])
            #expect(throws: StoreError.full(path: path)) { try store.record(huge) }
            #expect(try store.runs() == before)
            return before
        }()
        #expect(recorded.count == 2)
        let reopened = try SQLiteStore(path: path, access: .write)
        #expect(try reopened.runs() == recorded)
        #expect(try reopened.check().isEmpty)
        // Without the limit the same run fits.
        _ = try reopened.record(
            Sample.run(files: [StoredFile(path: "data/groot.csv", content: Sample.bytes(1_000_000))]))
        #expect(try reopened.runs().count == 3)
        let message = StoreError.full(path: path).description
        #expect(message.hasPrefix(path + ": error:"))
    }

    @Test func anAdoptionOrImportThatDoesNotFitChangesNothing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path("store.sqlite")
        let store = try SQLiteStore(path: path, access: .write, maxPageCount: 64)
        let id = try store.record(Sample.run())
        let rows = (1...60_000).map { ActualRow(line: $0, action: "a\($0)", source: "gemeente", year: 2025, cents: 1) }
        let batch = ActualsImport(
            fileName: "groot.csv", content: Sample.bytes(10), rows: rows, importedAt: "2025-06-01T08:00:00Z")
        #expect(throws: StoreError.full(path: path)) { try store.importActuals(batch) }
        #expect(try store.actuals().isEmpty)
        #expect(try store.runs().map(\.id) == [id])
        #expect(try store.check().isEmpty)
    }
}
