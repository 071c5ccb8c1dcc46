import Foundation
import Testing

@testable import AgendaSolver

/// The planner's linear-programming solver (`DualSimplex` on a `LinearProgram`), tested on its own.
///
/// What the properties mean:
/// - **Textbook optima**: small LPs whose optimum is known by hand (maximisations written as the
///   minimisation of the negated cost) come out with that objective and those primal values, for
///   `≤`, `≥`, `=` and ranged rows, negative bounds and columns stopped by their own box.
/// - **Infeasibility**: LPs that are infeasible by construction (contradicting rows, rows no point of
///   the box can reach) are reported `.infeasible`, never `.optimal`.
/// - **Optimality certificate** on hundreds of random boxed LPs that are feasible by construction
///   (a random point of the box satisfies every row): `solve()` must say `.optimal`, and the answer
///   is then checked independently of the solver's own bookkeeping — the primal point keeps every row
///   and bound; the reduced costs `d_j = c_j − Σ_i y_i a_ij`, computed here from `rowDuals()`, have
///   the sign a minimum needs at each column's position (≥ 0 at the lower bound, ≤ 0 at the upper
///   bound, 0 in between), and so have the duals at each row's position (`y_i > 0` only where the
///   lower side binds, `y_i < 0` only where the upper side binds); and the dual objective
///   `Σ_i y_i·(binding row bound) + Σ_j d_j·(column bound)` equals the primal objective (strong
///   duality). Together these prove the point optimal.
/// - **Warm start**: after `setBounds` on a solved simplex, `solve()` reaches what a cold simplex on
///   the changed LP reaches (same status, same objective); with the bounds reset, `restore` of the
///   earlier basis brings back the first optimum.
/// - **Moved rows**: after `setRowBounds`, `solve()` reaches what a cold simplex on the changed LP
///   reaches, with a valid certificate.
/// - **Degeneracy**: LPs with many zero costs, tied costs and many rows tight at one vertex (and
///   Beale's cycling example) still end `.optimal`, with a valid certificate.
@Suite struct DualSimplexTests {
    // MARK: Textbook LPs

    /// Wyndor Glass: max 3x + 5y, x ≤ 4, 2y ≤ 12, 3x + 2y ≤ 18 → (2, 6), 36; duals (0, 3/2, 1).
    /// A relaxation's value becomes a bound in whole ten-thousandths, rounded down after room for
    /// rounding error; values a stopped simplex can report (run off to infinity, not a number)
    /// become bounds instead of stopping the program (a national scenario once did).
    @Test func boundsFromRelaxationValues() {
        #expect(LPBranchAndBound.certified(120.2498) == 1_202_498)
        #expect(LPBranchAndBound.certified(120.24979999999) == 1_202_498)
        #expect(LPBranchAndBound.certified(120.24985) == 1_202_498)
        #expect(LPBranchAndBound.certified(120.24989) == 1_202_499, "within the room for rounding error")
        #expect(LPBranchAndBound.certified(-1e300) <= Int.min / 4)
        #expect(LPBranchAndBound.certified(-.infinity) == Int.min / 4)
        #expect(LPBranchAndBound.certified(1e300) >= Int.max / 4)
        #expect(LPBranchAndBound.certified(.nan) == Int.max / 4)
        #expect(PlanSearch.certified(1e300) >= Int.max / 4)
        #expect(PlanSearch.certified(-1e300) <= Int.min / 4)
    }

    /// Maximise 3x + 5y with x ≤ 4, 2y ≤ 12, 3x + 2y ≤ 18 (minimum −36 at x = 2, y = 6); columns
    /// x = 0 and y = 1.
    static var textbook: LinearProgram {
        var lp = LinearProgram()
        let x = lp.addColumn(cost: -3, lower: 0, upper: 100)
        let y = lp.addColumn(cost: -5, lower: 0, upper: 100)
        lp.addRow([(x, 1)], lower: -.infinity, upper: 4)
        lp.addRow([(y, 2)], lower: -.infinity, upper: 12)
        lp.addRow([(x, 3), (y, 2)], lower: -.infinity, upper: 18)
        return lp
    }

    @Test func lessThanRowsMaximisation() {
        let lp = Self.textbook
        let x = 0
        let y = 1
        var simplex = DualSimplex(lp)
        #expect(simplex.solve() == .optimal)
        #expect(abs(simplex.objective - -36) <= 1e-7)
        #expect(abs(simplex.value(x) - 2) <= 1e-7)
        #expect(abs(simplex.value(y) - 6) <= 1e-7)
        // Raising an upper bound by one lowers the minimum by the shadow price of the maximisation.
        let duals = simplex.rowDuals()
        #expect(abs(duals[0]) <= 1e-7)
        #expect(abs(duals[1] - -1.5) <= 1e-7)
        #expect(abs(duals[2] - -1) <= 1e-7)
        // Logicals are minus the row activities.
        #expect(abs(simplex.value(lp.columnCount + 2) - -18) <= 1e-7)
        #expect(Self.certificateIssues(lp, simplex).isEmpty)
    }

