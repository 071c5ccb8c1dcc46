extension Kickoff {
    /// The kick-off page of `focus`'s area, with `planned`, the plan `Planner.plan` makes for
    /// `agenda` (the scenario applied), and the modules of `registry` it was planned with.
    ///
    /// Throws `PlanFocus.Problem` when the focus names a municipality the region does not hold.
    public init(agenda: Agenda, focus: PlanFocus, planned: Planner.Result, registry: ModuleRegistry)
        throws(PlanFocus.Problem)
    {
        let plan = planned.plan
        var quickscan = try Quickscan(agenda: agenda, plan: plan, registry: registry, municipality: focus.municipality)
        let areaID = focus.district.map { "\(focus.municipality)/\($0)" } ?? focus.municipality
        quickscan.places.removeAll { focus.district != nil && $0.id != areaID }
        let places = quickscan.places
        let rendering = PlanRendering(
            agenda: agenda, problem: planned.problem, plan: plan, scores: planned.scores, registry: registry)
        let builder = KickoffBuilder(agenda: agenda, focus: focus, plan: plan, rendering: rendering)
        let area = places.first { $0.id == areaID }
        self.init(
            agenda: agenda, focus: focus, planStatus: plan.status,
            quickscan: quickscan,
            assessments: builder.assessments(of: places, planned: planned, registry: registry),
            funded: (area?.funded ?? []).map(builder.action), unfunded: (area?.proposed ?? []).map(builder.action),
            partners: (area?.partners ?? []).map(builder.partner))
    }
}

/// Computes the parts of a `Kickoff` that the quickscan and the assessment do not give.
struct KickoffBuilder {
    let agenda: Agenda
    let focus: PlanFocus
    let plan: Plan
    let rendering: PlanRendering

    /// Every assessed area among `places`, with its assessments against every framework.
    func assessments(of places: [Quickscan.Place], planned: Planner.Result, registry: ModuleRegistry)
        -> [AssessmentReport]
    {
        let assessed = Set(agenda.assessments.map(\.area.value))
        return places.filter { assessed.contains($0.id) }.compactMap { place in
            guard let selection = try? AssessmentSelection(framework: nil, area: place.id, in: agenda) else {
                return nil
            }
            return AssessmentReport(agenda: agenda, selection: selection, planned: planned, registry: registry)
        }
    }

    /// The action with what the plan pays it per source, or why it is not funded.
    func action(_ entry: Quickscan.ActionEntry) -> KickoffAction {
        let outcome = plan.actions.first { $0.id == entry.id }
        var perSource: [String: Int] = [:]
        var overflow = false
        for payment in outcome?.payments ?? [] {
            let (sum, over) = perSource[payment.source, default: 0].addingReportingOverflow(payment.amount)
            perSource[payment.source] = sum
            overflow = overflow || over
        }
        let paidBy = agenda.plannedFunding.compactMap { source in
            perSource[source.id].map { (source: source.id, euros: $0) }
        }
        let total = paidBy.reduce(Int?.some(0)) { sum, part in
            sum.flatMap { value in
                let (next, over) = value.addingReportingOverflow(part.euros)
                return over ? nil : next
            }
        }
        return KickoffAction(
            id: entry.id, title: entry.title, lead: agenda.partner(entry.lead)?.name ?? entry.lead,
            places: entry.places, alsoElsewhere: worksElsewhere(entry.id), paidBy: paidBy,
            paid: overflow ? nil : total,
            reason: outcome.map { $0.funded ? "" : rendering.reasonAndWhatItTakes($0) } ?? "")
    }

    /// Whether the action's `where:` reaches beyond the area.
    private func worksElsewhere(_ id: String) -> Bool {
        guard let action = agenda.action(id) else { return false }
        return action.places.contains { place in
            switch place.kind {
            case .everywhere: return agenda.region.municipalities.count > 1 || focus.district != nil
            case .municipality(let municipality): return municipality != focus.municipality || focus.district != nil
            case .district(let municipality, let district):
                return municipality != focus.municipality || (focus.district.map { $0 != district } ?? false)
            }
        }
    }

    func partner(_ entry: Quickscan.PartnerEntry) -> KickoffPartner {
        KickoffPartner(
            id: entry.id, name: entry.name, kind: entry.kind, leads: entry.leads, joins: entry.joins,
            locations: entry.locations, contact: agenda.partner(entry.id)?.contact)
    }
}
