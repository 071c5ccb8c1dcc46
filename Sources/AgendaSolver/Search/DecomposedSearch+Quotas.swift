import Foundation

extension DecomposedSearch {
    /// How the money is split between the parts before they are planned.
    struct Quotas {
        /// `[part][source][year]`: the euros each part may spend.
        var euros: [[[Int]]]
        /// The part of `euros` that the floors alone reserved.
        let forFloors: [[[Int]]]
        /// What the cross part must give each municipality and year (nil without it or a key).
        let fromCross: [[Double]]?
    }

    /// First what the floors need of the key-shared sources (a transportation problem per year),
    /// then the rest of every source in proportion to `demand` (per part, source and year).
    func quotas(demand: [[[Double]]]) -> Quotas {
        var euros = Array(
            repeating: problem.sources.map { _ in Array(repeating: 0, count: problem.years.count) },
            count: parts.count)
        let fromCross = hasCrossPart ? crossFloors(alone: municipalitiesThatNeedTheCrossPart()) : nil
        if let floors = problem.fairness?.floors { reserveForFloors(&euros, floors: floors, fromCross: fromCross) }
        let forFloors = euros
        shareTheRest(&euros, demand: demand)
        return Quotas(euros: euros, forFloors: forFloors, fromCross: fromCross)
    }

    /// Municipalities whose own part cannot meet their floors even with every budget whole: the
    /// cross part must give them all of their floors.
    private func municipalitiesThatNeedTheCrossPart() -> Set<Int> {
        guard hasCrossPart, let floors = problem.fairness?.floors else { return [] }
        let candidates = (1..<parts.count).filter { part in
            !parts[part].isEmpty && municipalitiesOf[part].contains { floors[$0].contains { $0 > 0 } }
        }
        let whole = problem.sources.map(\.budget)
        let checks = ConcurrentResults<Bool>(count: candidates.count)
        DispatchQueue.concurrentPerform(iterations: candidates.count) { position in
            let part = candidates[position]
            var own = floors.map { $0.map { _ in 0.0 } }
            for municipality in self.municipalitiesOf[part] { own[municipality] = floors[municipality] }
            let (sub, _) = self.subproblem(self.parts[part], quotas: whole, floors: own)
            var search = LPBranchAndBound(problem: sub, nodeLimit: 50)
            search.explains = false
            let outcome = search.run()
            checks.set(position, outcome.funded == nil && outcome.infeasible)
        }
        var alone = Set<Int>()
        for (position, part) in candidates.enumerated() where checks.get(position) == true {
            alone.formUnion(municipalitiesOf[part])
        }
        return alone
    }

    /// Per year, the key-shared money each part's floors need, as far as its actions can take it.
    private func reserveForFloors(_ quotas: inout [[[Int]]], floors: [[Double]], fromCross: [[Double]]?) {
        let keySources = problem.sources.indices.filter { problem.sources[$0].sharedByKey }
        for year in problem.years.indices {
            var capacity = Array(repeating: Array(repeating: 0, count: keySources.count), count: parts.count)
            for (index, action) in problem.actions.enumerated() where action.costs[year] > 0 {
                if case .never = action.fixed { continue }
                for (position, source) in keySources.enumerated() where action.eligibleSources.contains(source) {
                    capacity[partOf[index]][position] += problem.sources[source].cap(of: action.costs[year])
                }
            }
            let demandOfParts = parts.indices.map { part in
                // The cross part may need all it can take: its money counts for each
                // municipality only with that municipality's weight.
                if hasCrossPart && part == 0 { return capacity[0].reduce(0, +) }
                // Two euros more than the floors, so that rounding payments to whole euros has room.
                let need = municipalitiesOf[part].reduce(0.0) { total, municipality in
                    total + max(0, floors[municipality][year] - (fromCross?[municipality][year] ?? 0))
                }
                return need > 0 ? Int(saturating: need.rounded(.up)) + 2 : 0
            }
            let reserved = FloorQuotas.split(
                supply: keySources.map { problem.sources[$0].budget[year] },
                demand: demandOfParts, capacity: capacity)
            for part in parts.indices {
                for (position, source) in keySources.enumerated() {
                    quotas[part][source][year] = reserved[part][position]
                }
            }
        }
    }

    /// The money the floors leave, split in proportion to `demand`: all of a source to the one part
    /// it serves, else shares, less a reserve for the second round.
    private func shareTheRest(_ quotas: inout [[[Int]]], demand: [[[Double]]]) {
        for source in problem.sources.indices {
            for year in problem.years.indices {
                let budget = problem.sources[source].budget[year]
                let left = budget - parts.indices.reduce(0) { $0 + quotas[$1][source][year] }
                let total = users[source].reduce(0.0) { $0 + demand[$1][source][year] }
                if users[source].count == 1, let part = users[source].first {
                    quotas[part][source][year] = budget
                } else if total > 0 {
                    // A reserve stays back for the second round: parts whose quota falls short of
                    // what their floors or commitments need are offered it first.
                    let shared = Double(left) * (1 - Self.reserve)
                    for part in users[source] {
                        quotas[part][source][year] += Int(
                            saturating: (shared * demand[part][source][year] / total).rounded(.down))
                    }
                }
            }
        }
    }

    /// After the cross part took more than its quota: every other part keeps what its floors
    /// reserved, and its proportional share shrinks to what the cross part left.
    func shrink(_ quotas: inout Quotas, toWhatIsLeftBy crossSpent: [[Int]]) {
        for source in problem.sources.indices where users[source].count > 1 {
            for year in problem.years.indices {
                let reserved = (1..<parts.count).reduce(0) { $0 + quotas.forFloors[$1][source][year] }
                let extra = (1..<parts.count).reduce(0) {
                    $0 + quotas.euros[$1][source][year] - quotas.forFloors[$1][source][year]
                }
                let room = problem.sources[source].budget[year] - crossSpent[source][year] - reserved
                let factor = extra > 0 ? min(1, max(0, Double(room) / Double(extra))) : 0
                for part in 1..<parts.count {
                    let proportional = quotas.euros[part][source][year] - quotas.forFloors[part][source][year]
                    quotas.euros[part][source][year] =
                        quotas.forFloors[part][source][year]
                        + Int(saturating: (Double(proportional) * factor).rounded(.down))
                }
            }
        }
    }
}
