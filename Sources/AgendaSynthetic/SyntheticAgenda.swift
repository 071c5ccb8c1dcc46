import AgendaCore

/// Writes synthetic but valid agendas of any size, for load tests and benchmarks.
///
/// The text is one agenda file in the contract format (see `docs/format.md`): a region of
/// `municipalities` municipalities (`m001`, `m002`, …) with districts and indicator values,
/// local partners per group of twenty municipalities plus regional ones, themes and goals in the
/// three pillars, one funding source per municipality (`fund-m001`, …) plus the
/// `sharedSourceIDs`, `actions` actions over the four built-in domains with multi-year costs, and
/// a `planning` section and two scenarios. Every figure is made up (`source: illustrative`).
///
/// The agenda loads without errors or warnings: every action can be paid in every year of its
/// cost, `requires` and `excludes` can hold, committed actions are affordable, and every partner
/// and goal takes part in some action. The budgets together cover about 60% of the actions' cost
/// (more when there are only a few actions per municipality, since each municipality's own source
/// can always pay its largest action in any year), so a planner has to choose.
///
/// The output is deterministic: the same parameters give byte-identical text, on every platform.
///
/// ```swift
/// let text = SyntheticAgenda.yaml(.init(municipalities: 342, actions: 10_000))
/// ```
public struct SyntheticAgenda {
    /// The size and shape of a synthetic agenda.
    public struct Parameters: Sendable, Hashable {
        /// Number of municipalities in the region (at least 1).
        public var municipalities: Int
        /// Number of actions (at least 1).
        public var actions: Int
        /// Length of the agenda's period in years (at least 1).
        public var years: Int
        /// The first year of the period.
        public var firstYear: Int
        /// Seed of the pseudo-random choices; other seeds give other agendas of the same size.
        public var seed: UInt64
        /// Districts in each municipality (0 for none).
        public var districtsPerMunicipality: Int
        /// Scenarios (at least 2): the two described above, then budget cuts, grants and weight
        /// changes in turn, for `compare` at scale.
        public var scenarios: Int

        public init(
            municipalities: Int = 9, actions: Int = 40, years: Int = 4, firstYear: Int = 2025,
            seed: UInt64 = 1, districtsPerMunicipality: Int = 3, scenarios: Int = 2
        ) {
            self.scenarios = scenarios
            self.municipalities = municipalities
            self.actions = actions
            self.years = years
            self.firstYear = firstYear
            self.seed = seed
            self.districtsPerMunicipality = districtsPerMunicipality
        }
    }

    /// The largest agenda the generator writes: every part within these, and the whole within
    /// what `agenda validate` reads (`InputLimits.maxFileBytes`).
    public static let largest = Parameters(
        municipalities: 2_000, actions: 50_000, years: 20, firstYear: 9999, seed: 0, districtsPerMunicipality: 50,
        scenarios: 1_000)

    /// Why these parameters make no agenda the generator writes (empty when they do).
    public static func problems(_ parameters: Parameters) -> [String] {
        let most = largest
        var found: [String] = []
        func check(_ name: String, _ value: Int, _ range: ClosedRange<Int>) {
            if !range.contains(value) {
                found.append("\(name) must be from \(range.lowerBound) to \(range.upperBound), found \(value)")
            }
        }
        check("--municipalities", parameters.municipalities, 1...most.municipalities)
        check("--actions", parameters.actions, 1...most.actions)
        check("--years", parameters.years, 1...most.years)
        check("--districts", parameters.districtsPerMunicipality, 0...most.districtsPerMunicipality)
        check("--scenarios", parameters.scenarios, 2...most.scenarios)
        check("--first-year", parameters.firstYear, 1000...(9999 - max(0, parameters.years - 1)))
        return found
    }

    /// The ids of the sources every synthetic agenda has besides one source per municipality:
    /// three regional sources (each for part of the domains and pillars) and the national source,
    /// all eligible for every municipality.
    public static let sharedSourceIDs: [String] =
        SyntheticPlan.makeRegionalSources().map(\.id) + [SyntheticPlan.nationalSourceID]

    /// The id of the national source, open to every municipality, domain and pillar.
    public static let nationalSourceID = SyntheticPlan.nationalSourceID

    /// The id of the funding source of the municipality with the given id (`m001` → `fund-m001`).
    public static func sourceID(ofMunicipality id: String) -> String {
        "fund-" + id
    }

    /// The agenda as YAML text. Preconditions: at least one municipality, action and year, and
    /// no negative number of districts.
    public static func yaml(_ parameters: Parameters) -> String {
        var writer = SyntheticWriter(plan: SyntheticPlan(parameters))
        return writer.write()
    }
}

