/// What a finished branch and bound proved, kept so that the same agenda can be re-planned with
/// other scores without searching again from scratch.
///
/// A proven search covers every plan with the leaves of its tree: each leaf is a set of fixed
/// decisions whose plans are either impossible or worth at most a bound. A leaf's bound comes with
/// a certificate: the row prices `y` of the relaxation there. For *any* prices, the Lagrangian
///
///     min over the boxes of  Σ_j (c_j − y·A_j) x_j  +  Σ_i min over [rowLower_i, rowUpper_i] of y_i r_i
///
/// is a lower bound on the (minimising) relaxation, so it stays a valid bound when the scores —
/// the decisions' costs `c_a` — change, and costs one pass over the decisions to evaluate. With
/// other scores, a leaf whose re-evaluated bound does not beat the best known plan needs no
/// search at all; only the others are searched again, from the basis the leaf ended in.
/// Impossible leaves stay impossible: the rows and bounds do not depend on scores.
///
/// Re-plans teach the proof (`learn`): a leaf searched again for other scores adds the prices
/// found there to its certificates, and the least of its bounds counts, so later re-plans search
/// fewer leaves. (Replacing such a leaf by the finer leaves of its new search was tried: the finer
/// leaves fit the one re-plan's scores, and later re-plans reopened more of them, not fewer.)
struct SearchProof: Sendable {
    /// The part of a leaf's bound that scores change.
    struct Certificate: Sendable {
        /// `Σ_i min y_i r_i` plus the payment columns' terms: the bound without the decisions.
        var constant: Double
        /// `[action]` → `−y·A` over its decision column (its reduced cost without its own cost).
        var decisionTerms: [Double]
    }

    /// The row prices of a relaxation and the basis they came from: what the search knows of a
    /// region it closes. The certificate is made from them only when the region is closed
    /// (`certificate(in:decision:)`), against the relaxation with its cuts.
    struct Evidence: Sendable {
        var prices: [Double]
        var basis: DualSimplex.Basis

        /// The certificate of these prices in `lp`, whose decision columns are `decision`.
        func certificate(in lp: LinearProgram, decision: [Int]) -> Certificate {
            SearchProof.certificate(prices: prices, lp: lp, decision: decision)
        }
    }

    /// A region of the search: the decisions fixed below the root, and what bounds it.
    struct Leaf: Sendable {
        var fixes: [Fix]
        /// Each a bound for any scores, the newest last. None with `holdsPlans`: no bound known.
        var certificates: [Certificate]
        /// Where a search of this region starts again (nil: from the root's basis).
        var basis: DualSimplex.Basis?
        /// False when the region holds no plan at all, for any scores.
        var holdsPlans = true
    }

    struct Fix: Sendable {
        var action: Int
        var value: Bool
    }

    /// A plan the search found on the way (the last one was its best): plans do not depend on
    /// scores, so each is a candidate for every re-plan.
    struct FoundPlan: Sendable {
        var funded: [Bool]
        var amounts: [Int]
    }

    /// What a re-plan found out: prices at the leaves it searched again, and its plans.
    struct Lessons: Sendable {
        /// Earlier leaf → the certificate of its relaxation for the re-plan's scores (nil: the
        /// relaxation showed it holds no plan).
        var certificates: [(leaf: Int, certificate: Certificate?)] = []
        var plans: [FoundPlan] = []
    }

    /// Certificates kept per leaf: enough to cover the directions re-plans take, few enough to
    /// keep evaluating them cheap.
    static let certificatesPerLeaf = 16

    var leaves: [Leaf] = []
    var plans: [FoundPlan] = []
    /// The root relaxation's optimal basis: the start for the new scores' root prices.
    var rootBasis: DualSimplex.Basis
    /// The cuts the relaxation carried (rows after the model's own): the bases and certificates
    /// refer to them, so a search resumed from this proof adds exactly these before restoring a
    /// basis. They depend only on the constraints, so they hold for any scores and fixings.
    var cuts: [Cut] = []
    /// The inverses of leaf bases that re-plans have computed (leaf indices never change).
    let factorizations = FactorizationCache()

