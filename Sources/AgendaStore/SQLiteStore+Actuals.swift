import Foundation
import GRDB

extension SQLiteStore {
    public func importActuals(_ batch: ActualsImport) throws -> ImportOutcome {
        try write { db in
            let content = try ContentTable.id(of: batch.content, in: db)
            if let earlier = try Row.fetchOne(
                db, sql: "SELECT id, imported_at FROM actuals_import WHERE content_id = ?", arguments: [content])
            {
                return .alreadyImported(
                    id: try earlier.decode(forColumn: "id"), importedAt: try earlier.decode(forColumn: "imported_at"))
            }
            try db.execute(
                sql: "INSERT INTO actuals_import (file_name, content_id, row_count, imported_at) VALUES (?, ?, ?, ?)",
                arguments: [batch.fileName, content, batch.rows.count, batch.importedAt])
            let id = db.lastInsertedRowID
            let insert = try db.cachedStatement(
                sql: "INSERT INTO actual (import_id, line, action, source, year, cents) VALUES (?, ?, ?, ?, ?, ?)")
            for row in batch.rows {
                try insert.execute(arguments: [id, row.line, row.action, row.source, row.year, row.cents])
            }
            return .imported(id: id, rows: batch.rows.count)
        }
    }

    public func actuals() throws -> [ActualAmount] {
        try read { db in
            // Per action, source and year: the rows of the newest import that gives it.
            try Row.fetchAll(
                db,
                sql: """
                    SELECT a.action, a.source, a.year, sum(a.cents) AS cents, a.import_id, i.file_name,
                        group_concat(a.line) AS lines
                    FROM actual a JOIN actuals_import i ON i.id = a.import_id
                    WHERE a.import_id = (
                        SELECT max(b.import_id) FROM actual b
                        WHERE b.action = a.action AND b.source = a.source AND b.year = a.year)
                    GROUP BY a.action, a.source, a.year
                    ORDER BY a.action, a.year, a.source
                    """
            ).map { try Self.amount($0) }
        }
    }

    private static func amount(_ row: Row) throws -> ActualAmount {
        let lines = try row.decode(String?.self, forColumn: "lines") ?? ""
        return ActualAmount(
            action: try row.decode(forColumn: "action"), source: try row.decode(forColumn: "source"),
            year: try row.decode(forColumn: "year"), cents: try row.decode(forColumn: "cents"),
            importID: try row.decode(forColumn: "import_id"), fileName: try row.decode(forColumn: "file_name"),
            lines: lines.split(separator: ",").compactMap { Int($0) }.sorted())
    }
}
