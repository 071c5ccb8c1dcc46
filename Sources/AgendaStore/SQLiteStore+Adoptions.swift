import GRDB

extension SQLiteStore {
    public func adopt(_ adoption: NewAdoption) throws -> Adoption {
        try write { db in
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM run WHERE id = ?", arguments: [adoption.runID]) != nil
            else { throw StoreError.noSuchRun(path: path, id: adoption.runID) }
            try db.execute(
                sql: "INSERT INTO adoption (run_id, adopted_by, adopted_on, note, recorded_at) VALUES (?, ?, ?, ?, ?)",
                arguments: [
                    adoption.runID, adoption.adoptedBy, adoption.adoptedOn, adoption.note, adoption.recordedAt,
                ])
            return Adoption(
                id: db.lastInsertedRowID, runID: adoption.runID, adoptedBy: adoption.adoptedBy,
                adoptedOn: adoption.adoptedOn, note: adoption.note, recordedAt: adoption.recordedAt)
        }
    }

    public func adoptions() throws -> [Adoption] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM adoption ORDER BY id").map {
                Adoption(
                    id: try $0.decode(forColumn: "id"), runID: try $0.decode(forColumn: "run_id"),
                    adoptedBy: try $0.decode(forColumn: "adopted_by"),
                    adoptedOn: try $0.decode(forColumn: "adopted_on"),
                    note: try $0.decode(forColumn: "note"), recordedAt: try $0.decode(forColumn: "recorded_at"))
            }
        }
    }
}
