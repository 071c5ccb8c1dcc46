import Foundation

/// Checks of the store's file before SQLite opens it, so that nothing is ever written over a
/// file that is not an agenda store.
enum StoreFile {
    /// The 16 bytes every SQLite 3 database starts with.
    private static let header = Array("SQLite format 3\u{0}".utf8)

    /// Throws unless `path` is a plain file that is empty or starts as SQLite does and is not cut
    /// short; a missing file is fine (its folder is made) when `creating`.
    static func check(_ path: String, creating: Bool) throws {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            guard errno == ENOENT else { throw StoreError.failed(path: path, detail: String(cString: strerror(errno))) }
            guard creating else { throw StoreError.missing(path: path) }
            try makeFolder(of: path)
            return
        }
        guard info.st_mode & S_IFMT == S_IFREG else { throw StoreError.notAFile(path: path) }
        guard info.st_size > 0 else { return }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw StoreError.failed(path: path, detail: "cannot be read")
        }
        defer { try? handle.close() }
        let start = [UInt8](handle.readData(ofLength: 100))
        guard start.count >= header.count, Array(start.prefix(header.count)) == header else {
            throw StoreError.notSQLite(path: path)
        }
        // While a connection is open (its WAL file exists) a checkpoint may have written the
        // header before the pages that lengthen the file; then SQLite's own check decides.
        if !FileManager.default.fileExists(atPath: path + "-wal"), let pages = declaredBytes(start),
            Int64(info.st_size) < pages
        {
            throw StoreError.damaged(
                path: path, detail: "the file has \(info.st_size) bytes where its header says \(pages)")
        }
    }

    /// The size the header says the file has (page size × pages), when the header's count is
    /// valid (its change counter matches the one it was written with).
    private static func declaredBytes(_ start: [UInt8]) -> Int64? {
        guard start.count >= 100 else { return nil }
        func number(_ at: Int, _ width: Int) -> Int64 {
            start[at..<at + width].reduce(Int64(0)) { $0 << 8 | Int64($1) }
        }
        guard number(24, 4) == number(92, 4) else { return nil }
        let raw = number(16, 2)
        let pageSize = raw == 1 ? 65_536 : raw
        return pageSize * number(28, 4)
    }

    /// Whether the file exists with at least one byte.
    static func hasContent(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && info.st_size > 0
    }

    /// Runs `body` holding an exclusive lock on the store's folder, so that one process at a time
    /// creates, inspects and migrates a store there (SQLite's own locks do not cover the steps
    /// between them). The lock is the folder's, so no lock file is left behind.
    static func locked<T>(_ path: String, _ body: () throws -> T) throws -> T {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw StoreError.failed(path: path, detail: "cannot open its folder: \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else {
                throw StoreError.failed(
                    path: path, detail: "cannot lock its folder: \(String(cString: strerror(errno)))")
            }
        }
        defer { flock(descriptor, LOCK_UN) }
        return try body()
    }

    private static func makeFolder(of path: String) throws {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw StoreError.failed(
                path: path, detail: "cannot make the folder \(folder.path): \(error.localizedDescription)")
        }
    }
}
