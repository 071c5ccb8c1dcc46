/// Finds the best plan: a Lagrangian bound on what any plan can score, a greedy plan guided by the
/// bound's prices, and, for agendas small enough, branch and bound until the best plan is proven.
///
/// Scores are whole ten-thousandths of a point, so a plan is proven best as soon as the bound is
/// less than one ten-thousandth above it.
struct PlanSearch {
    struct Limits {
        /// Branch-and-bound nodes before settling for the best plan found and its bound.
        var nodes = 20_000
        /// Free actions up to which branch and bound runs at all.
        var branchAndBoundActions = 600
        /// Multiplier updates at the root.
        var rootIterations = 3_000
        /// Multiplier updates per branch-and-bound node.
        var nodeIterations = 10
        /// Asks the search to end at its next node or multiplier update.
        var stop: SearchStop?
    }

    /// A plan the search built, with its payments as a flow.
    struct Candidate {
        var funded: [Bool]
        var objective: Int
        var state: PaymentState
    }

    /// Why a greedy pass found no plan.
    enum GreedyFailure {
        /// A commitment cannot be paid: no plan with these fixings exists.
        case commitment(Infeasibility)
        /// The heuristic for the allocation key's floors gave up: not a proof.
        case floors(SearchLimitation)
    }

    struct Outcome {
        var solution: Candidate?
        var bound: Int
        var proven: Bool
        var nodes: Int
        /// The bound's price of one more euro per source and year, in ten-thousandths of a point.
        var prices: [[Double]]
        /// Why the commitments cannot all be met (when there is no solution).
        var infeasibility: [Infeasibility]
        /// Set when the search found no plan because it could not meet the allocation key's
        /// floors: then the problem is not proven infeasible.
        var floorFailure: SearchLimitation?
        /// Whether any plan needed money moved to meet an allocation-key floor; then the search's
        /// test of a plan's payments is not exact, and the result is not claimed as proven.
        var floorsBound: Bool
    }

    let problem: PlanningProblem
    let limits: Limits
    let years: Int
    /// `[municipality]` → the actions working there.
    let actionsIn: [[Int]]
    /// Per action and cost year: eligible sources with their caps, for pricing.
    private let offers: [[(year: Int, cost: Int, sources: [(source: Int, cap: Int)])]]
    private let payable: [Bool]
    private let requiresClosure: [[Int]]
    private var floorsBound = false
    /// Groups of actions tied by `requires` or `excludes`, small enough to choose among exactly in
    /// the relaxation: each with its members and every member subset that respects those rules.
    private let groups: [(members: [Int], subsets: [UInt32])]
    /// `[action]` → its group, or -1 when it stands alone (or its group is too large).
    private let groupOf: [Int]

    init(problem: PlanningProblem, limits: Limits = Limits()) {
        self.problem = problem
        self.limits = limits
        years = problem.years.count
        var actionsIn = Array(repeating: [Int](), count: problem.municipalities.count)
        for (index, action) in problem.actions.enumerated() {
            for place in action.municipalities { actionsIn[place.index].append(index) }
        }
        self.actionsIn = actionsIn
        offers = problem.actions.map { action in
            action.costYears.map { year in
                let cost = action.costs[year]
                return (
                    year, cost,
                    action.eligibleSources.map { ($0, problem.sources[$0].cap(of: cost)) }.filter { $0.1 > 0 }
                )
            }
        }
        payable = offers.map { years in
            years.allSatisfy { offer in offer.sources.reduce(0) { $0 + $1.cap } >= offer.cost }
        }
        (groups, groupOf) = Self.dependencyGroups(problem)
        requiresClosure = problem.actions.indices.map { start in
            var seen: Set<Int> = [start]
            var order = [start]
            var head = 0
            while head < order.count {
                for next in problem.actions[order[head]].requires where seen.insert(next).inserted {
                    order.append(next)
                }
                head += 1
            }
            return order
        }
    }

