import GRDB

/// The store's tables, as versioned migrations. A migration is never edited once released: a
/// change of schema is a new migration appended here.
enum StoreSchema {
    /// Marks the SQLite file as an agenda store (`PRAGMA application_id`, "AGND").
    static let applicationID: Int32 = 0x4147_4E44

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: runs, adoptions, actuals") { db in
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
            try db.execute(sql: version1)
        }
        return migrator
    }

    /// Tables are STRICT: SQLite refuses a value of another type from any program. Files, plans,
    /// scores, payments, budgets and imported files are stored once per distinct
    /// content (`content`), so 1,000 runs of the same agenda hold them once.
    private static let version1 = """
        CREATE TABLE content (
            id INTEGER PRIMARY KEY,
            hash TEXT NOT NULL,
            bytes BLOB NOT NULL
        ) STRICT;
        CREATE INDEX content_by_hash ON content(hash);
        CREATE TABLE run (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            recorded_at TEXT NOT NULL,
            agenda_id TEXT NOT NULL,
            root TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            git_commit TEXT,
            git_date TEXT,
            git_modified INTEGER,
            scenario TEXT,
            planner_version TEXT NOT NULL,
            status TEXT NOT NULL,
            score_ten_thousandths INTEGER NOT NULL,
            funded_actions INTEGER NOT NULL,
            plan_json INTEGER NOT NULL REFERENCES content(id),
            scores_json INTEGER NOT NULL REFERENCES content(id),
            payments INTEGER NOT NULL REFERENCES content(id),
            budgets INTEGER NOT NULL REFERENCES content(id)
        ) STRICT;
        CREATE TABLE run_file (
            run_id INTEGER NOT NULL REFERENCES run(id),
            position INTEGER NOT NULL,
            path TEXT NOT NULL,
            content_id INTEGER NOT NULL REFERENCES content(id),
            PRIMARY KEY (run_id, position)
        ) WITHOUT ROWID, STRICT;
        CREATE TABLE adoption (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            run_id INTEGER NOT NULL REFERENCES run(id),
            adopted_by TEXT NOT NULL,
            adopted_on TEXT NOT NULL,
            note TEXT,
            recorded_at TEXT NOT NULL
        ) STRICT;
        CREATE TABLE actuals_import (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            file_name TEXT NOT NULL,
            content_id INTEGER NOT NULL UNIQUE REFERENCES content(id),
            row_count INTEGER NOT NULL,
            imported_at TEXT NOT NULL
        ) STRICT;
        CREATE TABLE actual (
            import_id INTEGER NOT NULL REFERENCES actuals_import(id),
            line INTEGER NOT NULL,
            action TEXT NOT NULL,
            source TEXT NOT NULL,
            year INTEGER NOT NULL,
            cents INTEGER NOT NULL,
            PRIMARY KEY (import_id, line)
        ) WITHOUT ROWID, STRICT;
        CREATE INDEX actual_by_key ON actual(action, source, year, import_id);
        """
}
