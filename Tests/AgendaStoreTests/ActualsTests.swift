import Foundation
import Testing

@testable import AgendaStore

/// Imported actual spending: a file is imported once, rows of one import add up and a later
/// import of the same action, source and year replaces the earlier figure.
@Suite struct ActualsTests {
    private static let first = Sample.actuals(
        "uitgaven-q1.csv",
        [
            ActualRow(line: 2, action: "a", source: "gemeente", year: 2025, cents: 100_050),
            ActualRow(line: 3, action: "b", source: "zorgkantoor", year: 2025, cents: 20_000),
        ])

    @Test func anImportIsStoredWithItsRows() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = try SQLiteStore(path: folder.path("store.sqlite"), access: .write)
        let outcome = try store.importActuals(Self.first)
        guard case .imported(let id, let rows) = outcome else {
            Issue.record("expected a new import, got \(outcome)")
            return
        }
        #expect(rows == 2)
        #expect(
            try store.actuals() == [
                ActualAmount(
                    action: "a", source: "gemeente", year: 2025, cents: 100_050, importID: id,
                    fileName: "uitgaven-q1.csv", lines: [2]),
                ActualAmount(
                    action: "b", source: "zorgkantoor", year: 2025, cents: 20_000, importID: id,
                    fileName: "uitgaven-q1.csv", lines: [3]),
            ])
    }

    @Test func theSameBytesAgainAreNotCountedTwice() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = try SQLiteStore(path: folder.path("store.sqlite"), access: .write)
        let outcome = try store.importActuals(Self.first)
        guard case .imported(let id, _) = outcome else {
            Issue.record("expected a new import, got \(outcome)")
            return
        }
        let before = try store.actuals()
        // The same bytes under another name, another day: still the same file.
        var again = Self.first
        again.fileName = "kopie.csv"
        again.importedAt = "2025-07-01T08:00:00Z"
        #expect(try store.importActuals(again) == .alreadyImported(id: id, importedAt: "2025-06-01T08:00:00Z"))
        #expect(try store.importActuals(Self.first) == .alreadyImported(id: id, importedAt: "2025-06-01T08:00:00Z"))
        #expect(try store.actuals() == before)
        #expect(before.map(\.cents) == [100_050, 20_000])
    }

    @Test func rowsOfOneImportWithTheSameKeyAddUp() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = try SQLiteStore(path: folder.path("store.sqlite"), access: .write)
        let batch = Sample.actuals(
            "uitgaven.csv",
            [
                ActualRow(line: 7, action: "a", source: "gemeente", year: 2025, cents: 2_500),
                ActualRow(line: 3, action: "a", source: "gemeente", year: 2025, cents: 1_000),
                ActualRow(line: 4, action: "a", source: "gemeente", year: 2026, cents: 40),
                ActualRow(line: 5, action: "a", source: "wlz", year: 2025, cents: -300),
            ])
        guard case .imported(let id, 4) = try store.importActuals(batch) else {
            Issue.record("expected a new import of 4 rows")
            return
        }
        #expect(
            try store.actuals() == [
                ActualAmount(
                    action: "a", source: "gemeente", year: 2025, cents: 3_500, importID: id, fileName: "uitgaven.csv",
                    lines: [3, 7]),
                ActualAmount(
                    action: "a", source: "wlz", year: 2025, cents: -300, importID: id, fileName: "uitgaven.csv",
                    lines: [5]),
                ActualAmount(
                    action: "a", source: "gemeente", year: 2026, cents: 40, importID: id, fileName: "uitgaven.csv",
                    lines: [4]),
            ])
    }

    @Test func aLaterImportReplacesTheFiguresItGives() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = try SQLiteStore(path: folder.path("store.sqlite"), access: .write)
        guard case .imported(let early, _) = try store.importActuals(Self.first) else {
            Issue.record("expected a new import")
            return
        }
        let correction = Sample.actuals(
            "correctie.csv",
            [
                ActualRow(line: 2, action: "a", source: "gemeente", year: 2025, cents: 90_000),
                ActualRow(line: 3, action: "a", source: "gemeente", year: 2025, cents: 5),
            ],
            importedAt: "2025-08-01T08:00:00Z")
        guard case .imported(let late, 2) = try store.importActuals(correction) else {
            Issue.record("expected a new import of 2 rows")
            return
        }
        #expect(late > early)
        #expect(
            try store.actuals() == [
                ActualAmount(
                    action: "a", source: "gemeente", year: 2025, cents: 90_005, importID: late,
                    fileName: "correctie.csv", lines: [2, 3]),
                ActualAmount(
                    action: "b", source: "zorgkantoor", year: 2025, cents: 20_000, importID: early,
                    fileName: "uitgaven-q1.csv", lines: [3]),
            ])
        // Importing the first file again changes nothing: it is still the older figure.
        #expect(try store.importActuals(Self.first) == .alreadyImported(id: early, importedAt: "2025-06-01T08:00:00Z"))
        #expect(try store.actuals().map(\.cents) == [90_005, 20_000])
    }

    @Test func anImportWhoseBytesAreARunsFileIsStillImported() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = try SQLiteStore(path: folder.path("store.sqlite"), access: .write)
        let bytes = Data("actie: b\n".utf8)
        _ = try store.record(Sample.run())
        let batch = ActualsImport(
            fileName: "vreemd.csv", content: bytes,
            rows: [ActualRow(line: 1, action: "b", source: "gemeente", year: 2025, cents: 1)],
            importedAt: "2025-06-01T08:00:00Z")
        guard case .imported(_, 1) = try store.importActuals(batch) else {
            Issue.record("expected a new import of 1 row")
            return
        }
        #expect(try store.actuals().map(\.cents) == [1])
        #expect(try store.run(1)?.files == Sample.files)
    }
}
