/// A framework to assess current practice against ("toetsing aan kader"): criteria in themes, each
/// with ordered levels and a target level, such as Den Haag's framework for the sociale wijkteams.
public struct Framework: Sendable {
    public var id: String
    public var title: String
    /// Where the framework comes from (a document, a policy).
    public var source: String?
    public var year: Int?
    public var description: String?
    public var themes: [FrameworkTheme]
    public var location: SourceLocation

    public init(
        id: String, title: String, source: String? = nil, year: Int? = nil, description: String? = nil,
        themes: [FrameworkTheme], location: SourceLocation
    ) {
        self.id = id
        self.title = title
        self.source = source
        self.year = year
        self.description = description
        self.themes = themes
        self.location = location
    }

    /// Every criterion, theme by theme, in the order written.
    public var criteria: [Criterion] { themes.flatMap(\.criteria) }

    public func criterion(_ id: String) -> Criterion? { criteria.first { $0.id == id } }

    /// The theme that holds a criterion.
    public func theme(of criterion: String) -> FrameworkTheme? {
        themes.first { $0.criteria.contains { $0.id == criterion } }
    }
}

/// A group of criteria of a framework.
public struct FrameworkTheme: Sendable {
    public var id: String
    public var title: String
    public var criteria: [Criterion]
    public var location: SourceLocation

    public init(id: String, title: String, criteria: [Criterion], location: SourceLocation) {
        self.id = id
        self.title = title
        self.criteria = criteria
        self.location = location
    }
}

/// One criterion of a framework: ordered levels, lowest first, and the level to reach.
public struct Criterion: Sendable {
    public var id: String
    public var title: String
    public var description: String?
    /// At least two, lowest first.
    public var levels: [CriterionLevel]
    /// The index in `levels` of the level to reach.
    public var target: Int
    public var location: SourceLocation

    public init(
        id: String, title: String, description: String? = nil, levels: [CriterionLevel], target: Int,
        location: SourceLocation
    ) {
        self.id = id
        self.title = title
        self.description = description
        self.levels = levels
        self.target = target
        self.location = location
    }

    /// The index of the level with this label.
    public func level(_ label: String) -> Int? { levels.firstIndex { $0.label == label } }

    /// How far `level` is below the target, as a share of the way from the lowest level to the
    /// target: 1 at the lowest level, 0 at or above the target.
    public func gapShare(at level: Int) -> Double {
        guard target > 0 else { return 0 }
        return Double(max(0, target - level)) / Double(target)
    }
}

/// A level of a criterion: a short label and what it means in practice.
public struct CriterionLevel: Sendable {
    public var label: String
    public var description: String?

    public init(label: String, description: String? = nil) {
        self.label = label
        self.description = description
    }
}
