extension PaymentState {
    /// Money of key-shared sources paid to municipality `municipality`'s actions in `year`, each
    /// action counting for its municipality's weight.
    func keySharedMoney(to municipality: Int, in year: Int, actionsIn: [[Int]]) -> Double {
        var total = 0.0
        for action in actionsIn[municipality] where funded[action] {
            guard let weight = problem.actions[action].municipalities.first(where: { $0.index == municipality })?.weight
            else { continue }
            for entry in paymentEdges[action] where entry.year == year && problem.sources[entry.source].sharedByKey {
                total += weight * Double(network.flow(entry.edge))
            }
        }
        return total
    }

    /// Moves key-shared money onto `municipality`'s funded actions in `year` (in place of other money
    /// they receive) until its floor is met; returns whether it is met. Changes are added to `change`.
    mutating func raiseToFloor(
        _ municipality: Int, year: Int, floor: Double, actionsIn: [[Int]], change: inout Change,
        floors: [[Double]]? = nil
    ) -> Bool {
        var counted = keySharedMoney(to: municipality, in: year, actionsIn: actionsIn)
        guard counted + 1e-6 < floor else { return true }
        // Money is not taken from a municipality that has none to spare above its own floor: its
        // actions' nodes are closed to the search (an approximation of keeping every floor at once).
        var tight = Set<Int>()
        if let floors {
            for other in floors.indices
            where other != municipality && floors[other][year] > 0.5
                && keySharedMoney(to: other, in: year, actionsIn: actionsIn) <= floors[other][year] * 1.0001 + 1
            {
                tight.insert(other)
            }
        }
        let owners = nodeOwner
        let places = problem.actions.map { $0.municipalities.map(\.index) }
        let blocked: (Int) -> Bool = { node in
            if node == 1 { return true }
            let action = owners[node]
            return action >= 0 && !places[action].contains(municipality)
                && places[action].contains(where: tight.contains)
        }
        defer { markMoneyMoved() }
        // A move may take key-shared money from another of the municipality's actions, so the money
        // is counted again after every move.
        var progress = true
        var passes = 0
        while progress && counted + 1e-6 < floor && passes < 8 {
            progress = false
            passes += 1
            for action in actionsIn[municipality] where funded[action] {
                guard
                    let weight = problem.actions[action].municipalities.first(where: { $0.index == municipality })?
                        .weight,
                    weight > 0
                else { continue }
                for entry in paymentEdges[action] where entry.year == year && problem.sources[entry.source].sharedByKey
                {
                    // A tiny weight makes the quotient huge; raising the flow stops at what exists.
                    let needed = Int(saturating: ((floor - counted) / weight).rounded(.up))
                    guard needed > 0 else { break }
                    let (raised, log) = network.raiseFlow(on: entry.edge, by: needed, blocked: blocked)
                    guard raised > 0 else { continue }
                    change.log.append(contentsOf: log)
                    let now = keySharedMoney(to: municipality, in: year, actionsIn: actionsIn)
                    if now > counted + 1e-9 { progress = true }
                    counted = now
                    if counted + 1e-6 >= floor { return true }
                }
            }
        }
        return counted + 1e-6 >= floor
    }
}
