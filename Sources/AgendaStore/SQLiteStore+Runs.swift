import Foundation
import GRDB

extension SQLiteStore {
    public func record(_ run: NewRun) throws -> Int64 {
        try write { db in
            let plan = try ContentTable.id(of: run.planJSON, in: db)
            let scores = try ContentTable.id(of: run.scoresJSON, in: db)
            try db.execute(
                sql: """
                    INSERT INTO run (recorded_at, agenda_id, root, content_hash, git_commit, git_date, git_modified,
                        scenario, planner_version, status, score_ten_thousandths, funded_actions, plan_json, scores_json)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    run.recordedAt, run.agendaID, run.root, run.contentHash, run.revision?.commit,
                    run.revision?.date, run.revision?.modified, run.scenario, run.plannerVersion, run.status,
                    run.scoreTenThousandths, run.fundedActions, plan, scores,
                ])
            let id = db.lastInsertedRowID
            try insertParts(of: run, id: id, db: db)
            return id
        }
    }

    private func insertParts(of run: NewRun, id: Int64, db: Database) throws {
        let file = try db.cachedStatement(
            sql: "INSERT INTO run_file (run_id, position, path, content_id) VALUES (?, ?, ?, ?)")
        for (position, stored) in run.files.enumerated() {
            try file.execute(arguments: [id, position, stored.path, ContentTable.id(of: stored.content, in: db)])
        }
        let payment = try db.cachedStatement(
            sql: "INSERT INTO planned_payment (run_id, action, source, year, euros) VALUES (?, ?, ?, ?, ?)")
        for paid in run.payments {
            try payment.execute(arguments: [id, paid.action, paid.source, paid.year, paid.euros])
        }
        let budget = try db.cachedStatement(
            sql: "INSERT INTO budget (run_id, source, year, euros, carry_over) VALUES (?, ?, ?, ?, ?)")
        for given in run.budgets {
            try budget.execute(arguments: [id, given.source, given.year, given.euros, given.carryOver])
        }
    }

    public func runs() throws -> [RunSummary] {
        try read { db in
            let baseline = try Self.baseline(db)
            return try Row.fetchAll(db, sql: "SELECT * FROM run ORDER BY id DESC").map {
                Self.summary($0, baseline: baseline)
            }
        }
    }

    public func run(_ id: Int64) throws -> StoredRun? {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM run WHERE id = ?", arguments: [id]) else {
                return nil
            }
            let files = try Row.fetchAll(
                db, sql: "SELECT path, content_id FROM run_file WHERE run_id = ? ORDER BY position", arguments: [id]
            ).map { StoredFile(path: $0["path"], content: try ContentTable.bytes($0["content_id"], in: db)) }
            return StoredRun(
                summary: Self.summary(row, baseline: try Self.baseline(db)), root: row["root"], files: files,
                planJSON: try ContentTable.bytes(row["plan_json"], in: db),
                scoresJSON: try ContentTable.bytes(row["scores_json"], in: db),
                payments: try Self.payments(ofRun: id, db), budgets: try Self.budgets(ofRun: id, db))
        }
    }

    private static func payments(ofRun id: Int64, _ db: Database) throws -> [PlannedPayment] {
        try Row.fetchAll(
            db, sql: "SELECT * FROM planned_payment WHERE run_id = ? ORDER BY action, year, source", arguments: [id]
        ).map { PlannedPayment(action: $0["action"], source: $0["source"], year: $0["year"], euros: $0["euros"]) }
    }

    private static func budgets(ofRun id: Int64, _ db: Database) throws -> [StoredBudget] {
        try Row.fetchAll(db, sql: "SELECT * FROM budget WHERE run_id = ? ORDER BY source, year", arguments: [id]).map {
            StoredBudget(source: $0["source"], year: $0["year"], euros: $0["euros"], carryOver: $0["carry_over"])
        }
    }

    /// The newest adoption: (its id, its run), or nil before the first.
    static func baseline(_ db: Database) throws -> (adoption: Int64, run: Int64)? {
        try Row.fetchOne(db, sql: "SELECT id, run_id FROM adoption ORDER BY id DESC LIMIT 1").map {
            ($0["id"], $0["run_id"])
        }
    }

    private static func summary(_ row: Row, baseline: (adoption: Int64, run: Int64)?) -> RunSummary {
        let id: Int64 = row["id"]
        let commit: String? = row["git_commit"]
        return RunSummary(
            id: id, recordedAt: row["recorded_at"], agendaID: row["agenda_id"], contentHash: row["content_hash"],
            revision: commit.map {
                StoredRevision(commit: $0, date: row["git_date"] ?? "", modified: row["git_modified"] ?? false)
            },
            scenario: row["scenario"], plannerVersion: row["planner_version"], status: row["status"],
            scoreTenThousandths: row["score_ten_thousandths"], fundedActions: row["funded_actions"],
            adoptedAs: baseline.flatMap { $0.run == id ? $0.adoption : nil })
    }
}
