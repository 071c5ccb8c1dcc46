/// A regional agenda, loaded and checked: the plain value the planner works on.
///
/// Every entity keeps the location it was read from, and every reference keeps the location of
/// the reference, so that any later check can point at the exact place in the YAML.
public struct Agenda: Sendable {
    public var header: Header
    /// Indicator definitions by id, in the order they were written.
    public var indicators: [Indicator]
    public var region: Region
    public var partners: [Partner]
    public var themes: [Theme]
    public var goals: [Goal]
    public var funding: [FundingSource]
    public var actions: [Action]
    public var planning: Planning
    public var scenarios: [Scenario]
    /// Frameworks to assess practice against (`frameworks:`).
    public var frameworks: [Framework] = []
    /// Assessments of areas against the frameworks, in the order written (`assessments:`).
    public var assessments: [Assessment] = []
    /// Every file the agenda was read from, root first, in include order.
    public var files: [String]
    /// The scenarios applied on top of the agenda as written, in order (empty for the baseline).
    public var appliedScenarios: [String] = []
    /// Actions a scenario left out (`drop:`); they stay listed so reports can say so.
    public var droppedActions: Set<String> = []
    /// A fingerprint of the bytes of the agenda's files (FNV-1a, hexadecimal), set by the loader:
    /// the same files give the same hash on any machine, and any change gives another.
    public var contentHash: String?
    /// The agenda's files in version control, when the command found them in git.
    public var revision: Revision?

    public init(
        header: Header, indicators: [Indicator] = [], region: Region, partners: [Partner] = [],
        themes: [Theme] = [], goals: [Goal] = [], funding: [FundingSource] = [], actions: [Action] = [],
        planning: Planning = Planning(), scenarios: [Scenario] = [], files: [String] = []
    ) {
        self.header = header
        self.indicators = indicators
        self.region = region
        self.partners = partners
        self.themes = themes
        self.goals = goals
        self.funding = funding
        self.actions = actions
        self.planning = planning
        self.scenarios = scenarios
        self.files = files
    }

    public var id: String { header.id }
    public var period: YearRange { header.period }

    public func action(_ id: String) -> Action? { actions.first { $0.id == id } }
    /// A funding source, or a partner's committed euros (`commitment:ID`).
    public func source(_ id: String) -> FundingSource? {
        // The partners' sources are built on demand, so they are looked at only when needed.
        funding.first { $0.id == id } ?? commitmentSources.first { $0.id == id }
    }
    public func goal(_ id: String) -> Goal? { goals.first { $0.id == id } }
    public func partner(_ id: String) -> Partner? { partners.first { $0.id == id } }
    public func indicator(_ id: String) -> Indicator? { indicators.first { $0.id == id } }
    public func framework(_ id: String) -> Framework? { frameworks.first { $0.id == id } }
}

/// The `agenda:` section: what the agenda is called, its horizon and period.
public struct Header: Sendable {
    public var id: String
    public var title: String
    /// The "stip op de horizon": the shared point on the horizon.
    public var horizon: String?
    public var description: String?
    public var period: YearRange
    public var language: ReportLanguage
    public var coordinator: Located<String>?
    /// Draft (the default) or adopted by the network.
    public var status: AgendaStatus
    /// The day the network adopted it, when given.
    public var adoptedOn: CalendarDate?
    public var location: SourceLocation

    public init(
        id: String, title: String, horizon: String? = nil, description: String? = nil,
        period: YearRange, language: ReportLanguage = .en, coordinator: Located<String>? = nil,
        status: AgendaStatus = .draft, adoptedOn: CalendarDate? = nil, location: SourceLocation
    ) {
        self.status = status
        self.adoptedOn = adoptedOn
        self.id = id
        self.title = title
        self.horizon = horizon
        self.description = description
        self.period = period
        self.language = language
        self.coordinator = coordinator
        self.location = location
    }
}

/// What a number in the region's `indicators:` means.
public struct Indicator: Sendable {
    public var id: String
    public var label: String
    public var unit: IndicatorUnit
    public var higherIs: Direction
    public var source: String?
    public var year: Int?
    public var note: String?
    public var location: SourceLocation

    public init(
        id: String, label: String, unit: IndicatorUnit, higherIs: Direction = .neutral,
        source: String? = nil, year: Int? = nil, note: String? = nil, location: SourceLocation
    ) {
        self.id = id
        self.label = label
        self.unit = unit
        self.higherIs = higherIs
        self.source = source
        self.year = year
        self.note = note
        self.location = location
    }
}

/// An indicator value of a municipality or district.
public struct IndicatorValue: Sendable {
    public var indicator: String
    public var value: Double
    /// Where the indicator's id is written.
    public var location: SourceLocation
    /// Where the number is written.
    public var valueLocation: SourceLocation
    /// True when the agenda gives no number and it was counted from the place's locations.
    public var derived: Bool

    public init(
        indicator: String, value: Double, location: SourceLocation, valueLocation: SourceLocation? = nil,
        derived: Bool = false
    ) {
        self.indicator = indicator
        self.value = value
        self.location = location
        self.valueLocation = valueLocation ?? location
        self.derived = derived
    }
}

/// A block of fields for one domain module (e.g. `welfare: {locations: 1}`), kept as written; the
/// module reads and checks it.
public struct ModuleFields: Sendable {
    public var domain: String
    public var value: YAMLValue
    /// The values as the module read them (filled in when the agenda is loaded).
    public var values: ModuleFieldValues

    public init(domain: String, value: YAMLValue, values: ModuleFieldValues = ModuleFieldValues()) {
        self.domain = domain
        self.value = value
        self.values = values
    }
}

extension Agenda {
    /// The id of the source that holds a partner's committed euros.
    public static func commitmentSourceID(_ partner: String) -> String { "commitment:\(partner)" }

    /// Each partner's committed euros (`commitment.euro-per-year`) as a source of money: its budget
    /// that amount in every year of the commitment within the period (every year without `from`
    /// and `to`), paying only the actions the partner leads or joins. Ids cannot clash with the
    /// agenda's own, which never hold a colon.
    public var commitmentSources: [FundingSource] {
        partners.compactMap { partner in
            guard let commitment = partner.commitment, let euros = commitment.eurosPerYear, euros > 0 else {
                return nil
            }
            let years = period.years.filter { year in
                commitment.years.map { $0.from <= year && year <= $0.to } ?? true
            }
            return FundingSource(
                id: Self.commitmentSourceID(partner.id), funder: partner.id,
                budget: YearlyEuros(years.map { YearAmount(year: $0, euros: euros, location: commitment.location) }),
                eligibility: Eligibility(partner: partner.id), location: commitment.location)
        }
    }

    /// The money the planner spends: the funding sources, then the partners' committed euros.
    public var plannedFunding: [FundingSource] { funding + commitmentSources }
}

/// Where an agenda's files stand in git: the last commit that touched them, and whether they differ
/// from it.
public struct Revision: Sendable, Equatable {
    /// The abbreviated commit hash.
    public var commit: String
    /// The commit's date, `YYYY-MM-DD`.
    public var date: String
    /// Whether a file of the agenda has changes that are not committed.
    public var modified: Bool

    public init(commit: String, date: String, modified: Bool) {
        self.commit = commit
        self.date = date
        self.modified = modified
    }
}
