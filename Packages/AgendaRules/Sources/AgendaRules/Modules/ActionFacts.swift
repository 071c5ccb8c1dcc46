/// What a scoring rule may know about an action: the action itself, its goals and partners, the
/// indicators of the places it works in, and its module's fields. Built by the core from a loaded
/// agenda; plain values, so rules are pure functions of them.
public struct ActionFacts: Sendable {
    public var id: String
    public var title: String
    public var domain: String
    public var pillar: Pillar
    public var status: ActionStatus
    public var evidence: Evidence
    /// People reached per year, if given.
    public var reach: Int?
    public var pilot: PilotResult?
    /// The years the action costs money, with the euros per year.
    public var costs: [YearCost]
    public var goals: [GoalFacts]
    public var lead: PartnerFacts
    public var partners: [PartnerFacts]
    /// The places of `where:` (each municipality or district), with their indicators.
    public var places: [PlaceFacts]
    /// The indicators of all places together: counts added up, shares averaged by residents.
    public var area: IndicatorReadings
    /// The fields of the action's block for its own domain module.
    public var fields: ModuleFieldValues
    /// Facts about the agenda as a whole that rules compare against.
    public var agenda: AgendaFacts
    /// The framework criteria the action addresses (`addresses:`), with the latest assessed levels
    /// in the areas it works in.
    public var criteria: [CriterionFacts] = []

    public init(
        id: String, title: String, domain: String, pillar: Pillar, status: ActionStatus = .proposed,
        evidence: Evidence = .none, reach: Int? = nil, pilot: PilotResult? = nil, costs: [YearCost] = [],
        goals: [GoalFacts] = [], lead: PartnerFacts, partners: [PartnerFacts] = [], places: [PlaceFacts] = [],
        area: IndicatorReadings = IndicatorReadings(), fields: ModuleFieldValues = ModuleFieldValues(),
        agenda: AgendaFacts = AgendaFacts(), criteria: [CriterionFacts] = []
    ) {
        self.criteria = criteria
        self.id = id
        self.title = title
        self.domain = domain
        self.pillar = pillar
        self.status = status
        self.evidence = evidence
        self.reach = reach
        self.pilot = pilot
        self.costs = costs
        self.goals = goals
        self.lead = lead
        self.partners = partners
        self.places = places
        self.area = area
        self.fields = fields
        self.agenda = agenda
    }

    /// The lead and the other partners, each once.
    public var allPartners: [PartnerFacts] {
        var seen = Set<String>()
        return ([lead] + partners).filter { seen.insert($0.id).inserted }
    }

    /// The years the action costs money.
    public var years: [Int] { costs.map(\.year) }
}

/// Euros of one year.
public struct YearCost: Sendable, Hashable {
    public var year: Int
    public var euros: Int

    public init(year: Int, euros: Int) {
        self.year = year
        self.euros = euros
    }
}

/// A goal an action serves.
public struct GoalFacts: Sendable, Hashable {
    public var id: String
    public var pillar: Pillar
    /// The goal's weight after the agenda's and scenario's overrides.
    public var weight: Double
    public var target: TargetFacts?

    public init(id: String, pillar: Pillar, weight: Double, target: TargetFacts? = nil) {
        self.id = id
        self.pillar = pillar
        self.weight = weight
        self.target = target
    }
}

/// A goal's measurable target: `indicator` at least (or at most) `value` per `perAmount` of `per`.
public struct TargetFacts: Sendable, Hashable {
    public var indicator: String
    /// True for `at-least`, false for `at-most`.
    public var atLeast: Bool
    public var value: Double
    public var per: String?
    public var perAmount: Double
    public var by: Int?

    public init(
        indicator: String, atLeast: Bool, value: Double, per: String? = nil, perAmount: Double = 1, by: Int? = nil
    ) {
        self.indicator = indicator
        self.atLeast = atLeast
        self.value = value
        self.per = per
        self.perAmount = perAmount
        self.by = by
    }
}

