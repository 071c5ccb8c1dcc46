/// Builds what scoring rules may know about each action (`ActionFacts`) from a loaded agenda.
///
/// Indicators of the places an action works in are combined into one reading: counts (persons,
/// count, euro) are added up; shares and per-1000 rates are averaged, weighted by the places'
/// residents (or residents 75+) when every place gives them. A district without its own figure
/// for a share or rate takes its municipality's, which describes it as a whole; a district never
/// takes its municipality's counts.
struct FactsBuilder: Sendable {
    let agenda: Agenda
    private let units: [String: IndicatorUnit]
    private let partners: [String: Partner]
    private let goals: [String: Goal]
    private let municipalities: [String: Municipality]
    private let agendaFacts: AgendaFacts

    init(agenda: Agenda) {
        self.agenda = agenda
        units = Dictionary(agenda.indicators.map { ($0.id, $0.unit) }, uniquingKeysWith: { first, _ in first })
        partners = Dictionary(agenda.partners.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        goals = Dictionary(agenda.goals.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        municipalities = Dictionary(
            agenda.region.municipalities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        agendaFacts = Self.agendaFacts(of: agenda)
    }

    /// What rules may know about the agenda as a whole.
    var agendaWide: AgendaFacts { agendaFacts }

    /// What rules may know about `agenda` as a whole: its goals' weights summed per pillar, the
    /// largest, and its frameworks.
    static func agendaFacts(of agenda: Agenda) -> AgendaFacts {
        var perPillar: [Pillar: Double] = [:]
        var largest = 0.0
        for goal in agenda.goals {
            let weight = goalWeight(goal, in: agenda)
            perPillar[goal.pillar, default: 0] += weight
            largest = max(largest, weight)
        }
        return AgendaFacts(
            goalWeightPerPillar: perPillar, largestGoalWeight: largest, frameworks: agenda.frameworks.map(\.id))
    }

    /// A goal's weight: the planning's, else the goal's own.
    static func goalWeight(_ goal: Goal, in agenda: Agenda) -> Double {
        agenda.planning.weights.goal(goal.id) ?? goal.weight
    }

    /// `facts`, built for this builder's agenda, as `facts(for:)` builds them for `other`: the same
    /// agenda with other weights, which reach the facts only through the goals' weights.
    func reweighted(_ facts: ActionFacts, for other: Agenda, agendaWide: AgendaFacts) -> ActionFacts {
        var facts = facts
        facts.agenda = agendaWide
        for index in facts.goals.indices {
            guard let goal = goals[facts.goals[index].id] else { continue }
            facts.goals[index].weight = Self.goalWeight(goal, in: other)
        }
        return facts
    }

    func facts(for action: Action) -> ActionFacts {
        let places = placeFacts(action)
        return ActionFacts(
            id: action.id, title: action.title, domain: action.domain.value, pillar: action.pillar,
            status: action.status, evidence: action.evidence, reach: action.reach, pilot: action.pilot?.result,
            costs: action.cost.entries.map { YearCost(year: $0.year, euros: $0.euros) },
            goals: action.goals.compactMap { reference in
                goals[reference.value].map { goal in
                    GoalFacts(
                        id: goal.id, pillar: goal.pillar, weight: Self.goalWeight(goal, in: agenda),
                        target: goal.target.map(Self.targetFacts))
                }
            },
            lead: partnerFacts(action.lead.value),
            partners: action.partners.map { partnerFacts($0.value) },
            places: places,
            area: combine(places),
            fields: action.module?.values ?? ModuleFieldValues(),
            agenda: agendaFacts, criteria: criterionFacts(action))
    }

    /// The criteria the action addresses, with the latest level of each of its assessed areas.
    private func criterionFacts(_ action: Action) -> [CriterionFacts] {
        action.addresses.compactMap { reference in
            guard let (framework, criterion) = agenda.criterion(reference.value) else { return nil }
            let assessed = agenda.areas(of: action).compactMap { area -> AssessedLevel? in
                guard let latest = agenda.assessments(of: area, against: framework.id).last,
                    let score = latest.score(criterion.id), let level = criterion.level(score.level.value)
                else { return nil }
                return AssessedLevel(area: area, level: level, date: latest.date.description)
            }
            return CriterionFacts(
                id: reference.value, title: criterion.title, levels: criterion.levels.map(\.label),
                target: criterion.target, assessed: assessed)
        }
    }

    static func targetFacts(_ target: Target) -> TargetFacts {
        let (atLeast, value): (Bool, Double)
        switch target.bound {
        case .atLeast(let bound): (atLeast, value) = (true, bound)
        case .atMost(let bound): (atLeast, value) = (false, bound)
        }
        return TargetFacts(
            indicator: target.indicator.value, atLeast: atLeast, value: value, per: target.per?.value,
            perAmount: target.perAmount, by: target.by)
    }

    private func partnerFacts(_ id: String) -> PartnerFacts {
        guard let partner = partners[id] else { return PartnerFacts(id: id, kind: "other") }
        return PartnerFacts(
            id: partner.id, kind: partner.kind.rawValue, domains: partner.domains.map(\.value),
            committedYears: partner.commitment?.years, committedHoursPerYear: partner.commitment?.hoursPerYear,
            committedEurosPerYear: partner.commitment?.eurosPerYear)
    }

    /// The action's places; a district whose municipality is also named counts once, as the municipality.
    private func placeFacts(_ action: Action) -> [PlaceFacts] {
        var whole = Set<String>()
        for place in action.places {
            switch place.kind {
            case .everywhere: whole.formUnion(municipalities.keys)
            case .municipality(let id): whole.insert(id)
            case .district: break
            }
        }
        var result: [PlaceFacts] = []
        var seen = Set<String>()
        let everywhere = action.places.contains { $0.kind == .everywhere }
        let ordered: [(String, String?)] =
            everywhere
            ? agenda.region.municipalities.map { ($0.id, nil) }
            : action.places.compactMap { place in
                switch place.kind {
                case .everywhere: return nil
                case .municipality(let id): return (id, nil)
                case .district(let municipality, let district):
                    return whole.contains(municipality) ? nil : (municipality, district)
                }
            }
        for (municipalityID, districtID) in ordered {
            guard let municipality = municipalities[municipalityID] else { continue }
            let id = districtID.map { "\(municipalityID)/\($0)" } ?? municipalityID
            guard seen.insert(id).inserted else { continue }
            if let districtID, let district = municipality.district(districtID) {
                var values = Dictionary(
                    district.indicators.map { ($0.indicator, $0.value) }, uniquingKeysWith: { first, _ in first })
                for value in municipality.indicators where values[value.indicator] == nil && isRate(value.indicator) {
                    values[value.indicator] = value.value
                }
                result.append(
                    PlaceFacts(
                        id: id, name: district.name, indicators: IndicatorReadings(values),
                        fields: district.modules.first { $0.domain == action.domain.value }?.values
                            ?? ModuleFieldValues()))
            } else {
                let values = Dictionary(
                    municipality.indicators.map { ($0.indicator, $0.value) }, uniquingKeysWith: { first, _ in first })
                result.append(
                    PlaceFacts(
                        id: id, name: municipality.name, indicators: IndicatorReadings(values),
                        fields: municipality.modules.first { $0.domain == action.domain.value }?.values
                            ?? ModuleFieldValues()))
            }
        }
        return result
    }

    private func isRate(_ indicator: String) -> Bool {
        units[indicator] == .share || units[indicator] == .perThousand
    }

    /// One reading for all places: counts added up, rates averaged by population.
    private func combine(_ places: [PlaceFacts]) -> IndicatorReadings {
        guard places.count > 1 else { return places.first?.indicators ?? IndicatorReadings() }
        var ids = Set<String>()
        for place in places { ids.formUnion(place.indicators.values.keys) }
        var combined: [String: Double] = [:]
        for id in ids.sorted() {
            let given = places.compactMap { place in place.indicators.value(id).map { (place, $0) } }
            if isRate(id) {
                // Weighted by residents where every place with the rate gives them, else 75+, else equally.
                let weightID = [StandardIndicators.residents, StandardIndicators.residents75Plus].first { weight in
                    given.allSatisfy { $0.0.indicators.value(weight) != nil }
                }
                let weights = given.map { entry in weightID.flatMap { entry.0.indicators.value($0) } ?? 1 }
                let total = weights.reduce(0, +)
                combined[id] =
                    total > 0
                    ? zip(given, weights).reduce(0) { $0 + $1.0.1 * $1.1 } / total
                    : given.reduce(0) { $0 + $1.1 } / Double(given.count)
            } else {
                combined[id] = given.reduce(0) { $0 + $1.1 }
            }
        }
        return IndicatorReadings(combined)
    }
}