    /// The bound-flipping ratio test: min Σ j·x_j over x_j ∈ [0, 1] with Σ x_j ≥ 3.5. From the
    /// all-logical basis one pivot is enough: the step passes the breakpoints of x_1, x_2 and x_3,
    /// which flip to 1, and x_4 enters at 0.5 (objective 1 + 2 + 3 + 2 = 8). A ratio test without
    /// flips needs four pivots here.
    @Test func oneLongStepFlipsTheColumnsItPasses() {
        var lp = LinearProgram()
        let columns = (1...6).map { lp.addColumn(cost: Double($0), lower: 0, upper: 1) }
        lp.addRow(columns.map { ($0, 1) }, lower: 3.5, upper: .infinity)
        var simplex = DualSimplex(lp)
        #expect(simplex.solve() == .optimal)
        #expect(simplex.iterations == 1)
        #expect(abs(simplex.objective - 8) <= 1e-9)
        #expect(columns.map { simplex.value($0) } == [1, 1, 1, 0.5, 0, 0])
        #expect(Self.certificateIssues(lp, simplex).isEmpty)
    }

    /// A row that even every column flipped cannot meet: the long step never claims that by
    /// itself (the last group enters), and the next pivot row, with nothing left to enter, shows
    /// the program infeasible.
    @Test func aRowNoFlipCanMeetIsInfeasible() {
        var lp = LinearProgram()
        let columns = (1...6).map { lp.addColumn(cost: Double($0), lower: 0, upper: 1) }
        lp.addRow(columns.map { ($0, 1) }, lower: 6.5, upper: .infinity)
        var simplex = DualSimplex(lp)
        #expect(simplex.solve() == .infeasible)
    }

    /// Diet-style: min 2x + 3y, x + y ≥ 4, x + 3y ≥ 6 → (3, 1), 9.
    @Test func greaterThanRowsMinimisation() {
        var lp = LinearProgram()
        let x = lp.addColumn(cost: 2, lower: 0, upper: 100)
        let y = lp.addColumn(cost: 3, lower: 0, upper: 100)
        lp.addRow([(x, 1), (y, 1)], lower: 4, upper: .infinity)
        lp.addRow([(x, 1), (y, 3)], lower: 6, upper: .infinity)
        var simplex = DualSimplex(lp)
        #expect(simplex.solve() == .optimal)
        #expect(abs(simplex.objective - 9) <= 1e-7)
        #expect(abs(simplex.value(x) - 3) <= 1e-7)
        #expect(abs(simplex.value(y) - 1) <= 1e-7)
        // Both lower sides bind: raising them raises the minimum (duals 3/2 and 1/2).
        let duals = simplex.rowDuals()
        #expect(abs(duals[0] - 1.5) <= 1e-7)
        #expect(abs(duals[1] - 0.5) <= 1e-7)
        #expect(Self.certificateIssues(lp, simplex).isEmpty)
    }

    /// Equalities: min x + 2y + 3z, x + y + z = 10, x − y = 2, x ≤ 5 → (5, 3, 2), 17.
    @Test func equalityRows() {
        var lp = LinearProgram()
        let x = lp.addColumn(cost: 1, lower: 0, upper: 5)
        let y = lp.addColumn(cost: 2, lower: 0, upper: 100)
        let z = lp.addColumn(cost: 3, lower: 0, upper: 100)
        lp.addRow([(x, 1), (y, 1), (z, 1)], lower: 10, upper: 10)
        lp.addRow([(x, 1), (y, -1)], lower: 2, upper: 2)
        var simplex = DualSimplex(lp)
        #expect(simplex.solve() == .optimal)
        #expect(abs(simplex.objective - 17) <= 1e-7)
        #expect(abs(simplex.value(x) - 5) <= 1e-7)
        #expect(abs(simplex.value(y) - 3) <= 1e-7)
        #expect(abs(simplex.value(z) - 2) <= 1e-7)
        // x sits at its upper bound with a negative reduced cost (more x would pay).
        #expect(simplex.reducedCost(x) < -1e-7)
        #expect(Self.certificateIssues(lp, simplex).isEmpty)
    }

    /// A ranged row, both of its sides in turn:
    /// max x + y, 2 ≤ x − y ≤ 3, x + 2y ≤ 10 → (16/3, 7/3), 23/3 (upper side binds);
    /// min x + 3y, same rows → (2, 0), 2 (lower side binds).
    @Test func rangedRows() {
        var lp = LinearProgram()
        let x = lp.addColumn(cost: -1, lower: 0, upper: 10)
        let y = lp.addColumn(cost: -1, lower: 0, upper: 10)
        lp.addRow([(x, 1), (y, -1)], lower: 2, upper: 3)
        lp.addRow([(x, 1), (y, 2)], lower: -.infinity, upper: 10)
        var simplex = DualSimplex(lp)
        #expect(simplex.solve() == .optimal)
        #expect(abs(simplex.objective - -23.0 / 3) <= 1e-7)
        #expect(abs(simplex.value(x) - 16.0 / 3) <= 1e-7)
        #expect(abs(simplex.value(y) - 7.0 / 3) <= 1e-7)
        #expect(simplex.rowDuals()[0] < -1e-7, "the ranged row's upper side binds")
        #expect(Self.certificateIssues(lp, simplex).isEmpty)

        lp.cost = [1, 3]
        var other = DualSimplex(lp)
        #expect(other.solve() == .optimal)
        #expect(abs(other.objective - 2) <= 1e-7)
        #expect(abs(other.value(x) - 2) <= 1e-7)
        #expect(abs(other.value(y)) <= 1e-7)
        #expect(abs(other.rowDuals()[0] - 1) <= 1e-7, "the ranged row's lower side binds")
        #expect(Self.certificateIssues(lp, other).isEmpty)
    }

