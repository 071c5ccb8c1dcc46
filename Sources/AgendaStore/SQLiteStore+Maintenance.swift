import Foundation
import GRDB

extension SQLiteStore {
    public func check() throws -> [String] {
        try read { db in
            try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" }
                + String.fetchAll(db, sql: "PRAGMA foreign_key_check").map { "a broken reference: \($0)" }
        }
    }

    /// SQLite's online backup into a new file beside `target`, linked into place when complete, so
    /// `target` is either the whole copy or absent. An existing `target` is never written over,
    /// not even one that appears while the copy is made (`link` refuses it).
    public func backup(to target: String) throws {
        var info = stat()
        guard lstat(target, &info) != 0, errno == ENOENT else {
            throw StoreError.backupTarget(path: target, detail: "a file or link is there already; name a new file")
        }
        let folder = URL(fileURLWithPath: target).deletingLastPathComponent().path
        let partial = folder + "/.\(URL(fileURLWithPath: target).lastPathComponent).partial-\(getpid())"
        defer { unlink(partial) }
        try Self.mapped(target) {
            let copy = try DatabaseQueue(path: partial)
            try database.backup(to: copy)
            try copy.close()
        }
        guard link(partial, target) == 0 else {
            throw StoreError.backupTarget(path: target, detail: String(cString: strerror(errno)))
        }
    }
}
