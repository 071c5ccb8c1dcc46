import Foundation
import Testing

@testable import AgendaSolver

/// The exchange of shared money between the parts of a split agenda (`DecomposedSearch.exchange`).
///
/// - **Projection**: `project` returns quotas that sum to the pool (to rounding) and never fall
///   below their lowest values; nil when the lowest values alone exceed the pool.
/// - **Exchange**: on random split problems with allocation-key floors, the exchanged quotas never
///   hand out more of any source and year than the parts had together, are never negative, and
///   never lower the sum of the parts' relaxations; on some seeds they raise it.
@Suite struct QuotaExchangeTests {
    @Test func projectionKeepsThePoolAndTheLowestValues() {
        let projected = DecomposedSearch.project([50, 10, -20], lowest: [0, 5, 0], total: 40)
        let values = projected ?? []
        #expect(values.count == 3)
        #expect(abs(values.reduce(0, +) - 40) < 1e-6)
        #expect(zip(values, [0.0, 5, 0]).allSatisfy { $0 >= $1 })
        // 50 − τ + max(5, 10 − τ) = 40 with τ = 15: the first keeps 35, the second its lowest 5.
        #expect(abs(values[0] - 35) < 1e-6 && abs(values[1] - 5) < 1e-6 && values[2] == 0)
        #expect(DecomposedSearch.project([1, 1], lowest: [30, 20], total: 40) == nil)
    }

    @Test func exchangeKeepsTheMoneyAndRaisesTheRelaxations() throws {
        var raised = 0
        for seed in UInt64(1)...8 {
            let (problem, split) = RandomProblems.untiedSplit(seed: seed)
            let pending = split.parts.indices.filter { !split.parts[$0].isEmpty && !(split.hasCrossPart && $0 == 0) }
            guard pending.count > 1 else { continue }
            // A deliberately poor first split: every part asks for the same.
            let flat = split.parts.map { _ in problem.sources.map { _ in problem.years.map { _ in 1.0 } } }
            let before = split.quotas(demand: flat).euros
            let floors = split.partFloors(problem.fairness?.floors)
            var after = before
            split.exchange(&after, among: pending, floors: floors, rounds: 30)
            for source in problem.sources.indices {
                for year in problem.years.indices {
                    let had = pending.reduce(0) { $0 + before[$1][source][year] }
                    let has = pending.reduce(0) { $0 + after[$1][source][year] }
                    #expect(has <= had, "seed \(seed): source \(source), year \(year): \(has) > \(had)")
                    #expect(pending.allSatisfy { after[$0][source][year] >= 0 })
                }
            }
            let first = Self.relaxations(split, pending, before, floors)
            let exchanged = Self.relaxations(split, pending, after, floors)
            #expect(exchanged >= first - 1e-6, "seed \(seed): \(exchanged) < \(first)")
            if exchanged > first + 1e-6 { raised += 1 }
        }
        #expect(raised > 0)
    }

    /// The sum of the parts' relaxations within `euros` (a part without a solution counts 0).
    static func relaxations(
        _ split: DecomposedSearch, _ pending: [Int], _ euros: [[[Int]]], _ floors: (Int) -> [[Double]]?
    ) -> Double {
        pending.reduce(0.0) { total, part in
            let (sub, _) = split.subproblem(split.parts[part], quotas: euros[part], floors: floors(part))
            return total + (DecomposedSearch.PartRelaxation(sub)?.value ?? 0)
        }
    }
}
