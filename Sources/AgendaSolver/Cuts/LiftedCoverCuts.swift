/// Lifted cover inequalities on the budget rows' knapsacks (`BudgetKnapsacks`).
///
/// A cover `C` of a knapsack `Σ w_i x_i ≤ b` is a set of items that together weigh more than `b`:
/// no plan funds all of them, so `Σ_{i∈C} x_i ≤ |C| − 1` holds for every plan. The items outside
/// the cover are then lifted in one at a time (sequential up-lifting): item `j` gets the largest
/// `α_j` that keeps the inequality valid with `x_j = 1`, which is `|C| − 1` minus the most the
/// inequality so far can reach within the capacity `b − w_j`. That maximum is an exact small
/// knapsack, solved by dynamic programming over the inequality's value (at most `|C| − 1`, since
/// the inequality is valid): the least weight that reaches each value. Weights are whole euros,
/// so the lifting is exact, and each lifted inequality is valid for the whole knapsack.
struct LiftedCoverCuts {
    let model: PlanningModel
    let knapsacks: [DecisionKnapsack]

    init(model: PlanningModel) {
        self.model = model
        knapsacks = BudgetKnapsacks.derive(model)
    }

    /// For each knapsack, the lifted cover of the greedy cover at `values` (one per column), when
    /// it breaks `values` by more than `tolerance`.
    func separate(_ values: [Double], tolerance: Double) -> [Cut] {
        var cuts: [Cut] = []
        for knapsack in knapsacks {
            let point = knapsack.actions.map { values[model.decision[$0]] }
            guard let cover = Self.cover(knapsack, at: point) else { continue }
            let coefficients = Self.lift(knapsack, cover: cover, at: point)
            var activity = 0.0
            var entries: [(column: Int, value: Double)] = []
            for (item, coefficient) in coefficients.enumerated() where coefficient > 0 {
                activity += Double(coefficient) * point[item]
                entries.append((model.decision[knapsack.actions[item]], Double(coefficient)))
            }
            let upper = cover.count - 1
            guard activity - Double(upper) > tolerance else { continue }
            cuts.append(Cut(kind: .liftedCover, entries: entries, upper: Double(upper)))
        }
        return cuts
    }

    /// A minimal cover (item indices, ascending) chosen for the point: items by
    /// `(1 − x_i) / w_i` ascending (the cheapest way to make `Σ_{C}(1 − x_i) < 1`) until they
    /// overfill the knapsack, then items dropped, smallest `x_i` first, while the rest still
    /// overfill it (dropping an item never lowers the violation). Nil when the point is
    /// nowhere near a cover's limit.
    static func cover(_ knapsack: DecisionKnapsack, at point: [Double]) -> [Int]? {
        let items = knapsack.actions.indices.filter { point[$0] > 1e-9 }
        let order = items.sorted { a, b in
            let ra = (1 - point[a]) / Double(knapsack.weights[a])
            let rb = (1 - point[b]) / Double(knapsack.weights[b])
            return ra != rb ? ra < rb : a < b
        }
        var chosen: [Int] = []
        var weight = 0
        var slack = 0.0
        for item in order where weight <= knapsack.capacity {
            chosen.append(item)
            weight += knapsack.weights[item]
            slack += 1 - point[item]
        }
        // Lifting adds at most the items' share of the slack back; a cover this far off cannot cut.
        guard weight > knapsack.capacity, slack < 1.5 else { return nil }
        for item in chosen.sorted(by: { point[$0] != point[$1] ? point[$0] < point[$1] : $0 < $1 })
        where weight - knapsack.weights[item] > knapsack.capacity {
            weight -= knapsack.weights[item]
            chosen.removeAll { $0 == item }
        }
        return chosen.sorted()
    }

    /// The lifted cover inequality's coefficients, one per item: 1 on the cover, and for the
    /// others, lifted in order of `point` descending (larger coefficients where the point is
    /// large), the largest value that keeps it valid. The right-hand side is `|cover| − 1`.
    static func lift(_ knapsack: DecisionKnapsack, cover: [Int], at point: [Double]) -> [Int] {
        let count = knapsack.actions.count
        let top = cover.count - 1
        var coefficients = Array(repeating: 0, count: count)
        // `least[v]`: the least weight of items lifted so far (cover included) whose coefficients sum to v.
        var least = Array(repeating: Int.max, count: top + 1)
        least[0] = 0
        func include(_ item: Int, _ coefficient: Int) {
            guard coefficient > 0, coefficient <= top else { return }
            let weight = knapsack.weights[item]
            for value in stride(from: top, through: coefficient, by: -1) where least[value - coefficient] != Int.max {
                least[value] = min(least[value], least[value - coefficient] + weight)
            }
        }
        for item in cover {
            coefficients[item] = 1
            include(item, 1)
        }
        var inCover = Array(repeating: false, count: count)
        for item in cover { inCover[item] = true }
        let others = (0..<count).filter { !inCover[$0] }.sorted { a, b in
            if point[a] != point[b] { return point[a] > point[b] }
            if knapsack.weights[a] != knapsack.weights[b] { return knapsack.weights[a] > knapsack.weights[b] }
            return a < b
        }
        for item in others {
            let room = knapsack.capacity - knapsack.weights[item]
            // Funding the item alone overfills the knapsack: no plan funds it, any coefficient holds.
            guard room >= 0 else {
                coefficients[item] = top
                include(item, top)
                continue
            }
            let reach = (0...top).last { least[$0] <= room } ?? 0
            coefficients[item] = top - reach
            include(item, top - reach)
        }
        return coefficients
    }
}