    func isPayable(_ action: Int) -> Bool { payable[action] }

    /// Connected groups of actions under `requires` and `excludes`; for groups of up to 12 actions,
    /// every subset that respects them (as bit masks over the members).
    static func dependencyGroups(_ problem: PlanningProblem) -> ([(members: [Int], subsets: [UInt32])], [Int]) {
        let count = problem.actions.count
        var sets = DisjointSets(count: count)
        func root(_ x: Int) -> Int { sets.root(x) }
        for (index, action) in problem.actions.enumerated() {
            for other in action.requires + action.excludes where other != index { sets.union(index, other) }
        }
        var members: [Int: [Int]] = [:]
        for index in 0..<count { members[root(index), default: []].append(index) }
        var groups: [(members: [Int], subsets: [UInt32])] = []
        var groupOf = Array(repeating: -1, count: count)
        for (_, unsorted) in members.sorted(by: { $0.key < $1.key }) {
            let list = unsorted.sorted()
            guard list.count > 1, list.count <= 12 else { continue }
            let position = Dictionary(uniqueKeysWithValues: list.enumerated().map { ($1, $0) })
            var subsets: [UInt32] = []
            for mask in 0..<(UInt32(1) << UInt32(list.count)) {
                var valid = true
                for (bit, action) in list.enumerated() where mask & (1 << UInt32(bit)) != 0 {
                    for required in problem.actions[action].requires where required != action {
                        if let p = position[required], mask & (1 << UInt32(p)) == 0 { valid = false }
                    }
                    for excluded in problem.actions[action].excludes where excluded != action {
                        if let p = position[excluded], mask & (1 << UInt32(p)) != 0 { valid = false }
                    }
                    if !valid { break }
                }
                if valid { subsets.append(mask) }
            }
            for action in list { groupOf[action] = groups.count }
            groups.append((list, subsets))
        }
        return (groups, groupOf)
    }

    // MARK: The bound

    /// The Lagrangian relaxation at multipliers `mu` (prices of the budget rows): every action on
    /// its own, paid at the cheapest prices, funded when its score exceeds that price. Relaxes
    /// budgets (priced), the allocation-key floors, `requires` and `excludes` (dropped), so its value
    /// is an upper bound on any plan that respects `fixedIn` and `fixedOut`.
    func relaxation(_ mu: [[Double]], fixedIn: [Bool], fixedOut: [Bool])
        -> (
            value: Double, usage: [[Double]], chosen: [Bool], profit: [Double],
            fills: [[(source: Int, year: Int, amount: Int)]]
        )
    {
        let prices = effectivePrices(mu)
        var usage = Array(repeating: Array(repeating: 0.0, count: years), count: problem.sources.count)
        var value = 0.0
        var chosen = Array(repeating: false, count: problem.actions.count)
        var profits = Array(repeating: -Double.infinity, count: problem.actions.count)
        var fillsOf = Array(repeating: [(source: Int, year: Int, amount: Int)](), count: problem.actions.count)
        for (index, action) in problem.actions.enumerated() {
            guard payable[index], !fixedOut[index] else { continue }
            var cost = 0.0
            for offer in offers[index] {
                var remaining = offer.cost
                let ordered = offer.sources.sorted {
                    (prices[$0.source][offer.year], $0.source) < (prices[$1.source][offer.year], $1.source)
                }
                for entry in ordered where remaining > 0 {
                    let amount = min(entry.cap, remaining)
                    remaining -= amount
                    cost += prices[entry.source][offer.year] * Double(amount)
                    fillsOf[index].append((entry.source, offer.year, amount))
                }
            }
            profits[index] = Double(action.score) - cost
            if groupOf[index] < 0, fixedIn[index] || profits[index] > 0 { chosen[index] = true }
        }
        // Tied actions: the best subset that keeps `requires` and `excludes` and the fixings.
        for group in groups {
            var best = -Double.infinity
            var bestMask: UInt32 = 0
            for mask in group.subsets {
                var total = 0.0
                var valid = true
                for (bit, action) in group.members.enumerated() {
                    let inSubset = mask & (1 << UInt32(bit)) != 0
                    if inSubset && (fixedOut[action] || !payable[action]) || !inSubset && fixedIn[action] {
                        valid = false
                        break
                    }
                    if inSubset { total += profits[action] }
                }
                if valid && total > best {
                    best = total
                    bestMask = mask
                }
            }
            guard best > -Double.infinity else {
                // No subset fits the fixings: the node is infeasible, which an infinitely low bound says.
                return (-Double.infinity, usage, chosen, profits, fillsOf)
            }
            for (bit, action) in group.members.enumerated() where bestMask & (1 << UInt32(bit)) != 0 {
                chosen[action] = true
            }
        }
        for index in problem.actions.indices where chosen[index] {
            value += profits[index]
            for fill in fillsOf[index] { usage[fill.source][fill.year] += Double(fill.amount) }
        }
        // Budget rows: yearly, or cumulative for carry-over sources.
        for (source, entry) in problem.sources.enumerated() {
            var cumulativeBudget = 0.0
            var cumulativeUse = 0.0
            for year in 0..<years {
                cumulativeBudget += Double(entry.budget[year])
                cumulativeUse += usage[source][year]
                let budget = entry.carryOver ? cumulativeBudget : Double(entry.budget[year])
                value += mu[source][year] * budget
                if entry.carryOver { usage[source][year] = cumulativeUse }
            }
        }
        return (value, usage, chosen, profits, fillsOf)
    }

