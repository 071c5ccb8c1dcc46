import AgendaCore
import InformalCareModule
import PreventionModule
import PrimaryCareModule
import WelfareModule

/// Decides everything a synthetic agenda holds — municipalities, partners, actions, budgets —
/// before a word of YAML is written, so that the rules that keep it valid can be checked in one
/// place:
///
/// - every action is payable in every year of its cost: its own municipality's source (eligible
///   for every domain and pillar) has at least the action's yearly cost in that year; actions in
///   `[all]` are covered the same way by the national source;
/// - `requires` points only at earlier actions that require nothing themselves (chains of length
///   one, never a cycle), and never at stopped actions or actions in an `excludes` pair;
/// - `excludes` pairs are two actions that require nothing and that nothing requires, so no action
///   needs both, and neither is committed; the second of a pair is paid from its municipality's
///   own source only, so the allocation key's floors never count on both;
/// - committed and running actions require nothing, are excluded by nothing, and their cost per
///   municipality and year stays within a quarter of that municipality's own budget;
/// - every partner leads or joins an action and every goal is served by one.
struct SyntheticPlan {
    /// The domains the generator writes actions, partners and module fields for, as the modules
    /// name them; the tables below are indexed in this order.
    static let domains = [PreventionModule().id, PrimaryCareModule().id, WelfareModule().id, InformalCareModule().id]
    /// The pillars, as the agenda model names them; indices into this list are pillars below.
    static let pillars = Pillar.allCases.map(\.rawValue)
    /// Municipalities that share a set of local partners.
    static let groupSize = 20

    enum Status: String {
        case proposed, committed, running, stopped
    }

    struct District {
        var id: String
        var name: String
        var over75: Int
        var lonelyPercent: Int
    }

    struct Municipality {
        var id: String
        var name: String
        var residents: Int
        var over75: Int
        var lonelyPercent: Int
        var districts: [District]
    }

    struct Partner {
        var id: String
        var name: String
        var kind: String
        var domains: [Int]
        /// Municipality indices served; `nil` means all.
        var serves: Range<Int>?
        var commitment: (hours: Int, euros: Int)?
        /// The local group it belongs to; `nil` for regional partners.
        var group: Int?
    }

    struct Goal {
        var id: String
        var pillar: Int
        var theme: String
        var title: String
        var weight: Int
        /// `lonely-65plus` at most this many percent by the last year.
        var lonelyTarget: Int?
    }

    enum FundingFrom {
        case own
        case ownAndNational
    }

    struct Action {
        var id: String
        var domain: Int
        var pillar: Int
        /// Municipality index, or `nil` for `[all]`.
        var municipality: Int?
        /// District indices within the municipality; empty means the whole municipality.
        var districts: [Int] = []
        var title: String = ""
        var goals: [Int] = []
        var lead: Int = 0
        var partners: [Int] = []
        /// Year offset of the first cost year.
        var start: Int = 0
        /// Euros per cost year, from `start`.
        var costs: [Int] = []
        /// Written as `{per-year, years}` (all amounts equal) instead of `{year: euros}`.
        var perYearForm = false
        var reach: Int?
        var evidence: Int = 0
        var status: Status = .proposed
        /// Index into `SyntheticPlan.pilotResults`.
        var pilot: Int?
        var requires: [Int] = []
        var excludes: [Int] = []
        var fundingFrom: FundingFrom?
        /// The two figures of the module block, when the action has one.
        var module: (Int, Int)?
        /// Which fields of the prevention block are written (1 screenings, 2 courses, 3 both).
        var moduleVariant = 3
        var hasDescription = false

        var requiredBy = false
        var inExclusion = false

        func cost(inYear offset: Int) -> Int {
            offset >= start && offset < start + costs.count ? costs[offset - start] : 0
        }
    }

    /// A regional source: what it may pay for and how.
    struct RegionalSource {
        var id: String
        var funder: String
        var domains: [Int]?
        var pillars: [Int]?
        var maxShare: String?
        var carryOver: Bool
        var budgets: [Int] = []

        func covers(_ action: Action) -> Bool {
            (domains?.contains(action.domain) ?? true) && (pillars?.contains(action.pillar) ?? true)
        }
    }

