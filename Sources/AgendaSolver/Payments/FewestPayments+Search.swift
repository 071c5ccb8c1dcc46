extension FewestPayments {
    /// A node: the payments decided to exist or not, and its parent's bound.
    private struct Node {
        var decisions: [(entry: Int, pays: Bool)]
        var bound: Int
    }

    /// The fewest payments the relaxation allows, rounded up: a lower bound for every plan when
    /// the model is not `strict`. Nil when the relaxation has no solution.
    func rootBound() -> Int? {
        rootRelaxation().map { Int(($0.objective - 1e-6).rounded(.up)) }
    }

    /// The relaxation with no payment decided, solved; nil when it has no solution. Every search
    /// starts from a copy of it, so none solves it from scratch again.
    func rootRelaxation() -> DualSimplex? {
        var simplex = DualSimplex(lp)
        return simplex.solve() == .optimal ? simplex : nil
    }

    /// A plan with fewer payments than `incumbent` (the plan's own count) and the proof of how few
    /// any can have: a plan from reweighting or from the search by years (`byYears`, with twenty
    /// times `nodeLimit` nodes a year), improved by exact searches of neighbourhoods, then branch
    /// and bound within `nodeLimit` nodes unless the years' bound already proves it; every node
    /// count `scaled` to the model's size. Nil when the root relaxation has no solution (a floor
    /// without room for rounding).
    func search(incumbent: Int, nodeLimit: Int) -> Outcome? {
        guard let root = rootRelaxation() else { return nil }
        let nodeLimit = scaled(nodeLimit)
        var best = concentrated().flatMap { $0.count < incumbent ? $0 : nil }
        let years = byYears(nodeLimit: nodeLimit * 20)
        if let found = years?.found, found.count < best?.count ?? incumbent { best = found }
        if let start = best { best = improved(start, from: root, nodeLimit: nodeLimit) }
        let yearly = years?.lowerBound ?? 0
        guard yearly < best?.count ?? incumbent else {
            let count = best?.count ?? incumbent
            return Outcome(shares: best?.shares, count: count, lowerBound: min(count, yearly))
        }
        let lowest = branchAndBound(root, from: [], best: &best, incumbent: incumbent, nodeLimit: nodeLimit)
        let count = best?.count ?? incumbent
        return Outcome(shares: best?.shares, count: count, lowerBound: min(count, max(yearly, lowest)))
    }

    /// `nodes` for a model of this size: as many up to `referenceRows` rows, and fewer beyond, by
    /// the square of the ratio, as a node's pivots cost with the square of the rows (the basis
    /// inverse is dense). So the search's work stays near a regional agenda's, and a larger
    /// agenda trades some of its tidiness for time. At least one node.
    func scaled(_ nodes: Int) -> Int {
        let ratio = Double(Self.referenceRows) / Double(max(lp.rowCount, 1))
        return max(1, Int((Double(nodes) * min(1, ratio * ratio)).rounded(.down)))
    }

    /// Rows up to which the search gets its full nodes: above Haaglanden's 166.
    static let referenceRows = 200

    /// The shares of a plan with the same payers as `shares` (a plan of a model of the same
    /// ledger), their amounts chosen anew within this model's rows; nil when there is none.
    func following(_ shares: [Double]) -> [Double]? {
        guard let root = rootRelaxation() else { return nil }
        var best: (shares: [Double], count: Int)?
        let pattern = entries.indices.map { ($0, shares[$0] > 1e-9) }
        _ = branchAndBound(root, from: pattern, best: &best, incumbent: Int.max, nodeLimit: 1)
        return best?.shares
    }

    /// Branch and bound below `best` (else `incumbent`) from the root relaxation `root` and the
    /// payments `start` decides, within `nodeLimit` nodes, replacing `best` by each better plan;
    /// returns the fewest payments any plan with those decisions can have (`Int.max` when the
    /// search completed).
    func branchAndBound(
        _ root: DualSimplex, from start: [(entry: Int, pays: Bool)], best: inout (shares: [Double], count: Int)?,
        incumbent: Int, nodeLimit: Int
    ) -> Int {
        var simplex = root
        var open = [Node(decisions: start, bound: 0)]
        var lowest = Int.max
        var solved = 0
        var applied: [(entry: Int, pays: Bool)] = []
        while let node = open.popLast() {
            let target = best?.count ?? incumbent
            guard node.bound < target else { continue }
            guard solved < nodeLimit, solved == 0 || !stop.isRequested else {
                lowest = min(node.bound, open.map(\.bound).min() ?? node.bound)
                break
            }
            apply(node.decisions, over: applied, to: &simplex)
            applied = node.decisions
            solved += 1
            guard simplex.solve() == .optimal else { continue }
            let decidedOnes = node.decisions.filter(\.pays).count
            let bound = Int((simplex.objective + Double(decidedOnes) - 1e-6).rounded(.up))
            guard bound < target else { continue }
            let shares = entries.map { simplex.value($0.open) + simplex.value($0.decided) }
            if let count = plan(shares), count < target { best = (shares, count) }
            guard let branch = branching(simplex), bound < (best?.count ?? incumbent) else { continue }
            open.append(Node(decisions: node.decisions + [(branch, true)], bound: bound))
            open.append(Node(decisions: node.decisions + [(branch, false)], bound: bound))
        }
        return lowest
    }

    /// A plan with few payments, found by reweighting: each round charges a payment by the inverse
    /// of its share in the round before, so small payments grow dear and vanish, and the money
    /// gathers in few payments (the reweighted ℓ1 method for sparse solutions). Nil when no round
    /// gives a plan.
    private func concentrated(rounds: Int = 8) -> (shares: [Double], count: Int)? {
        var best: (shares: [Double], count: Int)?
        var program = lp
        for _ in 0..<rounds {
            var simplex = DualSimplex(program)
            guard simplex.solve() == .optimal else { break }
            let shares = entries.map { simplex.value($0.open) }
            if let count = plan(shares), count < (best?.count ?? Int.max) { best = (shares, count) }
            for (index, entry) in entries.enumerated() {
                program.cost[entry.open] = 1 / (shares[index] + 0.02)
            }
        }
        return best
    }

    /// The count of the relaxation's payments when they are a plan (every payment at least its
    /// source's minimum), else nil.
    private func plan(_ shares: [Double]) -> Int? {
        var count = 0
        for (index, entry) in entries.enumerated() where shares[index] > 1e-9 {
            guard shares[index] >= entry.least - 1e-9 else { return nil }
            count += 1
        }
        return count
    }

    /// The open payment with the smallest share that is not all-or-nothing, to decide next.
    private func branching(_ simplex: DualSimplex) -> Int? {
        var chosen: Int?
        var smallest = Double.infinity
        for (index, entry) in entries.enumerated() {
            let share = simplex.value(entry.open)
            guard share > 1e-9, share < entry.most - 1e-9 else { continue }
            let euros = share * Double(ledger.cells[entry.cell].cost)
            if euros < smallest {
                smallest = euros
                chosen = index
            }
        }
        return chosen
    }

    /// Sets the bounds of the entries whose decisions differ between `old` and `new`, with one
    /// FTRAN for all of them. Both lists are merged in entry order; where a list decides an entry
    /// twice, its last decision counts.
    private func apply(
        _ new: [(entry: Int, pays: Bool)], over old: [(entry: Int, pays: Bool)], to simplex: inout DualSimplex
    ) {
        let wanted = Self.byEntry(new)
        let was = Self.byEntry(old)
        var changes: [(column: Int, lower: Double, upper: Double)] = []
        var (i, k) = (0, 0)
        while i < wanted.count || k < was.count {
            let index = min(i < wanted.count ? wanted[i].entry : Int.max, k < was.count ? was[k].entry : Int.max)
            var want: Bool?
            var had: Bool?
            if i < wanted.count, wanted[i].entry == index {
                want = wanted[i].pays
                i += 1
            }
            if k < was.count, was[k].entry == index {
                had = was[k].pays
                k += 1
            }
            guard want != had else { continue }
            let entry = entries[index]
            switch want {
            case .none: changes += [(entry.decided, 0, 0), (entry.open, 0, entry.most)]
            case .some(true):
                changes += [(entry.open, 0, 0), (entry.decided, min(entry.least, entry.most), entry.most)]
            case .some(false): changes += [(entry.open, 0, 0), (entry.decided, 0, 0)]
            }
        }
        simplex.setBounds(changes)
    }

    /// The decisions in entry order, the last one per entry.
    private static func byEntry(_ decisions: [(entry: Int, pays: Bool)]) -> [(entry: Int, pays: Bool)] {
        let ordered = decisions.indices.sorted { (decisions[$0].entry, $0) < (decisions[$1].entry, $1) }
        var result: [(entry: Int, pays: Bool)] = []
        for position in ordered {
            let decision = decisions[position]
            if let last = result.last, last.entry == decision.entry {
                result[result.count - 1] = decision
            } else {
                result.append(decision)
            }
        }
        return result
    }
}