    /// The price of spending one euro of a source in a year: its row's multiplier, or for carry-over
    /// sources the multipliers of that year's and every later year's cumulative row.
    func effectivePrices(_ mu: [[Double]]) -> [[Double]] {
        problem.sources.indices.map { source in
            guard problem.sources[source].carryOver else { return mu[source] }
            var prices = mu[source]
            var running = 0.0
            for year in stride(from: years - 1, through: 0, by: -1) {
                running += mu[source][year]
                prices[year] = running
            }
            return prices
        }
    }

    /// Subgradient descent on the multipliers (Polyak steps towards `target`); returns the best
    /// bound and its multipliers. With `progress`, reports every tenth step (`.boundStep`).
    func optimiseBound(
        from start: [[Double]], target: Double, iterations: Int, fixedIn: [Bool], fixedOut: [Bool],
        progress: ((SearchProgress) -> Void)? = nil
    )
        -> (bound: Double, mu: [[Double]])
    {
        var mu = start
        var best = relaxation(mu, fixedIn: fixedIn, fixedOut: fixedOut)
        var bestMu = mu
        var current = best
        var theta = 2.0
        var sinceImprovement = 0
        for step in 0..<iterations {
            if limits.stop.isRequested { break }
            if step % 10 == 9 {
                progress?(.boundStep(step + 1, of: iterations, bound: Self.certified(best.value)))
            }
            // The subgradient of the dual: budget minus usage, per row.
            var norm = 0.0
            var gradient = current.usage
            for source in problem.sources.indices {
                var cumulativeBudget = 0.0
                for year in 0..<years {
                    cumulativeBudget += Double(problem.sources[source].budget[year])
                    let budget =
                        problem.sources[source].carryOver
                        ? cumulativeBudget : Double(problem.sources[source].budget[year])
                    var g = budget - current.usage[source][year]
                    if mu[source][year] <= 0 && g > 0 { g = 0 }  // projected: a zero price cannot fall
                    gradient[source][year] = g
                    norm += g * g
                }
            }
            guard norm > 0 else { break }  // the relaxed plan fits the budgets exactly: it is optimal
            let gap = max(current.value - target, 1e-3 * max(1, abs(current.value)))
            let step = theta * gap / norm
            for source in problem.sources.indices {
                for year in 0..<years { mu[source][year] = max(0, mu[source][year] - step * gradient[source][year]) }
            }
            current = relaxation(mu, fixedIn: fixedIn, fixedOut: fixedOut)
            if current.value < best.value - 1e-9 {
                best = current
                bestMu = mu
                sinceImprovement = 0
            } else {
                sinceImprovement += 1
                if sinceImprovement >= 25 {
                    theta /= 2
                    sinceImprovement = 0
                    if theta < 1e-5 { break }
                }
            }
        }
        return (best.value, bestMu)
    }