    /// Columns stopped by their own box, and negative bounds:
    /// min −x − y, x + y ≤ 1.5, x, y ∈ [0, 1] → −1.5;
    /// min x, x + y ≥ −3, x ∈ [−5, 5], y ∈ [−1, 1] → x = −4, y = 1.
    @Test func boxesAndNegativeBounds() {
        var lp = LinearProgram()
        let x = lp.addColumn(cost: -1, lower: 0, upper: 1)
        let y = lp.addColumn(cost: -1, lower: 0, upper: 1)
        lp.addRow([(x, 1), (y, 1)], lower: -.infinity, upper: 1.5)
        var simplex = DualSimplex(lp)
        #expect(simplex.solve() == .optimal)
        #expect(abs(simplex.objective - -1.5) <= 1e-7)
        #expect(abs(simplex.value(x) + simplex.value(y) - 1.5) <= 1e-7)
        #expect(Self.certificateIssues(lp, simplex).isEmpty)

        var negative = LinearProgram()
        let u = negative.addColumn(cost: 1, lower: -5, upper: 5)
        let v = negative.addColumn(cost: 0, lower: -1, upper: 1)
        negative.addRow([(u, 1), (v, 1)], lower: -3, upper: .infinity)
        var second = DualSimplex(negative)
        #expect(second.solve() == .optimal)
        #expect(abs(second.objective - -4) <= 1e-7)
        #expect(abs(second.value(u) - -4) <= 1e-7)
        #expect(abs(second.value(v) - 1) <= 1e-7)
        #expect(Self.certificateIssues(negative, second).isEmpty)
    }

    /// A pivot limit stops early with `.iterationLimit` and a dual bound (below the minimum); solving
    /// on reaches the optimum.
    @Test func iterationLimitThenContinue() {
        let lp = Self.textbook
        var simplex = DualSimplex(lp)
        #expect(simplex.solve(limit: 0) == .iterationLimit)
        #expect(simplex.objective <= -36 + 1e-7)
        // The certificate check is not vacuous: it rejects the unfinished basis.
        #expect(!Self.certificateIssues(lp, simplex).isEmpty)
        #expect(simplex.solve() == .optimal)
        #expect(abs(simplex.objective - -36) <= 1e-7)
    }

    // MARK: Infeasible LPs

    @Test func contradictoryRowsAreInfeasible() {
        // x ≤ 1 and x ≥ 2 through two rows.
        var lp = LinearProgram()
        let x = lp.addColumn(cost: 1, lower: 0, upper: 10)
        lp.addRow([(x, 1)], lower: -.infinity, upper: 1)
        lp.addRow([(x, 1)], lower: 2, upper: .infinity)
        var simplex = DualSimplex(lp)
        #expect(simplex.solve() == .infeasible)

        // x + y ≥ 5 with x, y ∈ [0, 2].
        var box = LinearProgram()
        let a = box.addColumn(cost: -1, lower: 0, upper: 2)
        let b = box.addColumn(cost: 2, lower: 0, upper: 2)
        box.addRow([(a, 1), (b, 1)], lower: 5, upper: .infinity)
        var second = DualSimplex(box)
        #expect(second.solve() == .infeasible)

        // x + y = 1 and x + y = 3.
        var equal = LinearProgram()
        let p = equal.addColumn(cost: 0, lower: 0, upper: 10)
        let q = equal.addColumn(cost: 0, lower: 0, upper: 10)
        equal.addRow([(p, 1), (q, 1)], lower: 1, upper: 1)
        equal.addRow([(p, 1), (q, 1)], lower: 3, upper: 3)
        var third = DualSimplex(equal)
        #expect(third.solve() == .infeasible)
    }

    /// Random feasible LPs made infeasible on purpose: a row and its copy whose ranges do not meet,
    /// or a row asking for more than any point of the box gives.
    @Test func randomInfeasibleLPs() {
        var infeasible = 0
        for seed in UInt64(1)...120 {
            var random = SplitMix(seed: seed &* 7919)
            var (lp, _) = Self.randomFeasibleLP(&random)
            let n = lp.columnCount
            // A dense row with nonzero coefficients.
            let entries = (0..<n).map { (column: $0, value: Double(random.int(1...4)) * (random.bool() ? 1 : -1)) }
            // Its range over the box.
            var low = 0.0
            var high = 0.0
            for entry in entries {
                let a = entry.value * lp.columnLower[entry.column]
                let b = entry.value * lp.columnUpper[entry.column]
                low += min(a, b)
                high += max(a, b)
            }
            switch seed % 3 {
            case 0:
                let cut = random.uniform(low, high)
                lp.addRow(entries, lower: -.infinity, upper: cut)
                lp.addRow(entries, lower: cut + random.uniform(0.01, 2), upper: .infinity)
            case 1:
                lp.addRow(entries, lower: high + random.uniform(0.01, 2), upper: .infinity)
            default:
                let mid = random.uniform(low, high)
                lp.addRow(entries, lower: mid, upper: mid)
                lp.addRow(
                    entries.map { ($0.column, -$0.value) }, lower: -mid + random.uniform(0.01, 2), upper: .infinity)
            }
            var simplex = DualSimplex(lp)
            let status = simplex.solve()
            #expect(status == .infeasible, "seed \(seed): infeasible by construction, solver says \(status)")
            if status == .infeasible { infeasible += 1 }
        }
        #expect(infeasible == 120)
    }

