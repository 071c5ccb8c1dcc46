import Testing

@testable import AgendaSolver

/// Gomory mixed-integer cuts (`GomoryCuts`): one worked out by hand, and on random programs of
/// whole and continuous columns, every cut of several rounds holds for every point whose whole
/// columns are whole, found by enumerating them.
@Suite struct GomoryCutTests {
    /// Maximise `2 x₀ + x₁` with `2 x₀ + 2 x₁ ≤ 3`, both whole in [0, 1]: the relaxation funds
    /// `x₀` and half of `x₁`. Its tableau row is `x₁ + x₀ + ½ s = 0` with the row's logical
    /// `s = −(2 x₀ + 2 x₁)` at its bound −3 and `x₀` at 1; `f₀ = ½`, and the distance `t = s + 3`
    /// gets `g = ½ / ½ = 1` while `x₀`'s whole entry −1 gets 0. So `s + 3 ≥ 1`, which is
    /// `2 x₀ + 2 x₁ ≤ 2`, or `x₀ + x₁ ≤ 1` scaled.
    @Test func aKnapsackRowByHand() throws {
        var lp = LinearProgram()
        lp.addColumn(cost: -2, lower: 0, upper: 1)
        lp.addColumn(cost: -1, lower: 0, upper: 1)
        lp.addRow([(0, 2), (1, 2)], lower: -.infinity, upper: 3)
        var simplex = DualSimplex(lp)
        #expect(simplex.solve() == .optimal)
        #expect(abs(simplex.value(1) - 0.5) < 1e-12)
        let cuts = GomoryCuts(isDecision: [true, true]).separate(&simplex, limit: 10)
        let cut = try #require(cuts.first)
        #expect(cuts.count == 1)
        #expect(cut.kind == .gomory)
        #expect(cut.columns == [0, 1])
        #expect(cut.coefficients.allSatisfy { abs($0 - 1) < 1e-12 })
        #expect(abs(cut.upper - 1) < 1e-6 && cut.upper >= 1)
    }

    /// 300 random programs of two to five whole columns in [0, 1] or [0, 2] and two continuous
    /// ones, with three rows of mixed signs: three rounds of cuts, each from the optimum of the
    /// program with the earlier rounds' cuts as rows. Each cut is broken by its point and holds
    /// for every whole choice: the most its left side reaches over the continuous columns (an LP)
    /// stays within its right-hand side.
    @Test func everyCutHoldsOnRandomPrograms() {
        var random = SplitMix(seed: 41)
        var checked = 0
        for _ in 0..<300 {
            let whole = random.int(2...5)
            let (lp, isDecision) = Self.program(whole: whole, continuous: 2, rows: 3, random: &random)
            var current = lp
            var cuts: [Cut] = []
            for _ in 0..<3 {
                var simplex = DualSimplex(current)
                guard simplex.solve() == .optimal else { break }
                let point = (0..<lp.columnCount).map { simplex.value($0) }
                let found = GomoryCuts(isDecision: isDecision).separate(&simplex, limit: 10)
                guard !found.isEmpty else { break }
                for cut in found { #expect(cut.violation(point) > 1e-9, "a cut is broken by its point") }
                cuts += found
                current = lp.adding(cuts)
            }
            for cut in cuts {
                for choice in Self.choices(lp, isDecision: isDecision) {
                    let most = Self.largestLeftSide(cut, lp: lp, fixing: choice)
                    #expect(most <= cut.upper + 1e-7 * max(1, abs(cut.upper)), "\(cut) reaches \(most) at \(choice)")
                }
                checked += 1
            }
        }
        #expect(checked >= 200, "cuts checked: \(checked)")
    }

    /// A program to minimise with `whole` whole columns first, then `continuous` ones.
    static func program(whole: Int, continuous: Int, rows: Int, random: inout SplitMix) -> (LinearProgram, [Bool]) {
        var lp = LinearProgram()
        for index in 0..<(whole + continuous) {
            let upper = index < whole ? Double(random.int(1...2)) : random.uniform(1, 4)
            lp.addColumn(cost: -Double(random.int(1...9)), lower: 0, upper: upper)
        }
        for _ in 0..<rows {
            let entries = (0..<lp.columnCount).map { ($0, Double(random.int(-2...6)) / 2) }
            let total = entries.reduce(0.0) { $0 + max(0, $1.1) * lp.columnUpper[$1.0] }
            lp.addRow(entries, lower: -.infinity, upper: (total * random.uniform(0.2, 0.7)).rounded() + 0.5)
        }
        return (lp, (0..<lp.columnCount).map { $0 < whole })
    }

    /// Every whole value of the whole columns, as fixings `[column: value]`.
    static func choices(_ lp: LinearProgram, isDecision: [Bool]) -> [[Int: Double]] {
        var all: [[Int: Double]] = [[:]]
        for column in isDecision.indices where isDecision[column] {
            let values = stride(from: lp.columnLower[column], through: lp.columnUpper[column], by: 1)
            all = all.flatMap { choice in values.map { choice.merging([column: $0]) { $1 } } }
        }
        return all
    }

    /// The most the cut's left side reaches over `lp` with the whole columns fixed; −∞ when the
    /// fixing leaves no point.
    static func largestLeftSide(_ cut: Cut, lp: LinearProgram, fixing choice: [Int: Double]) -> Double {
        var fixed = lp
        for (column, value) in choice {
            fixed.columnLower[column] = value
            fixed.columnUpper[column] = value
        }
        fixed.cost = Array(repeating: 0, count: lp.columnCount)
        for (column, coefficient) in zip(cut.columns, cut.coefficients) { fixed.cost[column] = -coefficient }
        var simplex = DualSimplex(fixed)
        guard simplex.solve() == .optimal else { return -.infinity }
        return -simplex.objective
    }
}