/// Turns a `SyntheticPlan` into YAML text, appending to one pre-sized string.
struct SyntheticWriter {
    let plan: SyntheticPlan
    private var out = ""

    init(plan: SyntheticPlan) {
        self.plan = plan
    }

    mutating func write() -> String {
        // About 420 bytes per action and 330 per municipality, measured.
        out.reserveCapacity(4096 + plan.actions.count * 480 + plan.municipalities.count * 400)
        header()
        indicators()
        region()
        partners()
        themesAndGoals()
        funding()
        actions()
        planning()
        scenarios()
        return out
    }

    private var period: String {
        plan.years == 1 ? String(plan.firstYear) : "\(plan.firstYear)-\(plan.lastYear)"
    }

    private func year(_ offset: Int) -> String { String(plan.firstYear + offset) }

    /// `{2025: 1000, 2026: 2000}`.
    private mutating func yearly(_ amounts: [Int], from start: Int = 0) {
        out += "{"
        for (offset, euros) in amounts.enumerated() {
            if offset > 0 { out += ", " }
            out += year(start + offset)
            out += ": "
            out += String(euros)
        }
        out += "}"
    }

    private mutating func idList(_ ids: [String]) {
        out += "["
        out += ids.joined(separator: ", ")
        out += "]"
    }

    private static func share(_ percent: Int) -> String {
        percent >= 100 ? "1.0" : percent < 10 ? "0.0\(percent)" : "0.\(percent)"
    }

    // MARK: Sections

    private mutating func header() {
        let p = plan.parameters
        out += """
            # A synthetic agenda for load tests, written by SyntheticAgenda (seed \(p.seed)).
            # Every name and figure in it is made up.
            agenda:
              id: synthetic-\(p.municipalities)m-\(p.actions)a-s\(p.seed)
              title: Synthetic agenda with \(p.municipalities) municipalities and \(p.actions) actions
              horizon: >-
                Older people in the synthetic region live at home for as long as they want,
                stay active and know where to go for help.
              period: \(period)
              language: en
              coordinator: \(plan.partners[0].id)

            """
    }

    private mutating func indicators() {
        let year = plan.firstYear
        out += """

            indicators:
              residents: {label: Residents, unit: persons, higher_is: neutral, source: illustrative, year: \(year)}
              residents-75plus: {label: Residents aged 75+, unit: persons, higher_is: neutral, \
            source: illustrative, year: \(year)}
              lonely-65plus: {label: Lonely residents aged 65+, unit: share, higher_is: worse, \
            source: illustrative, year: \(year)}

            """
    }

    private mutating func region() {
        out += "\nregion:\n  id: synthetic-region\n  name: Synthetic Region\n  municipalities:\n"
        for town in plan.municipalities {
            out += "    - id: "
            out += town.id
            out += "\n      name: "
            out += town.name
            out +=
                "\n      indicators: {residents: \(town.residents), residents-75plus: \(town.over75), lonely-65plus: "
                + "\(Self.share(town.lonelyPercent))}\n"
            guard !town.districts.isEmpty else { continue }
            out += "      districts:\n"
            for district in town.districts {
                out +=
                    "        - {id: \(district.id), name: \(district.name), indicators: {residents-75plus: "
                    + "\(district.over75), lonely-65plus: \(Self.share(district.lonelyPercent))}}\n"
            }
        }
    }

    private mutating func partners() {
        out += "\npartners:\n"
        for partner in plan.partners {
            out += "  - id: \(partner.id)\n    name: \(partner.name)\n    kind: \(partner.kind)\n    domains: "
            idList(partner.domains.map { SyntheticPlan.domains[$0] })
            out += "\n"
            if let serves = partner.serves {
                out += "    serves: "
                idList(serves.map { plan.municipalities[$0].id })
                out += "\n"
            }
            if let commitment = partner.commitment {
                out +=
                    "    commitment: {hours-per-year: \(commitment.hours), euro-per-year: \(commitment.euros), from: "
                    + "\(plan.firstYear), to: \(plan.lastYear)}\n"
            }
        }
    }

    private mutating func themesAndGoals() {
        out += "\nthemes:\n"
        for theme in SyntheticPlan.themes {
            out += "  - {id: \(theme.id), title: \(theme.title)}\n"
        }
        out += "\ngoals:\n"
        for goal in plan.goals {
            out +=
                "  - id: \(goal.id)\n    pillar: \(SyntheticPlan.pillars[goal.pillar])\n    theme: \(goal.theme)\n   "
                + " title: \(goal.title)\n    weight: \(goal.weight)\n"
            if let target = goal.lonelyTarget {
                out += "    target: {indicator: lonely-65plus, at-most: \(Self.share(target)), by: \(plan.lastYear)}\n"
            }
        }
    }

