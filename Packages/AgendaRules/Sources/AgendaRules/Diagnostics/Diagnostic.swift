/// One problem found in an agenda, located as precisely as a compiler would.
public struct Diagnostic: Hashable, Sendable {
    /// How serious a diagnostic is. Errors make an agenda invalid; warnings do not.
    public enum Severity: String, Sendable, Comparable, Codable {
        case error, warning, note

        private var rank: Int { self == .error ? 0 : self == .warning ? 1 : 2 }
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    /// A secondary remark attached to a diagnostic, optionally pointing somewhere else
    /// (for example "first defined here").
    public struct Note: Hashable, Sendable {
        public var message: String
        public var location: SourceLocation?

        public init(_ message: String, at location: SourceLocation? = nil) {
            self.message = message
            self.location = location
        }
    }

    public var severity: Severity
    public var message: String
    public var location: SourceLocation
    public var notes: [Note]
    /// A stable identifier of the kind of problem (e.g. `unknown-key`), for tests and tools.
    public var code: String

    public init(
        _ severity: Severity, _ code: String, _ message: String,
        at location: SourceLocation, notes: [Note] = []
    ) {
        self.severity = severity
        self.code = code
        self.message = message
        self.location = location
        self.notes = notes
    }

    public static func error(
        _ code: String, _ message: String, at location: SourceLocation,
        notes: [Note] = []
    ) -> Diagnostic {
        Diagnostic(.error, code, message, at: location, notes: notes)
    }

    public static func warning(
        _ code: String, _ message: String, at location: SourceLocation,
        notes: [Note] = []
    ) -> Diagnostic {
        Diagnostic(.warning, code, message, at: location, notes: notes)
    }

    /// The diagnostic as a compiler prints it: `path:line:column: error: message`, then its notes.
    public var rendered: String {
        var lines = ["\(location): \(severity.rawValue): \(message)"]
        for note in notes {
            lines.append("\(note.location ?? location): note: \(note.message)")
        }
        return lines.joined(separator: "\n")
    }
}
