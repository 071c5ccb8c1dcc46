import Foundation
import GRDB

/// A read-only connection to a store's file. A read-only connection to a closed WAL database
/// leaves the companion files (`-wal`, `-shm`) it made behind. With `tidy`, those it made are
/// removed when it closes: only for a connection opened and closed under the store's folder lock
/// (the inspection), when no other connection can have opened the store meanwhile and started to
/// use them.
final class ReadOnlyFile: Sendable {
    let queue: DatabaseQueue
    private let companions: [String]

    init(path: String, tidy: Bool) throws {
        companions = tidy ? [path + "-wal", path + "-shm"].filter { !FileManager.default.fileExists(atPath: $0) } : []
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(30)
        configuration.label = "agenda-store (read-only)"
        queue = try DatabaseQueue(path: path, configuration: configuration)
    }

    deinit {
        try? queue.close()
        for companion in companions where companion.hasSuffix("-shm") || !StoreFile.hasContent(companion) {
            unlink(companion)
        }
    }
}
