/// A source of money with a yearly budget and its own rules.
public struct FundingSource: Sendable {
    public var id: String
    /// Free text, or the id of a partner.
    public var funder: String
    public var budget: YearlyEuros
    public var eligibility: Eligibility
    /// The largest share of one action's yearly cost this source may pay (0…1).
    public var maxShare: Double
    /// Whether unspent money moves on to the next year.
    public var carryOver: Bool
    /// The least a payment from it may be, in euros (each payment is 0 or at least this); nil
    /// when the source sets none (then `planning.min-payment` applies).
    public var minPayment: Int?
    public var note: String?
    public var location: SourceLocation

    public init(
        id: String, funder: String, budget: YearlyEuros, eligibility: Eligibility = Eligibility(),
        maxShare: Double = 1, carryOver: Bool = false, minPayment: Int? = nil, note: String? = nil,
        location: SourceLocation
    ) {
        self.id = id
        self.funder = funder
        self.budget = budget
        self.eligibility = eligibility
        self.maxShare = maxShare
        self.carryOver = carryOver
        self.minPayment = minPayment
        self.note = note
        self.location = location
    }
}

/// What a source may pay for. `nil` in a part means "all".
public struct Eligibility: Sendable {
    public var domains: [Located<String>]?
    public var pillars: [Pillar]?
    public var municipalities: [Located<String>]?
    /// For a partner's committed euros (`Agenda.commitmentSources`): the partner whose actions, the
    /// ones it leads or joins, they pay; the other parts and an action's `funding-from` do not apply.
    public var partner: String?

    public init(
        domains: [Located<String>]? = nil, pillars: [Pillar]? = nil, municipalities: [Located<String>]? = nil,
        partner: String? = nil
    ) {
        self.partner = partner
        self.domains = domains
        self.pillars = pillars
        self.municipalities = municipalities
    }

    /// Whether the source pays for `action` at all: its partner's actions only, for a partner's
    /// committed euros; otherwise every action whose domain, pillar and municipalities it allows.
    public func pays(_ action: Action, municipalities: [String]) -> Bool {
        if let partner { return action.lead.value == partner || action.partners.contains { $0.value == partner } }
        return allows(domain: action.domain.value, pillar: action.pillar, municipalities: municipalities)
    }

    /// Whether the rules allow paying for an action of this domain and pillar in these municipalities.
    public func allows(domain: String, pillar: Pillar, municipalities actionMunicipalities: [String]) -> Bool {
        if let domains, !domains.contains(where: { $0.value == domain }) { return false }
        if let pillars, !pillars.contains(pillar) { return false }
        if let municipalities {
            let allowed = Set(municipalities.map(\.value))
            if !actionMunicipalities.allSatisfy(allowed.contains) { return false }
        }
        return true
    }
}
