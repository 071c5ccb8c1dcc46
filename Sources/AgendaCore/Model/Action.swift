/// A concrete action of the agenda: what is done, where, by whom, at what cost per year.
public struct Action: Sendable {
    public var id: String
    public var title: String
    public var description: String?
    public var domain: Located<String>
    public var pillar: Pillar
    public var goals: [Located<String>]
    public var places: [Place]
    public var lead: Located<String>
    public var partners: [Located<String>]
    public var cost: YearlyEuros
    /// People reached per year.
    public var reach: Int?
    public var evidence: Evidence
    public var status: ActionStatus
    public var pilot: Pilot?
    public var requires: [Located<String>]
    public var excludes: [Located<String>]
    /// When given, only these sources may pay.
    public var fundingFrom: [Located<String>]?
    /// The framework criteria it works on, `framework.criterion` (`addresses:`).
    public var addresses: [Located<String>] = []
    /// The block of fields for the action's domain module, if written.
    public var module: ModuleFields?
    public var location: SourceLocation

    public init(
        id: String, title: String, description: String? = nil, domain: Located<String>, pillar: Pillar,
        goals: [Located<String>] = [], places: [Place], lead: Located<String>,
        partners: [Located<String>] = [], cost: YearlyEuros, reach: Int? = nil, evidence: Evidence = .none,
        status: ActionStatus = .proposed, pilot: Pilot? = nil, requires: [Located<String>] = [],
        excludes: [Located<String>] = [], fundingFrom: [Located<String>]? = nil, module: ModuleFields? = nil,
        location: SourceLocation
    ) {
        self.id = id
        self.title = title
        self.description = description
        self.domain = domain
        self.pillar = pillar
        self.goals = goals
        self.places = places
        self.lead = lead
        self.partners = partners
        self.cost = cost
        self.reach = reach
        self.evidence = evidence
        self.status = status
        self.pilot = pilot
        self.requires = requires
        self.excludes = excludes
        self.fundingFrom = fundingFrom
        self.module = module
        self.location = location
    }

    /// The ids of the municipalities the action works in (all of them for `where: [all]`).
    public func municipalityIDs(in region: Region) -> [String] {
        var result: [String] = []
        for place in places {
            switch place.kind {
            case .everywhere: return region.municipalities.map(\.id)
            case .municipality(let id), .district(let id, _):
                if !result.contains(id) { result.append(id) }
            }
        }
        return result
    }
}

/// One entry of an action's `where:`: everywhere, a municipality, or a district of one.
public struct Place: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case everywhere
        case municipality(String)
        case district(municipality: String, district: String)
    }

    public var kind: Kind
    public var location: SourceLocation

    public init(_ kind: Kind, at location: SourceLocation) {
        self.kind = kind
        self.location = location
    }

    /// As written in the agenda: `all`, `den-haag` or `den-haag/laak`.
    public var written: String {
        switch kind {
        case .everywhere: return "all"
        case .municipality(let id): return id
        case .district(let municipality, let district): return "\(municipality)/\(district)"
        }
    }
}

/// What an earlier pilot of the action showed.
public struct Pilot: Sendable {
    public var result: PilotResult
    public var year: Int?
    public var note: String?
    public var location: SourceLocation

    public init(result: PilotResult, year: Int? = nil, note: String? = nil, location: SourceLocation) {
        self.result = result
        self.year = year
        self.note = note
        self.location = location
    }
}