    // MARK: Plans

    /// A plan built greedily: the fixed actions first, then what the allocation key's floors need,
    /// then the others in `order`, each with the actions it requires, when the money allows.
    mutating func greedy(order: [Int], fixedIn: [Bool], fixedOut: [Bool]) -> (Candidate?, GreedyFailure?) {
        var state = PaymentState(problem: problem)
        let excludedBy = exclusions()

        func allowed(_ group: [Int], _ state: PaymentState) -> Bool {
            for member in group {
                if fixedOut[member] || !payable[member] { return false }
                for other in excludedBy[member] where state.funded[other] || group.contains(other) { return false }
            }
            return true
        }

        // Fixed actions: committed and running ones, and branching choices.
        for index in problem.actions.indices where fixedIn[index] && !state.funded[index] {
            let group = requiresClosure[index].filter { !state.funded[$0] }
            guard allowed(group, state), state.fund(group) != nil else {
                return (nil, .commitment(commitmentProblem(index, state: state)))
            }
        }

        // The allocation key's floors: fund a municipality's best actions until its floors can be met.
        if let fairness = problem.fairness {
            for municipality in problem.municipalities.indices {
                var change = PaymentState.Change()
                if restoreFloors([municipality], in: &state, change: &change) { continue }
                state.undo(change)
                let candidates = actionsIn[municipality].filter { !state.funded[$0] }
                    .sorted {
                        problem.actions[$0].score > problem.actions[$1].score
                            || (problem.actions[$0].score == problem.actions[$1].score && $0 < $1)
                    }
                var met = false
                for candidate in candidates {
                    let group = requiresClosure[candidate].filter { !state.funded[$0] }
                    guard allowed(group, state), let added = state.fund(group) else { continue }
                    // Keep the action (it brings the floor closer); keep the moves only if they meet it.
                    var moves = PaymentState.Change()
                    let touched = Self.municipalities(touchedBy: added.log, state: state, problem: problem).union([
                        municipality
                    ])
                    if restoreFloors(touched, in: &state, change: &moves) {
                        met = true
                        break
                    }
                    state.undo(moves)
                }
                if !met {
                    return (nil, .floors(floorShortfall(municipality, state: state)))
                }
            }
            // Funding for one municipality may have moved money away from another: all at once.
            var final = PaymentState.Change()
            if !restoreFloors(Set(problem.municipalities.indices), in: &state, change: &final) {
                let short =
                    problem.municipalities.indices.first { m in
                        (0..<years).contains {
                            state.keySharedMoney(to: m, in: $0, actionsIn: actionsIn) + 1e-6 < fairness.floors[m][$0]
                        }
                    } ?? 0
                return (nil, .floors(floorShortfall(short, state: state)))
            }
        }

        // Everything else, in order.
        for index in order where !state.funded[index] {
            let group = requiresClosure[index].filter { !state.funded[$0] }
            guard allowed(group, state), var change = state.fund(group) else { continue }
            if !floorsHold(after: &change, in: &state) {
                state.undo(change)
            }
        }
        let objective = problem.actions.indices.reduce(0) { $0 + (state.funded[$1] ? problem.actions[$1].score : 0) }
        return (Candidate(funded: state.funded, objective: objective, state: state), nil)
    }

    /// Whether every allocation-key floor touched by `change` still holds, moving money to restore
    /// those that do not. The moves are added to `change`, so undoing it undoes them too.
    private mutating func floorsHold(after change: inout PaymentState.Change, in state: inout PaymentState) -> Bool {
        guard problem.fairness != nil else { return true }
        return restoreFloors(
            Self.municipalities(touchedBy: change.log, state: state, problem: problem), in: &state, change: &change)
    }

