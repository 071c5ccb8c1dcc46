import AgendaSolver

/// Turns the solver's reasons why no plan exists into diagnostics a coordinator can act on: each
/// located at the action's cost, the action, or the allocation key it concerns, worded in the
/// agenda's language, with notes at the sources, municipalities and scenarios involved.
///
/// The problem's indices are the agenda's order (`ProblemCompiler`), but every name is looked up
/// by id, so the mapping holds for any problem whose ids come from this agenda.
struct InfeasibilityDiagnostics {
    let agenda: Agenda
    private let t: ReportText
    private let numbers: LocalNumbers

    init(agenda: Agenda) {
        self.agenda = agenda
        t = ReportText(language: agenda.header.language)
        numbers = LocalNumbers(language: agenda.header.language)
    }

    /// The error that says why no plan keeps the commitments, rules and floors.
    func diagnostic(for reason: Infeasibility, in problem: PlanningProblem) -> Diagnostic {
        switch reason {
        case .ineligible(let action, let year, let cost, let payable):
            ineligible(problem.actions[action], year: problem.years[year], cost: cost, payable: payable, problem)
        case .unpayable(let action, let year, let need, let available, let sources):
            unpayable(
                problem.actions[action].id, year: problem.years[year], need: need, available: available,
                sources: sources, problem)
        case .commitmentsConflict(let action):
            conflict(problem.actions[action].id, problem)
        case .floorsOutOfReach(let floors):
            floorsOutOfReach(floors, problem)
        case .floorsOutOfReachOfOwnActions(let municipality, let floors):
            floorsOutOfReachOfOwnActions(problem.municipalities[municipality], floors, problem)
        case .floorBeyondItsActions(let floor, let most):
            floorBeyondItsActions(floor, most: most, problem)
        }
    }

    /// The error for a search that gave up on the allocation key's floors without a proof.
    func diagnostic(for limitation: SearchLimitation, in problem: PlanningProblem) -> Diagnostic {
        switch limitation {
        case .floorNotMet(let floor, let received):
            var note = Diagnostic.Note(t("planner.floor-limit.all"))
            if let floor, let received, let fairness = problem.fairness {
                let id = problem.municipalities[floor.municipality]
                let text = t(
                    "planner.floor-limit.floor", id, String(problem.years[floor.year]),
                    numbers.euros(Int(floor.amount.rounded(.up))), share(fairness.minShare),
                    share(fairness.keyShares[floor.municipality]), numbers.euros(Int(received.rounded(.down))))
                note = Diagnostic.Note(text, at: agenda.region.municipality(id)?.location)
            }
            return .error(DiagnosticCode.plannerFloorLimit, t("planner.floor-limit"), at: keyLocation, notes: [note])
        case .minimumPaymentNotMet(let action, let year, let source, let amount):
            let entry = problem.sources[source]
            let text = t(
                "planner.min-payment-limit", problem.actions[action].id, String(problem.years[year]),
                numbers.euros(amount), entry.id, numbers.euros(entry.minPayment))
            return .error(
                DiagnosticCode.plannerMinimumPaymentLimit, text,
                at: agenda.source(entry.id)?.location ?? .file(agenda.files.first ?? ""))
        }
    }

    // MARK: Commitments

    private func ineligible(
        _ entry: PlanningProblem.ActionEntry, year: Int, cost: Int, payable: Int, _ problem: PlanningProblem
    ) -> Diagnostic {
        let action = agenda.action(entry.id)
        let message = t("infeasible.ineligible", entry.id, String(year), numbers.euros(payable), numbers.euros(cost))
        var notes = entry.eligibleSources.map { index in
            let source = problem.sources[index]
            let text = t(
                "infeasible.ineligible.source", source.id, numbers.euros(source.cap(of: cost)), share(source.maxShare))
            return Diagnostic.Note(text, at: agenda.source(source.id)?.location)
        }
        if notes.isEmpty { notes.append(Diagnostic.Note(t("infeasible.ineligible.none"))) }
        if let restriction = action?.fundingFrom?.first {
            notes.append(Diagnostic.Note(t("infeasible.funding-from"), at: restriction.location))
        }
        return .error(
            DiagnosticCode.infeasibleIneligible, message, at: costLocation(action, year),
            notes: notes + committedBy(entry.id))
    }

    private func unpayable(
        _ id: String, year: Int, need: Int, available: Int, sources: [Infeasibility.SourceBalance],
        _ problem: PlanningProblem
    ) -> Diagnostic {
        let message = t("infeasible.unpayable", id, String(year), numbers.euros(need), numbers.euros(available))
        let notes = sources.map { balance in
            let source = problem.sources[balance.source].id
            let written = agenda.source(source)
            let location = written?.budget.entries.first { $0.year == year }?.location ?? written?.location
            return Diagnostic.Note(
                t(
                    "infeasible.unpayable.source", source, numbers.euros(balance.left),
                    numbers.euros(balance.budget), String(year)), at: location)
        }
        return .error(
            DiagnosticCode.infeasibleUnpayable, message, at: costLocation(agenda.action(id), year),
            notes: notes + committedBy(id))
    }

