import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a report to a file the safe way: replaced atomically (a new file written beside it, then
/// renamed), and never over one of the run's inputs, a device, a FIFO, a folder, a symbolic link or
/// a file without write permission.
public enum OutputFile {
    /// Why a path cannot be written.
    public struct Refusal: Error, Sendable, Equatable, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "\(path): error: \(reason)" }
    }

    /// Writes `text` to `path`, unless `path` is one of `inputs` (the files the command read) or
    /// something other than a new path or a writable regular file.
    public static func write(_ text: String, to path: String, protecting inputs: [String]) throws(Refusal) {
        if let reason = refusal(path, inputs: inputs) { throw Refusal(path: path, reason: reason) }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw Refusal(path: path, reason: "cannot write the file: \(error.localizedDescription)")
        }
    }

    /// Why `path` may not be written, or nil when it may.
    static func refusal(_ path: String, inputs: [String]) -> String? {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            // A new path: its folder must exist.
            let folder = PathText.folder(of: path)
            return FileKind.of(folder.isEmpty ? "." : folder) == .directory
                ? nil : "cannot write the file: its folder does not exist"
        }
        if info.st_mode & S_IFMT == S_IFLNK {
            return "is a symbolic link; writing would replace the link, not the file it points to; name the file itself"
        }
        let kind = FileKind.of(path)
        guard kind == .regular else { return "is \(kind), not a file; a report is written only to a regular file" }
        if inputs.contains(where: { sameFile($0, info) }) {
            return "is one of the files this command reads; write the report to another path"
        }
        // The mode bits count too: a superuser may write anything, but a file marked read-only is
        // meant to stay as it is.
        guard access(path, W_OK) == 0, info.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH) != 0 else {
            return "is read-only; it is not replaced"
        }
        return nil
    }

    /// Whether `input` is the file `info` describes (the same device and inode, so hard links and
    /// other spellings of one path count too).
    private static func sameFile(_ input: String, _ info: stat) -> Bool {
        var other = stat()
        guard stat(input, &other) == 0 else { return false }
        return other.st_dev == info.st_dev && other.st_ino == info.st_ino
    }
}