    static let evidenceLevels = [
        "none", "described", "theory-based", "effective-first", "effective-good", "effective-strong",
    ]
    static let evidenceWeights = [40, 25, 15, 10, 7, 3]
    static let pilotResults = ["positive", "mixed", "negative"]
    static let nationalSourceID = "national-fund"

    let parameters: SyntheticAgenda.Parameters
    let years: Int
    let firstYear: Int
    var lastYear: Int { firstYear + years - 1 }
    private(set) var municipalities: [Municipality] = []
    private(set) var partners: [Partner] = []
    let goals: [Goal] = SyntheticPlan.makeGoals()
    private(set) var actions: [Action] = []
    /// Budget per municipality (own source) and year offset.
    private(set) var municipalBudgets: [[Int]] = []
    private(set) var regionalSources: [RegionalSource] = SyntheticPlan.makeRegionalSources()
    private(set) var nationalBudgets: [Int] = []
    /// The action the second scenario commits, and the one the first drops.
    private(set) var scenarioCommit: Int?
    private(set) var scenarioDrop: Int?

    private var random: SplitMix64
    let groups: Int

    init(_ parameters: SyntheticAgenda.Parameters) {
        precondition(parameters.municipalities >= 1, "a synthetic agenda needs at least one municipality")
        precondition(parameters.actions >= 1, "a synthetic agenda needs at least one action")
        precondition(parameters.years >= 1, "a synthetic agenda needs at least one year")
        precondition(parameters.districtsPerMunicipality >= 0, "districts per municipality cannot be negative")
        precondition(
            (1000...9999).contains(parameters.firstYear)
                && (1000...9999).contains(parameters.firstYear + parameters.years - 1), "years have four digits")
        self.parameters = parameters
        years = parameters.years
        firstYear = parameters.firstYear
        groups = (parameters.municipalities + Self.groupSize - 1) / Self.groupSize
        random = SplitMix64(seed: parameters.seed)
        makeMunicipalities()
        makePartners()
        makeActions()
        makeBudgets()
        chooseCommitments()
        ensureEveryPartnerAndGoalIsUsed()
        chooseScenarioActions()
    }

    // MARK: Region

    private static let syllables = [
        "al", "ber", "cam", "den", "el", "fen", "gar", "hol", "is", "kem", "lin",
        "mar", "nor", "ost", "pel", "ren", "sel", "tor", "ul", "ven", "wes", "zan",
    ]
    private static let suffixes = ["brook", "dale", "ford", "ham", "haven", "mere", "stead", "ton", "wick", "field"]
    private static let districtNames = [
        "Centre", "North", "South", "East", "West", "Harbour", "Old Town", "Hillside",
        "Meadows", "Station",
    ]

    private mutating func makeMunicipalities() {
        let count = parameters.municipalities
        let width = max(3, String(count).count)
        var taken = Set<String>()
        municipalities.reserveCapacity(count)
        for index in 0..<count {
            var name = ""
            for attempt in 0..<8 {
                let first = random.pick(Self.syllables)
                let second = random.pick(Self.syllables)
                let candidate = first.prefix(1).uppercased() + first.dropFirst() + second + random.pick(Self.suffixes)
                if taken.insert(candidate).inserted || attempt == 7 {
                    name = candidate
                    break
                }
            }
            let residents: Int
            switch random.below(10) {
            case 0..<6: residents = 5_000 + random.below(20_000)
            case 6..<9: residents = 25_000 + random.below(75_000)
            default: residents = 100_000 + random.below(400_000)
            }
            let roundedResidents = residents / 100 * 100
            let over75 = roundedResidents * random.int(60...130) / 1000
            let lonely = random.int(25...55)
            var districts: [District] = []
            let districtCount = parameters.districtsPerMunicipality
            if districtCount > 0 {
                let weights = (0..<districtCount).map { _ in random.int(1...4) }
                let total = weights.reduce(0, +)
                for district in 0..<districtCount {
                    let (id, districtName): (String, String)
                    if district < Self.districtNames.count {
                        districtName = Self.districtNames[district]
                        id = districtName.lowercased().replacing(" ", with: "-")
                    } else {
                        districtName = "District \(district + 1)"
                        id = "district-\(district + 1)"
                    }
                    districts.append(
                        District(
                            id: id, name: districtName, over75: over75 * weights[district] / total,
                            lonelyPercent: min(95, max(5, lonely + random.int(-8...8)))))
                }
            }
            municipalities.append(
                Municipality(
                    id: "m" + Self.padded(index + 1, width), name: name,
                    residents: roundedResidents, over75: over75, lonelyPercent: lonely,
                    districts: districts))
        }
    }