    private mutating func funding() {
        out += "\nfunding:\n"
        for (index, town) in plan.municipalities.enumerated() {
            out += "  - id: "
            out += SyntheticAgenda.sourceID(ofMunicipality: town.id)
            out += "\n    funder: Municipality of "
            out += town.name
            out += "\n    budget: "
            yearly(plan.municipalBudgets[index])
            out += "\n    eligible: {municipalities: ["
            out += town.id
            out += "]}\n"
            if index % 3 == 0 { out += "    carry-over: true\n" }
        }
        for source in plan.regionalSources {
            out += "  - id: \(source.id)\n    funder: \(source.funder)\n    budget: "
            yearly(source.budgets)
            out += "\n    eligible: {"
            var parts: [String] = []
            if let domains = source.domains {
                parts.append("domains: [" + domains.map { SyntheticPlan.domains[$0] }.joined(separator: ", ") + "]")
            }
            if let pillars = source.pillars {
                parts.append("pillars: [" + pillars.map { SyntheticPlan.pillars[$0] }.joined(separator: ", ") + "]")
            }
            parts.append("municipalities: all")
            out += parts.joined(separator: ", ")
            out += "}\n"
            if let maxShare = source.maxShare { out += "    max-share: \(maxShare)\n" }
            if source.carryOver { out += "    carry-over: true\n" }
        }
        out +=
            "  - id: \(SyntheticPlan.nationalSourceID)\n    funder: National programme for older people "
            + "(illustrative)\n    budget: "
        yearly(plan.nationalBudgets)
        out +=
            "\n    eligible: {municipalities: all}\n    note: Pays for actions anywhere in the region, in every "
            + "domain and pillar.\n"
    }

    private mutating func actions() {
        out += "\nactions:\n"
        for action in plan.actions {
            writeAction(action)
        }
    }

    private mutating func writeAction(_ action: SyntheticPlan.Action) {
        let ids = plan.actions
        out += "  - id: "
        out += action.id
        out += "\n    title: "
        out += action.title
        out += "\n    domain: "
        out += SyntheticPlan.domains[action.domain]
        out += "\n    pillar: "
        out += SyntheticPlan.pillars[action.pillar]
        out += "\n    goals: "
        idList(action.goals.map { plan.goals[$0].id })
        out += "\n    where: ["
        if let municipality = action.municipality {
            let town = plan.municipalities[municipality]
            if action.districts.isEmpty {
                out += town.id
            } else {
                for (position, district) in action.districts.enumerated() {
                    if position > 0 { out += ", " }
                    out += town.id
                    out += "/"
                    out += town.districts[district].id
                }
            }
        } else {
            out += "all"
        }
        out += "]\n    lead: "
        out += plan.partners[action.lead].id
        out += "\n"
        if !action.partners.isEmpty {
            out += "    partners: "
            idList(action.partners.map { plan.partners[$0].id })
            out += "\n"
        }
        out += "    cost: "
        if action.perYearForm {
            let range =
                action.costs.count == 1
                ? year(action.start)
                : year(action.start) + "-" + year(action.start + action.costs.count - 1)
            out += "{per-year: \(action.costs[0]), years: \(range)}"
        } else {
            yearly(action.costs, from: action.start)
        }
        out += "\n"
        if let reach = action.reach { out += "    reach: \(reach)\n" }
        if action.evidence > 0 {
            out += "    evidence: "
            out += SyntheticPlan.evidenceLevels[action.evidence]
            out += "\n"
        }
        if action.status != .proposed {
            out += "    status: "
            out += action.status.rawValue
            out += "\n"
        }
        if let pilot = action.pilot {
            out +=
                "    pilot: {result: \(SyntheticPlan.pilotResults[pilot]), year: \(plan.firstYear - 1), note: Trial "
                + "in one district}\n"
        }
        if !action.requires.isEmpty {
            out += "    requires: "
            idList(action.requires.map { ids[$0].id })
            out += "\n"
        }
        if !action.excludes.isEmpty {
            out += "    excludes: "
            idList(action.excludes.map { ids[$0].id })
            out += "\n"
        }
        if let fundingFrom = action.fundingFrom, let municipality = action.municipality {
            out += "    funding-from: ["
            out += SyntheticAgenda.sourceID(ofMunicipality: plan.municipalities[municipality].id)
            if fundingFrom == .ownAndNational {
                out += ", "
                out += SyntheticPlan.nationalSourceID
            }
            out += "]\n"
        }
        if action.hasDescription {
            out += "    description: Synthetic action \(action.id) for load tests; its figures are illustrative.\n"
        }
        if let (first, second) = action.module {
            out += "    "
            out += SyntheticPlan.domains[action.domain]
            switch action.domain {
            case 0:
                switch action.moduleVariant {
                case 1: out += ": {screenings-per-year: \(first * 4)}\n"
                case 2: out += ": {course-places-per-year: \(first)}\n"
                default: out += ": {screenings-per-year: \(first * 4), course-places-per-year: \(first)}\n"
                }
            case 1: out += ": {frail-elderly-reached: \(first * 2), practices: \(second)}\n"
            case 2: out += ": {locations: \(1 + second / 4)}\n"
            default: out += ": {carers-reached: \(first), respite-hours-per-year: \(first * 8)}\n"
            }
        }
    }

