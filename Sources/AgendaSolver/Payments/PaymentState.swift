/// The payments of a set of funded actions, kept as a flow from sources to actions so that funding
/// one more action can reroute earlier payments when that makes room, and be undone exactly.
///
/// Network: a super source feeds each source-year up to its budget; carry-over sources pass unspent
/// money on to the next year; a source-year pays an action-year up to `max-share` of its cost; an
/// action-year passes its cost to the sink only while the action is funded. A set of actions is
/// payable exactly when the flow can saturate all their sink edges.
struct PaymentState {
    let problem: PlanningProblem
    var network: FlowNetwork
    let superSource = 0
    let sink = 1
    /// `[action][year]` → the action-year node (-1 when the action costs nothing that year).
    private(set) var actionYearNode: [[Int]]
    /// `[action][year]` → the edge action-year → sink.
    private(set) var sinkEdge: [[Int]]
    /// `[action]` → every payment edge (source-year → action-year) with its source and year.
    private(set) var paymentEdges: [[(source: Int, year: Int, edge: Int)]]
    private(set) var funded: [Bool]
    /// Edge index → the action whose payment edge it is (both directions), or -1.
    private(set) var edgeOwner: [Int]
    /// Node index → the action whose action-year node it is, or -1.
    private(set) var nodeOwner: [Int]
    /// Nodes from which no free money can be reached; valid while `epoch` is unchanged.
    private var deadStamp: [Int]
    private var epoch = 1

    init(problem: PlanningProblem) {
        self.problem = problem
        let years = problem.years.count
        var nodes = 2 + problem.sources.count * years
        var actionYearNode: [[Int]] = []
        for action in problem.actions {
            actionYearNode.append(
                action.costs.map { cost in
                    guard cost > 0 else { return -1 }
                    defer { nodes += 1 }
                    return nodes
                })
        }
        var network = FlowNetwork(nodes: nodes)
        func sourceYear(_ source: Int, _ year: Int) -> Int { 2 + source * years + year }
        for (index, source) in problem.sources.enumerated() {
            for year in 0..<years { network.addEdge(0, sourceYear(index, year), capacity: source.budget[year]) }
            if source.carryOver {
                for year in 0..<(years - 1) {
                    network.addEdge(
                        sourceYear(index, year), sourceYear(index, year + 1), capacity: FlowNetwork.infinite)
                }
            }
        }
        var sinkEdge: [[Int]] = []
        var paymentEdges: [[(source: Int, year: Int, edge: Int)]] = []
        for (index, action) in problem.actions.enumerated() {
            var sinks: [Int] = []
            var payments: [(source: Int, year: Int, edge: Int)] = []
            for year in 0..<years {
                let node = actionYearNode[index][year]
                guard node >= 0 else {
                    sinks.append(-1)
                    continue
                }
                sinks.append(network.addEdge(node, 1, capacity: 0))
                for source in action.eligibleSources {
                    let cap = problem.sources[source].cap(of: action.costs[year])
                    guard cap > 0 else { continue }
                    payments.append((source, year, network.addEdge(sourceYear(source, year), node, capacity: cap)))
                }
            }
            sinkEdge.append(sinks)
            paymentEdges.append(payments)
        }
        self.actionYearNode = actionYearNode
        self.sinkEdge = sinkEdge
        self.paymentEdges = paymentEdges
        self.network = network
        funded = Array(repeating: false, count: problem.actions.count)
        deadStamp = Array(repeating: 0, count: nodes)
        var owner = Array(repeating: -1, count: network.capacity.count)
        for (action, entries) in paymentEdges.enumerated() {
            for entry in entries {
                owner[entry.edge] = action
                owner[entry.edge ^ 1] = action
            }
        }
        edgeOwner = owner
        var ownerOfNode = Array(repeating: -1, count: network.nodeCount)
        for (action, years) in actionYearNode.enumerated() {
            for node in years where node >= 0 { ownerOfNode[node] = action }
        }
        nodeOwner = ownerOfNode
    }

    /// What to undo to return to the state before a change.
    struct Change {
        var actions: [Int] = []
        var log: [FlowNetwork.Push] = []
    }

    /// Funds `actions` together (all or none): opens their sink edges and pushes their costs through
    /// the network. Returns the change on success; on failure the state is as before.
    mutating func fund(_ actions: [Int]) -> Change? {
        var change = Change()
        for action in actions where !funded[action] {
            funded[action] = true
            change.actions.append(action)
            for year in problem.years.indices {
                let edge = sinkEdge[action][year]
                guard edge >= 0 else { continue }
                let cost = problem.actions[action].costs[year]
                network.setCapacity(edge, to: cost)
                let node = actionYearNode[action][year]
                var unreachable: [Int] = []
                let result = pushCost(cost, into: node, through: edge, unreachable: &unreachable)
                change.log.append(contentsOf: result.log)
                if result.pushed < cost {
                    for node in unreachable { deadStamp[node] = epoch }
                    undo(change)
                    return nil
                }
            }
        }
        return change
    }