    // MARK: Partners

    /// Regional partners first (index 0 is the coordinator), then three per group of municipalities.
    static let regionalPartnerCount = 5
    private static let localPartnersPerGroup = 3
    /// For each domain: the local partner kinds (0 welfare, 1 GP cooperative, 2 carers centre) and the
    /// regional partners that may lead it.
    private static let localLeads: [[Int]] = [[0, 1], [1], [0, 2], [2, 0]]
    private static let regionalLeads: [[Int]] = [[0, 1, 4], [0, 4], [0, 3], [0, 3]]

    private mutating func makePartners() {
        partners = [
            Partner(
                id: "regional-network", name: "Regional Network for Older People", kind: "other",
                domains: [0, 1, 2, 3], commitment: (1600, 20_000)),
            Partner(
                id: "public-health-service", name: "Regional Public Health Service", kind: "public-health",
                domains: [0]),
            Partner(
                id: "knowledge-centre", name: "Centre of Expertise on Ageing", kind: "knowledge",
                domains: [0, 1, 2, 3]),
            Partner(id: "residents-platform", name: "Older Residents Platform", kind: "residents", domains: [2, 3]),
            Partner(id: "health-insurer", name: "Regional Health Insurer", kind: "funder", domains: [1, 0]),
        ]
        let width = max(2, String(groups).count)
        for group in 0..<groups {
            let first = group * Self.groupSize
            let members = first..<min(parameters.municipalities, first + Self.groupSize)
            let area = municipalities[first].name + " area"
            let suffix = "g" + Self.padded(group + 1, width)
            partners.append(
                Partner(
                    id: "welfare-" + suffix, name: "Welfare Foundation " + area, kind: "welfare",
                    domains: [2, 3, 0], serves: members,
                    commitment: random.chance(perMille: 500)
                        ? (random.int(4...20) * 100, random.int(1...10) * 5000) : nil,
                    group: group))
            partners.append(
                Partner(
                    id: "gp-cooperative-" + suffix, name: "GP Cooperative " + area, kind: "care",
                    domains: [1, 0], serves: members, group: group))
            partners.append(
                Partner(
                    id: "carers-centre-" + suffix, name: "Carers Centre " + area, kind: "informal-care",
                    domains: [3, 2], serves: members, group: group))
        }
    }

    private func localPartner(group: Int, kind: Int) -> Int {
        Self.regionalPartnerCount + group * Self.localPartnersPerGroup + kind
    }

    // MARK: Goals and sources

    static let themes: [(id: String, title: String)] = [
        ("living-at-home", "Living well at home"),
        ("meeting-others", "Meeting others and taking part"),
        ("care-nearby", "Care and support close by"),
        ("carers-supported", "Carers who can keep going"),
    ]

    private static func makeGoals() -> [Goal] {
        [
            Goal(
                id: "active-and-connected", pillar: 0, theme: "meeting-others",
                title: "Older people stay active and meet others close to home", weight: 3, lonelyTarget: 35),
            Goal(
                id: "fewer-falls", pillar: 0, theme: "living-at-home",
                title: "Fewer falls among residents aged 75 and over", weight: 2),
            Goal(
                id: "carers-keep-going", pillar: 0, theme: "carers-supported",
                title: "Carers get support and respite before they are overburdened", weight: 2),
            Goal(
                id: "early-signals", pillar: 0, theme: "care-nearby",
                title: "Frailty is noticed early by the GP and the neighbourhood", weight: 1),
            Goal(
                id: "one-network", pillar: 1, theme: "care-nearby",
                title: "GPs, welfare and carers support work as one network per district", weight: 2),
            Goal(
                id: "shared-information", pillar: 1, theme: "living-at-home",
                title: "Partners share a map of who does what", weight: 1),
            Goal(
                id: "lasting-funding", pillar: 2, theme: "living-at-home",
                title: "Actions that work are paid from lasting budgets", weight: 1),
            Goal(
                id: "shared-costs", pillar: 2, theme: "care-nearby",
                title: "Municipalities and the insurer share the cost of prevention", weight: 1),
        ]
    }

