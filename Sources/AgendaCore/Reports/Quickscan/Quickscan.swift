/// The quickscan per municipality and district (`agenda quickscan`): where each place stands
/// before the network chooses actions — its figures, its offer (locations, actions, partners) and,
/// for every goal with a target, the value now, the gap and the value after the plan.
///
/// Built by `Quickscan.init(agenda:plan:registry:municipality:)`; written by `QuickscanRendering`.
/// How each figure is computed: docs/quickscan.md.
public struct Quickscan: Sendable {
    /// The agenda's id.
    public var agenda: String
    /// The applied scenarios joined by `+`, or nil for the agenda as written.
    public var scenario: String?
    /// The status of the plan whose funded actions the quickscan counts.
    public var planStatus: Plan.Status
    /// Funded actions in the whole plan, and all actions.
    public var fundedCount: Int
    public var actionCount: Int
    /// The year whose open locations count (`Agenda.meetingPlaceYear`).
    public var referenceYear: Int
    /// The goals with a target, in the agenda's order: the columns of every place's goals.
    public var targets: [TargetGoal]
    /// Each municipality followed by its districts, in the region's order.
    public var places: [Place]

    /// A goal with a target, as every place measures it.
    public struct TargetGoal: Sendable {
        public var goal: String
        public var title: String
        public var indicator: String
        public var bound: Target.Bound
        public var per: String?
        public var perAmount: Double
        public var by: Int?
    }

    /// A municipality or one of its districts.
    public struct Place: Sendable {
        /// `municipality` for a municipality, `municipality/district` for a district.
        public var id: String
        public var municipality: String
        /// The district's id; nil for a municipality.
        public var district: String?
        /// "Laak" for a district, "Den Haag" for a municipality.
        public var name: String
        /// Every indicator the agenda defines, in its order.
        public var indicators: [IndicatorFigure]
        /// The place's locations; a municipality's own and then its districts'.
        public var locations: [Location]
        /// Actions working in the place that the plan funds, in the agenda's order.
        public var funded: [ActionEntry]
        /// Actions working in the place that the plan does not fund, in the agenda's order.
        public var proposed: [ActionEntry]
        /// Partners leading or joining those actions or running the locations, in the agenda's order.
        public var partners: [PartnerEntry]
        /// One per target goal, in the order of `Quickscan.targets`.
        public var goals: [GoalFigure]

        /// Whether this is a district.
        public var isDistrict: Bool { district != nil }
    }

    /// An indicator's figure at a place, with what the agenda says about the indicator.
    public struct IndicatorFigure: Sendable {
        public var id: String
        public var label: String
        public var unit: IndicatorUnit
        public var source: String?
        public var year: Int?
        /// The figure; nil when the place has none (`reason` says so).
        public var value: Double?
        /// True when counted from the place's locations (`IndicatorValue.derived`), or, for a sum of
        /// districts, when one of the districts' figures was.
        public var derived: Bool
        /// True when a municipality gives no figure of its own and this is the sum of its districts'.
        public var summed: Bool
        /// Why there is no figure.
        public var reason: TargetMeasurement.Unmeasurable?
    }

    /// A location (`Venue`) of the place.
    public struct Location: Sendable {
        public var id: String
        public var name: String
        public var type: String
        public var partners: [String]
        /// A partner id or a person's name.
        public var coordinator: String?
        /// The district it lies in, for a municipality's list; nil for the municipality's own.
        public var district: String?
        /// Open in the reference year.
        public var open: Bool
        public var opened: Int?
        public var closed: Int?
        public var source: String?
    }

    /// An action working in the place.
    public struct ActionEntry: Sendable {
        public var id: String
        public var title: String
        public var lead: String
        public var partners: [String]
        /// Its `where:` as written.
        public var places: [String]
        /// What the plan pays for it in all years, whole euros (0 when not funded); nil when the
        /// payments are too large to add up exactly.
        public var money: Int?
        /// Why the plan does not fund it; nil when funded.
        public var reason: Plan.Reason?
        /// Its share of the place: 1 when it names only this place, 1/n of each of n places named.
        public var share: Double
        /// What it adds to indicators at this place (its share of each module field with `addsTo`).
        public var adds: [Addition]
    }

    /// An amount added to an indicator.
    public struct Addition: Sendable, Equatable {
        public var indicator: String
        public var amount: Double
    }

    /// A partner active in the place, and how.
    public struct PartnerEntry: Sendable {
        public var id: String
        public var name: String
        public var kind: PartnerKind
        /// Actions working in the place it leads, and those it joins.
        public var leads: [String]
        public var joins: [String]
        /// Locations of the place it runs (among the location's partners) or coordinates.
        public var locations: [String]
    }

    /// A goal's target measured at a place, now and after the plan.
    public struct GoalFigure: Sendable {
        public var goal: String
        /// The value now (per `perAmount` of `per`, when the target has one); nil when not measurable.
        public var value: Double?
        public var reached: Bool?
        /// How much more (at-least) or less (at-most) is needed, in the target's units; 0 when reached.
        public var gap: Double?
        /// The gap as an amount of the target's indicator itself (for a `per` target, the gap times the
        /// place's `per` figure divided by `perAmount`); the gap otherwise.
        public var gapInIndicator: Double?
        /// What funded actions add at the place to the target's indicator.
        public var added: Double
        /// The value with what the funded actions add; nil exactly when `value` is nil.
        public var afterPlan: Double?
        public var reachedAfterPlan: Bool?
        public var gapAfterPlan: Double?
        /// Why the target cannot be measured at the place (now nor after the plan).
        public var reason: TargetMeasurement.Unmeasurable?
    }

    /// How a target stands at a place: the colour of a cell, and the word and symbol beside it.
    public enum Light: String, Sendable, CaseIterable {
        case reached
        /// Short by at most a fifth of the target.
        case close
        /// Short by more than a fifth of the target.
        case far
        case notMeasurable = "not-measurable"

        /// The light of a measured target; a gap of at most 20% of the bound's size is `close`.
        init(reached: Bool?, gap: Double?, bound: Double?) {
            guard let reached, let gap else {
                self = .notMeasurable
                return
            }
            if reached {
                self = .reached
            } else if let bound, abs(bound) > 0, gap <= 0.2 * abs(bound) {
                self = .close
            } else {
                self = .far
            }
        }
    }
}

extension Quickscan.GoalFigure {
    /// The traffic light of the value now against `target`.
    public func light(against target: Quickscan.TargetGoal) -> Quickscan.Light {
        Quickscan.Light(reached: reached, gap: gap, bound: target.boundValue)
    }

    /// The traffic light of the value after the plan against `target`.
    public func lightAfterPlan(against target: Quickscan.TargetGoal) -> Quickscan.Light {
        Quickscan.Light(reached: reachedAfterPlan, gap: gapAfterPlan, bound: target.boundValue)
    }
}

extension Quickscan.TargetGoal {
    /// The number of the bound: 1.5 of `at-least: 1.5`.
    public var boundValue: Double {
        switch bound {
        case .atLeast(let value), .atMost(let value): return value
        }
    }
}
