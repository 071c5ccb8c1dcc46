/// What `agenda assess` shows ("toetsing aan kader"): per framework, each assessed area's levels at
/// its latest assessment against the targets, the change since the assessment before, the criteria
/// furthest from target, and the actions of the plan that address them.
///
/// Levels follow `core.framework-gap`: an area's latest assessment against a framework counts, and
/// a criterion it leaves out is not assessed there.
public struct AssessmentReport: Sendable {
    /// The agenda assessed, with the scenario applied.
    public var agenda: Agenda
    /// The plan whose funding the report shows; nil when there was nothing to assess.
    public var plan: Plan?
    /// The area asked for, or nil for every assessed area.
    public var area: AssessmentArea?
    /// One part per framework shown, in the agenda's order.
    public var frameworks: [AssessedFramework]

    /// A report of parts computed elsewhere; `init(agenda:selection:planned:registry:)` computes them.
    public init(agenda: Agenda, plan: Plan?, area: AssessmentArea?, frameworks: [AssessedFramework]) {
        self.agenda = agenda
        self.plan = plan
        self.area = area
        self.frameworks = frameworks
    }
}

/// One framework: its areas, the criteria ranked by their gap, and what is at target or unassessed.
public struct AssessedFramework: Sendable {
    /// The framework, as the agenda defines it.
    public var framework: Framework
    /// The assessed areas in the agenda's order: municipalities, each followed by its districts,
    /// then partners.
    public var areas: [AssessedArea]
    /// The criteria below target in at least one area, furthest first.
    public var gaps: [CriterionGap]
    /// Criteria at or above target in every area that was assessed on them.
    public var atTarget: [Criterion]
    /// Criteria no area's latest assessment scores.
    public var notAssessed: [Criterion]
}

/// An area's latest assessment against a framework, criterion by criterion.
public struct AssessedArea: Sendable {
    /// The area as assessments name it.
    public var area: AssessmentArea
    /// `Laak (Den Haag)`, `Den Haag`, or the partner's name.
    public var name: String
    /// The area's latest assessment against the framework.
    public var latest: Assessment
    /// The assessment before the latest, if any.
    public var previous: Assessment?
    /// How many times the area was assessed against the framework.
    public var count: Int
    /// One reading per criterion, in the framework's order.
    public var readings: [CriterionReading]
}

/// One criterion in one area, at its latest assessment.
public struct CriterionReading: Sendable {
    /// The criterion, and the theme that holds it.
    public var criterion: Criterion
    public var theme: FrameworkTheme
    /// The index of the level reached; nil when the latest assessment leaves the criterion out.
    public var level: Int?
    /// What the latest level rests on, as the assessors wrote it.
    public var evidence: String?
    /// How the level moved since the previous assessment of the area.
    public var change: LevelChange

    /// Levels still to climb to the target (0 at or above it); nil when not assessed.
    public var gapLevels: Int? { level.map { max(0, criterion.target - $0) } }

    /// The gap as `core.framework-gap` counts it (`Criterion.gapShare`); nil when not assessed.
    public var gapShare: Double? { level.map(criterion.gapShare) }
}

/// How a criterion's level moved from the previous assessment of the same area to the latest.
public struct LevelChange: Sendable, Equatable {
    /// Which way the level moved; the raw value is the JSON's `direction`.
    public enum Direction: String, Sendable {
        /// The area has no assessment before the latest.
        case first
        case up, down, unchanged
        /// The previous assessment left the criterion out.
        case notAssessedBefore = "not-assessed-before"
        /// The latest assessment leaves out a criterion the previous one scored.
        case notAssessedNow = "not-assessed-now"
    }

    /// Which way the level moved.
    public var direction: Direction
    /// The level at the previous assessment, when it scored the criterion.
    public var from: Int?
    /// The day of the previous assessment; nil for the first.
    public var since: CalendarDate?