    // MARK: Random LPs with a certificate

    @Test func randomFeasibleLPsHaveACertifiedOptimum() {
        var optimal = 0
        var pivots = 0
        let count = 2_000
        for seed in UInt64(1)...UInt64(count) {
            var random = SplitMix(seed: seed)
            let (lp, _) = Self.randomFeasibleLP(&random)
            var simplex = DualSimplex(lp)
            let status = simplex.solve()
            #expect(status == .optimal, "seed \(seed): feasible by construction, solver says \(status)")
            guard status == .optimal else { continue }
            optimal += 1
            pivots += simplex.iterations
            let issues = Self.certificateIssues(lp, simplex)
            #expect(issues.isEmpty, "seed \(seed): \(issues.joined(separator: "; "))")
        }
        #expect(optimal == count)
        #expect(pivots > count, "the instances should need pivots, not start optimal")
    }

    // MARK: Warm start

    @Test func warmStartMatchesColdStart() {
        var checked = 0
        var infeasibleAfterChange = 0
        for seed in UInt64(1)...300 {
            var random = SplitMix(seed: seed &+ 1_000_003)
            guard case (let lp, var warm)? = Self.solvedRandomLP(&random, seed: seed) else { continue }
            let first = warm.objective
            let firstBasis = warm.basis

            // Change one to three columns' boxes (a sub-box, a fixing, or a shifted box), as branch
            // and bound does.
            var changed = lp
            for _ in 0..<random.int(1...3) {
                let j = random.int(0...(lp.columnCount - 1))
                let l = lp.columnLower[j]
                let u = lp.columnUpper[j]
                let newLower: Double
                let newUpper: Double
                switch random.int(0...2) {
                case 0:
                    let a = random.uniform(l, u)
                    let b = random.uniform(l, u)
                    (newLower, newUpper) = (min(a, b), max(a, b))
                case 1:
                    let v = random.bool() ? l : u
                    (newLower, newUpper) = (v, v)
                default:
                    let shift = random.uniform(-3, 3)
                    (newLower, newUpper) = (l + shift, u + shift)
                }
                changed.columnLower[j] = newLower
                changed.columnUpper[j] = newUpper
                warm.setBounds(j, lower: newLower, upper: newUpper)
            }
            if Self.warmMatchesCold(&warm, changed, seed: seed) == .infeasible { infeasibleAfterChange += 1 }

            // Back to the original boxes and the first basis: the first optimum again.
            for j in 0..<lp.columnCount
            where changed.columnLower[j] != lp.columnLower[j] || changed.columnUpper[j] != lp.columnUpper[j] {
                warm.setBounds(j, lower: lp.columnLower[j], upper: lp.columnUpper[j])
            }
            warm.restore(firstBasis)
            #expect(warm.solve() == .optimal, "seed \(seed): restored basis")
            #expect(abs(warm.objective - first) <= 1e-7, "seed \(seed): restored \(warm.objective), first \(first)")
            let issues = Self.certificateIssues(lp, warm)
            #expect(issues.isEmpty, "seed \(seed) (restored): \(issues.joined(separator: "; "))")
            checked += 1
        }
        #expect(checked == 300)
        // Some shifted boxes make the LP infeasible: the warm start must say so too (checked above).
        #expect(infeasibleAfterChange > 0)
    }

