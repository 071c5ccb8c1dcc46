import Foundation
import Testing

@testable import AgendaSolver

/// The mix of the parts' plans in a split agenda (`OptionChoice`, `DecomposedSearch.mix`).
///
/// - **Choice**: on random small choices, the options chosen fit every row, are worth at least the
///   first options, never more than the best choice enumeration finds, and match it on at least 95% of seeds;
///   a trade that needs one group to give up value so another can gain more is found; without
///   options, or when the first options do not fit, nothing is moved.
/// - **Mix**: on random split problems with allocation-key floors, a split with its plans mixed
///   keeps every rule, and on some seeds it scores more than the same split without the mix.
@Suite struct PartMixTests {
    @Test func choiceFitsAndNearlyMatchesEnumeration() {
        var matched = 0
        let seeds = UInt64(1)...200
        for seed in seeds {
            let choice = Self.randomChoice(seed: seed)
            let chosen = choice.choose()
            let best = Self.enumeratedBest(choice)
            #expect(Self.fits(choice, chosen), "seed \(seed)")
            #expect(choice.value(of: chosen) >= choice.value(of: choice.groups.map { _ in 0 }), "seed \(seed)")
            #expect(choice.value(of: chosen) <= best, "seed \(seed)")
            if choice.value(of: chosen) == best { matched += 1 }
        }
        #expect(matched * 100 >= seeds.count * 95, "matched \(matched) of \(seeds.count)")
    }

    @Test func choiceTradesValueBetweenGroups() {
        // Each group alone can only keep its first option; together the first gives up 2 so that
        // the second gains 5.
        let choice = OptionChoice(
            groups: [
                [.init(value: 10, usage: [5]), .init(value: 8, usage: [2])],
                [.init(value: 10, usage: [5]), .init(value: 15, usage: [8])],
            ],
            capacity: [10])
        #expect(choice.choose() == [1, 1])
    }

    @Test func choiceWithoutRoomOrOptionsKeepsTheFirstOptions() {
        #expect(OptionChoice(groups: [], capacity: [3]).choose() == [])
        #expect(OptionChoice(groups: [[.init(value: 1, usage: [1])], []], capacity: [3]).choose() == [0, 0])
        // The first options do not fit: nothing is moved.
        let tight = OptionChoice(
            groups: [[.init(value: 1, usage: [4]), .init(value: 9, usage: [1])]], capacity: [3])
        #expect(tight.choose() == [0])
    }

    @Test func mixedSplitKeepsTheRulesAndSometimesScoresMore() {
        var better = 0
        for seed in UInt64(1)...8 {
            let (problem, split) = RandomProblems.untiedSplit(seed: seed)
            let demand = split.parts.map { _ in problem.sources.map { _ in problem.years.map { _ in 1.0 } } }
            guard case .plan(let plain) = split.run(demand: demand, mixes: false, progress: nil),
                case .plan(let mixed) = split.run(demand: demand, mixes: true, progress: nil)
            else { continue }
            let solution = Solution(
                funded: mixed.funded, payments: mixed.payments, objective: mixed.objective, bound: Int.max / 4,
                proven: false, nodes: mixed.nodes, method: .decomposedLPBranchAndBound, prices: [],
                infeasibility: [])
            #expect(SolutionCheck.violations(solution, problem).isEmpty, "seed \(seed)")
            if mixed.objective > plain.objective { better += 1 }
        }
        #expect(better > 0)
    }

    /// 2 to 5 groups of 1 to 3 options over 1 to 3 rows; the first options fit.
    static func randomChoice(seed: UInt64) -> OptionChoice {
        var random = SplitMix(seed: seed)
        let rows = random.int(1...3)
        let groups = (0..<random.int(2...5)).map { _ in
            (0..<random.int(1...3)).map { _ in
                OptionChoice.Option(value: random.int(0...20), usage: (0..<rows).map { _ in random.int(0...10) })
            }
        }
        let capacity = (0..<rows).map { row in
            groups.reduce(0) { $0 + $1[0].usage[row] } + random.int(0...6)
        }
        return OptionChoice(groups: groups, capacity: capacity)
    }

    static func fits(_ choice: OptionChoice, _ chosen: [Int]) -> Bool {
        choice.capacity.indices.allSatisfy { row in
            chosen.indices.reduce(0) { $0 + choice.groups[$1][chosen[$1]].usage[row] } <= choice.capacity[row]
        }
    }

    /// The best value of any choice that fits, by enumeration.
    static func enumeratedBest(_ choice: OptionChoice) -> Int {
        var best = Int.min
        var chosen = choice.groups.map { _ in 0 }
        while true {
            if fits(choice, chosen) { best = max(best, choice.value(of: chosen)) }
            var group = 0
            while group < chosen.count {
                chosen[group] += 1
                if chosen[group] < choice.groups[group].count { break }
                chosen[group] = 0
                group += 1
            }
            if group == chosen.count { return best }
        }
    }
}