    /// The municipalities whose actions' payments the pushes changed.
    static func municipalities(touchedBy log: [FlowNetwork.Push], state: PaymentState, problem: PlanningProblem) -> Set<
        Int
    > {
        var touched = Set<Int>()
        for push in log {
            for edge in push.edges where state.edgeOwner[edge] >= 0 {
                for place in problem.actions[state.edgeOwner[edge]].municipalities { touched.insert(place.index) }
            }
        }
        return touched
    }

    /// Restores the floors of `start` and of every municipality the restoring moves touch, until all
    /// hold (true) or one cannot be met (false).
    private mutating func restoreFloors(
        _ start: Set<Int>, in state: inout PaymentState, change: inout PaymentState.Change
    ) -> Bool {
        guard let fairness = problem.fairness else { return true }
        var pending = start.sorted()
        var queued = start
        var rounds = 0
        while let municipality = pending.first {
            pending.removeFirst()
            queued.remove(municipality)
            rounds += 1
            if rounds > 4 * max(1, problem.municipalities.count) { return false }
            for year in 0..<years where fairness.floors[municipality][year] > 0.5 {
                guard
                    state.keySharedMoney(to: municipality, in: year, actionsIn: actionsIn) + 1e-6
                        < fairness.floors[municipality][year]
                else { continue }
                floorsBound = true
                var moves = PaymentState.Change()
                let met = state.raiseToFloor(
                    municipality, year: year, floor: fairness.floors[municipality][year],
                    actionsIn: actionsIn, change: &moves, floors: fairness.floors)
                change.log.append(contentsOf: moves.log)
                if !met { return false }
                for other in Self.municipalities(touchedBy: moves.log, state: state, problem: problem).sorted()
                where other != municipality && !queued.contains(other) {
                    pending.append(other)
                    queued.insert(other)
                }
            }
        }
        return true
    }

    /// Funds every still-unfunded action (best score first) that the money and the floors allow,
    /// with the actions it requires; a last pass so that no affordable action is left out.
    mutating func fill(_ solution: inout Candidate, fixedOut: [Bool]) {
        let excludedBy = exclusions()
        let order = problem.actions.indices.sorted { a, b in
            problem.actions[a].score != problem.actions[b].score
                ? problem.actions[a].score > problem.actions[b].score : a < b
        }
        for index in order where !solution.funded[index] && !fixedOut[index] && payable[index] {
            let group = requiresClosure[index].filter { !solution.state.funded[$0] }
            guard group.allSatisfy({ !fixedOut[$0] && payable[$0] }),
                !group.contains(where: { member in
                    excludedBy[member].contains { solution.state.funded[$0] || group.contains($0) }
                }),
                var change = solution.state.fund(group)
            else { continue }
            if floorsHold(after: &change, in: &solution.state) {
                for member in group {
                    solution.funded[member] = true
                    solution.objective += problem.actions[member].score
                }
            } else {
                solution.state.undo(change)
            }
        }
    }

    /// Pairs of actions that exclude each other, both ways.
    func exclusions() -> [[Int]] {
        var result = Array(repeating: [Int](), count: problem.actions.count)
        for (index, action) in problem.actions.enumerated() {
            for other in action.excludes where other != index {
                result[index].append(other)
                result[other].append(index)
            }
        }
        return result
    }