    private func conflict(_ id: String, _ problem: PlanningProblem) -> Diagnostic {
        let others = problem.actions.filter { $0.fixed == .mustFund && $0.id != id }.map { "'\($0.id)'" }
        var notes = committedBy(id)
        if !others.isEmpty {
            let listed = others.prefix(10).joined(separator: ", ") + (others.count > 10 ? ", …" : "")
            notes.append(Diagnostic.Note(t("infeasible.commitments.others", listed)))
        }
        return .error(
            DiagnosticCode.infeasibleCommitments, t("infeasible.commitments", id),
            at: agenda.action(id)?.location ?? rootLocation, notes: notes)
    }

    // MARK: Floors

    private func floorsOutOfReach(_ floors: [Infeasibility.Floor], _ problem: PlanningProblem) -> Diagnostic {
        let message: String
        if floors.count == 1, let floor = floors.first {
            message = t(
                "infeasible.floor", problem.municipalities[floor.municipality], String(problem.years[floor.year]),
                money(floor.amount))
        } else {
            let listed = floors.map {
                t(
                    "infeasible.floors.item", problem.municipalities[$0.municipality], String(problem.years[$0.year]),
                    money($0.amount))
            }
            message = t("infeasible.floors", listed.joined(separator: ", "))
        }
        return .error(
            DiagnosticCode.infeasibleFloors, message, at: keyLocation, notes: floors.map { floorNote($0, problem) })
    }

    private func floorsOutOfReachOfOwnActions(
        _ municipality: String, _ floors: [Infeasibility.Floor],
        _ problem: PlanningProblem
    ) -> Diagnostic {
        let years = floors.map { "\(problem.years[$0.year]) (\(money($0.amount)))" }.joined(separator: ", ")
        return .error(
            DiagnosticCode.infeasibleFloors, t("infeasible.floors-own", municipality, years), at: keyLocation,
            notes: floors.map { floorNote($0, problem) })
    }

    private func floorBeyondItsActions(
        _ floor: Infeasibility.Floor, most: Double, _ problem: PlanningProblem
    ) -> Diagnostic {
        let message = t(
            "infeasible.floor-beyond-actions", problem.municipalities[floor.municipality],
            String(problem.years[floor.year]), money(floor.amount), money(most))
        return .error(
            DiagnosticCode.infeasibleFloors, message, at: keyLocation,
            notes: [floorNote(floor, problem)] + withoutMoney(in: floor.year, problem))
    }

    /// Notes at the key-shared sources that have no money in `year` (no budget, and none carried
    /// over): often why a floor is out of reach, after a scenario cut them.
    private func withoutMoney(in year: Int, _ problem: PlanningProblem) -> [Diagnostic.Note] {
        problem.sources.filter { $0.sharedByKey && $0.available(in: year) == 0 }.map { source in
            Diagnostic.Note(
                t("infeasible.floor-beyond-actions.empty", source.id, String(problem.years[year])),
                at: agenda.source(source.id)?.location)
        }
    }

    /// Where a floor comes from, at the municipality.
    private func floorNote(_ floor: Infeasibility.Floor, _ problem: PlanningProblem) -> Diagnostic.Note {
        let id = problem.municipalities[floor.municipality]
        let minShare = problem.fairness?.minShare ?? 0
        let keyShare = problem.fairness?.keyShares[floor.municipality] ?? 0
        return Diagnostic.Note(
            t(
                "infeasible.floor.municipality", id, String(problem.years[floor.year]), money(floor.amount),
                share(minShare), share(keyShare)),
            at: agenda.region.municipality(id)?.location)
    }

    // MARK: Places and numbers

    /// The action's cost in `year`, where it is written; else the action.
    private func costLocation(_ action: Action?, _ year: Int) -> SourceLocation {
        action?.cost.entries.first { $0.year == year }?.location ?? action?.location ?? rootLocation
    }

    /// The allocation key, where it is written.
    private var keyLocation: SourceLocation {
        agenda.planning.allocationKey?.location ?? agenda.planning.location ?? rootLocation
    }

    private var rootLocation: SourceLocation { .file(agenda.files.first ?? "") }

    /// Notes at the applied scenarios that commit the action.
    private func committedBy(_ id: String) -> [Diagnostic.Note] {
        agenda.scenarios.filter { agenda.appliedScenarios.contains($0.id) }.flatMap { scenario in
            scenario.commit.filter { $0.value == id }.map {
                Diagnostic.Note(t("infeasible.committed-by", scenario.id), at: $0.location)
            }
        }
    }

    /// Euros, with cents only where the amount has them.
    private func money(_ amount: Double) -> String {
        amount == amount.rounded() ? numbers.euros(Int(amount)) : numbers.euros(cents: amount)
    }

    private func share(_ value: Double) -> String { numbers.decimal(value, places: 4) }
}