    /// The change from `before` (at the assessment of `previous`) to `now`.
    public init(now: Int?, before: Int?, previous: CalendarDate?) {
        from = before
        since = previous
        guard previous != nil else {
            direction = .first
            return
        }
        switch (now, before) {
        case (let now?, let before?): direction = now > before ? .up : now < before ? .down : .unchanged
        case (nil, .some): direction = .notAssessedNow
        default: direction = .notAssessedBefore
        }
    }
}

/// A criterion below target in at least one area: how far, where worst, and who works on it.
public struct CriterionGap: Sendable {
    /// The criterion, and the theme that holds it.
    public var criterion: Criterion
    public var theme: FrameworkTheme
    /// 1 for the criterion furthest from target.
    public var rank: Int
    /// The areas assessed on the criterion, in the report's order.
    public var areas: [AreaGap]
    /// The mean, over `areas`, of the levels still to climb.
    public var averageLevels: Double
    /// The mean, over `areas`, of `Criterion.gapShare`.
    public var averageShare: Double
    /// The area furthest from target (the first in the report's order on a tie).
    public var worst: AreaGap
    /// The actions whose `addresses` name the criterion, in the agenda's order.
    public var actions: [AddressingAction]
}

/// One area's gap on one criterion, and whether an action of the plan works on it there.
public struct AreaGap: Sendable {
    /// Whether an action addressing the criterion works in the area, and is funded.
    public enum Coverage: String, Sendable {
        case funded
        case unfundedOnly = "unfunded-only"
        case noAction = "none"
    }

    /// The area, and its name as reports write it.
    public var area: AssessmentArea
    public var name: String
    /// The index of the level reached at the area's latest assessment.
    public var level: Int
    /// Levels still to climb to the target.
    public var levels: Int
    /// `Criterion.gapShare` of the level.
    public var share: Double
    /// Nil when the area is at or above target (nothing to cover).
    public var coverage: Coverage?
}

/// An action that addresses a criterion, as the plan decided it.
public struct AddressingAction: Sendable {
    /// The action's id and title.
    public var id: String
    public var title: String
    /// Whether the plan funds it.
    public var funded: Bool
    /// Its priority score, as the plan has it.
    public var score: Points
    /// Euros the plan pays it over the period; nil when unfunded, or when the sum is too large to
    /// add exactly.
    public var paid: Int?
    /// Why the plan does not fund it; nil when funded.
    public var reason: Plan.Reason?
    /// Why it is not funded, as the plan's reports say it; empty when funded.
    public var reasonText: String
    /// The areas below target on the criterion that the action works in (`Agenda.areas(of:)`).
    public var areas: [AssessmentArea]
}

/// A gap, in some areas, that no action addresses or only unfunded ones do: a question the network
/// has still to answer.
public struct OpenQuestion: Sendable {
    /// The criterion's gap over all areas.
    public var gap: CriterionGap
    /// `.noAction` or `.unfundedOnly`.
    public var coverage: AreaGap.Coverage
    /// The areas below target with that coverage, in the report's order.
    public var areas: [AreaGap]
    /// For `.unfundedOnly`: the unfunded actions that work in those areas.
    public var actions: [AddressingAction]
}

extension AssessedFramework {
    /// Per gap, furthest first: the areas where no action addresses it, then those where only
    /// unfunded actions do.
    public var openQuestions: [OpenQuestion] {
        gaps.flatMap { gap -> [OpenQuestion] in
            [AreaGap.Coverage.noAction, .unfundedOnly].compactMap { coverage in
                let areas = gap.areas.filter { $0.coverage == coverage }
                guard !areas.isEmpty else { return nil }
                let places = Set(areas.map(\.area))
                let actions = coverage == .noAction ? [] : gap.actions.filter { !places.isDisjoint(with: $0.areas) }
                return OpenQuestion(gap: gap, coverage: coverage, areas: areas, actions: actions)
            }
        }
    }
}