    /// The floor furthest from being met (of `municipality` when it has one short, else of any),
    /// with the money the plan got there.
    private func floorShortfall(_ municipality: Int, state: PaymentState) -> SearchLimitation {
        guard let fairness = problem.fairness else { return .floorNotMet(nil, received: nil) }
        var worst: (municipality: Int, year: Int, short: Double)?
        for m in [municipality] + Array(problem.municipalities.indices) {
            for year in 0..<years {
                let short = fairness.floors[m][year] - state.keySharedMoney(to: m, in: year, actionsIn: actionsIn)
                if short > 1e-6, short > (worst?.short ?? 0) { worst = (m, year, short) }
            }
            if worst != nil && m == municipality { break }
        }
        guard let worst else { return .floorNotMet(nil, received: nil) }
        let floor = fairness.floors[worst.municipality][worst.year]
        return .floorNotMet(
            Infeasibility.Floor(municipality: worst.municipality, year: worst.year, amount: floor),
            received: floor - worst.short)
    }

    /// Why a fixed action cannot be paid, with the money left of the sources that may pay it.
    private func commitmentProblem(_ index: Int, state: PaymentState) -> Infeasibility {
        if let offer = offers[index].first(where: { offer in offer.sources.reduce(0) { $0 + $1.cap } < offer.cost }) {
            return .ineligible(
                action: index, year: offer.year, cost: offer.cost,
                payable: offer.sources.reduce(0) { $0 + $1.cap })
        }
        let spent = state.spent()
        for offer in offers[index] {
            let balances = offer.sources.map { entry in
                let budget = problem.sources[entry.source].budget[offer.year]
                return Infeasibility.SourceBalance(
                    source: entry.source, left: budget - spent[entry.source][offer.year],
                    budget: budget)
            }
            let available = zip(offer.sources, balances).reduce(0) { total, pair in
                total + min(pair.0.cap, max(0, pair.1.left))
            }
            if available < offer.cost {
                return .unpayable(
                    action: index, year: offer.year, need: offer.cost, available: available,
                    sources: balances)
            }
        }
        return .commitmentsConflict(action: index)
    }

    // MARK: The search

    /// Runs the search: root bound, greedy plans, then branch and bound when the agenda is small.
    mutating func run(progress: ((SearchProgress) -> Void)? = nil) -> Outcome {
        let (fixedIn, fixedOut) = Self.fixings(problem)
        let zero = problem.zeroPrices
        // A first plan: by score per euro.
        let (first, failure) = greedy(order: densityOrder(), fixedIn: fixedIn, fixedOut: fixedOut)
        guard var incumbent = first else {
            var outcome = Outcome(
                solution: nil, bound: 0, proven: false, nodes: 0, prices: zero, infeasibility: [],
                floorsBound: floorsBound)
            switch failure {
            case .commitment(let reason): outcome.infeasibility = [reason]
            case .floors(let limitation): outcome.floorFailure = limitation
            case nil: break
            }
            return outcome
        }
        let (rootBound, mu) = optimiseBound(
            from: zero, target: Double(incumbent.objective), iterations: limits.rootIterations,
            fixedIn: fixedIn, fixedOut: fixedOut)
        progress?(.rootBound(Int(rootBound)))

        // A second plan, guided by the bound's prices, then single swaps.
        let byProfit = Self.order(byProfit: relaxation(mu, fixedIn: fixedIn, fixedOut: fixedOut).profit)
        if let second = greedy(order: byProfit, fixedIn: fixedIn, fixedOut: fixedOut).0,
            second.objective > incumbent.objective
        {
            incumbent = second
        }
        incumbent = improve(incumbent, order: byProfit, fixedIn: fixedIn, fixedOut: fixedOut)

        var bound = Self.certified(rootBound)
        var nodes = 1
        let free = problem.actions.indices.filter { !fixedIn[$0] && !fixedOut[$0] && payable[$0] }
        if bound > incumbent.objective, free.count <= limits.branchAndBoundActions {
            (bound, nodes) = branchAndBound(
                from: (fixedIn, fixedOut, mu, bound), free: free, incumbent: &incumbent,
                progress: progress)
        }
        fill(&incumbent, fixedOut: fixedOut)
        bound = max(bound, incumbent.objective)
        // The bound relaxes the floors, so a verified plan that reaches it is the best, however the
        // floors were met.
        return Outcome(
            solution: incumbent, bound: bound, proven: bound == incumbent.objective, nodes: nodes,
            prices: effectivePrices(mu), infeasibility: [], floorFailure: nil, floorsBound: floorsBound)
    }

