/// The funding sources with their rules turned into sets and their budgets into per-year amounts,
/// built once so that questions asked per action ("who may pay this?") stay cheap on agendas with
/// hundreds of sources and thousands of actions.
struct FundingIndex {
    struct Entry {
        let source: FundingSource
        let domains: Set<String>?
        let pillars: Set<Pillar>?
        let municipalities: Set<String>?
        /// Year → what the source can spend in that year at most: its budget, or with carry-over
        /// its budget plus everything of earlier years.
        let available: [Int: Int]
    }

    let entries: [Entry]
    /// Sources open to every municipality.
    private let open: [Int]
    /// Municipality → sources whose list names it.
    private let byMunicipality: [String: [Int]]

    init(_ funding: [FundingSource]) {
        var entries: [Entry] = []
        var open: [Int] = []
        var byMunicipality: [String: [Int]] = [:]
        for (index, source) in funding.enumerated() {
            var available: [Int: Int] = [:]
            var running = 0
            if let first = source.budget.entries.first?.year, let last = source.budget.entries.last?.year {
                for year in first...last {
                    running = (source.carryOver ? running : 0) + source.budget[year]
                    available[year] = running
                }
            }
            let municipalities = source.eligibility.municipalities.map { Set($0.map(\.value)) }
            entries.append(
                Entry(
                    source: source, domains: source.eligibility.domains.map { Set($0.map(\.value)) },
                    pillars: source.eligibility.pillars.map(Set.init), municipalities: municipalities,
                    available: available))
            if let municipalities {
                for id in municipalities { byMunicipality[id, default: []].append(index) }
            } else {
                open.append(index)
            }
        }
        self.entries = entries
        self.open = open
        self.byMunicipality = byMunicipality
    }

    /// The sources allowed to pay for `action`, in agenda order: eligible for its domain, pillar and
    /// every municipality it works in, and named in its `funding-from` when it has one.
    func eligible(for action: Action, municipalities: [String]) -> [Int] {
        let allowed = action.fundingFrom.map { Set($0.map(\.value)) }
        // A source restricted to a list must name every municipality of the action, so the first one.
        let candidates = municipalities.first.map { (open + (byMunicipality[$0] ?? [])).sorted() } ?? open
        return candidates.filter { index in
            let entry = entries[index]
            // A partner's euros pay its own actions, whatever `funding-from` says.
            if entry.source.eligibility.partner != nil {
                return entry.source.eligibility.pays(action, municipalities: municipalities)
            }
            if let allowed, !allowed.contains(entry.source.id) { return false }
            if let domains = entry.domains, !domains.contains(action.domain.value) { return false }
            if let pillars = entry.pillars, !pillars.contains(action.pillar) { return false }
            if let set = entry.municipalities, !municipalities.allSatisfy(set.contains) { return false }
            return true
        }
    }

    /// The most source `index` can spend in `year`, carry-over included.
    func available(_ index: Int, in year: Int) -> Int {
        let entry = entries[index]
        if let amount = entry.available[year] { return amount }
        // After the last budget year, carried-over money is still there.
        guard entry.source.carryOver, let last = entry.source.budget.entries.last, year > last.year else { return 0 }
        return entry.available[last.year] ?? 0
    }
}
