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
        /// Every section of every file, gathered into one mapping as one file would hold it
        /// (`agenda`, `indicators`, `region`, …, `actions`): what `AgendaDifference` compares.
        public var tree: YAMLValue?

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
                decoded.contentHash = String(collector.contentHash, radix: 16)
                decoded.deriveMeetingPlaces()
                var validator = AgendaValidator(agenda: decoded, registry: registry)
                diagnostics.append(contentsOf: validator.validate())
                agenda = decoded
            }
        }
        var bag = DiagnosticBag()
        bag.append(contentsOf: diagnostics)
        return Result(
            agenda: agenda, diagnostics: bag.sorted(fileOrder: collector.files), files: collector.files,
            registry: registry, tree: collector.agendaValue.map { collector.sections.tree(agenda: $0) })
    }
}

/// The sections of all files of one agenda, gathered before decoding.
struct Sections {
    var lists: [String: [YAMLValue]] = [:]
    var indicators: [YAMLValue.Pair] = []
    /// Single sections (`region`, `planning`) with the key where they were given.
    var singles: [String: YAMLValue.Pair] = [:]

    /// The sections as one mapping, in the order of the format's reference.
    func tree(agenda: YAMLValue) -> YAMLValue {
        func pair(_ key: String, _ value: YAMLValue) -> YAMLValue.Pair {
            YAMLValue.Pair(key: key, keyLocation: value.location, value: value)
        }
        // How the agenda is split over files is not its content.
        let header = agenda.mapping.map { YAMLValue(.mapping($0.filter { $0.key != "include" }), at: agenda.location) }
        var pairs = [pair("agenda", header ?? agenda)]
        pairs.append(pair("indicators", YAMLValue(.mapping(indicators), at: agenda.location)))
        for key in SectionCollector.singleSections { if let single = singles[key] { pairs.append(single) } }
        for key in SectionCollector.listSections {
            pairs.append(pair(key, YAMLValue(.sequence(lists[key] ?? []), at: agenda.location)))
        }
        return YAMLValue(.mapping(pairs), at: agenda.location)
    }
}
