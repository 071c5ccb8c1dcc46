import AgendaRules

/// What `agenda assess` shows: one framework or every one, one area or every assessed one. Ids
/// that name nothing are problems with a suggestion.
public struct AssessmentSelection: Sendable {
    /// The frameworks to show, in the agenda's order; empty when the agenda defines none.
    public var frameworks: [Framework]
    /// The one area asked for, or nil for every assessed area.
    public var area: AssessmentArea?

    /// Why a selection cannot be made.
    public enum Problem: Error, Equatable, CustomStringConvertible {
        /// `--framework` names no framework of the agenda (`known` are its frameworks).
        case unknownFramework(String, suggestion: String?, known: [String])
        /// `--area` names no municipality, district or partner.
        case unknownArea(String, suggestion: String?)

        public var description: String {
            func hint(_ suggestion: String?) -> String { suggestion.map { "; did you mean '\($0)'?" } ?? "" }
            switch self {
            case .unknownFramework(let id, let suggestion, let known):
                let list =
                    known.isEmpty
                    ? " (the agenda defines no frameworks; see docs/frameworks.md)"
                    : " (its frameworks: \(known.joined(separator: ", ")))"
                return "unknown framework '\(id)'" + hint(suggestion) + list
            case .unknownArea(let id, let suggestion):
                return "unknown area '\(id)'" + hint(suggestion)
                    + " (an area is a municipality id, 'municipality/district', or a partner id)"
            }
        }
    }

    /// The frameworks and area named by `framework` and `area` (nil: all of them).
    public init(framework: String?, area: String?, in agenda: Agenda) throws(Problem) {
        if let framework {
            guard let found = agenda.framework(framework) else {
                let known = agenda.frameworks.map(\.id)
                throw .unknownFramework(
                    framework, suggestion: Suggestions.closest(to: framework, in: known), known: known)
            }
            frameworks = [found]
        } else {
            frameworks = agenda.frameworks
        }
        if let area {
            guard let found = AssessmentArea(area, in: agenda) else {
                throw .unknownArea(
                    area, suggestion: Suggestions.closest(to: area, in: Self.areas(in: agenda).map(\.id)))
            }
            self.area = found
        } else {
            self.area = nil
        }
    }

    /// Every area an assessment may name, in the agenda's order: each municipality followed by its
    /// districts, then the partners.
    public static func areas(in agenda: Agenda) -> [AssessmentArea] {
        agenda.region.municipalities.flatMap { municipality in
            [AssessmentArea.municipality(municipality.id)]
                + municipality.districts.map { .district(municipality: municipality.id, district: $0.id) }
        } + agenda.partners.map { .partner($0.id) }
    }
}