    /// The actions by score per euro, best first.
    private func densityOrder() -> [Int] {
        problem.actions.indices.sorted { a, b in
            let da = Double(problem.actions[a].score) / Double(max(1, problem.actions[a].totalCost))
            let db = Double(problem.actions[b].score) / Double(max(1, problem.actions[b].totalCost))
            return da != db ? da > db : a < b
        }
    }

    /// The actions by their relaxed profit, best first.
    private static func order(byProfit profit: [Double]) -> [Int] {
        profit.indices.sorted { a, b in profit[a] != profit[b] ? profit[a] > profit[b] : a < b }
    }

    /// A node of the Lagrangian branch and bound: its fixings, the prices it starts from, its bound.
    private typealias Node = (fixedIn: [Bool], fixedOut: [Bool], mu: [[Double]], bound: Int)

    /// What exploring a node leaves: nothing, a bound no plan settled, or children to explore.
    private enum Explored {
        case closed
        case unresolved(Int)
        case children([Node])
    }

    /// Depth-first branch and bound on the free actions, improving `incumbent`; returns the bound
    /// and the nodes searched.
    private mutating func branchAndBound(
        from root: Node, free: [Int], incumbent: inout Candidate,
        progress: ((SearchProgress) -> Void)?
    ) -> (bound: Int, nodes: Int) {
        var open = [root]
        var openBounds: [Int] = []
        var nodes = 1
        while let node = open.popLast() {
            if node.bound <= incumbent.objective { continue }
            if nodes >= limits.nodes || limits.stop.isRequested {
                openBounds.append(node.bound)
                openBounds.append(contentsOf: open.map(\.bound))
                break
            }
            nodes += 1
            switch explore(node, free: free, incumbent: &incumbent, nodes: nodes, progress: progress) {
            case .closed: continue
            case .unresolved(let bound): openBounds.append(bound)
            case .children(let children): open.append(contentsOf: children)
            }
        }
        return (max(incumbent.objective, openBounds.max() ?? incumbent.objective), nodes)
    }

    /// Bounds the node (the parent's prices at once, a few more steps to tighten them), fixes what
    /// reduced costs allow, builds a plan from its prices, and branches on the free action where
    /// the relaxation and that plan disagree most.
    private mutating func explore(
        _ node: Node, free: [Int], incumbent: inout Candidate, nodes: Int,
        progress: ((SearchProgress) -> Void)?
    ) -> Explored {
        var nodeMu = node.mu
        var nodeBound = min(
            node.bound, Self.certified(relaxation(nodeMu, fixedIn: node.fixedIn, fixedOut: node.fixedOut).value))
        guard nodeBound > incumbent.objective else { return .closed }
        let (value, improvedMu) = optimiseBound(
            from: node.mu, target: Double(incumbent.objective),
            iterations: limits.nodeIterations, fixedIn: node.fixedIn, fixedOut: node.fixedOut)
        if Self.certified(value) < nodeBound {
            nodeBound = Self.certified(value)
            nodeMu = improvedMu
        }
        guard nodeBound > incumbent.objective else { return .closed }
        let relaxed = relaxation(nodeMu, fixedIn: node.fixedIn, fixedOut: node.fixedOut)
        let (fixedIn, fixedOut) = reducedCostFixings(
            node, profit: relaxed.profit, slack: Double(nodeBound - incumbent.objective),
            free: free)
        let (candidate, _) = greedy(order: Self.order(byProfit: relaxed.profit), fixedIn: fixedIn, fixedOut: fixedOut)
        if let candidate, candidate.objective > incumbent.objective {
            incumbent = candidate
            progress?(.plan(objective: candidate.objective, nodes: nodes))
        }
        guard nodeBound > incumbent.objective else { return .closed }
        let unfixed = free.filter { !fixedIn[$0] && !fixedOut[$0] }
        // Every action is fixed. Without a plan here the node may still hold one that only the
        // floors' heuristic missed, so its bound stays in the final bound.
        guard !unfixed.isEmpty else { return candidate == nil ? .unresolved(nodeBound) : .closed }
        let plan = candidate?.funded ?? Array(repeating: false, count: problem.actions.count)
        guard
            let pick = unfixed.max(by: { a, b in
                let sa = (relaxed.chosen[a] != plan[a] ? 1e18 : 0) - abs(relaxed.profit[a])
                let sb = (relaxed.chosen[b] != plan[b] ? 1e18 : 0) - abs(relaxed.profit[b])
                return sa != sb ? sa < sb : a > b
            })
        else { return .closed }
        var without: Node = (fixedIn, fixedOut, nodeMu, nodeBound)
        without.fixedOut[pick] = true
        var with: Node = (fixedIn, fixedOut, nodeMu, nodeBound)
        for member in requiresClosure[pick] { with.fixedIn[member] = true }
        // Depth first, the relaxation's choice explored first (pushed last).
        return .children(relaxed.chosen[pick] ? [without, with] : [with, without])
    }

