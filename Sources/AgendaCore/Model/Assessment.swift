/// One assessment of an area against a framework on one day: a level per criterion, with the
/// evidence for it (`assessments:`).
public struct Assessment: Sendable {
    public var framework: Located<String>
    /// A municipality id, `municipality/district`, or a partner id.
    public var area: Located<String>
    public var date: CalendarDate
    public var assessors: [String]
    /// Where the levels come from, or `illustrative`.
    public var source: String?
    public var note: String?
    public var scores: [CriterionScore]
    public var location: SourceLocation

    public init(
        framework: Located<String>, area: Located<String>, date: CalendarDate, assessors: [String] = [],
        source: String? = nil, note: String? = nil, scores: [CriterionScore], location: SourceLocation
    ) {
        self.framework = framework
        self.area = area
        self.date = date
        self.assessors = assessors
        self.source = source
        self.note = note
        self.scores = scores
        self.location = location
    }

    public func score(_ criterion: String) -> CriterionScore? { scores.first { $0.criterion.value == criterion } }
}

/// The level an area reached on one criterion, as the assessors saw it.
public struct CriterionScore: Sendable {
    public var criterion: Located<String>
    /// The level's label, as written.
    public var level: Located<String>
    public var evidence: String?

    public init(criterion: Located<String>, level: Located<String>, evidence: String? = nil) {
        self.criterion = criterion
        self.level = level
        self.evidence = evidence
    }
}

extension CalendarDate: Comparable {
    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}