    private mutating func planning() {
        out += """

            planning:
              modules: [\(SyntheticPlan.domains.joined(separator: ", "))]
              weights:
                domains: {\(SyntheticPlan.domains[0]): 1.2}
                pillars: {\(SyntheticPlan.pillars[1]): 1.1}
                rules: {\(SyntheticPlan.domains[2]).loneliness-need: 1.5}
              allocation-key: {indicator: residents-75plus, min-share: 0.5}

            """
    }

    private mutating func scenarios() {
        out += "\nscenarios:\n  - id: municipal-cuts\n    title: Ten percent less municipal money\n    budget:\n"
        for town in plan.municipalities {
            out += "      - {source: "
            out += SyntheticAgenda.sourceID(ofMunicipality: town.id)
            out += ", scale: 0.9}\n"
        }
        out += "      - {source: \(SyntheticPlan.nationalSourceID), year: \(plan.lastYear), set: 0}\n"
        out += "    weights: {domains: {\(SyntheticPlan.domains[0]): 1.5}}\n"
        if let drop = plan.scenarioDrop { out += "    drop: [\(plan.actions[drop].id)]\n" }
        let grantYear = year(min(1, plan.years - 1))
        out += """
              - id: extra-grant
                title: Extra grant for meeting places and carers
                description: A one-off national grant in \(grantYear), for content in welfare and informal care.
                budget:
                  - {source: \(plan.regionalSources[1].id), add: {\(year(0)): 50000}}
                add-funding:
                  - id: extra-welfare-grant
                    funder: National grant scheme (illustrative)
                    budget: {\(grantYear): 200000}
                    eligible: {domains: [\(SyntheticPlan.domains[2]), \(SyntheticPlan.domains[3])], \
            pillars: [\(SyntheticPlan.pillars[0])], \
            municipalities: all}
                    max-share: 0.8
                    carry-over: true

            """
        if let commit = plan.scenarioCommit { out += "    commit: [\(plan.actions[commit].id)]\n" }
        for number in 3..<(max(2, plan.parameters.scenarios) + 1) { moreScenario(number) }
    }

    /// Scenario `number` (3 and up): in turn a cut of a regional source, extra national money in
    /// one year, more weight for a pillar, and a cut for every seventh municipality.
    private mutating func moreScenario(_ number: Int) {
        let regional = plan.regionalSources[number % plan.regionalSources.count].id
        let when = year((number / 4) % plan.years)
        out += "  - id: scenario-\(number)\n"
        switch number % 4 {
        case 3:
            out +=
                "    title: Twenty percent less from \(regional)\n    budget:\n      - {source: \(regional), "
                + "scale: 0.8}\n"
        case 0:
            out += "    title: Extra national money in \(when)\n    budget:\n"
            out +=
                "      - {source: \(SyntheticPlan.nationalSourceID), add: {\(when): "
                + "\(100_000 * plan.municipalities.count / 9)}}\n"
        case 1:
            let pillar = Pillar.allCases[number % Pillar.allCases.count].rawValue
            out += "    title: More weight for \(pillar)\n    weights: {pillars: {\(pillar): 1.3}}\n"
        default:
            out += "    title: Fifteen percent less in every seventh municipality\n    budget:\n"
            for town in plan.municipalities.enumerated() where town.offset % 7 == number % 7 {
                out += "      - {source: \(SyntheticAgenda.sourceID(ofMunicipality: town.element.id)), scale: 0.85}\n"
            }
        }
    }
}