    /// Reduced-cost fixing: an action whose relaxed choice could not change without the bound
    /// falling to the best plan keeps that choice below this node.
    private func reducedCostFixings(_ node: Node, profit: [Double], slack: Double, free: [Int])
        -> (fixedIn: [Bool], fixedOut: [Bool])
    {
        var fixedIn = node.fixedIn
        var fixedOut = node.fixedOut
        for index in free where !fixedIn[index] && !fixedOut[index] && groupOf[index] < 0 {
            guard profit[index].isFinite, abs(profit[index]) >= slack else { continue }
            if profit[index] > 0 {
                for member in requiresClosure[index] { fixedIn[member] = true }
            } else {
                fixedOut[index] = true
            }
        }
        return (fixedIn, fixedOut)
    }

    /// One pass of swaps: for each unfunded action (best first), fund it in place of the funded free
    /// actions that block it, when that raises the objective.
    private mutating func improve(_ solution: Candidate, order: [Int], fixedIn: [Bool], fixedOut: [Bool]) -> Candidate {
        var best = solution
        let count = problem.actions.count
        guard count <= 300 else { return best }
        for candidate in order where !best.funded[candidate] && !fixedOut[candidate] && payable[candidate] {
            // Re-plan with the candidate fixed in; keep it when the plan scores more.
            var forced = fixedIn
            for member in requiresClosure[candidate] { forced[member] = true }
            let rest = order.filter { $0 != candidate }
            if let alternative = greedy(order: rest, fixedIn: forced, fixedOut: fixedOut).0,
                alternative.objective > best.objective
            {
                best = alternative
            }
        }
        return best
    }

    /// What the agenda fixes: `[action]` → must be funded, and → never funded.
    static func fixings(_ problem: PlanningProblem) -> (fixedIn: [Bool], fixedOut: [Bool]) {
        var fixedIn = Array(repeating: false, count: problem.actions.count)
        var fixedOut = fixedIn
        for (index, action) in problem.actions.enumerated() {
            switch action.fixed {
            case .mustFund: fixedIn[index] = true
            case .never: fixedOut[index] = true
            case .free: break
            }
        }
        return (fixedIn, fixedOut)
    }

    /// A bound in whole ten-thousandths, rounded up with room for floating-point error.
    static func certified(_ value: Double) -> Int {
        // An infeasible relaxation (no subset of tied actions fits the fixings) bounds nothing.
        guard value.isFinite else { return value < 0 ? Int.min / 4 : Int.max / 4 }
        let rounded = (value + 1e-6 * max(1, abs(value))).rounded(.up)
        return Int(min(max(rounded, Double(Int.min / 4)), Double(Int.max / 4)))
    }
}
