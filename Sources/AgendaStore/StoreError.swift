/// Why the store could not do what was asked, in words for the person who asked. Each names the
/// store's path; none of them leaves the store changed.
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No store at the path, for a command that only reads.
    case missing(path: String)
    /// The path is a folder, a device, a link or another thing that is not a plain file.
    case notAFile(path: String)
    /// The file is not an SQLite database.
    case notSQLite(path: String)
    /// An SQLite database, but not one this tool wrote.
    case foreign(path: String)
    /// SQLite found the file damaged.
    case damaged(path: String, detail: String)
    /// Written by a newer version of this tool: these migrations are unknown here.
    case newer(path: String, unknownMigrations: [String])
    /// The disk (or the store's size limit) is full.
    case full(path: String)
    /// Another process held the store longer than the wait allows.
    case busy(path: String)
    /// A run, adoption or other record that does not exist.
    case noSuchRun(path: String, id: Int64)
    /// The backup's target exists already or cannot be written.
    case backupTarget(path: String, detail: String)
    /// Any other failure of SQLite or the file system.
    case failed(path: String, detail: String)

    public var description: String {
        switch self {
        case .missing(let path):
            return "\(path): error: there is no store here yet; 'agenda plan AGENDA --record' creates it"
        case .notAFile(let path):
            return "\(path): error: the store must be a plain file, not a folder, device or link; nothing was changed"
        case .notSQLite(let path):
            return "\(path): error: this file is not an SQLite database, so not an agenda store; it was left as it is"
        case .foreign(let path):
            return "\(path): error: this SQLite database was not written by agenda; it was left as it is"
        case .damaged(let path, let detail):
            return "\(path): error: the store is damaged (\(detail)); it was left as it is. "
                + "Run 'agenda store check', and restore a copy made with 'agenda store backup'"
        case .newer(let path, let unknown):
            return "\(path): error: a newer version of agenda wrote this store (it knows "
                + "\(unknown.joined(separator: ", ")), so this version neither reads nor changes it; update agenda"
        case .full(let path):
            return "\(path): error: the disk is full; nothing was recorded and the store is as it was"
        case .busy(let path):
            return "\(path): error: another agenda command held the store for too long; nothing was changed, try again"
        case .noSuchRun(let path, let id):
            return "\(path): error: there is no run \(id) in this store; 'agenda runs AGENDA' lists them"
        case .backupTarget(let path, let detail):
            return "\(path): error: cannot write the backup here: \(detail)"
        case .failed(let path, let detail):
            return "\(path): error: \(detail)"
        }
    }
}
