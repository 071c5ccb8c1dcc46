import Foundation
import GRDB

/// Stores each distinct content once. Contents are found by a 64-bit FNV-1a hash and then
/// compared byte for byte, so two contents that share a hash are never taken for one another.
enum ContentTable {
    /// The id of a row holding exactly `bytes`, inserted when there is none.
    static func id(of bytes: Data, in db: Database) throws -> Int64 {
        let hash = fnv1a(bytes)
        let candidates = try Row.fetchAll(
            db.cachedStatement(sql: "SELECT id, bytes FROM content WHERE hash = ? ORDER BY id"), arguments: [hash])
        for candidate in candidates where try candidate.decode(Data?.self, forColumn: "bytes") == bytes {
            return try candidate.decode(forColumn: "id")
        }
        try db.cachedStatement(sql: "INSERT INTO content (hash, bytes) VALUES (?, ?)").execute(arguments: [hash, bytes])
        return db.lastInsertedRowID
    }

    /// The bytes of row `id` (empty when there is none, which the schema's references prevent).
    static func bytes(_ id: Int64, in db: Database) throws -> Data {
        try Data.fetchOne(db.cachedStatement(sql: "SELECT bytes FROM content WHERE id = ?"), arguments: [id]) ?? Data()
    }

    /// FNV-1a over the bytes, as 16 hexadecimal digits.
    static func fnv1a(_ bytes: Data) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