    /// For each domain, the content goals its actions serve.
    private static let contentGoalIDs = [
        ["fewer-falls", "early-signals", "active-and-connected"],
        ["early-signals", "fewer-falls"],
        ["active-and-connected"],
        ["carers-keep-going"],
    ]

    static func makeRegionalSources() -> [RegionalSource] {
        [
            RegionalSource(
                id: "regional-prevention-fund", funder: "health-insurer", domains: [0, 1], pillars: [0],
                maxShare: "0.5", carryOver: false),
            RegionalSource(
                id: "regional-network-fund", funder: "Regional health and care fund (illustrative)",
                domains: nil, pillars: [1, 2], maxShare: nil, carryOver: true),
            RegionalSource(
                id: "regional-carers-fund", funder: "Regional carers fund (illustrative)", domains: [2, 3],
                pillars: [0, 1], maxShare: "0.75", carryOver: true),
        ]
    }

    // MARK: Actions

    private static let contentTitles: [[String]] = [
        [
            "Falls-prevention courses", "Vitality check for residents aged 75 and over", "Home-safety visits",
            "Exercise groups in the neighbourhood", "Healthy-ageing information evenings",
        ],
        [
            "Frailty screening at the GP", "Medication review for older patients", "Practice nurse for older people",
            "Home visits by the elderly-care nurse",
        ],
        [
            "Meeting place for older residents", "Neighbourhood lunch table", "Volunteer buddy visits",
            "Digital skills cafe for seniors",
        ],
        ["Carers consultant", "Respite days for carers", "Carers support group", "Dementia carers network"],
    ]
    private static let organisationTitles = [
        "District care network meetings", "Shared map of who does what",
        "Joint intake desk", "Data-sharing agreement",
        "Case discussions across organisations",
    ]
    private static let fundingTitles = [
        "Agreement with the health insurer on shared costs",
        "Multi-year budget for proven actions", "Joint funding application",
        "Business case for lasting funding",
    ]

