/// Simple flow cover inequalities on the budget rows (Padberg, Van Roy and Wolsey 1985).
///
/// A budget row in euros, `Σ_j y_j ≤ b` with `y_j = cost_j · f_j` the euros of one share it
/// counts, with each share's variable upper bound `y_j ≤ m_j x_a(j)` (its cap `m_j` in euros,
/// valid for plans: `VariableUpperBoundCuts`), is a single-node flow set with inflows only. A flow
/// cover is a set `C` of shares whose caps exceed the budget, by `λ = Σ_C m_j − b > 0`. Then
/// `Σ_C y_j + Σ_C (m_j − λ)⁺ (1 − x_a(j)) ≤ b` holds for every plan: with every action of `C`
/// funded it is the row itself (the shares outside `C` pay at least 0); with a set `T ≠ ∅` of its
/// shares closed, `y = 0` there and the rest pay at most their caps, so the left side is at most
/// `Σ_{C∖T} m_j + Σ_T (m_j − λ)⁺ ≤ Σ_C m_j − λ = b` (when some term of `T` is positive; else the
/// row bounds it). Shares of one action share its decision, which only restricts the set, so the
/// inequality stays valid. Caps and budgets are whole euros, so `λ` is exact.
struct FlowCoverCuts {
    /// One share counted by a budget row.
    struct Arc {
        var column: Int
        var action: Int
        /// Euros per unit of the share's column (the year's cost).
        var cost: Int
        /// Its cap in euros.
        var cap: Int
    }

    /// A budget row as a flow set: its arcs, budget in euros, and the row's scale.
    struct FlowSet {
        var arcs: [Arc]
        var budget: Int
        var scale: Double
    }

    let model: PlanningModel
    let sets: [FlowSet]

    init(model: PlanningModel) {
        self.model = model
        let problem = model.problem
        var sharesOf = Array(repeating: [PlanningModel.Share](), count: problem.sources.count)
        for share in model.shares where problem.actions[share.action].fixed != .never {
            sharesOf[share.source].append(share)
        }
        sets = model.budgetRows.map { row in
            let source = problem.sources[row.source]
            let arcs = sharesOf[row.source].filter { $0.year == row.year || (source.carryOver && $0.year < row.year) }
                .map {
                    share in
                    let cost = problem.actions[share.action].costs[share.year]
                    return Arc(column: share.column, action: share.action, cost: cost, cap: source.cap(of: cost))
                }
            let budget = source.carryOver ? source.budget[0...row.year].reduce(0, +) : source.budget[row.year]
            return FlowSet(arcs: arcs, budget: budget, scale: row.scale)
        }
    }

    /// For each budget row, the most violated of a greedy flow cover at `values` (one per column)
    /// and that cover less one share, when it breaks `values` by more than `tolerance` (in the
    /// row's units).
    func separate(_ values: [Double], tolerance: Double) -> [Cut] {
        var cuts: [Cut] = []
        for set in sets {
            let x = set.arcs.map { values[model.decision[$0.action]] }
            let y = set.arcs.map { values[$0.column] * Double($0.cost) }
            guard let cover = Self.cover(set, x: x) else { continue }
            var best = (cover: cover, violation: Self.violation(set, cover, x: x, y: y))
            let total = cover.reduce(0) { $0 + set.arcs[$1].cap }
            for arc in cover where total - set.arcs[arc].cap > set.budget {
                let smaller = cover.filter { $0 != arc }
                let violation = Self.violation(set, smaller, x: x, y: y)
                if violation > best.violation { best = (smaller, violation) }
            }
            guard best.violation / set.scale > tolerance else { continue }
            cuts.append(cut(set, best.cover))
        }
        return cuts
    }

    /// Shares by `(1 − x) / cap` ascending (those the point funds, and large ones, first), among
    /// those whose action the point funds at all, until their caps exceed the budget.
    static func cover(_ set: FlowSet, x: [Double]) -> [Int]? {
        let order = set.arcs.indices.filter { x[$0] > 1e-9 }.sorted { a, b in
            let ra = (1 - x[a]) / Double(set.arcs[a].cap)
            let rb = (1 - x[b]) / Double(set.arcs[b].cap)
            return ra != rb ? ra < rb : a < b
        }
        var cover: [Int] = []
        var total = 0
        for arc in order where total <= set.budget {
            cover.append(arc)
            total += set.arcs[arc].cap
        }
        return total > set.budget ? cover : nil
    }

    /// `Σ_C y + Σ_C (m − λ)⁺ (1 − x) − b`, in euros.
    static func violation(_ set: FlowSet, _ cover: [Int], x: [Double], y: [Double]) -> Double {
        let lambda = cover.reduce(0) { $0 + set.arcs[$1].cap } - set.budget
        var left = 0.0
        for arc in cover { left += y[arc] + Double(max(0, set.arcs[arc].cap - lambda)) * (1 - x[arc]) }
        return left - Double(set.budget)
    }

    /// The cover's inequality in the row's units: `Σ_C (cost/scale) f − Σ_C ((m − λ)⁺/scale) x ≤
    /// (b − Σ_C (m − λ)⁺)/scale`, the decision terms of actions fixed to be funded folded into the
    /// right-hand side (their `1 − x` is 0).
    func cut(_ set: FlowSet, _ cover: [Int]) -> Cut {
        let lambda = cover.reduce(0) { $0 + set.arcs[$1].cap } - set.budget
        var entries: [(column: Int, value: Double)] = []
        var constant = 0
        for index in cover {
            let arc = set.arcs[index]
            entries.append((arc.column, Double(arc.cost) / set.scale))
            let term = max(0, arc.cap - lambda)
            guard term > 0, model.problem.actions[arc.action].fixed == .free else { continue }
            constant += term
            entries.append((model.decision[arc.action], -Double(term) / set.scale))
        }
        return Cut(kind: .flowCover, entries: entries, upper: Double(set.budget - constant) / set.scale)
    }
}