    /// Adds re-plans' certificates (up to `certificatesPerLeaf` a leaf) and the plans not known
    /// yet, in the order given.
    mutating func learn(_ lessons: [Lessons]) {
        for lesson in lessons {
            for (leaf, certificate) in lesson.certificates where leaves[leaf].holdsPlans {
                guard let certificate else {
                    leaves[leaf].certificates = []
                    leaves[leaf].basis = nil
                    leaves[leaf].holdsPlans = false
                    continue
                }
                if leaves[leaf].certificates.count < Self.certificatesPerLeaf {
                    leaves[leaf].certificates.append(certificate)
                }
            }
            for plan in lesson.plans where !plans.contains(where: { $0.funded == plan.funded }) {
                plans.append(plan)
            }
        }
    }

    /// The simplex's current row prices, with its basis. They are made a certificate against the
    /// relaxation the simplex solves, the model's rows and the search's cuts, when the region is
    /// closed (`Evidence.certificate(in:decision:)`).
    static func evidence(of simplex: DualSimplex, model _: PlanningModel) -> Evidence {
        Evidence(prices: simplex.rowDuals(), basis: simplex.basis)
    }

    /// The certificate of the simplex's current row prices in `lp`, the program it solves.
    static func certificate(of simplex: DualSimplex, lp: LinearProgram, decision: [Int]) -> Certificate {
        certificate(prices: simplex.rowDuals(), lp: lp, decision: decision)
    }

    /// The certificate of row prices (one per row of `lp`). The prices need not be optimal or even
    /// dual feasible: a price whose sign would make its row term unbounded is taken as 0 instead.
    static func certificate(prices rowPrices: [Double], lp: LinearProgram, decision: [Int]) -> Certificate {
        var prices = rowPrices
        var constant = 0.0
        for row in prices.indices {
            let y = prices[row]
            if y > 0 {
                if lp.rowLower[row].isFinite { constant += y * lp.rowLower[row] } else { prices[row] = 0 }
            } else if y < 0 {
                if lp.rowUpper[row].isFinite { constant += y * lp.rowUpper[row] } else { prices[row] = 0 }
            }
        }
        var isDecision = Array(repeating: false, count: lp.columnCount)
        for column in decision { isDecision[column] = true }
        for column in 0..<lp.columnCount where !isDecision[column] {
            var reduced = lp.cost[column]
            for entry in lp.columns[column] { reduced -= prices[entry.row] * entry.value }
            constant += min(reduced * lp.columnLower[column], reduced * lp.columnUpper[column])
        }
        let decisionTerms = decision.map { column in
            lp.columns[column].reduce(0.0) { $0 - prices[$1.row] * $1.value }
        }
        return Certificate(constant: constant, decisionTerms: decisionTerms)
    }

    /// The leaf's bound on the plans' value (in points, to be certified) for these scores, in
    /// ten-thousandths per action; `fixed` holds the root's fixings (-1 free, 0 or 1), and a
    /// leaf fixes each decision at most once, and only free ones. Certificates are tried newest
    /// first, and the first whose bound `prunes` ends the trying. Nil for a leaf without plans;
    /// infinity when no bound is known.
    static func bound(of leaf: Leaf, scores: [Int], fixed: [Int8], prunes: (Double) -> Bool) -> Double? {
        guard leaf.holdsPlans else { return nil }
        var least = Double.infinity
        for certificate in leaf.certificates.reversed() {
            var minimum = certificate.constant
            for action in fixed.indices {
                minimum += term(scores[action], certificate.decisionTerms[action], fixed[action])
            }
            for fix in leaf.fixes {
                let action = fix.action
                minimum -= term(scores[action], certificate.decisionTerms[action], fixed[action])
                minimum += term(scores[action], certificate.decisionTerms[action], fix.value ? 1 : 0)
            }
            least = min(least, -minimum)
            if prunes(least) { break }
        }
        return least
    }

    /// A decision's least contribution to the (minimising) Lagrangian within its box.
    @inline(__always)
    private static func term(_ score: Int, _ decisionTerm: Double, _ fixed: Int8) -> Double {
        let reduced = -Double(score) / 10_000 + decisionTerm
        switch fixed {
        case 1: return reduced
        case 0: return 0
        default: return min(reduced, 0)
        }
    }
}
