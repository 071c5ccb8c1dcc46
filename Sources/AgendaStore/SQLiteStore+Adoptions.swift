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
                    id: $0["id"], runID: $0["run_id"], adoptedBy: $0["adopted_by"], adoptedOn: $0["adopted_on"],
                    note: $0["note"], recordedAt: $0["recorded_at"])
            }
        }
    }
}
