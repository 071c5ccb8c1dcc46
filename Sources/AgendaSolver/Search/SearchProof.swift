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

    /// A region of the search: the decisions fixed below the root, and what bounds it (its
    /// certificates, each a bound for any scores, are the table's: `certificates`).
    struct Leaf: Sendable {
        /// Its fixings: `fixes[fixRange]` of the proof, which holds every leaf's in one array.
        var fixRange: Range<Int>
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

    private(set) var leaves: [Leaf] = []
    /// Every leaf's fixings, leaf after leaf (`Leaf.fixRange`).
    private(set) var fixes: [Fix] = []
    /// Every leaf's certificates, leaf after leaf; none for a leaf without plans, or whose
    /// relaxation gave no prices.
    private(set) var certificates: CertificateTable
    var plans: [FoundPlan] = []
    /// The root relaxation's optimal basis: the start for the new scores' root prices.
    var rootBasis: DualSimplex.Basis
    /// The cuts the relaxation carried (rows after the model's own): the bases and certificates
    /// refer to them, so a search resumed from this proof adds exactly these before restoring a
    /// basis. They depend only on the constraints, so they hold for any scores and fixings.
    var cuts: [Cut] = []
    /// The inverses of leaf bases that re-plans have computed (leaf indices never change).
    let factorizations = FactorizationCache()

    /// An empty proof of a search whose root relaxation ended in `rootBasis` with `cuts`, for a
    /// problem of `decisions` actions.
    init(rootBasis: DualSimplex.Basis, cuts: [Cut], decisions: Int) {
        self.rootBasis = rootBasis
        self.cuts = cuts
        certificates = CertificateTable(width: decisions)
    }

    /// Adds a region the search closed: its fixings, and the certificate that bounds it, if any.
    mutating func addLeaf(
        fixes leafFixes: [Fix], certificate: Certificate?, basis: DualSimplex.Basis?, holdsPlans: Bool
    ) {
        let start = fixes.count
        fixes.append(contentsOf: leafFixes)
        leaves.append(Leaf(fixRange: start..<fixes.count, basis: basis, holdsPlans: holdsPlans))
        certificates.appendLeaf(certificate.map { [$0] } ?? [])
    }

    /// The fixings of leaf `index`.
    func fixes(of index: Int) -> ArraySlice<Fix> { fixes[leaves[index].fixRange] }

    /// Adds re-plans' certificates (up to `certificatesPerLeaf` a leaf) and the plans not known
    /// yet, in the order given.
    mutating func learn(_ lessons: [Lessons]) {
        var added = Array(repeating: [Certificate](), count: leaves.count)
        var cleared = Array(repeating: false, count: leaves.count)
        for lesson in lessons {
            for (leaf, certificate) in lesson.certificates where leaves[leaf].holdsPlans {
                guard let certificate else {
                    added[leaf] = []
                    cleared[leaf] = true
                    leaves[leaf].basis = nil
                    leaves[leaf].holdsPlans = false
                    continue
                }
                if certificates.certificates(of: leaf).count + added[leaf].count < Self.certificatesPerLeaf {
                    added[leaf].append(certificate)
                }
            }
            for plan in lesson.plans { add(plan) }
        }
        if cleared.contains(true) || added.contains(where: { !$0.isEmpty }) {
            certificates = certificates.merging(added, cleared: cleared)
        }
    }

    /// Adds a plan the proof does not hold yet.
    mutating func add(_ plan: FoundPlan) {
        guard !plans.contains(where: { $0.funded == plan.funded }) else { return }
        plans.append(plan)
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

    /// The root's fixings as boxes for `reopened`: each decision's least and largest value, 0 and
    /// 1 when free, else its fixed value twice.
    private struct Box {
        var lower: [Double]
        var upper: [Double]

        init(fixed: [Int8]) {
            lower = fixed.map { $0 == 1 ? 1 : 0 }
            upper = fixed.map { $0 == 0 ? 0 : 1 }
        }
    }

    /// The leaves that agree with the root's fixings (`fixed`: −1 free, else the value) and hold
    /// plans, each with its bound on the plans' value (in points, to be certified; infinity when
    /// none is known) for these costs, in order; those whose bound `prunes` are left out. `costs`
    /// are the actions' scores in points, negated (`−score / 10,000`); a leaf fixes each decision
    /// at most once, and only free ones. A leaf's certificates are tried oldest first, and the
    /// first whose bound `prunes` ends the trying: the oldest is the agenda's own search's, made
    /// for the weights every sample is drawn around, and prunes most often (in `sensitivity` on
    /// Haaglanden, 3,900 certificates a sample were tried for its 2,273 leaves, against 7,000
    /// newest first). Which certificate prunes changes nothing: a leaf is left out when any of
    /// them prunes it, and one that is not gets the least of them all. All in one pass over the
    /// table.
    func reopened(costs: [Double], fixed: [Int8], prunes: (Double) -> Bool) -> [(leaf: Int, bound: Double)] {
        var found: [(leaf: Int, bound: Double)] = []
        let fixesNothing = fixed.allSatisfy { $0 < 0 }
        let box = Box(fixed: fixed)
        let width = certificates.width
        costs.withUnsafeBufferPointer { costs in
            box.lower.withUnsafeBufferPointer { lower in
                box.upper.withUnsafeBufferPointer { upper in
                    certificates.terms.withUnsafeBufferPointer { all in
                        for leaf in leaves.indices where leaves[leaf].holdsPlans {
                            let fixes = fixes(of: leaf)
                            guard
                                fixesNothing
                                    || fixes.allSatisfy({ fixed[$0.action] < 0 || (fixed[$0.action] == 1) == $0.value })
                            else { continue }
                            var least = Double.infinity
                            for k in certificates.certificates(of: leaf) {
                                let terms = UnsafeBufferPointer(rebasing: all[(k * width)..<((k + 1) * width)])
                                var minimum =
                                    certificates.constants[k] + Self.lagrangianTerms(costs, terms, lower, upper)
                                for fix in fixes {
                                    let reduced = costs[fix.action] + terms[fix.action]
                                    minimum -= min(reduced * lower[fix.action], reduced * upper[fix.action])
                                    minimum += fix.value ? reduced : 0
                                }
                                least = min(least, -minimum)
                                if prunes(least) { break }
                            }
                            if !prunes(least) { found.append((leaf, least)) }
                        }
                    }
                }
            }
        }
        return found
    }

    /// `Σ_a min over the box of (cost_a + term_a) x_a`: every leaf of every re-plan passes here,
    /// so four decisions at a time, in four running sums. The lanes' minimum is written out as a
    /// selection: `pointwiseMin` was not inlined, a call per four decisions (3% of `sensitivity`).
    private static func lagrangianTerms(
        _ costs: UnsafeBufferPointer<Double>, _ terms: UnsafeBufferPointer<Double>,
        _ lower: UnsafeBufferPointer<Double>, _ upper: UnsafeBufferPointer<Double>
    ) -> Double {
        let count = costs.count
        var sums = SIMD4<Double>()
        var action = 0
        while action + 4 <= count {
            let reduced = load(costs, action) + load(terms, action)
            let (atLower, atUpper) = (reduced * load(lower, action), reduced * load(upper, action))
            sums += atLower.replacing(with: atUpper, where: atUpper .< atLower)
            action += 4
        }
        var total = sums.sum()
        while action < count {
            let reduced = costs[action] + terms[action]
            total += min(reduced * lower[action], reduced * upper[action])
            action += 1
        }
        return total
    }

    @inline(__always)
    private static func load(_ values: UnsafeBufferPointer<Double>, _ start: Int) -> SIMD4<Double> {
        SIMD4(values[start], values[start + 1], values[start + 2], values[start + 3])
    }
}