    private mutating func makeActions() {
        let count = parameters.actions
        let width = max(4, String(count).count)
        let residentWeights = municipalities.map(\.residents)
        let goalsByPillar = Self.pillars.indices.map { pillar in goals.indices.filter { goals[$0].pillar == pillar } }
        let contentGoalsByDomain = Self.contentGoalIDs.map { ids in
            ids.compactMap { id in goals.firstIndex { $0.id == id } }
        }
        /// The last few actions of each municipality, candidates for `requires` and `excludes`.
        var recent = [[Int]](repeating: [], count: municipalities.count)
        var roundRobin = 0
        actions.reserveCapacity(count)

        for index in 0..<count {
            let everywhere = index % 40 == 13
            var municipality: Int?
            if !everywhere {
                if roundRobin < municipalities.count {
                    municipality = roundRobin
                    roundRobin += 1
                } else {
                    municipality = random.weightedIndex(residentWeights)
                }
            }
            let domain = random.below(Self.domains.count)
            let pillar = random.weightedIndex([60, 25, 15])
            var action = Action(
                id: "a" + Self.padded(index + 1, width), domain: domain, pillar: pillar,
                municipality: municipality)

            // Where, and the title that says so.
            let what: String
            switch pillar {
            case 0: what = random.pick(Self.contentTitles[domain])
            case 1: what = random.pick(Self.organisationTitles)
            default: what = random.pick(Self.fundingTitles)
            }
            if let municipality {
                let town = municipalities[municipality]
                let districtCount = town.districts.count
                if districtCount > 0, random.chance(perMille: 300) {
                    let first = random.below(districtCount)
                    action.districts = [first]
                    if districtCount > 1, random.chance(perMille: 300) {
                        let second = (first + 1 + random.below(districtCount - 1)) % districtCount
                        action.districts = [min(first, second), max(first, second)]
                    }
                }
                let place =
                    action.districts.isEmpty
                    ? town.name
                    : town.name + " " + action.districts.map { town.districts[$0].name }.joined(separator: " and ")
                action.title = what + " in " + place
            } else {
                action.title = what + " across the region"
            }

            // Goals of the action's own pillar (for content, those its domain works on).
            let options = pillar == 0 ? contentGoalsByDomain[domain] : goalsByPillar[pillar]
            action.goals = [random.pick(options)]
            if options.count > 1, random.chance(perMille: 300) {
                let other = random.pick(options)
                if other != action.goals[0] { action.goals.append(other) }
            }

            // Lead and partners: mostly local organisations, sometimes regional ones.
            if let municipality {
                let group = municipality / Self.groupSize
                action.lead =
                    random.chance(perMille: 800)
                    ? localPartner(group: group, kind: random.pick(Self.localLeads[domain]))
                    : random.pick(Self.regionalLeads[domain])
                for _ in 0..<random.below(3) {
                    let partner = localPartner(group: group, kind: random.below(Self.localPartnersPerGroup))
                    if partner != action.lead, !action.partners.contains(partner) { action.partners.append(partner) }
                }
            } else {
                action.lead = random.pick(Self.regionalLeads[domain])
                action.partners = [1, 3].filter { $0 != action.lead }
            }
            if random.chance(perMille: 150), action.lead != 2, !action.partners.contains(2) {
                action.partners.append(2)
            }

            // Cost: content costs most; region-wide actions cost double.
            if years > 1, random.chance(perMille: 350) {
                action.start = 0
                action.costs = [Int](repeating: 0, count: years)
            } else {
                action.start = random.below(years)
                action.costs = [Int](repeating: 0, count: 1 + random.below(years - action.start))
            }
            let base: Int
            switch pillar {
            case 0: base = random.int(20...160) * 1000
            case 1: base = random.int(5...50) * 1000
            default: base = random.int(4...50) * 500
            }
            let scaled = municipality == nil ? base * 2 : base
            action.perYearForm = random.chance(perMille: 500)
            for year in action.costs.indices {
                action.costs[year] = action.perYearForm ? scaled : scaled * random.int(80...120) / 100 / 500 * 500
            }

            action.reach = random.chance(perMille: 800) ? random.int(2...150) * 10 : nil
            action.evidence = random.weightedIndex(Self.evidenceWeights)
            if random.chance(perMille: 20) { action.status = .stopped }
            if random.chance(perMille: 100) { action.pilot = random.weightedIndex([60, 30, 10]) }
            if random.chance(perMille: 700) {
                action.module = (random.int(1...40) * 10, random.int(1...12))
                action.moduleVariant = random.int(1...3)
            }
            action.hasDescription = random.chance(perMille: 200)

            // Dependencies within the municipality, on earlier actions only.
            if let municipality {
                let nearby = recent[municipality]
                if action.status != .stopped, random.chance(perMille: 100) {
                    let candidates = nearby.filter {
                        actions[$0].requires.isEmpty && !actions[$0].inExclusion && actions[$0].status != .stopped
                    }
                    if !candidates.isEmpty {
                        let target = random.pick(candidates)
                        action.requires = [target]
                        actions[target].requiredBy = true
                    }
                }
                if action.requires.isEmpty, action.status != .stopped, random.chance(perMille: 30) {
                    let candidates = nearby.filter {
                        actions[$0].requires.isEmpty && !actions[$0].requiredBy && !actions[$0].inExclusion
                            && actions[$0].status != .stopped
                    }
                    if !candidates.isEmpty {
                        let target = random.pick(candidates)
                        action.excludes = [target]
                        action.inExclusion = true
                        actions[target].inExclusion = true
                    }
                }
                if random.chance(perMille: 50) {
                    action.fundingFrom = random.chance(perMille: 500) ? .own : .ownAndNational
                }
                // The second action of an `excludes` pair is paid from the municipality's own source
                // only. An allocation-key floor is capped at what all of a municipality's eligible
                // actions could take, both of an excluded pair included; if both could take
                // key-shared money, a small municipality could be asked for more than any plan
                // can give.
                if !action.excludes.isEmpty { action.fundingFrom = .own }
                recent[municipality].append(index)
                if recent[municipality].count > 8 { recent[municipality].removeFirst() }
            }
            actions.append(action)
        }
    }

    // MARK: Budgets

