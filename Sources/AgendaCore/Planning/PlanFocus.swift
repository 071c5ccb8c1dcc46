import AgendaRules

/// One municipality or district whose part of the regional plan a report shows (`agenda plan
/// --municipality ID` or `--district ID`). The plan is still the region's: only the actions that
/// touch the place, and the sources that pay them, are shown.
public struct PlanFocus: Sendable, Equatable {
    public var municipality: String
    /// Nil for a whole municipality.
    public var district: String?
    /// The place's name as the region writes it, for headings: "Delft", "Laak (Den Haag)".
    public var name: String
    /// Actions in the regional plan, to say how much of it is shown.
    public var regionalActions = 0

    /// Why a place cannot be shown.
    public enum Problem: Error, Equatable, CustomStringConvertible {
        case unknownMunicipality(String, suggestion: String?)
        case unknownDistrict(String, suggestion: String?)
        /// A district id without its municipality that more than one municipality has.
        case ambiguousDistrict(String, candidates: [String])

        public var description: String {
            func hint(_ suggestion: String?) -> String { suggestion.map { "; did you mean '\($0)'?" } ?? "" }
            switch self {
            case .unknownMunicipality(let id, let suggestion):
                return "unknown municipality '\(id)'" + hint(suggestion)
            case .unknownDistrict(let id, let suggestion):
                return "unknown district '\(id)'" + hint(suggestion) + " (write it as municipality/district)"
            case .ambiguousDistrict(let id, let candidates):
                return "district '\(id)' is in more than one municipality; write one of "
                    + candidates.map { "'\($0)'" }.joined(separator: ", ")
            }
        }
    }

    /// The municipality with this id.
    public static func municipality(_ id: String, in region: Region) throws(Problem) -> PlanFocus {
        guard let municipality = region.municipality(id) else {
            throw .unknownMunicipality(id, suggestion: Suggestions.closest(to: id, in: region.municipalities.map(\.id)))
        }
        return PlanFocus(municipality: id, district: nil, name: municipality.name)
    }

    /// The district written `municipality/district`, or by its id alone when only one municipality
    /// has a district of that id.
    public static func district(_ written: String, in region: Region) throws(Problem) -> PlanFocus {
        let all = region.municipalities.flatMap { municipality in
            municipality.districts.map { (municipality: municipality, district: $0) }
        }
        let parts = written.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        let matches = all.filter { pair in
            parts.count == 2
                ? pair.municipality.id == parts[0] && pair.district.id == parts[1]
                : pair.district.id == written
        }
        guard matches.count == 1, let match = matches.first else {
            let names = all.map { "\($0.municipality.id)/\($0.district.id)" }
            if matches.count > 1 {
                throw .ambiguousDistrict(written, candidates: matches.map { "\($0.municipality.id)/\($0.district.id)" })
            }
            let bare = all.map(\.district.id)
            throw .unknownDistrict(
                written,
                suggestion: Suggestions.closest(to: written, in: parts.count == 2 ? names : bare + names))
        }
        return PlanFocus(
            municipality: match.municipality.id, district: match.district.id,
            name: "\(match.district.name) (\(match.municipality.name))")
    }

    /// Whether the action works in the place: everywhere, in its municipality as a whole, or (for
    /// a municipality) in one of its districts; for a district, in that district.
    public func touches(_ action: Action) -> Bool {
        action.places.contains { place in
            switch place.kind {
            case .everywhere: return true
            case .municipality(let id): return id == municipality
            case .district(let id, let district):
                return id == municipality && (self.district == nil || self.district == district)
            }
        }
    }
}

extension Plan {
    /// The part of the plan that touches `focus`: its actions and the sources that pay them, with
    /// the region's objective, bound and status.
    public func focused(on focus: PlanFocus, agenda: Agenda) -> Plan {
        var plan = self
        let shown = Set(agenda.actions.filter(focus.touches).map(\.id))
        plan.actions = actions.filter { shown.contains($0.id) }
        let paying = Set(plan.actions.flatMap { $0.payments.map(\.source) })
        plan.sources = sources.filter { paying.contains($0.id) }
        // The count of payments is the region's: the part shown would not add up to it.
        plan.paymentsSummary = nil
        var focus = focus
        focus.regionalActions = actions.count
        plan.focus = focus
        return plan
    }
}