    /// A basis optimal for one cost vector, restored under another (what re-planning with other
    /// scores does), is often not dual feasible: a logical of a one-sided row cannot move to its
    /// infinite bound. `isDualFeasible` says so; `makeDualFeasible` bounds those rows by what their
    /// activity can reach, and the solve reaches the cold start's optimum. Solving on from such a
    /// basis as it is would stop at a value above the optimum, which is no bound at all; that
    /// happens on some of these instances.
    @Test func aBasisForOtherCostsIsCheckedBeforeItIsUsed() {
        var infeasibleBases = 0
        var wrongWithoutTheCheck = 0
        for seed in UInt64(1)...300 {
            var random = SplitMix(seed: seed &+ 11_000_003)
            let (lp, _) = Self.randomFeasibleLP(&random)
            var first = DualSimplex(lp)
            guard first.solve() == .optimal else { continue }
            var other = lp
            other.cost = lp.cost.map { $0 * random.uniform(0.2, 1.8) + random.uniform(-2, 2) }
            var cold = DualSimplex(other)
            guard cold.solve() == .optimal else { continue }
            var restored = DualSimplex(other)
            restored.restore(first.basis)
            if !restored.isDualFeasible {
                infeasibleBases += 1
                var unchecked = restored
                if unchecked.solve() == .optimal, unchecked.objective > cold.objective + 1e-6 {
                    wrongWithoutTheCheck += 1
                }
                restored.makeDualFeasible()
                #expect(restored.isDualFeasible, "seed \(seed): made dual feasible")
            }
            #expect(restored.solve() == .optimal, "seed \(seed)")
            #expect(
                abs(restored.objective - cold.objective) <= 1e-7 * max(1, abs(cold.objective)),
                "seed \(seed): restored \(restored.objective), cold \(cold.objective)")
        }
        #expect(infeasibleBases > 0)
        #expect(wrongWithoutTheCheck > 0, "the check matters: some restored bases stop above the optimum")
    }

    /// Returning to a basis with its stored inverse (`restore(_:from:)`, what re-plans share) is
    /// the same state, bit for bit, as inverting it again, whatever the bounds and costs are now.
    @Test func storedInverseRestoresExactlyLikeInverting() {
        for seed in UInt64(1)...200 {
            var random = SplitMix(seed: seed &+ 7_000_001)
            let (lp, _) = Self.randomFeasibleLP(&random)
            var first = DualSimplex(lp)
            guard first.solve() == .optimal else { continue }
            let basis = first.basis
            var inverted = DualSimplex(lp)
            inverted.restore(basis)
            guard let factorization = inverted.freshFactorization else {
                Issue.record("seed \(seed): a restored basis is freshly inverted")
                continue
            }
            // The same program with other costs (as other scores give), from either start.
            var other = lp
            other.cost = lp.cost.map { $0 * random.uniform(0.5, 1.5) }
            var fresh = DualSimplex(other)
            var stored = DualSimplex(other)
            fresh.restore(basis)
            stored.restore(basis, from: factorization)
            #expect(fresh.rowDuals() == stored.rowDuals(), "seed \(seed)")
            #expect(
                (0..<lp.columnCount).map { fresh.value($0) } == (0..<lp.columnCount).map { stored.value($0) },
                "seed \(seed)")
            let freshStatus = fresh.solve()
            let storedStatus = stored.solve()
            #expect(freshStatus == storedStatus && fresh.objective == stored.objective, "seed \(seed)")
        }
    }

    /// A factoriser made from one simplex and reused for basis after basis (`Factorizer`, what
    /// factorises a proof's leaves on the other core) gives what inverting each basis gives: the
    /// same state, bit for bit, once restored.
    @Test func aReusedFactorizerFactorisesLikeInverting() {
        var random = SplitMix(seed: 7_100_003)
        var compared = 0
        for seed in UInt64(1)...40 {
            let (lp, _) = Self.randomFeasibleLP(&random)
            var factorizer = DualSimplex.Factorizer(DualSimplex(lp))
            // The optimal bases of the program under a few costs, one after another.
            for _ in 0..<4 {
                var costed = lp
                costed.cost = lp.cost.map { $0 * random.uniform(0.2, 2) }
                var solved = DualSimplex(costed)
                guard solved.solve() == .optimal else { continue }
                let basis = solved.basis
                var inverted = DualSimplex(lp)
                inverted.restore(basis)
                var stored = DualSimplex(lp)
                stored.restore(basis, from: factorizer.factorization(of: basis))
                #expect(inverted.basis.basic == stored.basis.basic, "seed \(seed)")
                #expect(inverted.rowDuals() == stored.rowDuals(), "seed \(seed)")
                #expect(
                    (0..<lp.columnCount).map { inverted.value($0) } == (0..<lp.columnCount).map { stored.value($0) },
                    "seed \(seed)")
                compared += 1
            }
        }
        #expect(compared > 40)
    }

    /// A solve stopped once its objective passes a cut-off still bounds the optimum from below
    /// (minimising): the stop only skips pivots that could raise it further.
    @Test func cutOffStopsWithAValidBound() {
        var stopped = 0
        for seed in UInt64(1)...300 {
            var random = SplitMix(seed: seed &+ 9_000_011)
            let (lp, _) = Self.randomFeasibleLP(&random)
            var full = DualSimplex(lp)
            guard full.solve() == .optimal else { continue }
            let optimum = full.objective
            var early = DualSimplex(lp)
            let threshold = optimum - random.uniform(0, 5)
            let status = early.solve(cutOff: { $0 >= threshold })
            if status == .cutOff {
                stopped += 1
                #expect(early.objective >= threshold, "seed \(seed): stopped below the cut-off")
            }
            #expect(early.objective <= optimum + 1e-7, "seed \(seed): \(early.objective) above the optimum \(optimum)")
        }
        #expect(stopped > 0)
    }

    /// A sequence of branchings on one simplex (fix, solve, fix more, solve), each compared with a
    /// cold start.
    @Test func repeatedWarmStartsMatchColdStarts() {
        for seed in UInt64(1)...100 {
            var random = SplitMix(seed: seed &* 31 &+ 5)
            let (lp, _) = Self.randomFeasibleLP(&random)
            var warm = DualSimplex(lp)
            #expect(warm.solve() == .optimal)
            var changed = lp
            for step in 0..<4 {
                let j = random.int(0...(lp.columnCount - 1))
                let value = warm.value(j)
                // Branch on the current value: keep the lower or the upper part.
                if random.bool() {
                    changed.columnUpper[j] = max(
                        changed.columnLower[j], min(changed.columnUpper[j], (value - 0.5).rounded(.down)))
                } else {
                    changed.columnLower[j] = min(
                        changed.columnUpper[j], max(changed.columnLower[j], (value + 0.5).rounded(.up)))
                }
                warm.setBounds(j, lower: changed.columnLower[j], upper: changed.columnUpper[j])
                let warmStatus = warm.solve()
                var cold = DualSimplex(changed)
                let coldStatus = cold.solve()
                #expect(warmStatus == coldStatus, "seed \(seed) step \(step): warm \(warmStatus), cold \(coldStatus)")
                guard warmStatus == .optimal, coldStatus == .optimal else { break }
                #expect(
                    abs(warm.objective - cold.objective) <= 1e-7,
                    "seed \(seed) step \(step): warm \(warm.objective), cold \(cold.objective)")
            }
        }
    }

    // MARK: Degeneracy

    /// Beale's example, which makes the textbook primal simplex cycle: optimum −5/4 at x4 = x6 = 1.
    @Test func bealesCyclingExample() {
        var lp = LinearProgram()
        let x4 = lp.addColumn(cost: -0.75, lower: 0, upper: 1000)
        let x5 = lp.addColumn(cost: 20, lower: 0, upper: 1000)
        let x6 = lp.addColumn(cost: -0.5, lower: 0, upper: 1000)
        let x7 = lp.addColumn(cost: 6, lower: 0, upper: 1000)
        lp.addRow([(x4, 0.25), (x5, -8), (x6, -1), (x7, 9)], lower: -.infinity, upper: 0)
        lp.addRow([(x4, 0.5), (x5, -12), (x6, -0.5), (x7, 3)], lower: -.infinity, upper: 0)
        lp.addRow([(x6, 1)], lower: -.infinity, upper: 1)
        var simplex = DualSimplex(lp)
        #expect(simplex.solve(limit: 10_000) == .optimal)
        #expect(abs(simplex.objective - -1.25) <= 1e-7)
        #expect(abs(simplex.value(x4) - 1) <= 1e-7)
        #expect(abs(simplex.value(x6) - 1) <= 1e-7)
        #expect(Self.certificateIssues(lp, simplex).isEmpty)
    }

    /// Zero and tied costs, coefficients in {−1, 0, 1}, and rows tight at a vertex of the box.
    @Test func degenerateLPsTerminate() {
        for seed in UInt64(1)...300 {
            var random = SplitMix(seed: seed &+ 77_777)
            var lp = LinearProgram()
            let n = random.int(4...15)
            let m = random.int(3...10)
            let tied = Double(random.int(-2...2))
            var vertex: [Double] = []
            for _ in 0..<n {
                // Mostly zero costs, the rest all equal (ties everywhere).
                let cost = random.int(0...9) < 6 ? 0 : tied
                let lower = Double(random.int(-2...0))
                let upper = Double(random.int(0...2))
                lp.addColumn(cost: cost, lower: lower, upper: upper)
                vertex.append(random.bool() ? lower : upper)
            }
            for _ in 0..<m {
                var entries: [(column: Int, value: Double)] = []
                for j in 0..<n where random.int(0...2) > 0 { entries.append((j, Double(random.int(-1...1)))) }
                let activity = entries.reduce(0) { $0 + $1.value * vertex[$1.column] }
                switch random.int(0...3) {
                case 0: lp.addRow(entries, lower: -.infinity, upper: activity)
                case 1: lp.addRow(entries, lower: activity, upper: .infinity)
                case 2: lp.addRow(entries, lower: activity, upper: activity)
                default: lp.addRow(entries, lower: activity - Double(random.int(0...1)), upper: activity)
                }
            }
            var simplex = DualSimplex(lp)
            let status = simplex.solve(limit: 100_000)
            #expect(status == .optimal, "seed \(seed): degenerate LP ends \(status)")
            guard status == .optimal else { continue }
            let issues = Self.certificateIssues(lp, simplex)
            #expect(issues.isEmpty, "seed \(seed): \(issues.joined(separator: "; "))")
            if tied == 0 { #expect(abs(simplex.objective) <= 1e-9, "seed \(seed): zero costs, nonzero objective") }
        }
    }

    /// After `setRowBounds` moves rows' finite sides (as the quota exchange moves budgets), the
    /// warm start reaches what a cold simplex on the changed LP reaches, with a certificate.
    @Test func rowBoundChangesMatchColdStart() {
        var checked = 0
        var infeasibleAfterChange = 0
        for seed in UInt64(1)...300 {
            var random = SplitMix(seed: seed &+ 7_000_001)
            guard case (let lp, var warm)? = Self.solvedRandomLP(&random, seed: seed) else { continue }
            var changed = lp
            var changes: [(row: Int, lower: Double, upper: Double)] = []
            for _ in 0..<random.int(1...3) {
                let i = random.int(0...(lp.rowCount - 1))
                let shift = random.uniform(-4, 4)
                // Only finite sides move; an equality row stays one.
                let lower = changed.rowLower[i].isFinite ? changed.rowLower[i] + shift : -.infinity
                let upper = changed.rowUpper[i].isFinite ? changed.rowUpper[i] + shift : .infinity
                changed.rowLower[i] = lower
                changed.rowUpper[i] = upper
                changes.append((i, lower, upper))
            }
            warm.setRowBounds(changes)
            switch Self.warmMatchesCold(&warm, changed, seed: seed) {
            case .optimal: checked += 1
            case .infeasible: infeasibleAfterChange += 1
            default: break
            }
        }
        #expect(checked > 150)
        #expect(infeasibleAfterChange > 0)
    }

    // MARK: Helpers

    /// A random feasible LP (`randomFeasibleLP`) and its simplex, solved; nil (recorded as an
    /// issue) when the simplex does not find it optimal.
    static func solvedRandomLP(_ random: inout SplitMix, seed: UInt64) -> (LinearProgram, DualSimplex)? {
        let (lp, _) = randomFeasibleLP(&random)
        var simplex = DualSimplex(lp)
        guard simplex.solve() == .optimal else {
            Issue.record("seed \(seed): feasible by construction but not optimal")
            return nil
        }
        return (lp, simplex)
    }

    /// Solves `warm` (a simplex whose bounds were just changed to those of `changed`) and a cold
    /// simplex on `changed`, and expects the same status, the same optimum and a certificate for
    /// the warm one. Returns the cold status.
    static func warmMatchesCold(_ warm: inout DualSimplex, _ changed: LinearProgram, seed: UInt64) -> DualSimplex.Status
    {
        let warmStatus = warm.solve()
        var cold = DualSimplex(changed)
        let coldStatus = cold.solve()
        #expect(warmStatus == coldStatus, "seed \(seed): warm \(warmStatus), cold \(coldStatus)")
        if warmStatus == .optimal && coldStatus == .optimal {
            #expect(
                abs(warm.objective - cold.objective) <= 1e-7,
                "seed \(seed): warm \(warm.objective), cold \(cold.objective)")
            let issues = Self.certificateIssues(changed, warm)
            #expect(issues.isEmpty, "seed \(seed) (warm): \(issues.joined(separator: "; "))")
        }
        return coldStatus
    }

    /// A random boxed LP with 3–15 columns and 2–10 rows of every kind, feasible by construction:
    /// each row's bounds are set around its activity at a random point of the box (returned too).
    static func randomFeasibleLP(_ random: inout SplitMix) -> (LinearProgram, [Double]) {
        var lp = LinearProgram()
        let n = random.int(3...15)
        let m = random.int(2...10)
        let integral = random.bool()
        var point: [Double] = []
        for _ in 0..<n {
            let cost = integral ? Double(random.int(-10...10)) : random.uniform(-10, 10)
            let lower = Double(random.int(-5...5))
            let width = random.int(0...9) == 0 ? 0 : (integral ? Double(random.int(1...10)) : random.uniform(0.1, 10))
            lp.addColumn(cost: cost, lower: lower, upper: lower + width)
            point.append(
                random.int(0...4) == 0 ? (random.bool() ? lower : lower + width) : random.uniform(lower, lower + width))
        }
        for _ in 0..<m {
            var entries: [(column: Int, value: Double)] = []
            for j in 0..<n where random.int(0...9) < 6 {
                let value = integral ? Double(random.int(-5...5)) : random.uniform(-3, 3)
                entries.append((j, value))
            }
            if entries.isEmpty { entries.append((random.int(0...(n - 1)), 1)) }
            let activity = entries.reduce(0) { $0 + $1.value * point[$1.column] }
            let slack = { (random: inout SplitMix) in random.int(0...3) == 0 ? 0 : random.uniform(0, 5) }
            switch random.int(0...3) {
            case 0: lp.addRow(entries, lower: -.infinity, upper: activity + slack(&random))
            case 1: lp.addRow(entries, lower: activity - slack(&random), upper: .infinity)
            case 2: lp.addRow(entries, lower: activity, upper: activity)
            default: lp.addRow(entries, lower: activity - slack(&random), upper: activity + slack(&random))
            }
        }
        return (lp, point)
    }

    /// Checks that the simplex's solution is optimal for `lp` independently of how the solver got
    /// there: primal feasibility, dual feasibility of reduced costs computed here from `rowDuals()`,
    /// and equal primal and dual objectives. Returns what fails, empty when the certificate holds.
    static func certificateIssues(_ lp: LinearProgram, _ simplex: DualSimplex, tolerance: Double = 1e-6) -> [String] {
        var issues: [String] = []
        let n = lp.columnCount
        let m = lp.rowCount
        let x = (0..<n).map { simplex.value($0) }
        let y = simplex.rowDuals()

        // Primal feasibility: bounds and rows (activities computed here).
        var activity = Array(repeating: 0.0, count: m)
        for j in 0..<n {
            if x[j] < lp.columnLower[j] - tolerance || x[j] > lp.columnUpper[j] + tolerance {
                issues.append("x\(j) = \(x[j]) outside [\(lp.columnLower[j]), \(lp.columnUpper[j])]")
            }
            for entry in lp.columns[j] { activity[entry.row] += entry.value * x[j] }
        }
        for i in 0..<m {
            if activity[i] < lp.rowLower[i] - tolerance || activity[i] > lp.rowUpper[i] + tolerance {
                issues.append("row \(i) activity \(activity[i]) outside [\(lp.rowLower[i]), \(lp.rowUpper[i])]")
            }
            if abs(simplex.value(n + i) + activity[i]) > tolerance {
                issues.append("row \(i) logical \(simplex.value(n + i)) is not minus the activity \(activity[i])")
            }
        }

        // The primal objective, and the solver's own.
        let primal = (0..<n).reduce(0.0) { $0 + lp.cost[$1] * x[$1] }
        if abs(primal - simplex.objective) > tolerance {
            issues.append("objective \(simplex.objective) differs from c·x = \(primal)")
        }

        // Reduced costs d = c − Aᵀy, and their signs at each column's position.
        var dual = 0.0
        for j in 0..<n {
            var d = lp.cost[j]
            for entry in lp.columns[j] { d -= y[entry.row] * entry.value }
            if abs(d - simplex.reducedCost(j)) > tolerance {
                issues.append("reduced cost of x\(j): computed \(d), solver \(simplex.reducedCost(j))")
            }
            let l = lp.columnLower[j]
            let u = lp.columnUpper[j]
            let atLower = abs(x[j] - l) <= tolerance
            let atUpper = abs(x[j] - u) <= tolerance
            if l < u {
                if atLower && !atUpper && d < -tolerance { issues.append("x\(j) at its lower bound with d = \(d) < 0") }
                if atUpper && !atLower && d > tolerance { issues.append("x\(j) at its upper bound with d = \(d) > 0") }
                if !atLower && !atUpper && abs(d) > tolerance {
                    issues.append("x\(j) = \(x[j]) between its bounds with d = \(d) ≠ 0")
                }
            }
            // The dual objective takes each column at the bound its reduced cost points to.
            dual += d > 0 ? d * l : d * u
        }
        // Row duals: positive only where the lower side binds, negative only where the upper side does.
        for i in 0..<m {
            let lower = lp.rowLower[i]
            let upper = lp.rowUpper[i]
            let atLower = lower.isFinite && abs(activity[i] - lower) <= tolerance
            let atUpper = upper.isFinite && abs(activity[i] - upper) <= tolerance
            if y[i] > tolerance && !atLower {
                issues.append(
                    "row \(i) dual \(y[i]) > 0 but its lower side \(lower) does not bind (activity \(activity[i]))")
            }
            if y[i] < -tolerance && !atUpper {
                issues.append(
                    "row \(i) dual \(y[i]) < 0 but its upper side \(upper) does not bind (activity \(activity[i]))")
            }
            if y[i] > 0 && lower.isFinite {
                dual += y[i] * lower
            } else if y[i] < 0 && upper.isFinite {
                dual += y[i] * upper
            } else {
                // A dual of the wrong sign (within the tolerance, else reported above) or 0.
                dual += y[i] * activity[i]
            }
        }
        // Strong duality.
        if abs(dual - primal) > tolerance * max(1, abs(primal)) {
            issues.append("primal objective \(primal) ≠ dual objective \(dual)")
        }
        return issues
    }
}

