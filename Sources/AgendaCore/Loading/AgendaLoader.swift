import Foundation

/// Loads an agenda from its root file and the files it includes, and checks it.
///
/// Nothing is printed: every problem becomes a `Diagnostic` in the result, and an agenda value is
/// returned whenever the files could be read, even with errors, so tools can show what they can.
public struct AgendaLoader: Sendable {
    public var limits: InputLimits
    /// The installed modules: their ids are the domains agendas may name, and they check their
    /// blocks of fields.
    public var registry: ModuleRegistry

    public init(limits: InputLimits = .default, registry: ModuleRegistry) {
        self.limits = limits
        self.registry = registry
    }

    /// What loading produced.
    public struct Result: Sendable {
        /// The agenda, when the files could be read and decoded far enough to build one.
        public var agenda: Agenda?
        /// Every problem found, in a stable order (file, line, column).
        public var diagnostics: [Diagnostic]
        /// The files read, root first.
        public var files: [String]
        /// The modules the agenda was checked with: the loader's registry, plus the declarative
        /// modules its `agenda.modules` names. Score and plan the agenda with this registry.
        public var registry: ModuleRegistry

        public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    }

    /// Loads the agenda whose root file is at `path` (named as the user wrote it).
    public func load(path: String) -> Result {
        load(url: URL(fileURLWithPath: path), displayPath: path)
    }

    public func load(url: URL, displayPath: String) -> Result {
        load(url: url, displayPath: displayPath, text: nil)
    }

    /// Loads an agenda held in memory as one file (it may not include others), named
    /// `displayPath` in diagnostics.
    public func load(text: String, displayPath: String) -> Result {
        load(url: URL(fileURLWithPath: displayPath), displayPath: displayPath, text: text)
    }

    private func load(url: URL, displayPath: String, text: String?) -> Result {
        var collector = SectionCollector(
            limits: limits, rootURL: url, rootDisplayPath: displayPath,
            rootText: text.map { Array($0.utf8) })
        collector.collectRoot()
        var diagnostics = collector.diagnostics
        var agenda: Agenda?
        var registry = self.registry
        let modules = collector.agendaValue.map {
            AgendaModuleFiles(limits: limits, rootURL: url, rootDisplayPath: displayPath, inMemory: text != nil)
                .install($0["modules"], on: registry)
        }
        if let modules {
            registry = modules.registry
            diagnostics.append(contentsOf: modules.diagnostics)
        }
        // Like a compiler that cannot build an imported module, stop when a module the agenda names
        // is refused: every action of its domain would otherwise repeat that one problem.
        let modulesRefused = modules?.diagnostics.contains { $0.severity == .error } ?? false
        if let root = collector.agendaValue, !modulesRefused {
            var decoder = AgendaDecoder(reader: ValueReader(domains: registry.domainIDs))
            agenda = decoder.decode(sections: collector.sections, agendaValue: root, files: collector.files)
            diagnostics.append(contentsOf: decoder.reader.diagnostics.all)
            if var decoded = agenda {
                var moduleDiagnostics = DiagnosticBag()
                ModuleFieldReader(registry: registry).read(into: &decoded, diagnostics: &moduleDiagnostics)
                diagnostics.append(contentsOf: moduleDiagnostics.all)
                var validator = AgendaValidator(agenda: decoded, registry: registry)
                diagnostics.append(contentsOf: validator.validate())
                agenda = decoded
            }
        }
        var bag = DiagnosticBag()
        bag.append(contentsOf: diagnostics)
        return Result(
            agenda: agenda, diagnostics: bag.sorted(fileOrder: collector.files), files: collector.files,
            registry: registry)
    }
}

/// The sections of all files of one agenda, gathered before decoding.
struct Sections {
    var lists: [String: [YAMLValue]] = [:]
    var indicators: [YAMLValue.Pair] = []
    /// Single sections (`region`, `planning`) with the key where they were given.
    var singles: [String: YAMLValue.Pair] = [:]
}

/// Reads the root file and, depth first, every file it includes; refuses include cycles, repeats
/// and paths outside the agenda's folder.
struct SectionCollector {
    static let listSections = ["partners", "themes", "goals", "funding", "actions", "scenarios"]
    static let singleSections = ["region", "planning"]

    let reader: YAMLFileReader
    let limits: InputLimits
    let rootURL: URL
    let rootDisplayPath: String
    let resolver: IncludeResolver
    /// The root file's text when it is held in memory rather than read from disk.
    let rootText: [UInt8]?
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var sections = Sections()
    private(set) var files: [String] = []
    private(set) var agendaValue: YAMLValue?
    /// Relative path → where it was first included, to report repeats.
    private var includedFrom: [String: SourceLocation] = [:]
    private var stack: [String] = []

    init(limits: InputLimits, rootURL: URL, rootDisplayPath: String, rootText: [UInt8]? = nil) {
        self.rootText = rootText
        self.limits = limits
        self.reader = YAMLFileReader(limits: limits)
        self.rootURL = rootURL
        self.rootDisplayPath = rootDisplayPath
        self.resolver = IncludeResolver(rootFile: rootURL, rootDisplayPath: rootDisplayPath)
    }

    mutating func collectRoot() {
        let relative = rootURL.lastPathComponent
        includedFrom[relative] = .file(rootDisplayPath)
        collect(url: rootURL, displayPath: rootDisplayPath, relativePath: relative, isRoot: true)
    }

