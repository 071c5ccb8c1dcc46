import Foundation
import Testing

@testable import AgendaSolver

/// The sparse dual simplex on planning models of thousands of rows, far past what a dense basis
/// inverse could hold: a random problem of 400 actions over 12 municipalities and 4 years
/// (over 1,000 rows, so that steepest edge prices it: one payment row per action-year, budget rows per source-year, floors,
/// `requires` and `excludes`).
///
/// The relaxation must reach `.optimal` with a valid optimality certificate (the same independent
/// check `DualSimplexTests` makes), and a second simplex restored to the all-logical basis from a
/// fresh factorisation must reach the same objective, as must pricing by the largest violation
/// instead of steepest edge. The optimal basis restored from a stored factorisation is the same
/// state, bit for bit, as factorising it again. Iterations and seconds of both pricings are printed.
@Suite struct DualSimplexScaleTests {
    @Test func largeModelsSolveToACertifiedOptimum() throws {
        let shape = RandomProblems.Shape(municipalities: 12, actions: 400, years: 4, key: true)
        let model = PlanningModel(problem: RandomProblems.problem(shape, seed: 1))
        let lp = model.lp
        #expect(lp.rowCount >= DualSimplex.steepestEdgeRows, "\(lp.rowCount) rows")
        let clock = ContinuousClock()
        var simplex = DualSimplex(lp)
        let start = clock.now
        let status = simplex.solve()
        let seconds = (clock.now - start) / .seconds(1)
        print(
            "scale: \(lp.rowCount) rows, \(lp.columnCount) columns: \(status), objective \(simplex.objective),",
            "\(simplex.iterations) iterations, \(simplex.refactors) factorisations, \(seconds) s")
        try #require(status == .optimal)
        #expect(DualSimplexTests.certificateIssues(lp, simplex).isEmpty)

        // The optimal basis restored from a stored factorisation is the same state, bit for bit,
        // as factorising it again (re-plans on both cores share factorisations).
        var inverted = DualSimplex(lp)
        inverted.restore(simplex.basis)
        let stored = try #require(inverted.freshFactorization)
        var reused = DualSimplex(lp)
        _ = reused.solve(limit: 50)
        let earlier = reused.iterations
        reused.restore(simplex.basis, from: stored)
        #expect(inverted.rowDuals() == reused.rowDuals())
        #expect((0..<lp.columnCount).map { inverted.value($0) } == (0..<lp.columnCount).map { reused.value($0) })
        #expect(inverted.solve() == .optimal && reused.solve() == .optimal)
        #expect(inverted.objective == reused.objective && inverted.iterations == reused.iterations - earlier)

        // Start again from the all-logical basis, restored from its own fresh factorisation.
        let logical = DualSimplex(lp)
        let basis = logical.basis
        let factorization = try #require(logical.freshFactorization)
        var again = DualSimplex(lp)
        _ = again.solve(limit: 50)
        again.restore(basis, from: factorization)
        #expect(again.solve() == .optimal)
        let gap = abs(again.objective - simplex.objective)
        #expect(gap <= 1e-7 * max(1, abs(simplex.objective)), "objectives \(again.objective), \(simplex.objective)")

        // The other pricing reaches the same optimum (printed to compare the two).
        var plain = DualSimplex(lp)
        plain.pricing = .largestViolation
        let plainStart = clock.now
        #expect(plain.solve() == .optimal)
        let plainSeconds = (clock.now - plainStart) / .seconds(1)
        print("scale, largest violation: \(plain.iterations) iterations, \(plainSeconds) s")
        #expect(abs(plain.objective - simplex.objective) <= 1e-7 * max(1, abs(simplex.objective)))
    }
}
