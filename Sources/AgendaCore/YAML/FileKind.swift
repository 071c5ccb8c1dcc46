#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// What a path names, symbolic links followed. Agendas, fragments and modules are read only from
/// regular files: opening a FIFO would wait for a writer for ever, and a device never ends.
public enum FileKind: Sendable, Equatable, CustomStringConvertible {
    case missing
    case regular
    case directory
    case fifo
    case characterDevice
    case blockDevice
    case socket
    case other

    /// The kind of `path`, following symbolic links (`stat`).
    public static func of(_ path: String) -> FileKind {
        var info = stat()
        guard stat(path, &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .regular
        case S_IFDIR: return .directory
        case S_IFIFO: return .fifo
        case S_IFCHR: return .characterDevice
        case S_IFBLK: return .blockDevice
        case S_IFSOCK: return .socket
        default: return .other
        }
    }

    /// `a FIFO (named pipe)`, for messages.
    public var description: String {
        switch self {
        case .missing: "missing"
        case .regular: "a file"
        case .directory: "a folder"
        case .fifo: "a FIFO (named pipe)"
        case .characterDevice: "a character device"
        case .blockDevice: "a block device"
        case .socket: "a socket"
        case .other: "not a regular file"
        }
    }

    /// Why a path of this kind cannot be read as YAML, or nil for a regular file.
    public var refusal: String? {
        switch self {
        case .regular: nil
        case .missing: "does not exist"
        case .directory: "is a folder, not a YAML file"
        default: "is \(description), not a file; agendas and modules are read only from regular files"
        }
    }
}