    private mutating func collect(url: URL, displayPath: String, relativePath: String, isRoot: Bool) {
        files.append(displayPath)
        let result =
            isRoot && rootText != nil
            ? reader.parse(bytes: rootText!, displayPath: displayPath)
            : reader.read(url: url, displayPath: displayPath)
        diagnostics.append(contentsOf: result.diagnostics)
        guard let root = result.root else { return }
        var valueReader = ValueReader(domains: [])
        let what = isRoot ? "an agenda file" : "an included agenda file"
        guard let fields = valueReader.fields(root, "file", what: what) else {
            diagnostics.append(contentsOf: valueReader.diagnostics.all)
            return
        }
        diagnostics.append(contentsOf: valueReader.diagnostics.all)

        var includes: [YAMLValue] = []
        if let agenda = fields["agenda"] {
            if isRoot {
                agendaValue = agenda
                if let include = agenda["include"] { includes.append(include) }
            } else {
                diagnostics.append(
                    .error(
                        DiagnosticCode.agendaInInclude, "'agenda:' belongs only in the agenda's root file",
                        at: fields.keyLocation("agenda") ?? root.location,
                        notes: [.init("the root file is \(rootDisplayPath)")]))
            }
        } else if isRoot {
            diagnostics.append(
                .error(
                    DiagnosticCode.missingField, "an agenda's root file must have an 'agenda:' section",
                    at: root.location,
                    notes: [.init("if this file is part of an agenda, validate the agenda's root file instead")]))
        }
        if let include = fields["include"] { includes.append(include) }

        for pair in root.mapping ?? [] {
            if Self.listSections.contains(pair.key) {
                guard let items = pair.value.sequence else {
                    if pair.value.scalar.map({ TypedScalar($0) == .null }) != true {
                        diagnostics.append(
                            .error(
                                DiagnosticCode.wrongType,
                                "expected '\(pair.key)' to be a list, found \(pair.value.kindDescription)",
                                at: pair.value.location,
                                notes: [.init("write each item on a line starting with '- '")]))
                    }
                    continue
                }
                sections.lists[pair.key, default: []].append(contentsOf: items)
            } else if Self.singleSections.contains(pair.key) {
                if let earlier = sections.singles[pair.key] {
                    diagnostics.append(
                        .error(
                            DiagnosticCode.duplicateSection,
                            "'\(pair.key)' is already given in another file of this agenda",
                            at: pair.keyLocation, notes: [.init("first given here", at: earlier.keyLocation)]))
                } else {
                    sections.singles[pair.key] = pair
                }
            } else if pair.key == "indicators" {
                if let entries = pair.value.mapping {
                    sections.indicators.append(contentsOf: entries)
                } else if pair.value.scalar.map({ TypedScalar($0) == .null }) != true {
                    diagnostics.append(
                        .error(
                            DiagnosticCode.wrongType,
                            "expected 'indicators' to be a mapping of indicator ids to definitions, found "
                                + "\(pair.value.kindDescription)",
                            at: pair.value.location))
                }
            }
        }

        stack.append(relativePath)
        for include in includes {
            let entries = include.sequence ?? [include]
            for entry in entries {
                guard let pattern = entry.scalar?.text,
                    !(entry.scalar?.isPlain == true && TypedScalar(entry.scalar!) == .null)
                else {
                    diagnostics.append(
                        .error(
                            DiagnosticCode.wrongType,
                            "expected a file path or glob to include, found \(entry.kindDescription)",
                            at: entry.location))
                    continue
                }
                includeFiles(pattern, at: entry.location, from: relativePath)
            }
        }
        stack.removeLast()
    }

    private mutating func includeFiles(_ pattern: String, at location: SourceLocation, from relativePath: String) {
        guard rootText == nil else {
            diagnostics.append(
                .error(DiagnosticCode.includeInMemory, "an agenda given as text cannot include files", at: location))
            return
        }
        switch resolver.resolve(pattern, from: relativePath) {
        case .failure(.absolute):
            diagnostics.append(
                .error(
                    DiagnosticCode.includeOutside, "include paths are relative to this file; '\(pattern)' is absolute",
                    at: location))
        case .failure(.outsideFolder):
            diagnostics.append(
                .error(
                    DiagnosticCode.includeOutside,
                    "'\(pattern)' points outside the agenda's folder; an agenda may only include files in its "
                        + "own folder",
                    at: location))
        case .failure(.noMatch(let suggestion)):
            let hint = suggestion.map { "; did you mean '\($0)'?" } ?? ""
            diagnostics.append(
                .error(DiagnosticCode.includeMissing, "'\(pattern)' matches no file\(hint)", at: location))
        case .success(let matches):
            for match in matches {
                if let cycleStart = stack.firstIndex(of: match.relativePath) {
                    let chain = (stack[cycleStart...] + [match.relativePath]).joined(separator: " → ")
                    diagnostics.append(.error(DiagnosticCode.includeCycle, "include cycle: \(chain)", at: location))
                    continue
                }
                if let first = includedFrom[match.relativePath] {
                    diagnostics.append(
                        .error(
                            DiagnosticCode.includeRepeated,
                            "'\(match.relativePath)' is already part of this agenda; including it again would define "
                                + "everything in it twice",
                            at: location, notes: [.init("first included here", at: first)]))
                    continue
                }
                guard files.count < limits.maxFiles else {
                    diagnostics.append(
                        .error(
                            DiagnosticCode.tooManyFiles, "an agenda may consist of at most \(limits.maxFiles) files",
                            at: location))
                    return
                }
                includedFrom[match.relativePath] = location
                collect(url: match.url, displayPath: match.displayPath, relativePath: match.relativePath, isRoot: false)
            }
        }
    }
}
