/// The three parts of a regional agenda: inhoud, organisatie and financiering.
public enum Pillar: String, CaseIterable, Sendable, Codable, Hashable {
    case content, organisation, funding
}

/// What kind of organisation a partner is.
public enum PartnerKind: String, CaseIterable, Sendable, Codable, Hashable {
    case municipality, care, welfare
    case publicHealth = "public-health"
    case informalCare = "informal-care"
    case knowledge, funder, residents, other
}

/// The level of evidence for an intervention, after the Dutch recognition system
/// (Erkenningscommissie Interventies): goed beschreven … effectief volgens sterke aanwijzingen.
public enum Evidence: String, CaseIterable, Sendable, Codable, Hashable, Comparable {
    /// No recognition.
    case none
    /// Goed beschreven.
    case described
    /// Goed onderbouwd.
    case theoryBased = "theory-based"
    /// Effectief volgens eerste aanwijzingen.
    case effectiveFirst = "effective-first"
    /// Effectief volgens goede aanwijzingen.
    case effectiveGood = "effective-good"
    /// Effectief volgens sterke aanwijzingen.
    case effectiveStrong = "effective-strong"

    /// 0 (none) … 5 (effective-strong).
    public var level: Int { Self.allCases.firstIndex(of: self)! }

    public static func < (lhs: Evidence, rhs: Evidence) -> Bool { lhs.level < rhs.level }
}

/// Where an action stands.
public enum ActionStatus: String, CaseIterable, Sendable, Codable, Hashable {
    /// Up for choice.
    case proposed
    /// Promised: must be funded.
    case committed
    /// Already under way: must be funded, like `committed`.
    case running
    /// Ended: never funded.
    case stopped

    /// Whether the plan must fund the action.
    public var mustBeFunded: Bool { self == .committed || self == .running }
}

/// The result of a pilot: keep what worked, drop what did not.
public enum PilotResult: String, CaseIterable, Sendable, Codable, Hashable {
    case positive, mixed, negative
}

/// What an indicator's number counts.
public enum IndicatorUnit: String, CaseIterable, Sendable, Codable, Hashable {
    case persons, share, count, euro
    case perThousand = "per-1000"
}

/// Whether a higher value of an indicator is good or bad news.
public enum Direction: String, CaseIterable, Sendable, Codable, Hashable {
    case better, worse, neutral
}

/// The language of reports.
public enum ReportLanguage: String, CaseIterable, Sendable, Codable, Hashable {
    case nl, en
}