    /// Sets budgets that together cover roughly 60% of the cost, while each source alone can pay
    /// any single action it is meant for in every year.
    private mutating func makeBudgets() {
        var ownCost = [[Int]](repeating: [Int](repeating: 0, count: years), count: municipalities.count)
        var largestOwn = ownCost
        var total = [Int](repeating: 0, count: years)
        var largestEverywhere = [Int](repeating: 0, count: years)
        var regionalCost = [[Int]](repeating: [Int](repeating: 0, count: years), count: regionalSources.count)
        for action in actions {
            for (offset, euros) in action.costs.enumerated() {
                let year = action.start + offset
                if let municipality = action.municipality {
                    // Stopped actions are never paid, but their own source could pay them.
                    largestOwn[municipality][year] = max(largestOwn[municipality][year], euros)
                    if action.status != .stopped { ownCost[municipality][year] += euros }
                } else {
                    largestEverywhere[year] = max(largestEverywhere[year], euros)
                }
                guard action.status != .stopped else { continue }
                total[year] += euros
                for (source, regional) in regionalSources.enumerated() where regional.covers(action) {
                    regionalCost[source][year] += euros
                }
            }
        }
        municipalBudgets = municipalities.indices.map { municipality in
            let floor = Self.roundUp(municipalities[municipality].over75 / 2)
            return (0..<years).map { year in
                max(
                    Self.roundUp(ownCost[municipality][year] * 40 / 100), Self.roundUp(largestOwn[municipality][year]),
                    floor)
            }
        }
        nationalBudgets = (0..<years).map { year in
            max(Self.roundUp(total[year] * 8 / 100), Self.roundUp(largestEverywhere[year]), 10_000)
        }
        for source in regionalSources.indices {
            regionalSources[source].budgets = (0..<years).map { year in
                max(Self.roundUp(regionalCost[source][year] * 12 / 100), 10_000)
            }
        }
    }

    // MARK: Commitments

    private mutating func chooseCommitments() {
        var committed = [[Int]](repeating: [Int](repeating: 0, count: years), count: municipalities.count)
        for index in actions.indices {
            let action = actions[index]
            guard let municipality = action.municipality, action.status == .proposed, action.requires.isEmpty,
                !action.inExclusion, random.chance(perMille: 40)
            else { continue }
            let affordable = action.costs.indices.allSatisfy { offset in
                let year = action.start + offset
                return (committed[municipality][year] + action.costs[offset]) * 4
                    <= municipalBudgets[municipality][year]
            }
            guard affordable else { continue }
            for offset in action.costs.indices {
                committed[municipality][action.start + offset] += action.costs[offset]
            }
            actions[index].status = action.start == 0 && random.chance(perMille: 500) ? .running : .committed
        }
    }

    // MARK: Coverage

    /// Every partner leads or joins an action; every goal is served by one.
    private mutating func ensureEveryPartnerAndGoalIsUsed() {
        var used = [Bool](repeating: false, count: partners.count)
        var firstInGroup = [Int?](repeating: nil, count: groups)
        var served = [Bool](repeating: false, count: goals.count)
        for (index, action) in actions.enumerated() {
            used[action.lead] = true
            for partner in action.partners { used[partner] = true }
            for goal in action.goals { served[goal] = true }
            if let municipality = action.municipality, firstInGroup[municipality / Self.groupSize] == nil {
                firstInGroup[municipality / Self.groupSize] = index
            }
        }
        for partner in partners.indices where !used[partner] {
            let target = partners[partner].group.flatMap { firstInGroup[$0] } ?? partner % actions.count
            if actions[target].lead != partner { actions[target].partners.append(partner) }
        }
        for goal in goals.indices where !served[goal] {
            let target = actions.firstIndex { $0.pillar == goals[goal].pillar } ?? goal % actions.count
            actions[target].goals.append(goal)
        }
    }

    // MARK: Scenarios

    private mutating func chooseScenarioActions() {
        let start = random.below(actions.count)
        for step in 0..<actions.count {
            let index = (start + step) % actions.count
            let action = actions[index]
            if action.status == .proposed, action.requires.isEmpty, !action.inExclusion {
                scenarioCommit = index
                break
            }
        }
        for step in 1..<(actions.count + 1) {
            let index = (start + step) % actions.count
            if index != scenarioCommit, actions[index].status == .proposed {
                scenarioDrop = index
                break
            }
        }
    }

    // MARK: Helpers

    /// Up to the next thousand euros.
    static func roundUp(_ euros: Int) -> Int {
        (euros + 999) / 1000 * 1000
    }

    static func padded(_ number: Int, _ width: Int) -> String {
        let digits = String(number)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
