import AgendaRules
import Foundation

/// Reads declarative domain modules: YAML files that declare a module's fields and rules, for
/// partners who do not write Swift (docs/modules-yaml.md).
///
/// Every problem is a located diagnostic, like the agenda loader's: the file is read with the same
/// limits and guards, every key is checked, and every example of every rule runs when the file
/// loads. A module with an error, or with an example that fails, is refused as a whole.
public struct DeclarativeModuleLoader: Sendable {
    public var limits: InputLimits
    /// The modules the run starts from: the core rules and the built-in modules, which every
    /// example is scored with and which a module may not clash with.
    public var base: ModuleRegistry

    public init(limits: InputLimits = .default, base: ModuleRegistry) {
        self.limits = limits
        self.base = base
    }

    /// What loading module files produced.
    public struct Result: Sendable {
        /// The modules read and accepted (their examples passed), in file order.
        public var modules: [any DomainModule]
        /// Every problem found, located in the module files.
        public var diagnostics: [Diagnostic]
        public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    }

    /// Loads the module file at `url`, or every module file of the folder at `url`, named as
    /// `displayPath` in diagnostics and origins.
    ///
    /// In a folder, every `*.yaml` and `*.yml` file (sorted by name, not in subfolders) whose top
    /// level has a `module:` key is a module file; the others are skipped, since a folder may hold
    /// agendas too. A file named on its own must be a module file.
    public func load(url: URL, displayPath: String) -> Result {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else {
            return Result(
                modules: [],
                diagnostics: [
                    .error(
                        DiagnosticCode.unreadableFile, "cannot read the module file: it does not exist",
                        at: .file(displayPath))
                ])
        }
        guard isFolder.boolValue else {
            return load(file: url, displayPath: displayPath, named: true)
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: url.path)
                .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
                .sorted()
        } catch {
            return Result(
                modules: [],
                diagnostics: [.error(DiagnosticCode.unreadableFile, "cannot read the folder", at: .file(displayPath))])
        }
        var result = Result(modules: [], diagnostics: [])
        var found = 0
        for (index, name) in names.enumerated() {
            guard index < limits.maxFiles else {
                result.diagnostics.append(
                    .error(
                        DiagnosticCode.tooManyFiles,
                        "a folder of modules may hold at most \(limits.maxFiles) YAML files; the rest are not read",
                        at: .file(displayPath)))
                break
            }
            let file = url.appendingPathComponent(name)
            let kind = FileKind.of(file.path)
            guard kind != .directory, kind != .missing else { continue }
            let path = displayPath.hasSuffix("/") ? displayPath + name : displayPath + "/" + name
            guard kind == .regular else {
                // A FIFO or device named like a module is refused, never opened: it could block.
                result.diagnostics.append(
                    .error(DiagnosticCode.notAFile, kind.refusal ?? "is not a file", at: .file(path)))
                found += 1
                continue
            }
            let loaded = load(file: file, displayPath: path, named: false)
            if !loaded.diagnostics.isEmpty || !loaded.modules.isEmpty { found += 1 }
            result.modules.append(contentsOf: loaded.modules)
            result.diagnostics.append(contentsOf: loaded.diagnostics)
        }
        if found == 0 {
            result.diagnostics.append(
                .error(
                    DiagnosticCode.noModules,
                    "the folder holds no module files (YAML files with a top-level 'module:' key)",
                    at: .file(displayPath)))
        }
        return result
    }

    /// Loads one file. A file met in a folder that is not a module file gives an empty result.
    private func load(file url: URL, displayPath: String, named: Bool) -> Result {
        let read = YAMLFileReader(limits: limits).read(url: url, displayPath: displayPath)
        guard let root = read.root else {
            // A broken file in a folder may be an agenda: report it only when it looks like a module.
            guard named || AgendaDiscovery.looksLikeModule(url.path) else {
                return Result(modules: [], diagnostics: [])
            }
            return Result(modules: [], diagnostics: read.diagnostics.map(Self.forModuleFiles))
        }
        guard root["module"] != nil else {
            guard named else { return Result(modules: [], diagnostics: []) }
            var notes: [Diagnostic.Note] = [
                .init(
                    "a module file starts with 'module:' (id, name, version, summary) and has 'rules:'; see "
                        + "docs/modules-yaml.md"
                )
            ]
            if root["agenda"] != nil {
                notes.append(.init("this looks like an agenda; check it with 'agenda validate'"))
            }
            return Result(
                modules: [],
                diagnostics: read.diagnostics + [
                    .error(
                        DiagnosticCode.notAModule, "not a module file: it has no top-level 'module:' key",
                        at: root.location, notes: notes)
                ])
        }
        var decoder = ModuleFileDecoder(file: displayPath)
        let decoded = decoder.decode(root)
        var diagnostics = read.diagnostics + decoder.reader.diagnostics.all
        guard let decoded else {
            return Result(modules: [], diagnostics: Self.sorted(diagnostics, file: displayPath))
        }
        let refused = ExampleCheck(displayPath: displayPath, base: base).problems(of: decoded)
        diagnostics.append(contentsOf: refused)
        let accepted = !refused.contains { $0.severity == .error }
        return Result(
            modules: accepted ? [decoded.module] : [], diagnostics: Self.sorted(diagnostics, file: displayPath))
    }

    private static func sorted(_ diagnostics: [Diagnostic], file: String) -> [Diagnostic] {
        var bag = DiagnosticBag()
        bag.append(contentsOf: diagnostics)
        return bag.sorted(fileOrder: [file])
    }

    /// The file reader speaks of agendas; a module file's reader speaks of modules.
    private static func forModuleFiles(_ diagnostic: Diagnostic) -> Diagnostic {
        var diagnostic = diagnostic
        switch diagnostic.code {
        case DiagnosticCode.emptyFile:
            diagnostic.message = "file is empty; expected a module file (a mapping with 'module:' and 'rules:')"
        case DiagnosticCode.fileTooLarge:
            diagnostic.notes = [.init("a module file is a few kilobytes; split a large module into several modules")]
        default:
            break
        }
        return diagnostic
    }
}
