import Foundation
import Testing

@testable import AgendaStore

/// Another program cannot put a value of the wrong type into a store (its tables are STRICT), so
/// reading never meets one; the reads decode with errors rather than GRDB's trapping subscripts.
@Suite struct TamperedStoreTests {
    @Test(.enabled(if: SQLiteTool.isAvailable, "needs /usr/bin/sqlite3"))
    func aValueOfTheWrongTypeIsRefused() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path("store.sqlite")
        do {
            let store = try SQLiteStore(path: path, access: .write)
            _ = try store.record(Sample.run())
            _ = try store.adopt(Sample.adoption(of: 1))
            _ = try store.importActuals(
                Sample.actuals("a.csv", [ActualRow(line: 2, action: "a", source: "s", year: 2025, cents: 100)]))
        }
        let before = try SQLiteStore(path: path, access: .read).runs()
        // STRICT tables: SQLite refuses a value of another type, whichever program writes it.
        for change in [
            "UPDATE run SET score_ten_thousandths = 'veel'", "UPDATE adoption SET run_id = 'een'",
            "UPDATE actual SET cents = x'00ff'", "UPDATE actual SET cents = 1.5",
        ] {
            #expect(throws: (any Error).self, "\(change)") { try SQLiteTool.run(path, change) }
        }
        let store = try SQLiteStore(path: path, access: .read)
        #expect(try store.runs() == before)
        #expect(try store.actuals().map(\.cents) == [100])
        #expect(try store.check().isEmpty)
    }
}
