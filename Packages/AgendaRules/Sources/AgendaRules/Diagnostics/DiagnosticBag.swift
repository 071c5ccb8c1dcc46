/// Collects the diagnostics of a run, so that every problem is reported, not only the first.
///
/// Loading and validation add to a bag instead of printing; the caller decides how to show them.
public struct DiagnosticBag: Sendable {
    public private(set) var all: [Diagnostic] = []

    public init() {}

    public mutating func add(_ diagnostic: Diagnostic) {
        all.append(diagnostic)
    }

    public mutating func append(contentsOf other: [Diagnostic]) {
        all.append(contentsOf: other)
    }

    public mutating func error(
        _ code: String, _ message: String, at location: SourceLocation,
        notes: [Diagnostic.Note] = []
    ) {
        add(.error(code, message, at: location, notes: notes))
    }

    public mutating func warning(
        _ code: String, _ message: String, at location: SourceLocation,
        notes: [Diagnostic.Note] = []
    ) {
        add(.warning(code, message, at: location, notes: notes))
    }

    public var hasErrors: Bool { all.contains { $0.severity == .error } }
    public var errorCount: Int { all.count { $0.severity == .error } }
    public var warningCount: Int { all.count { $0.severity == .warning } }

    /// The diagnostics in a stable order: by file (in the order files were first seen), then line,
    /// column, severity and message. The same input always prints the same report.
    public func sorted(fileOrder: [String] = []) -> [Diagnostic] {
        var rank: [String: Int] = [:]
        for (index, file) in fileOrder.enumerated() where rank[file] == nil { rank[file] = index }
        let unranked = fileOrder.count
        // Deduplicate exact repeats (the same alias can make one check fire twice at one place).
        var seen = Set<Diagnostic>()
        let unique = all.filter { seen.insert($0).inserted }
        return unique.sorted { a, b in
            let ra = rank[a.location.file] ?? unranked
            let rb = rank[b.location.file] ?? unranked
            if ra != rb { return ra < rb }
            if a.location != b.location { return a.location < b.location }
            if a.severity != b.severity { return a.severity < b.severity }
            return a.message < b.message
        }
    }
}
