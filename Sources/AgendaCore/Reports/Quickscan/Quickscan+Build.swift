extension Quickscan {
    /// The quickscan of every municipality and its districts (only `municipality` and its districts
    /// when given), with the actions `plan` funds — the plan `Planner.plan` makes for `agenda`, the
    /// scenario applied — and what the modules of `registry` say funded actions add to indicators.
    ///
    /// Throws `PlanFocus.Problem.unknownMunicipality` (with the closest id) for an unknown one.
    public init(agenda: Agenda, plan: Plan, registry: ModuleRegistry, municipality: String? = nil)
        throws(PlanFocus.Problem)
    {
        var shown = agenda.region.municipalities
        if let municipality {
            let focus = try PlanFocus.municipality(municipality, in: agenda.region)
            shown = shown.filter { $0.id == focus.municipality }
        }
        let builder = QuickscanBuilder(agenda: agenda, plan: plan, registry: registry)
        self.agenda = agenda.id
        scenario = plan.scenario
        planStatus = plan.status
        fundedCount = plan.actions.filter(\.funded).count
        actionCount = plan.actions.count
        referenceYear = agenda.meetingPlaceYear
        targets = builder.targets
        places = shown.flatMap { municipality in
            [builder.place(municipality)] + municipality.districts.map { builder.place($0, of: municipality) }
        }
    }
}

/// Computes the quickscan's places; see docs/quickscan.md for every rule.
struct QuickscanBuilder {
    let agenda: Agenda
    let registry: ModuleRegistry
    /// The plan's outcome of each action.
    let outcomes: [String: ActionOutcome]
    /// Per action, the share of it each place holds (place id → share); see `shares(of:)`.
    let shares: [String: [String: Double]]
    /// The goals with a target, in the agenda's order, with their targets as written.
    let goals: [(goal: Quickscan.TargetGoal, target: Target)]

    var targets: [Quickscan.TargetGoal] { goals.map(\.goal) }

    init(agenda: Agenda, plan: Plan, registry: ModuleRegistry) {
        self.agenda = agenda
        self.registry = registry
        outcomes = Dictionary(plan.actions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        shares = Dictionary(
            agenda.actions.map { ($0.id, Self.shares(of: $0, in: agenda.region)) },
            uniquingKeysWith: { first, _ in first })
        goals = agenda.goals.compactMap { goal in
            goal.target.map { target in
                let shown = Quickscan.TargetGoal(
                    goal: goal.id, title: goal.title, indicator: target.indicator.value, bound: target.bound,
                    per: target.per?.value, perAmount: target.perAmount, by: target.by)
                return (shown, target)
            }
        }
    }

    /// The share of an action each place holds: each of the n entries of its `where:` holds 1/n
    /// (`all` is one entry per municipality of the region). An entry naming a district counts for
    /// the district and for its municipality; one naming a municipality for the municipality alone.
    /// The action works in exactly the places with a share.
    static func shares(of action: Action, in region: Region) -> [String: Double] {
        var entries: [Place.Kind] = []
        if action.places.contains(where: { $0.kind == .everywhere }) {
            entries = region.municipalities.map { .municipality($0.id) }
        } else {
            for place in action.places where !entries.contains(place.kind) { entries.append(place.kind) }
        }
        guard !entries.isEmpty else { return [:] }
        let part = 1 / Double(entries.count)
        var result: [String: Double] = [:]
        for entry in entries {
            switch entry {
            case .everywhere: continue
            case .municipality(let id):
                result[id, default: 0] += part
            case .district(let municipality, let district):
                result["\(municipality)/\(district)", default: 0] += part
                result[municipality, default: 0] += part
            }
        }
        return result
    }

    // MARK: Places

    func place(_ municipality: Municipality) -> Quickscan.Place {
        let locations =
            municipality.venues.map { location($0, district: nil) }
            + municipality.districts.flatMap { district in district.venues.map { location($0, district: district.id) } }
        return place(
            id: municipality.id, municipality: municipality.id, district: nil, name: municipality.name,
            figures: { figure($0, of: municipality) }, locations: locations)
    }

    func place(_ district: District, of municipality: Municipality) -> Quickscan.Place {
        place(
            id: "\(municipality.id)/\(district.id)", municipality: municipality.id, district: district.id,
            name: district.name, figures: { figure($0, of: district) },
            locations: district.venues.map { location($0, district: nil) })
    }

    private func place(
        id: String, municipality: String, district: String?, name: String,
        figures: (Indicator) -> Quickscan.IndicatorFigure, locations: [Quickscan.Location]
    ) -> Quickscan.Place {
        let indicators = agenda.indicators.map(figures)
        let working = agenda.actions.filter { (shares[$0.id]?[id] ?? 0) > 0 }.map { entry($0, at: id) }
        let funded = working.filter { outcomes[$0.id]?.funded == true }
        let proposed = working.filter { outcomes[$0.id]?.funded != true }
        return Quickscan.Place(
            id: id, municipality: municipality, district: district, name: name, indicators: indicators,
            locations: locations, funded: funded, proposed: proposed,
            partners: partners(actions: working, locations: locations),
            goals: goals.map { measure($0.target, goal: $0.goal.goal, figures: indicators, added: funded) })
    }

    private func location(_ venue: Venue, district: String?) -> Quickscan.Location {
        Quickscan.Location(
            id: venue.id, name: venue.name, type: venue.type, partners: venue.partners.map(\.value),
            coordinator: venue.coordinator?.value, district: district,
            open: venue.isOpen(in: agenda.meetingPlaceYear), opened: venue.opened, closed: venue.closed,
            source: venue.source)
    }

    private func entry(_ action: Action, at place: String) -> Quickscan.ActionEntry {
        let outcome = outcomes[action.id]
        let share = shares[action.id]?[place] ?? 0
        var money: Int? = 0
        for payment in outcome?.payments ?? [] {
            let (sum, overflow) = (money ?? 0).addingReportingOverflow(payment.amount)
            money = overflow ? nil : sum
            if overflow { break }
        }
        let adds = TargetMeasurement.additions(by: action, registry: registry).map {
            Quickscan.Addition(indicator: $0.indicator, amount: $0.amount * share)
        }
        return Quickscan.ActionEntry(
            id: action.id, title: action.title, lead: action.lead.value, partners: action.partners.map(\.value),
            places: action.places.map(\.written), money: outcome?.funded == true ? money : 0,
            reason: outcome?.funded == true ? nil : outcome?.reason, share: share, adds: adds)
    }

    /// The partners of the place's actions and locations, in the agenda's order.
    private func partners(actions: [Quickscan.ActionEntry], locations: [Quickscan.Location])
        -> [Quickscan.PartnerEntry]
    {
        agenda.partners.compactMap { partner in
            let leads = actions.filter { $0.lead == partner.id }.map(\.id)
            let joins = actions.filter { $0.partners.contains(partner.id) }.map(\.id)
            let runs = locations.filter { $0.partners.contains(partner.id) || $0.coordinator == partner.id }.map(\.id)
            guard !leads.isEmpty || !joins.isEmpty || !runs.isEmpty else { return nil }
            return Quickscan.PartnerEntry(
                id: partner.id, name: partner.name, kind: partner.kind, leads: leads, joins: joins, locations: runs)
        }
    }
}
