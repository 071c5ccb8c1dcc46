import Foundation

/// Finds the agendas and declarative module files in the paths a user names: files are taken as
/// given; in a folder, every YAML file with a top-level `agenda:` key is an agenda's root file (the
/// files those include are checked as part of them) and every one with a top-level `module:` key
/// is a module file.
public struct AgendaDiscovery: Sendable {
    public init() {}

    /// The outcome of looking at the paths.
    public struct Found: Sendable {
        /// Root files to load, as display paths.
        public var roots: [String] = []
        /// Declarative module files, as display paths.
        public var modules: [String] = []
        /// YAML files in the folders that are neither a root nor included by one (known after loading).
        public var candidates: [String] = []
        /// Paths that do not exist or hold no agenda: usage errors.
        public var problems: [String] = []
        /// YAML files in the folders that are not regular files (FIFOs, devices, sockets): never
        /// opened, each an error.
        public var refused: [(path: String, kind: FileKind)] = []
    }

    /// The names of standard input. An agenda is read from a file, so that its errors can name the
    /// file and it can include others beside it; a pipe would also have no end to wait for.
    static let standardInput: Set<String> = ["-", "/dev/stdin", "/dev/fd/0", "/proc/self/fd/0"]

    public func find(_ paths: [String]) -> Found {
        var found = Found()
        let manager = FileManager.default
        for path in paths {
            if Self.standardInput.contains(path) {
                found.problems.append(
                    "\(path): error: agendas are read from files, not from standard input; save the text to a file "
                        + "and name it")
                continue
            }
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isFolder) else {
                found.problems.append("\(path): error: no such file or folder")
                continue
            }
            guard isFolder.boolValue else {
                if Self.looksLikeModule(path), !Self.looksLikeRoot(path) {
                    found.modules.append(path)
                } else {
                    found.roots.append(path)
                }
                continue
            }
            var files: [String] = []
            for file in yamlFiles(in: path) {
                let kind = FileKind.of(file)
                if kind == .regular {
                    files.append(file)
                } else if kind != .directory {
                    found.refused.append((file, kind))
                }
            }
            let roots = files.filter(Self.looksLikeRoot)
            let modules = files.filter { !Self.looksLikeRoot($0) && Self.looksLikeModule($0) }
            if roots.isEmpty && modules.isEmpty {
                found.problems.append(
                    "\(path): error: no agenda in this folder (no YAML file has a top-level 'agenda:' key)")
            }
            found.roots.append(contentsOf: roots)
            found.modules.append(contentsOf: modules)
            found.candidates.append(contentsOf: files)
        }
        return found
    }

    /// YAML files below `folder`, sorted, as paths starting with `folder`.
    func yamlFiles(in folder: String) -> [String] {
        let base = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        guard let enumerator = FileManager.default.enumerator(atPath: base) else { return [] }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") {
                enumerator.skipDescendants()
                continue
            }
            let ext = (relative as NSString).pathExtension.lowercased()
            if ext == "yaml" || ext == "yml" { files.append(base + "/" + relative) }
        }
        return files.sorted()
    }

    /// Whether a file starts an agenda: a line `agenda:` at the left margin. Read as text only, so a
    /// broken fragment is still reported through the agenda that includes it.
    static func looksLikeRoot(_ path: String) -> Bool {
        hasTopLevelKey("agenda", path)
    }

    /// Whether a file is a declarative module: a line `module:` at the left margin.
    static func looksLikeModule(_ path: String) -> Bool {
        hasTopLevelKey("module", path)
    }

    private static func hasTopLevelKey(_ key: String, _ path: String) -> Bool {
        // Only regular files are opened: a FIFO would wait for a writer for ever.
        guard FileKind.of(path) == .regular, let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        // The `agenda:` section is near the top of real agendas; 1 MB is plenty and bounds the read.
        guard let data = try? handle.read(upToCount: 1 << 20) else { return false }
        let bytes = data.starts(with: YAMLFileReader.byteOrderMark) ? data.dropFirst(3) : data[...]
        let text = String(decoding: bytes, as: UTF8.self)
        return text.split(separator: "\n", omittingEmptySubsequences: false).contains { line in
            line.hasPrefix("\(key):") || line.hasPrefix("\"\(key)\":") || line.hasPrefix("'\(key)':")
        }
    }
}
