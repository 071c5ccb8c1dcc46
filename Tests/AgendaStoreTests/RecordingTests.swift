import Foundation
import Testing

@testable import AgendaStore

/// Runs go in whole and come out exactly as they went in.
@Suite struct RecordingTests {
    @Test func runsAreListedNewestFirstWithTheirSummaries() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = try SQLiteStore(path: folder.path("store.sqlite"), access: .write)
        let revision = StoredRevision(commit: "9f3c2e1", date: "2025-03-02T10:00:00Z", modified: true)
        let first = try store.record(
            Sample.run(recordedAt: "2025-03-01T09:00:00Z", scoreTenThousandths: 9_223_372_036_854_775_807))
        let second = try store.record(
            Sample.run(
                agendaID: "zorg-noord", recordedAt: "2025-03-02T10:30:00Z", scenario: "krimp+vergrijzing",
                revision: revision, scoreTenThousandths: -37_500))
        #expect(first != second)
        let expected = [
            RunSummary(
                id: second, recordedAt: "2025-03-02T10:30:00Z", agendaID: "zorg-noord",
                contentHash: "0123456789abcdef", revision: revision, scenario: "krimp+vergrijzing",
                plannerVersion: "1.4.0", status: "optimal", scoreTenThousandths: -37_500, fundedActions: 3,
                adoptedAs: nil),
            RunSummary(
                id: first, recordedAt: "2025-03-01T09:00:00Z", agendaID: "zorg-laak",
                contentHash: "0123456789abcdef", revision: nil, scenario: nil, plannerVersion: "1.4.0",
                status: "optimal", scoreTenThousandths: 9_223_372_036_854_775_807, fundedActions: 3, adoptedAs: nil),
        ]
        #expect(try store.runs() == expected)
    }

    @Test func aRunComesBackWhole() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = try SQLiteStore(path: folder.path("store.sqlite"), access: .write)
        let run = Sample.run()
        _ = try store.record(Sample.run(agendaID: "other", files: [StoredFile(path: "x", content: Data("x".utf8))]))
        let id = try store.record(run)
        let stored = try #require(try store.run(id))
        #expect(stored.summary.id == id)
        #expect(stored.summary.agendaID == "zorg-laak")
        #expect(stored.root == "agenda.yaml")
        #expect(stored.files == run.files)
        #expect(stored.files.map(\.path) == ["agenda.yaml", "modules/welzijn.yaml", "acties/b.yaml", "acties/a.yaml"])
        #expect(stored.planJSON == run.planJSON)
        #expect(stored.scoresJSON == run.scoresJSON)
        #expect(stored.payments == run.payments)
        #expect(stored.budgets == run.budgets)
    }

    @Test func bytesThatAreNotTextComeBackUnchanged() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = try SQLiteStore(path: folder.path("store.sqlite"), access: .write)
        let odd = [
            StoredFile(path: "nul.bin", content: Data([0, 0, 0, 0xFF, 0xFE, 0x80, 0])),
            StoredFile(path: "bom.yaml", content: Data([0xEF, 0xBB, 0xBF]) + Data("agenda: x\r\n".utf8)),
        ]
        let id = try store.record(Sample.run(files: odd))
        #expect(try store.run(id)?.files == odd)
    }

    @Test func anEmptyFileIsStoredAsEmpty() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = try SQLiteStore(path: folder.path("store.sqlite"), access: .write)
        let files = [
            StoredFile(path: "agenda.yaml", content: Data("agenda: x\n".utf8)),
            StoredFile(path: "modules/leeg.yaml", content: Data()),
        ]
        let id = try store.record(Sample.run(files: files))
        #expect(try store.run(id)?.files == files)
    }

    @Test func aMissingRunIsNil() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = try SQLiteStore(path: folder.path("store.sqlite"), access: .write)
        #expect(try store.run(1) == nil)
        _ = try store.record(Sample.run())
        #expect(try store.run(999) == nil)
        #expect(try store.run(0) == nil)
        #expect(try store.run(-1) == nil)
    }

    @Test func aNewStoreHasNothing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = try SQLiteStore(path: folder.path("store.sqlite"), access: .write)
        #expect(try store.runs().isEmpty)
        #expect(try store.adoptions().isEmpty)
        #expect(try store.actuals().isEmpty)
    }

    @Test func runsOutliveTheStoreObject() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path("store.sqlite")
        let id = try SQLiteStore(path: path, access: .write).record(Sample.run())
        let reopened = try SQLiteStore(path: path, access: .read)
        #expect(try reopened.runs().map(\.id) == [id])
        #expect(try reopened.run(id)?.files == Sample.files)
    }

    @Test func identicalContentIsStoredOnce() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path("store.sqlite")
        let big = Sample.bytes(200_000)
        let run = Sample.run(files: [
            StoredFile(path: "agenda.yaml", content: Data("agenda: groot\n".utf8)),
            StoredFile(path: "data/groot.csv", content: big),
        ])
        do {
            let store = try SQLiteStore(path: path, access: .write)
            for _ in 0..<50 {
                _ = try store.record(run)
            }
            #expect(try store.runs().count == 50)
            let last = try #require(try store.runs().first)
            #expect(try store.run(last.id)?.files == run.files)
        }
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
        let size = fileSize(path)
        #expect(size > big.count)
        #expect(size < 2_000_000)
    }

    @Test(.enabled(if: SQLiteTool.isAvailable))
    func contentsThatShareAHashAreNotTakenForOneAnother() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path("store.sqlite")
        let real = Data("agenda:\n  id: echt\n".utf8)
        do { _ = try SQLiteStore(path: path, access: .write) }
        // A row with the same hash and other bytes, as a collision of FNV-1a would make.
        let hash = ContentTable.fnv1a(real)
        try SQLiteTool.run(path, "INSERT INTO content (hash, bytes) VALUES ('\(hash)', X'DEADBEEF')")
        let store = try SQLiteStore(path: path, access: .write)
        let files = [StoredFile(path: "agenda.yaml", content: real)]
        let id = try store.record(Sample.run(files: files))
        #expect(try store.run(id)?.files == files)
        #expect(try store.check().isEmpty)
    }
}
