import Foundation

/// Reads the root file and, depth first, every file it includes; refuses include cycles, repeats
/// and paths outside the agenda's folder.
struct SectionCollector {
    static let listSections = [
        "partners", "themes", "goals", "funding", "actions", "scenarios", "frameworks", "assessments",
    ]
    static let singleSections = ["region", "planning"]

    let reader: YAMLFileReader
    let limits: InputLimits
    let rootURL: URL
    let rootDisplayPath: String
    let resolver: IncludeResolver
    /// The root file's text when it is held in memory rather than read from disk.
    /// The fingerprints of the files read, folded in the order they were read.
    private(set) var contentHash: UInt64 = 0xcbf2_9ce4_8422_2325
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

    /// One step of the walk through the files: visiting a file, resolving one of its include
    /// entries, including one file it matched, or leaving a file once its includes are done.
    private enum Step {
        case visit(url: URL, displayPath: String, relativePath: String, isRoot: Bool)
        case entry(YAMLValue, from: String)
        case include(IncludeResolver.Match, at: SourceLocation, entry: Int)
        case leave
    }

    /// Steps still to take, the next last: a loop instead of recursion, so that a chain of as many
    /// includes as `InputLimits.maxFiles` allows cannot exhaust the call stack.
    private var steps: [Step] = []
    /// Include entries that stopped at the file limit: their remaining matches are not read.
    private var abandoned: Set<Int> = []
    private var entries = 0

    mutating func collectRoot() {
        let relative = rootURL.lastPathComponent
        includedFrom[relative] = .file(rootDisplayPath)
        steps = [.visit(url: rootURL, displayPath: rootDisplayPath, relativePath: relative, isRoot: true)]
        while let step = steps.popLast() {
            switch step {
            case .visit(let url, let displayPath, let relativePath, let isRoot):
                collect(url: url, displayPath: displayPath, relativePath: relativePath, isRoot: isRoot)
            case .entry(let value, let from):
                resolve(value, from: from)
            case .include(let match, let location, let entry):
                include(match, at: location, entry: entry)
            case .leave:
                stack.removeLast()
            }
        }
    }

    private mutating func collect(url: URL, displayPath: String, relativePath: String, isRoot: Bool) {
        files.append(displayPath)
        let given =
            isRoot
            ? rootText.map { text in
                var result = reader.parse(bytes: text, displayPath: displayPath)
                result.fingerprint = YAMLFileReader.fingerprint(text)
                return result
            } : nil
        let result = given ?? reader.read(url: url, displayPath: displayPath)
        // The files' fingerprints in the order read, so any change to any file changes the hash.
        contentHash = YAMLFileReader.fingerprint(
            (0..<8).map { UInt8(truncatingIfNeeded: result.fingerprint >> (8 * $0)) }, from: contentHash)
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

        // Depth first, in the order written: the file's entries come off the stack before `leave`.
        stack.append(relativePath)
        steps.append(.leave)
        let entries = includes.flatMap { $0.sequence ?? [$0] }
        for entry in entries.reversed() { steps.append(.entry(entry, from: relativePath)) }
    }

    /// One include entry: a path or glob, resolved to the files it names.
    private mutating func resolve(_ entry: YAMLValue, from relativePath: String) {
        guard let pattern = entry.scalar?.text, entry.scalar.map({ !($0.isPlain && TypedScalar($0) == .null) }) == true
        else {
            diagnostics.append(
                .error(
                    DiagnosticCode.wrongType,
                    "expected a file path or glob to include, found \(entry.kindDescription)",
                    at: entry.location))
            return
        }
        includeFiles(pattern, at: entry.location, from: relativePath)
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
        case .failure(.notAFile(let match, let kind)):
            // A folder is a likely slip for the files in it; say how to write that.
            let trimmed = pattern.hasSuffix("/") ? String(pattern.dropLast()) : pattern
            let folder =
                kind == .directory ? [Diagnostic.Note("to include its YAML files, write '\(trimmed)/*.yaml'")] : []
            diagnostics.append(
                .error(
                    DiagnosticCode.notAFile, "'\(match.relativePath)' \(kind.refusal ?? "is not a file")",
                    at: location, notes: folder))
        case .success(let matches):
            entries += 1
            for match in matches.reversed() { steps.append(.include(match, at: location, entry: entries)) }
        }
    }

    /// One file an entry matched, unless it would close a cycle, repeat a file, or pass the limit.
    private mutating func include(_ match: IncludeResolver.Match, at location: SourceLocation, entry: Int) {
        guard !abandoned.contains(entry) else { return }
        if let cycleStart = stack.firstIndex(of: match.relativePath) {
            let chain = (stack[cycleStart...] + [match.relativePath]).joined(separator: " → ")
            diagnostics.append(.error(DiagnosticCode.includeCycle, "include cycle: \(chain)", at: location))
            return
        }
        if let first = includedFrom[match.relativePath] {
            diagnostics.append(
                .error(
                    DiagnosticCode.includeRepeated,
                    "'\(match.relativePath)' is already part of this agenda; including it again would define "
                        + "everything in it twice",
                    at: location, notes: [.init("first included here", at: first)]))
            return
        }
        guard files.count < limits.maxFiles else {
            diagnostics.append(
                .error(
                    DiagnosticCode.tooManyFiles, "an agenda may consist of at most \(limits.maxFiles) files",
                    at: location))
            abandoned.insert(entry)
            return
        }
        includedFrom[match.relativePath] = location
        steps.append(
            .visit(url: match.url, displayPath: match.displayPath, relativePath: match.relativePath, isRoot: false))
    }
}
