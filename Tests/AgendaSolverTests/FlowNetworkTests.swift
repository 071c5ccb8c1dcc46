import Testing

@testable import AgendaSolver

/// `FlowNetwork.send` (Dinic's phases) against one path at a time, and `PaymentState.couldFund`
/// against funding and undoing.
struct FlowNetworkTests {
    /// A random network: node 0 the source, node 1 the target, edges with capacities 0 to 9
    /// among all nodes but the last, which only the target's exit edge (returned) reaches.
    private static func network(seed: UInt64) -> (network: FlowNetwork, exit: Int) {
        var random = SplitMix(seed: seed)
        let nodes = random.int(2...12)
        var network = FlowNetwork(nodes: nodes + 1)
        for _ in 0..<random.int(1...(nodes * 4)) {
            let from = random.int(0...(nodes - 1))
            let to = random.int(0...(nodes - 1))
            guard from != to else { continue }
            network.addEdge(from, to, capacity: random.int(0...9))
        }
        let exit = network.addEdge(1, nodes, capacity: 1_000)
        return (network, exit)
    }

    /// The most that can flow from node 0 to `node`, one shortest path at a time.
    private static func maximumFlow(_ network: FlowNetwork, to node: Int) -> Int {
        var copy = network
        var total = 0
        var unreachable: [Int] = []
        while let path = copy.backwardPathPublic(to: node, from: 0, blocked: { _ in false }, unreachable: &unreachable)
        {
            let amount = path.map { copy.capacity[$0] }.min() ?? 0
            guard amount > 0 else { break }
            copy.apply(path, amount: amount)
            total += amount
        }
        return total
    }

    /// Sending as much as can go finds the maximum flow; a smaller amount is sent in full when it
    /// fits; undoing the log restores every capacity.
    @Test(arguments: UInt64(1)...300)
    func sendFindsTheMaximumFlow(seed: UInt64) {
        let made = Self.network(seed: seed)
        var network = made.network
        let exit = made.exit
        let before = network.capacity
        let most = Self.maximumFlow(network, to: 1)
        var log: [FlowNetwork.Push] = []
        #expect(network.send(1_000, from: 0, to: 1, exit: exit, blocked: { _ in false }, log: &log) == most)
        #expect(network.flow(exit) == most)
        network.undo(log)
        #expect(network.capacity == before)
        if most > 1 {
            log = []
            #expect(network.send(most - 1, from: 0, to: 1, exit: exit, blocked: { _ in false }, log: &log) == most - 1)
            network.undo(log)
            #expect(network.capacity == before)
        }
    }

    /// Whether an action could be funded on top of others is what funding it finds, and asking
    /// leaves the payments as they were. The funded actions are taken greedily in agenda order,
    /// a third of them skipped, so budgets are nearly full and an answer often needs earlier
    /// payments moved; both answers occur. The question is asked of the same actions paid at
    /// once (`PaymentState.funding`), whose payments differ but whose answers may not.
    @Test func couldFundAgreesWithFunding() throws {
        var answers: [Bool: Int] = [:]
        for seed in UInt64(1)...40 {
            let shape = RandomProblems.Shape(municipalities: 2 + Int(seed % 5), actions: 30, years: 3, key: false)
            let problem = RandomProblems.problem(shape, seed: seed)
            var state = PaymentState(problem: problem)
            var random = SplitMix(seed: seed)
            for action in problem.actions.indices where random.int(0...2) > 0 { _ = state.fund([action]) }
            var atOnce = try #require(
                PaymentState.funding(problem.actions.indices.filter { state.funded[$0] }, in: problem))
            let reachable = atOnce.reachableByMoney()
            let capacities = atOnce.network.capacity
            for action in problem.actions.indices where !state.funded[action] {
                let could = atOnce.couldFund(action, reachable: reachable)
                #expect(atOnce.network.capacity == capacities, "seed \(seed): action \(action) left money moved")
                let change = state.fund([action])
                #expect(could == (change != nil), "seed \(seed): action \(action)")
                if let change { state.undo(change) }
                answers[could, default: 0] += 1
            }
        }
        #expect(answers[true, default: 0] > 0 && answers[false, default: 0] > 0, "\(answers)")
    }

    /// Actions paid at once can be paid exactly when they can be paid one after another.
    @Test func fundingAtOnceAgreesWithFundingInTurn() {
        var outcomes: [Bool: Int] = [:]
        for seed in UInt64(1)...60 {
            let shape = RandomProblems.Shape(municipalities: 2 + Int(seed % 4), actions: 20, years: 3, key: false)
            let problem = RandomProblems.problem(shape, seed: seed)
            var random = SplitMix(seed: seed &+ 7)
            let chosen = problem.actions.indices.filter { _ in random.int(0...3) > 0 }
            var inTurn = PaymentState(problem: problem)
            let paid = inTurn.fund(chosen) != nil
            #expect((PaymentState.funding(chosen, in: problem) != nil) == paid, "seed \(seed)")
            outcomes[paid, default: 0] += 1
        }
        #expect(outcomes[true, default: 0] > 0 && outcomes[false, default: 0] > 0, "\(outcomes)")
    }
}
