/// Warnings for the traps real networks fall into: goals nothing works on, partners with nothing
/// to do, figures without a source, and actions that no combination of sources could ever pay.
struct Advisories {
    let agenda: Agenda
    private var diagnostics = DiagnosticBag()

    init(agenda: Agenda) {
        self.agenda = agenda
    }

    mutating func check() -> [Diagnostic] {
        unservedGoals()
        idlePartners()
        unsourcedIndicators()
        unpayableActions()
        proposedAfterNegativePilots()
        return diagnostics.all
    }

    /// The network agreed to let go of what did not work: an action whose pilot failed and that is
    /// still only proposed asks for a decision (stop it, or say in the pilot's note why it goes on).
    private mutating func proposedAfterNegativePilots() {
        for action in agenda.actions where action.status == .proposed {
            guard let pilot = action.pilot, pilot.result == .negative, pilot.note == nil else { continue }
            let when = pilot.year.map { " in \($0)" } ?? ""
            diagnostics.warning(
                DiagnosticCode.proposedAfterNegativePilot,
                "action '\(action.id)' is still proposed after its pilot\(when) showed a negative result",
                at: action.location,
                notes: [
                    .init(
                        "keep what works, let go of what did not: set 'status: stopped', or say in the pilot's "
                            + "'note:' why it goes on",
                        at: pilot.location)
                ])
        }
    }

    private mutating func unservedGoals() {
        let served = Set(agenda.actions.flatMap { $0.goals.map(\.value) })
        for goal in agenda.goals where !served.contains(goal.id) {
            diagnostics.warning(
                DiagnosticCode.goalWithoutAction, "no action serves goal '\(goal.id)'", at: goal.location,
                notes: [.init("add the goal to an action's 'goals:', or drop it from the agenda")])
        }
    }

    private mutating func idlePartners() {
        var active = Set<String>()
        for action in agenda.actions {
            active.insert(action.lead.value)
            for partner in action.partners { active.insert(partner.value) }
        }
        // Running or coordinating a location is work in the network too.
        for municipality in agenda.region.municipalities {
            for venue in municipality.venues + municipality.districts.flatMap(\.venues) {
                active.formUnion(venue.partners.map(\.value) + [venue.coordinator?.value].compactMap { $0 })
            }
        }
        let funders = Set(agenda.funding.map(\.funder))
        for partner in agenda.partners where !active.contains(partner.id) {
            // Funders fund and coordinators coordinate; neither needs an action of its own.
            if partner.kind == .funder || funders.contains(partner.id) || agenda.header.coordinator?.value == partner.id
            {
                continue
            }
            diagnostics.warning(
                DiagnosticCode.partnerWithoutAction, "partner '\(partner.id)' leads or joins no action",
                at: partner.location)
        }
    }

    private mutating func unsourcedIndicators() {
        for indicator in agenda.indicators where indicator.source == nil {
            diagnostics.warning(
                DiagnosticCode.indicatorWithoutSource,
                "indicator '\(indicator.id)' does not say where its figures come from",
                at: indicator.location,
                notes: [.init("add 'source:' and 'year:', or 'source: illustrative' for figures that are estimates")])
        }
    }

    /// An action is unpayable in a year when even every source allowed to pay it, each paying its
    /// `max-share` and at most its whole budget (with carry-over, all earlier budget too), cannot
    /// cover that year's cost.
    private mutating func unpayableActions() {
        let index = FundingIndex(agenda.plannedFunding)
        for action in agenda.actions where action.status != .stopped {
            let municipalities = action.municipalityIDs(in: agenda.region)
            let eligible = index.eligible(for: action, municipalities: municipalities)
            if eligible.isEmpty {
                if action.cost.total > 0 {
                    diagnostics.warning(
                        DiagnosticCode.unpayableAction,
                        "no source may pay for '\(action.id)' (domain \(action.domain.value), pillar "
                            + "\(action.pillar.rawValue), in \(municipalities.joined(separator: ", ")))",
                        at: action.location,
                        notes: [
                            .init(
                                "check the sources' 'eligible:' "
                                    + "rules\(action.fundingFrom == nil ? "" : " and the action's 'funding-from:'")"
                            )
                        ])
                }
                continue
            }
            for cost in action.cost.entries where cost.euros > 0 {
                let most = eligible.map {
                    min(
                        index.entries[$0].source.maxShare * Double(cost.euros),
                        Double(index.available($0, in: cost.year)))
                }
                let payable = most.reduce(0, +)
                guard payable + 0.5 < Double(cost.euros) else { continue }
                let parts = zip(eligible, most).map { "\(index.entries[$0].source.id) \(Int($1.rounded(.down)))" }
                diagnostics.warning(
                    DiagnosticCode.unpayableAction,
                    "no combination of sources can pay all of '\(action.id)' in \(cost.year): it costs "
                        + "\(cost.euros), the sources allowed to pay it can give at most "
                        + "\(Int(payable.rounded(.down)))",
                    at: cost.location,
                    notes: [.init("at most per source, after 'max-share' and budget: \(parts.joined(separator: ", "))")]
                )
                break
            }
        }
    }
}
