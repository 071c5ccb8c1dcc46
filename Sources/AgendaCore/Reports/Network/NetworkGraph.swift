import AgendaRules

/// Who works with whom, and where (the netwerkkaart): an agenda's partners, the places each works
/// in, and a tie between every two partners that lead or join the same actions.
///
/// Only actions that may go ahead count: those a scenario drops and those that have stopped are
/// left out. With a focus (a municipality or a district) only the actions that touch it and the
/// locations in it count, and the partners that work there or serve it by name.
public struct NetworkGraph: Sendable {
    public struct Partner: Sendable {
        public var id: String
        public var name: String
        public var kind: PartnerKind
        /// Where it works, as the agenda writes places (`all`, `den-haag`, `den-haag/laak`), in the
        /// region's order: from the actions it leads or joins and the locations it runs.
        public var places: [String]
        /// The actions it leads or joins, in the agenda's order.
        public var actions: [String]
        /// How many of those it leads.
        public var leads: Int
        /// The locations it runs (as a partner or their coordinator), in the region's order.
        public var locations: [String]
        /// The municipalities it may work in (`serves:`); nil for all of them.
        public var serves: [String]?
    }

    /// Two partners that share actions.
    public struct Tie: Sendable {
        /// The partners' indices in `partners`, the first one first in the agenda.
        public var first: Int
        public var second: Int
        /// The actions both lead or join, in the agenda's order.
        public var actions: [String]
        /// What those actions cost together over the agenda's period, in whole euros.
        public var euros: Int
    }

    public enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
        /// A sum of money beyond what the machine's integers hold.
        case overflow

        public var description: String { "the costs of the shared actions are too large to add up exactly" }
    }

    /// The agenda's id, and its scenarios joined by `+` (nil for the agenda as written).
    public var agenda: String
    public var scenario: String?
    public var focus: PlanFocus?
    /// The partners in the agenda's order.
    public var partners: [Partner]
    /// The ties, ordered by their first partner, then their second.
    public var ties: [Tie]
    /// Each counted action's cost over the period, by id.
    public var actionEuros: [String: Int]
    /// The counted locations' names, by id.
    public var locationNames: [String: String]

    /// The network of `agenda`, of `focus` when given, counting only the actions in `only` when given
    /// (the actions of a plan). Throws when a sum of costs does not fit.
    public init(agenda: Agenda, focus: PlanFocus? = nil, only: Set<String>? = nil) throws(Failure) {
        self.agenda = agenda.id
        scenario = agenda.appliedScenarios.isEmpty ? nil : agenda.appliedScenarios.joined(separator: "+")
        self.focus = focus
        let actions = agenda.actions.filter { action in
            action.status != .stopped && !agenda.droppedActions.contains(action.id)
                && (focus?.touches(action) ?? true) && (only?.contains(action.id) ?? true)
        }
        var euros: [String: Int] = [:]
        for action in actions { euros[action.id] = try Self.cost(of: action, over: agenda.period) }
        actionEuros = euros
        let places = PlaceOrder(region: agenda.region, focus: focus)
        let venues = Self.venues(of: agenda, in: places)
        locationNames = Dictionary(venues.map { ($0.venue.id, $0.venue.name) }, uniquingKeysWith: { first, _ in first })
        partners = agenda.partners.compactMap { partner in
            Self.partner(partner, actions: actions, venues: venues, places: places, focus: focus)
        }
        ties = try Self.ties(among: partners, actions: actions, euros: euros)
    }

    /// The action's cost in the years of the period, summed with checks.
    static func cost(of action: Action, over period: YearRange) throws(Failure) -> Int {
        var total = 0
        for entry in action.cost.entries where period.contains(entry.year) {
            total = try sum(total, entry.euros)
        }
        return total
    }

    static func sum(_ a: Int, _ b: Int) throws(Failure) -> Int {
        let (result, overflow) = a.addingReportingOverflow(b)
        guard !overflow else { throw .overflow }
        return result
    }

    /// Who takes part in an action: its lead, then its partners, each once.
    static func participants(_ action: Action) -> [String] {
        var seen: [String] = []
        for id in [action.lead.value] + action.partners.map(\.value) where !seen.contains(id) { seen.append(id) }
        return seen
    }

    private static func partner(
        _ partner: AgendaCore.Partner, actions: [Action], venues: [(venue: Venue, place: String)], places: PlaceOrder,
        focus: PlanFocus?
    ) -> Partner? {
        let own = actions.filter { participants($0).contains(partner.id) }
        let runs = venues.filter { entry in
            entry.venue.partners.contains { $0.value == partner.id } || entry.venue.coordinator?.value == partner.id
        }
        let serves = partner.serves?.map(\.value)
        let servesFocus = focus.map { focus in serves?.contains(focus.municipality) == true } ?? true
        guard focus == nil || !own.isEmpty || !runs.isEmpty || servesFocus else { return nil }
        let written = own.flatMap { $0.places.map(\.written) } + runs.map(\.place)
        return Partner(
            id: partner.id, name: partner.name, kind: partner.kind, places: places.sorted(written),
            actions: own.map(\.id), leads: own.filter { $0.lead.value == partner.id }.count,
            locations: runs.map(\.venue.id), serves: serves)
    }

    /// The locations open at some time in the period and within the focus, with their places.
    private static func venues(of agenda: Agenda, in places: PlaceOrder) -> [(venue: Venue, place: String)] {
        let period = agenda.period
        let open = { (venue: Venue) in
            (venue.opened.map { $0 <= period.to } ?? true) && (venue.closed.map { $0 >= period.from } ?? true)
        }
        var result: [(venue: Venue, place: String)] = []
        for municipality in agenda.region.municipalities {
            result += municipality.venues.filter(open).map { ($0, municipality.id) }
            for district in municipality.districts {
                result += district.venues.filter(open).map { ($0, "\(municipality.id)/\(district.id)") }
            }
        }
        return result.filter { places.contains($0.place) }
    }

    /// A tie for every two partners that share an action, with the actions and their cost.
    private static func ties(among partners: [Partner], actions: [Action], euros: [String: Int]) throws(Failure)
        -> [Tie]
    {
        var index: [String: Int] = [:]
        for (position, partner) in partners.enumerated() { index[partner.id] = position }
        var found: [Int: Tie] = [:]
        let count = partners.count
        for action in actions {
            let members = participants(action).compactMap { index[$0] }.sorted()
            for (offset, first) in members.enumerated() {
                for second in members.dropFirst(offset + 1) {
                    let key = first * count + second
                    var tie = found[key] ?? Tie(first: first, second: second, actions: [], euros: 0)
                    tie.actions.append(action.id)
                    tie.euros = try sum(tie.euros, euros[action.id] ?? 0)
                    found[key] = tie
                }
            }
        }
        return found.keys.sorted().compactMap { found[$0] }
    }
}
