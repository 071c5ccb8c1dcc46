/// An area an assessment is about: a municipality, a district, or a partner's practice.
public enum AssessmentArea: Sendable, Hashable {
    case municipality(String)
    case district(municipality: String, district: String)
    case partner(String)

    /// The area `text` names in `agenda` (`den-haag`, `den-haag/laak` or a partner id), or nil.
    public init?(_ text: String, in agenda: Agenda) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        if parts.count == 2, agenda.region.municipality(parts[0])?.district(parts[1]) != nil {
            self = .district(municipality: parts[0], district: parts[1])
        } else if parts.count == 1, agenda.region.municipality(text) != nil {
            self = .municipality(text)
        } else if parts.count == 1, agenda.partner(text) != nil {
            self = .partner(text)
        } else {
            return nil
        }
    }

    /// As written: `den-haag`, `den-haag/laak` or the partner's id.
    public var id: String {
        switch self {
        case .municipality(let id), .partner(let id): return id
        case .district(let municipality, let district): return "\(municipality)/\(district)"
        }
    }

    /// The area's name: `Laak (Den Haag)`, `Den Haag`, or the partner's name.
    public func name(in agenda: Agenda) -> String {
        switch self {
        case .municipality(let id): return agenda.region.municipality(id)?.name ?? id
        case .partner(let id): return agenda.partner(id)?.name ?? id
        case .district(let municipality, let district):
            let town = agenda.region.municipality(municipality)
            return "\(town?.district(district)?.name ?? district) (\(town?.name ?? municipality))"
        }
    }
}

extension Agenda {
    /// The framework and criterion of `framework.criterion`, when both exist.
    public func criterion(_ reference: String) -> (Framework, Criterion)? {
        let parts = reference.split(separator: ".", maxSplits: 1).map(String.init)
        guard parts.count == 2, let framework = framework(parts[0]), let criterion = framework.criterion(parts[1])
        else { return nil }
        return (framework, criterion)
    }

    /// The assessments of one area against one framework, oldest first (ties in the order written).
    public func assessments(of area: String, against framework: String) -> [Assessment] {
        assessments.enumerated()
            .filter { $0.element.area.value == area && $0.element.framework.value == framework }
            .sorted { $0.element.date != $1.element.date ? $0.element.date < $1.element.date : $0.offset < $1.offset }
            .map(\.element)
    }

    /// The assessed areas an action works in: each district it names (or its municipality, when
    /// the district was never assessed), each municipality it names (or, when that was never
    /// assessed, its assessed districts), and its lead and partners when they were assessed.
    public func areas(of action: Action) -> [String] {
        let assessed = Set(assessments.map(\.area.value))
        var result: [String] = []
        func add(_ area: String) { if assessed.contains(area), !result.contains(area) { result.append(area) } }
        func addMunicipality(_ id: String) {
            if assessed.contains(id) {
                add(id)
            } else {
                for district in region.municipality(id)?.districts ?? [] { add("\(id)/\(district.id)") }
            }
        }
        for place in action.places {
            switch place.kind {
            case .everywhere: for municipality in region.municipalities { addMunicipality(municipality.id) }
            case .municipality(let id): addMunicipality(id)
            case .district(let municipality, let district):
                let id = "\(municipality)/\(district)"
                assessed.contains(id) ? add(id) : add(municipality)
            }
        }
        for partner in [action.lead] + action.partners { add(partner.value) }
        return result
    }
}
