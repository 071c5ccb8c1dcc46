import AgendaSolver

/// One page for a kick-off meeting in one municipality or district (`agenda kickoff`), as the CVO
/// document describes them: the point on the horizon, where the area stands (its quickscan), its
/// gaps against the frameworks, what the plan does there and with how much money, who takes part
/// and how to reach them, and the questions still open.
///
/// The plan is the region's: an action that also works elsewhere is shown with all it is paid,
/// and says where else it works.
public struct Kickoff: Sendable {
    public var agenda: Agenda
    /// The area: a municipality (with its districts) or one district.
    public var focus: PlanFocus
    /// The status of the regional plan the page shows a part of.
    public var planStatus: Plan.Status
    /// The quickscan of the area's places: the municipality and its districts, or the district.
    public var quickscan: Quickscan
    /// Per assessed area inside the area (the municipality, then its districts), its assessment
    /// against every framework.
    public var assessments: [AssessmentReport]
    /// Actions working in the area that the plan funds, and those it does not, in the agenda's order.
    public var funded: [KickoffAction]
    public var unfunded: [KickoffAction]
    /// Partners active in the area, in the agenda's order.
    public var partners: [KickoffPartner]
}

/// An action working in the kick-off's area.
public struct KickoffAction: Sendable {
    public var id: String
    public var title: String
    /// The lead partner's name.
    public var lead: String
    /// Its `where:` as written.
    public var places: [String]
    /// Whether it also works outside the area.
    public var alsoElsewhere: Bool
    /// Euros paid per source over the period, sources in the agenda's order; empty when unfunded.
    public var paidBy: [(source: String, euros: Int)]
    /// The sum of `paidBy`; nil when too large to add exactly.
    public var paid: Int?
    /// Why it is not funded, as the plan's reports say it, with what it would take; empty when funded.
    public var reason: String
}

/// A partner active in the area, and how to reach them.
public struct KickoffPartner: Sendable {
    public var id: String
    public var name: String
    public var kind: PartnerKind
    /// Actions in the area it leads, and those it joins.
    public var leads: [String]
    public var joins: [String]
    /// Locations in the area it runs or coordinates.
    public var locations: [String]
    public var contact: Contact?
}
