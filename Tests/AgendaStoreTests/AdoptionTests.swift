import Foundation
import Testing

@testable import AgendaStore

/// Adoptions are history: every one is kept, and the newest is the baseline.
@Suite struct AdoptionTests {
    @Test func theNewestAdoptionIsTheBaselineAndEveryOneIsKept() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = try SQLiteStore(path: folder.path("store.sqlite"), access: .write)
        let one = try store.record(Sample.run(recordedAt: "2025-03-01T09:00:00Z"))
        let two = try store.record(Sample.run(recordedAt: "2025-03-02T09:00:00Z"))
        let first = try store.adopt(Sample.adoption(of: one))
        let second = try store.adopt(Sample.adoption(of: two, note: nil))
        #expect(first.runID == one)
        #expect(first.note == "regiegroep 12 maart")
        #expect(second.runID == two)
        #expect(second.note == nil)
        #expect(first.id != second.id)
        #expect(try store.adoptions() == [first, second])
        let runs = try store.runs()
        #expect(runs.map(\.id) == [two, one])
        #expect(runs.map(\.adoptedAs) == [second.id, nil])
        #expect(try store.run(two)?.summary.adoptedAs == second.id)
        #expect(try store.run(one)?.summary.adoptedAs == nil)
    }

    @Test func adoptingAnEarlierRunAgainMakesItTheBaseline() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = try SQLiteStore(path: folder.path("store.sqlite"), access: .write)
        let one = try store.record(Sample.run())
        let two = try store.record(Sample.run())
        let adoptions = [
            try store.adopt(Sample.adoption(of: one)),
            try store.adopt(Sample.adoption(of: two)),
            try store.adopt(Sample.adoption(of: one)),
        ]
        #expect(try store.adoptions() == adoptions)
        #expect(try store.runs().map(\.adoptedAs) == [nil, adoptions[2].id])
    }

    @Test func adoptingAMissingRunIsRefusedAndAddsNothing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path("store.sqlite")
        let store = try SQLiteStore(path: path, access: .write)
        let one = try store.record(Sample.run())
        let adopted = try store.adopt(Sample.adoption(of: one))
        #expect(throws: StoreError.noSuchRun(path: path, id: 999)) {
            try store.adopt(Sample.adoption(of: 999))
        }
        #expect(try store.adoptions() == [adopted])
        #expect(try store.runs().map(\.adoptedAs) == [adopted.id])
        let message = StoreError.noSuchRun(path: path, id: 999).description
        #expect(message.hasPrefix(path + ": error:"))
        #expect(message.contains("no run 999"))
    }

    @Test func adoptionsOutliveTheStoreObject() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path("store.sqlite")
        let adopted = try {
            let store = try SQLiteStore(path: path, access: .write)
            return try store.adopt(Sample.adoption(of: try store.record(Sample.run())))
        }()
        #expect(try SQLiteStore(path: path, access: .read).adoptions() == [adopted])
    }
}
