import Foundation
import GRDB

extension SQLiteStore {
    public func record(_ run: NewRun) throws -> Int64 {
        try write { db in
            let plan = try ContentTable.id(of: run.planJSON, in: db)
            let scores = try ContentTable.id(of: run.scoresJSON, in: db)
            let payments = try ContentTable.id(of: RunFigures.encode(run.payments), in: db)
            let budgets = try ContentTable.id(of: RunFigures.encode(run.budgets), in: db)
            try db.execute(
                sql: """
                    INSERT INTO run (recorded_at, agenda_id, root, content_hash, git_commit, git_date, git_modified,
                        scenario, planner_version, status, score_ten_thousandths, funded_actions, plan_json,
                        scores_json, payments, budgets)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    run.recordedAt, run.agendaID, run.root, run.contentHash, run.revision?.commit,
                    run.revision?.date, run.revision?.modified, run.scenario, run.plannerVersion, run.status,
                    run.scoreTenThousandths, run.fundedActions, plan, scores, payments, budgets,
                ])
            let id = db.lastInsertedRowID
            let file = try db.cachedStatement(
                sql: "INSERT INTO run_file (run_id, position, path, content_id) VALUES (?, ?, ?, ?)")
            for (position, stored) in run.files.enumerated() {
                try file.execute(arguments: [id, position, stored.path, ContentTable.id(of: stored.content, in: db)])
            }
            return id
        }
    }

    public func runs() throws -> [RunSummary] {
        try read { db in
            let baseline = try Self.baseline(db)
            return try Row.fetchAll(db, sql: "SELECT * FROM run ORDER BY id DESC").map {
                try Self.summary($0, baseline: baseline)
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
            ).map {
                StoredFile(
                    path: try $0.decode(forColumn: "path"),
                    content: try ContentTable.bytes(try $0.decode(forColumn: "content_id"), in: db))
            }
            return StoredRun(
                summary: try Self.summary(row, baseline: try Self.baseline(db)),
                root: try row.decode(forColumn: "root"),
                files: files, planJSON: try ContentTable.bytes(try row.decode(forColumn: "plan_json"), in: db),
                scoresJSON: try ContentTable.bytes(try row.decode(forColumn: "scores_json"), in: db),
                payments: try figures(RunFigures.payments, try row.decode(forColumn: "payments"), run: id, db),
                budgets: try figures(RunFigures.budgets, try row.decode(forColumn: "budgets"), run: id, db))
        }
    }

    /// A run's payments or budgets, decoded; a content that does not decode is damage.
    private func figures<T>(_ decode: (Data) -> [T]?, _ content: Int64, run: Int64, _ db: Database) throws -> [T] {
        guard let figures = decode(try ContentTable.bytes(content, in: db)) else {
            throw StoreError.damaged(path: path, detail: "the payments or budgets of run \(run) cannot be read")
        }
        return figures
    }

    /// The newest adoption: (its id, its run), or nil before the first.
    static func baseline(_ db: Database) throws -> (adoption: Int64, run: Int64)? {
        try Row.fetchOne(db, sql: "SELECT id, run_id FROM adoption ORDER BY id DESC LIMIT 1").map {
            (try $0.decode(forColumn: "id"), try $0.decode(forColumn: "run_id"))
        }
    }

    private static func summary(_ row: Row, baseline: (adoption: Int64, run: Int64)?) throws -> RunSummary {
        let id: Int64 = try row.decode(forColumn: "id")
        let commit: String? = try row.decode(forColumn: "git_commit")
        let date: String? = try row.decode(forColumn: "git_date")
        let modified: Bool? = try row.decode(forColumn: "git_modified")
        return RunSummary(
            id: id, recordedAt: try row.decode(forColumn: "recorded_at"),
            agendaID: try row.decode(forColumn: "agenda_id"),
            contentHash: try row.decode(forColumn: "content_hash"),
            revision: commit.map { StoredRevision(commit: $0, date: date ?? "", modified: modified ?? false) },
            scenario: try row.decode(forColumn: "scenario"),
            plannerVersion: try row.decode(forColumn: "planner_version"),
            status: try row.decode(forColumn: "status"),
            scoreTenThousandths: try row.decode(forColumn: "score_ten_thousandths"),
            fundedActions: try row.decode(forColumn: "funded_actions"),
            adoptedAs: baseline.flatMap { $0.run == id ? $0.adoption : nil })
    }
}
