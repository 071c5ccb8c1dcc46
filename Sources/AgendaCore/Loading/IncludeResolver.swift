import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds the files an `include:` entry names: a relative path or a glob (`actions/*.yaml`,
/// `**/*.yaml`), resolved against the including file's folder and confined to the agenda's folder.
struct IncludeResolver {
    /// The agenda's folder, symlinks resolved: nothing outside it may be included.
    let rootFolder: URL
    /// How the user named the agenda's folder, for display paths.
    let displayFolder: String

    init(rootFile: URL, rootDisplayPath: String) {
        rootFolder = rootFile.deletingLastPathComponent().resolvingSymlinksInPath().standardizedFileURL
        displayFolder = PathText.folder(of: rootDisplayPath)
    }

    /// A file found for an include entry.
    struct Match: Hashable {
        /// The path relative to the agenda's folder, with `/` separators.
        var relativePath: String
        var url: URL
        var displayPath: String
    }

    enum Failure: Error {
        case outsideFolder
        case absolute
        case noMatch(suggestion: String?)
        /// A match that is a folder, a FIFO, a device or a socket: only regular files are read.
        case notAFile(Match, FileKind)
    }

    /// The files matching `pattern`, written in the file at `includingRelativePath` (relative to the
    /// agenda's folder), sorted by path for a stable order.
    func resolve(_ pattern: String, from includingRelativePath: String) -> Result<[Match], Failure> {
        if pattern.hasPrefix("/") || pattern.hasPrefix("~") { return .failure(.absolute) }
        let baseComponents = includingRelativePath.split(separator: "/").dropLast().map(String.init)
        var components = baseComponents
        for part in pattern.split(separator: "/") {
            switch part {
            case ".", "": continue
            case "..":
                guard !components.isEmpty else { return .failure(.outsideFolder) }
                components.removeLast()
            default:
                components.append(String(part))
            }
        }
        let relative = components.joined(separator: "/")
        guard !relative.isEmpty else { return .failure(.noMatch(suggestion: nil)) }
        let isGlob = relative.contains(where: { "*?[".contains($0) })
        var matches: [Match] = []
        if isGlob {
            for file in allFiles() where Self.matches(pattern: relative, path: file) {
                if let match = makeMatch(file) { matches.append(match) }
            }
        } else if let match = makeMatch(relative), FileKind.of(match.url.path) != .missing {
            matches.append(match)
        }
        if matches.isEmpty {
            let siblings = allFiles()
            let suggestion = isGlob ? nil : Suggestions.closest(to: relative, in: siblings)
            return .failure(.noMatch(suggestion: suggestion))
        }
        // A match that leaves the folder through a symbolic link is refused like `..` would be.
        for match in matches {
            let real = match.url.resolvingSymlinksInPath().standardizedFileURL.path
            if !real.hasPrefix(rootFolder.path + "/") { return .failure(.outsideFolder) }
            let kind = FileKind.of(match.url.path)
            if kind != .regular { return .failure(.notAFile(match, kind)) }
        }
        return .success(matches.sorted { $0.relativePath < $1.relativePath })
    }

    private func makeMatch(_ relative: String) -> Match? {
        let url = rootFolder.appendingPathComponent(relative)
        let display = displayFolder.isEmpty ? relative : displayFolder + "/" + relative
        return Match(relativePath: relative, url: url, displayPath: display)
    }

    /// Every YAML file below the agenda's folder, relative to it.
    private func allFiles() -> [String] {
        guard
            let enumerator = FileManager.default.enumerator(
                at: rootFolder, includingPropertiesForKeys: [.isRegularFileKey],
                options: [.skipsHiddenFiles])
        else { return [] }
        var files: [String] = []
        let prefix = rootFolder.path.hasSuffix("/") ? rootFolder.path : rootFolder.path + "/"
        for case let url as URL in enumerator {
            let ext = url.pathExtension.lowercased()
            guard ext == "yaml" || ext == "yml" else { continue }
            let path = url.standardizedFileURL.path
            guard path.hasPrefix(prefix) else { continue }
            files.append(String(path.dropFirst(prefix.count)))
        }
        return files.sorted()
    }

    /// Glob matching with `*` and `?` inside one path segment and `**` across segments.
    static func matches(pattern: String, path: String) -> Bool {
        let patternParts = pattern.split(separator: "/").map(String.init)
        let pathParts = path.split(separator: "/").map(String.init)
        return match(patternParts[...], pathParts[...])
    }

    private static func match(_ pattern: ArraySlice<String>, _ path: ArraySlice<String>) -> Bool {
        guard let head = pattern.first else { return path.isEmpty }
        if head == "**" {
            let rest = pattern.dropFirst()
            var remaining = path
            while true {
                if match(rest, remaining) { return true }
                guard !remaining.isEmpty else { return false }
                remaining = remaining.dropFirst()
            }
        }
        guard let segment = path.first, fnmatch(head, segment, 0) == 0 else { return false }
        return match(pattern.dropFirst(), path.dropFirst())
    }
}