    /// The payments of `actions`, all funded, found at once as one maximum flow (Dinic's phases,
    /// `FlowNetwork.send`) where `fund` pushes one action-year after another; nil when they
    /// cannot all be paid. Its payments may differ from `fund`'s; what can be added on top of
    /// them (`couldFund`) does not.
    static func funding(_ actions: [Int], in problem: PlanningProblem) -> PaymentState? {
        var state = PaymentState(problem: problem)
        for action in actions {
            state.funded[action] = true
            for (year, edge) in state.sinkEdge[action].enumerated() where edge >= 0 {
                state.network.setCapacity(edge, to: problem.actions[action].costs[year])
            }
        }
        var log: [FlowNetwork.Push] = []
        _ = state.network.send(
            FlowNetwork.infinite, from: state.superSource, to: state.sink, exit: nil, blocked: { _ in false },
            log: &log)
        let paid = actions.allSatisfy { action in
            state.sinkEdge[action].allSatisfy { $0 < 0 || state.network.capacity[$0] == 0 }
        }
        return paid ? state : nil
    }

    /// Whether `action` could be funded on top of the funded actions, their payments rerouted where
    /// that makes room, as `fund` would find; the state is left as it was. `reachable` comes from
    /// `reachableByMoney` in this state: since pushing money never makes a node reachable, the
    /// search looks at no other node. The money is sent by Dinic's phases (`FlowNetwork.send`),
    /// which answers far sooner than one path at a time when it must be gathered from afar.
    mutating func couldFund(_ action: Int, reachable: [Bool]) -> Bool {
        guard !funded[action] else { return true }
        guard mayBePaid(action, reachable: reachable) else { return false }
        var change = Change(actions: [action])
        funded[action] = true
        let sink = self.sink
        var paid = true
        for year in problem.years.indices where sinkEdge[action][year] >= 0 {
            let edge = sinkEdge[action][year]
            let cost = problem.actions[action].costs[year]
            network.setCapacity(edge, to: cost)
            let sent = network.send(
                cost, from: superSource, to: actionYearNode[action][year], exit: edge,
                blocked: { $0 == sink || !reachable[$0] }, log: &change.log)
            if sent < cost {
                paid = false
                break
            }
        }
        undo(change)
        return paid
    }

    /// Pushes `amount` from the super source through `node` and its sink edge, rerouting earlier
    /// payments where that makes room.
    private mutating func pushCost(
        _ amount: Int, into node: Int, through sinkEdge: Int,
        unreachable: inout [Int]
    ) -> (pushed: Int, log: [FlowNetwork.Push]) {
        var pushed = 0
        var log: [FlowNetwork.Push] = []
        let stamps = deadStamp
        let current = epoch
        while pushed < amount {
            guard
                let path = network.backwardPathPublic(
                    to: node, from: superSource,
                    blocked: { $0 == 1 || stamps[$0] == current },
                    unreachable: &unreachable)
            else { break }
            let route = path + [sinkEdge]
            var bottleneck = amount - pushed
            for edge in route { bottleneck = min(bottleneck, network.capacity[edge]) }
            guard bottleneck > 0 else { break }
            network.apply(route, amount: bottleneck)
            log.append(FlowNetwork.Push(edges: route, amount: bottleneck))
            pushed += bottleneck
        }
        return (pushed, log)
    }

    /// `[node]` → whether free money can reach it now (a residual path from the super source that
    /// does not pass the sink).
    func reachableByMoney() -> [Bool] {
        network.reachable(from: superSource, avoiding: sink)
    }

    /// Whether every year `action` costs something is in `reachable` (from `reachableByMoney`).
    /// When one is not, funding the action on top of the current payments must fail: pushing money
    /// only shrinks what free money reaches, so this is a quick and exact refusal.
    func mayBePaid(_ action: Int, reachable: [Bool]) -> Bool {
        actionYearNode[action].allSatisfy { $0 < 0 || reachable[$0] }
    }

    /// Money moved between sources: nodes found dead before may reach free money again.
    mutating func markMoneyMoved() { epoch += 1 }

    /// Returns to the state before `change`.
    mutating func undo(_ change: Change) {
        network.undo(change.log)
        for action in change.actions {
            funded[action] = false
            for edge in sinkEdge[action] where edge >= 0 { network.setCapacity(edge, to: 0) }
        }
        // Money was freed: nodes found dead before may reach it again.
        if !change.log.isEmpty { epoch += 1 }
    }

    /// What each source pays the action in each year (only amounts above 0).
    func payments(of action: Int) -> [Solution.Payment] {
        paymentEdges[action].compactMap { entry in
            let amount = network.flow(entry.edge)
            return amount > 0 ? Solution.Payment(source: entry.source, year: entry.year, amount: amount) : nil
        }
    }

    /// Euros each source pays in each year (with carry-over, this year's payments, whichever
    /// year's budget they come from).
    func spent() -> [[Int]] {
        var result = Array(repeating: Array(repeating: 0, count: problem.years.count), count: problem.sources.count)
        for entries in paymentEdges {
            for entry in entries { result[entry.source][entry.year] += network.flow(entry.edge) }
        }
        return result
    }
}