/// A partner taking part in an action.
public struct PartnerFacts: Sendable, Hashable {
    public var id: String
    /// The partner's kind as written (`welfare`, `care`, `public-health`, …).
    public var kind: String
    public var domains: [String]
    /// The years of its commitment (intentieverklaring), if it made one.
    public var committedYears: YearRange?
    public var committedHoursPerYear: Int?
    public var committedEurosPerYear: Int?

    public init(
        id: String, kind: String, domains: [String] = [], committedYears: YearRange? = nil,
        committedHoursPerYear: Int? = nil, committedEurosPerYear: Int? = nil
    ) {
        self.id = id
        self.kind = kind
        self.domains = domains
        self.committedYears = committedYears
        self.committedHoursPerYear = committedHoursPerYear
        self.committedEurosPerYear = committedEurosPerYear
    }
}

/// A municipality or district an action works in.
public struct PlaceFacts: Sendable {
    /// `den-haag` or `den-haag/laak`.
    public var id: String
    public var name: String
    public var indicators: IndicatorReadings
    /// The place's block of fields for the action's module (district fields), if any.
    public var fields: ModuleFieldValues

    public init(
        id: String, name: String, indicators: IndicatorReadings, fields: ModuleFieldValues = ModuleFieldValues()
    ) {
        self.id = id
        self.name = name
        self.indicators = indicators
        self.fields = fields
    }
}

/// Indicator values by indicator id.
public struct IndicatorReadings: Sendable, Equatable {
    public private(set) var values: [String: Double]

    public init(_ values: [String: Double] = [:]) {
        self.values = values
    }

    public func value(_ indicator: String) -> Double? { values[indicator] }

    /// The first of `indicators` that has a value, with its id.
    public func first(of indicators: [String]) -> (id: String, value: Double)? {
        for id in indicators { if let value = values[id] { return (id, value) } }
        return nil
    }
}

/// What rules may compare an action with: the agenda's goals as a whole.
public struct AgendaFacts: Sendable, Equatable {
    /// The total goal weight per pillar.
    public var goalWeightPerPillar: [Pillar: Double]
    /// The largest weight of any goal.
    public var largestGoalWeight: Double
    /// The ids of the agenda's frameworks (`frameworks:`), empty when it assesses against none.
    public var frameworks: [String]

    public init(
        goalWeightPerPillar: [Pillar: Double] = [:], largestGoalWeight: Double = 1, frameworks: [String] = []
    ) {
        self.goalWeightPerPillar = goalWeightPerPillar
        self.largestGoalWeight = largestGoalWeight
        self.frameworks = frameworks
    }
}

/// A framework criterion an action addresses, and where it stands in the action's areas.
public struct CriterionFacts: Sendable, Hashable {
    /// `framework.criterion`.
    public var id: String
    public var title: String
    /// The level labels, lowest first.
    public var levels: [String]
    /// The index in `levels` of the level to reach.
    public var target: Int
    /// The latest assessment of each area the action works in that was assessed on it.
    public var assessed: [AssessedLevel]

    public init(id: String, title: String, levels: [String], target: Int, assessed: [AssessedLevel] = []) {
        self.id = id
        self.title = title
        self.levels = levels
        self.target = target
        self.assessed = assessed
    }

    /// How far `level` is below the target, as a share of the way from the lowest level to the
    /// target: 1 at the lowest level, 0 at or above the target.
    public func gapShare(_ level: Int) -> Double {
        guard target > 0 else { return 0 }
        return Double(max(0, target - level)) / Double(target)
    }
}

/// The level an area reached on a criterion in its latest assessment.
public struct AssessedLevel: Sendable, Hashable {
    /// `den-haag/escamp`, `den-haag` or a partner id.
    public var area: String
    /// The index of the level, lowest 0.
    public var level: Int
    /// The assessment's day, `YYYY-MM-DD`.
    public var date: String

    public init(area: String, level: Int, date: String) {
        self.area = area
        self.level = level
        self.date = date
    }
}
