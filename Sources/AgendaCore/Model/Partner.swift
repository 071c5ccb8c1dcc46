/// An organisation in the network.
public struct Partner: Sendable {
    public var id: String
    public var name: String
    public var kind: PartnerKind
    public var domains: [Located<String>]
    /// The municipalities it works in; `nil` means all.
    public var serves: [Located<String>]?
    public var commitment: Commitment?
    /// Whom to ask at the partner, for meetings in an area.
    public var contact: Contact?
    public var note: String?
    public var location: SourceLocation

    public init(
        id: String, name: String, kind: PartnerKind, domains: [Located<String>] = [],
        serves: [Located<String>]? = nil, commitment: Commitment? = nil, contact: Contact? = nil,
        note: String? = nil, location: SourceLocation
    ) {
        self.contact = contact
        self.id = id
        self.name = name
        self.kind = kind
        self.domains = domains
        self.serves = serves
        self.commitment = commitment
        self.note = note
        self.location = location
    }
}

/// What a partner promised in its intentieverklaring.
public struct Commitment: Sendable {
    public var hoursPerYear: Int?
    public var eurosPerYear: Int?
    public var years: YearRange?
    public var location: SourceLocation

    public init(hoursPerYear: Int? = nil, eurosPerYear: Int? = nil, years: YearRange? = nil, location: SourceLocation) {
        self.hoursPerYear = hoursPerYear
        self.eurosPerYear = eurosPerYear
        self.years = years
        self.location = location
    }
}

/// A group of goals, such as one of the network's priority themes.
public struct Theme: Sendable {
    public var id: String
    public var title: String
    public var description: String?
    public var location: SourceLocation

    public init(id: String, title: String, description: String? = nil, location: SourceLocation) {
        self.id = id
        self.title = title
        self.description = description
        self.location = location
    }
}

/// A goal of the network, in one pillar.
public struct Goal: Sendable {
    public var id: String
    public var pillar: Pillar
    public var theme: Located<String>?
    public var title: String
    public var description: String?
    /// Relative importance for the network (default 1).
    public var weight: Double
    public var target: Target?
    public var location: SourceLocation

    public init(
        id: String, pillar: Pillar, theme: Located<String>? = nil, title: String, description: String? = nil,
        weight: Double = 1, target: Target? = nil, location: SourceLocation
    ) {
        self.id = id
        self.pillar = pillar
        self.theme = theme
        self.title = title
        self.description = description
        self.weight = weight
        self.target = target
        self.location = location
    }
}

/// A measurable target: an indicator at least or at most a value, optionally per an amount of
/// another indicator (e.g. 1 meeting place per 1,000 residents 75+), by a year.
public struct Target: Sendable {
    public enum Bound: Sendable, Equatable {
        case atLeast(Double)
        case atMost(Double)
    }

    public var indicator: Located<String>
    public var bound: Bound
    public var per: Located<String>?
    public var perAmount: Double
    public var by: Int?
    public var location: SourceLocation

    public init(
        indicator: Located<String>, bound: Bound, per: Located<String>? = nil, perAmount: Double = 1,
        by: Int? = nil, location: SourceLocation
    ) {
        self.indicator = indicator
        self.bound = bound
        self.per = per
        self.perAmount = perAmount
        self.by = by
        self.location = location
    }
}