extension DualSimplexTests {
    /// A stored basis that is singular (two equal columns basic together, as a basis found for
    /// another program could be) is repaired on restore: the position that cannot be pivoted gets
    /// the logical of a row left over, and solving from there reaches the cold start's optimum.
    @Test func singularBasisIsRepairedOnRestore() {
        for seed in UInt64(1)...100 {
            var random = SplitMix(seed: seed &+ 12_000_017)
            var (lp, _) = Self.randomFeasibleLP(&random)
            guard lp.columnCount >= 2, lp.rowCount >= 2 else { continue }
            // A copy of column 0 (same coefficients and box), which makes {0, copy} singular.
            let copy = lp.addColumn(cost: lp.cost[0], lower: lp.columnLower[0], upper: lp.columnUpper[0])
            lp.columns[copy] = lp.columns[0]
            guard !lp.columns[0].isEmpty else { continue }
            var cold = DualSimplex(lp)
            let coldStatus = cold.solve()
            var basic = (0..<lp.rowCount).map { lp.columnCount + $0 }
            basic[0] = 0
            basic[1] = copy
            var repaired = DualSimplex(lp)
            repaired.restore(
                DualSimplex.Basis(basic: basic, atUpper: Array(repeating: false, count: lp.columnCount + lp.rowCount)))
            #expect(repaired.basis.basic.filter { $0 == 0 || $0 == copy }.count <= 1, "seed \(seed): not both copies")
            if !repaired.isDualFeasible { repaired.makeDualFeasible() }
            let status = repaired.solve()
            #expect(status == coldStatus, "seed \(seed)")
            if status == .optimal, coldStatus == .optimal {
                // (A logical given its implied bound by `makeDualFeasible` may end there, so the
                // optimum is compared, not certified against the original rows.)
                #expect(abs(repaired.objective - cold.objective) <= 1e-7, "seed \(seed)")
            }
        }
    }
}
