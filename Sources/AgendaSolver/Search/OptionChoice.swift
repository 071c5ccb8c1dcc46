/// Chooses one option per group so that the options' usage stays within every row's capacity and
/// their values add up to as much as it can find: a multiple-choice knapsack.
///
/// The choice starts from every group's first option, which must fit, and only ever moves to
/// choices that fit. It moves each group to the option the LP relaxation weighs most (the moves
/// that lose value, to free room, first), then greedily to any better option that still fits, then
/// exchanges: one group gives up some value so that another, which did not fit, gains more.
/// The relaxation has one convexity row per group and a row per capacity, so at most as many
/// groups as there are capacity rows are split between options; the rest are whole choices.
struct OptionChoice {
    /// One way to fill a group: its value and what it uses of each row.
    struct Option: Equatable {
        var value: Int
        /// `[row]` → the amount used, one entry per capacity row.
        var usage: [Int]
    }

    /// `[group]` → its options; the first ones together fit.
    let groups: [[Option]]
    /// `[row]` → the most the chosen options may use together.
    let capacity: [Int]

    /// `[group]` → the chosen option: the first ones when some group has no option, or the first
    /// ones do not fit.
    func choose() -> [Int] {
        var chosen = groups.map { _ in 0 }
        guard !groups.isEmpty, groups.allSatisfy({ !$0.isEmpty }) else { return chosen }
        var used = capacity.map { _ in 0 }
        for group in groups { add(group[0].usage, to: &used, sign: 1) }
        guard zip(used, capacity).allSatisfy({ $0 <= $1 }) else { return chosen }
        if let weights = relaxation() {
            for move in directedMoves(weights) { apply(move, to: &chosen, &used) }
        }
        for move in greedyMoves(chosen) where groups[move.group][move.option].value > value(chosen, move.group) {
            apply(move, to: &chosen, &used)
        }
        for _ in 0..<Self.exchangeLimit {
            guard let (give, take) = bestExchange(chosen, used) else { break }
            apply(give, take, to: &chosen, &used)
        }
        return chosen
    }

    /// At most this many exchanges end a choice.
    static let exchangeLimit = 200

    /// For the move with the largest gain that some other group can make room for, the move of
    /// that group which loses the least while doing so; nil when no such pair gains.
    private func bestExchange(_ chosen: [Int], _ used: [Int]) -> (give: Move, take: Move)? {
        var gives: [(move: Move, gain: Int)] = []
        for (group, options) in groups.enumerated() {
            for (option, entry) in options.enumerated()
            where entry.value <= value(chosen, group) && option != chosen[group] {
                gives.append(((group, option), entry.value - value(chosen, group)))
            }
        }
        gives.sort { ($0.gain, -$0.move.group, -$0.move.option) > ($1.gain, -$1.move.group, -$1.move.option) }
        for take in greedyMoves(chosen) {
            let gain = groups[take.group][take.option].value - value(chosen, take.group)
            var room = used
            add(groups[take.group][chosen[take.group]].usage, to: &room, sign: -1)
            add(groups[take.group][take.option].usage, to: &room, sign: 1)
            for give in gives where give.move.group != take.group && gain + give.gain > 0 {
                let old = groups[give.move.group][chosen[give.move.group]].usage
                let new = groups[give.move.group][give.move.option].usage
                if capacity.indices.allSatisfy({ room[$0] - old[$0] + new[$0] <= capacity[$0] }) {
                    return (give.move, take)
                }
            }
        }
        return nil
    }

    /// The sum of the chosen options' values.
    func value(of chosen: [Int]) -> Int {
        chosen.indices.reduce(0) { $0 + groups[$1][chosen[$1]].value }
    }

    private func value(_ chosen: [Int], _ group: Int) -> Int { groups[group][chosen[group]].value }

    private typealias Move = (group: Int, option: Int)

    /// Makes the moves (each of another group) when together they fit.
    private func apply(_ moves: Move..., to chosen: inout [Int], _ used: inout [Int]) {
        var after = used
        for move in moves {
            add(groups[move.group][chosen[move.group]].usage, to: &after, sign: -1)
            add(groups[move.group][move.option].usage, to: &after, sign: 1)
        }
        guard zip(after, capacity).allSatisfy({ $0 <= $1 }) else { return }
        used = after
        for move in moves { chosen[move.group] = move.option }
    }

    private func add(_ usage: [Int], to used: inout [Int], sign: Int) {
        for row in used.indices { used[row] += sign * usage[row] }
    }

    /// Each group's most weighed option where it is not the first: those that lose value first,
    /// then by weight and gain.
    private func directedMoves(_ weights: [[Double]]) -> [Move] {
        var moves: [(move: Move, weight: Double, gain: Int)] = []
        for (group, options) in groups.enumerated() {
            guard let best = weights[group].indices.max(by: { weights[group][$0] < weights[group][$1] }),
                best != 0
            else { continue }
            moves.append(((group, best), weights[group][best], options[best].value - options[0].value))
        }
        moves.sort { a, b in
            if (a.gain <= 0) != (b.gain <= 0) { return a.gain <= 0 }
            if a.weight != b.weight { return a.weight > b.weight }
            if a.gain != b.gain { return a.gain > b.gain }
            return a.move.group < b.move.group
        }
        return moves.map(\.move)
    }

    /// Every option better than the chosen one of its group, the largest gains first.
    private func greedyMoves(_ chosen: [Int]) -> [Move] {
        var moves: [(move: Move, gain: Int)] = []
        for (group, options) in groups.enumerated() {
            for (option, entry) in options.enumerated() where entry.value > options[chosen[group]].value {
                moves.append(((group, option), entry.value - options[chosen[group]].value))
            }
        }
        moves.sort { ($0.gain, -$0.move.group, -$0.move.option) > ($1.gain, -$1.move.group, -$1.move.option) }
        return moves.map(\.move)
    }

    /// The relaxation's weight of every option (`[group][option]`), or nil when it finds none.
    private func relaxation() -> [[Double]]? {
        let scale = Double(groups.joined().map { abs($0.value) }.max() ?? 1).nextUp
        var lp = LinearProgram()
        var first: [Int] = []
        for options in groups {
            first.append(lp.columnCount)
            for option in options { lp.addColumn(cost: -Double(option.value) / scale, lower: 0, upper: 1) }
        }
        for (row, limit) in capacity.enumerated() {
            let rowScale = max(Double(abs(limit)), 1)
            var entries: [(column: Int, value: Double)] = []
            for (group, options) in groups.enumerated() {
                for (option, entry) in options.enumerated() where entry.usage[row] != 0 {
                    entries.append((first[group] + option, Double(entry.usage[row]) / rowScale))
                }
            }
            lp.addRow(entries, lower: -.infinity, upper: Double(limit) / rowScale)
        }
        for (group, options) in groups.enumerated() {
            lp.addRow(options.indices.map { (first[group] + $0, 1.0) }, lower: 1, upper: 1)
        }
        var simplex = DualSimplex(lp)
        guard simplex.solve(limit: 50 * (lp.rowCount + 100)) == .optimal else { return nil }
        return groups.indices.map { group in groups[group].indices.map { simplex.value(first[group] + $0) } }
    }
}
