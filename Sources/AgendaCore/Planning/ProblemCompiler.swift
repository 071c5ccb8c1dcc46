import AgendaSolver

/// Compiles an agenda (scenario applied) and its scores into a `PlanningProblem`: the solver's
/// numbers and indices, in the agenda's order of actions, sources and municipalities.
public enum ProblemCompiler {
    public static func compile(_ agenda: Agenda, scores: ScoreReport) -> PlanningProblem {
        let years = Array(agenda.period.years)
        let municipalityIDs = agenda.region.municipalities.map(\.id)
        let municipalityIndex = Dictionary(uniqueKeysWithValues: municipalityIDs.enumerated().map { ($1, $0) })
        let actionIndex = Dictionary(
            agenda.actions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let scoreByID = Dictionary(scores.actions.map { ($0.id, $0.score) }, uniquingKeysWith: { first, _ in first })
        let funding = FundingIndex(agenda.plannedFunding)

        let sources = agenda.plannedFunding.map { source in
            PlanningProblem.SourceEntry(
                id: source.id, budget: years.map { source.budget[$0] }, maxShare: source.maxShare,
                carryOver: source.carryOver,
                // A partner's euros are its own, not the region's money that the key shares out.
                sharedByKey: source.eligibility.municipalities == nil && source.eligibility.partner == nil,
                minPayment: source.minPayment ?? agenda.planning.minPayment,
                tiesMunicipalities: source.eligibility.municipalities != nil)
        }

        // The allocation key's value per municipality (only with an allocation key).
        let key = agenda.planning.allocationKey
        let keyValues = municipalityIDs.map { id in
            key.flatMap { agenda.region.municipality(id)?.indicator($0.indicator.value) } ?? 0
        }
        let keyTotal = keyValues.reduce(0, +)

        var actions: [PlanningProblem.ActionEntry] = []
        for action in agenda.actions {
            let places = action.municipalityIDs(in: agenda.region).compactMap { municipalityIndex[$0] }
            // An action in several municipalities counts for each in proportion to their key values.
            let placeKey = places.map { keyValues[$0] }.reduce(0, +)
            let weights = places.map { index in
                (index: index, weight: placeKey > 0 ? keyValues[index] / placeKey : 1 / Double(places.count))
            }
            let fixed: PlanningProblem.Fixed
            if agenda.droppedActions.contains(action.id) || action.status == .stopped {
                fixed = .never
            } else if action.status.mustBeFunded {
                fixed = .mustFund
            } else {
                fixed = .free
            }
            actions.append(
                PlanningProblem.ActionEntry(
                    id: action.id, score: (scoreByID[action.id] ?? .zero).tenThousandths,
                    costs: years.map { action.cost[$0] },
                    eligibleSources: funding.eligible(
                        for: action, municipalities: action.municipalityIDs(in: agenda.region)),
                    fixed: fixed,
                    requires: action.requires.compactMap { actionIndex[$0.value] },
                    excludes: action.excludes.compactMap { actionIndex[$0.value] },
                    municipalities: weights))
        }

        var fairness: PlanningProblem.Fairness?
        if let key, keyTotal > 0 {
            let shared = sources.indices.filter { sources[$0].sharedByKey }
            var absorbable = Array(repeating: Array(repeating: 0.0, count: years.count), count: municipalityIDs.count)
            for action in actions where action.fixed == .free || action.fixed == .mustFund {
                let payers = action.eligibleSources.filter { sources[$0].sharedByKey }
                guard !payers.isEmpty else { continue }
                for year in action.costYears {
                    let cost = action.costs[year]
                    let most = min(cost, payers.reduce(0) { $0 + sources[$1].cap(of: cost) })
                    for place in action.municipalities { absorbable[place.index][year] += place.weight * Double(most) }
                }
            }
            let floors = municipalityIDs.indices.map { municipality in
                years.indices.map { year in
                    let budget = Double(shared.reduce(0) { $0 + sources[$1].budget[year] })
                    // Floors are amounts, so whole euros: rounded down.
                    return
                        (min(key.minShare * keyValues[municipality] / keyTotal * budget, absorbable[municipality][year])
                        + 1e-6).rounded(.down)
                }
            }
            fairness = PlanningProblem.Fairness(
                indicator: key.indicator.value, minShare: key.minShare,
                keyShares: keyValues.map { $0 / keyTotal }, floors: floors)
        }

        let scenario =
            agenda.appliedScenarios.isEmpty
            ? "no scenario" : "scenario " + agenda.appliedScenarios.joined(separator: "+")
        return PlanningProblem(
            name: agenda.id, title: "Funding plan of agenda \(agenda.id), \(scenario)", years: years, actions: actions,
            sources: sources, municipalities: municipalityIDs,
            fairness: fairness)
    }
}
