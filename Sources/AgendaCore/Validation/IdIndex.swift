/// The ids of one kind of thing (partners, goals, …), for duplicate and reference checks.
struct IdIndex {
    let kind: String
    /// A note for a reference that names no known id and is close to none (e.g. how to load a
    /// partner's module for an unknown domain).
    var unknownNote: String?
    private(set) var first: [String: SourceLocation] = [:]
    private(set) var ordered: [String] = []

    init(kind: String) {
        self.kind = kind
    }

    /// Registers an id; reports it when it was already taken.
    mutating func register(_ id: String, at location: SourceLocation, into diagnostics: inout DiagnosticBag) {
        if let earlier = first[id] {
            diagnostics.error(
                DiagnosticCode.duplicateId, "duplicate \(kind) id '\(id)'", at: location,
                notes: [.init("'\(id)' is first defined here", at: earlier)])
        } else {
            first[id] = location
            ordered.append(id)
        }
    }

    func contains(_ id: String) -> Bool { first[id] != nil }

    /// Reports `reference` if it names no known id, with the closest id as a suggestion.
    func check(
        _ reference: Located<String>, context: String = "", whenEmpty: String? = nil,
        into diagnostics: inout DiagnosticBag
    ) {
        guard !contains(reference.value) else { return }
        let suggestion = Suggestions.didYouMean(reference.value, in: ordered)
        var notes: [Diagnostic.Note] = ordered.isEmpty ? [.init(whenEmpty ?? "the agenda defines no \(kind) ids")] : []
        if suggestion.isEmpty, let unknownNote { notes.append(.init(unknownNote)) }
        diagnostics.error(
            DiagnosticCode.unknownReference, "unknown \(kind) '\(reference.value)'\(context)\(suggestion)",
            at: reference.location, notes: notes)
    }
}
