extension LPBranchAndBound {
    /// Average loss of the relaxation per unit of a decision moved down (to 0) and up (to 1),
    /// learnt from strong branching.
    struct PseudoCosts {
        var down: [Double]
        var downCount: [Int]
        var up: [Double]
        var upCount: [Int]

        init(count: Int) {
            down = Array(repeating: 0, count: count)
            downCount = Array(repeating: 0, count: count)
            up = Array(repeating: 0, count: count)
            upCount = Array(repeating: 0, count: count)
        }

        /// Whether both of the action's pseudo-costs rest on at least `solves` strong-branching solves.
        func reliable(_ action: Int, after solves: Int) -> Bool { min(downCount[action], upCount[action]) >= solves }
    }

    struct Branching {
        var action: Int
        /// Bounds of the two children (`Int.min` for one shown infeasible, `Int.max` when not solved).
        var downBound: Int
        var upBound: Int
        /// When recording, what strong branching found out about the children it solved.
        var downEvidence: SearchProof.Evidence?
        var upEvidence: SearchProof.Evidence?
        /// The children's relaxations as strong branching left them, where it solved them to the
        /// optimum: a child starts from there instead of from its parent's basis.
        var solvedChildren: [State?] = [nil, nil]
    }

    /// Strong-branching tries each way after which a decision's pseudo-costs are trusted. Four
    /// rather than two took Haaglanden's search from 260 nodes to 105 and about a third less time
    /// (0.50 s against 0.28–0.36 s, medians in separate benchmark runs), and generated
    /// regional agendas of 60 actions from 519, 555 and 76 nodes to 362, 259 and 69 (the 1,000
    /// actions' 51 nodes stayed 51). A search that keeps its proof for re-planning stays at two:
    /// its smaller tree has larger leaves, which `sensitivity`'s samples reopened twice as often
    /// (1,000 samples on Haaglanden took 51–58 s against 26–30 s).
    var reliability: Int { records ? 2 : 4 }

    /// The pivots a strong-branching child gets. Measured on 2026-12-08 against 60 (an
    /// instrumented build): Haaglanden's search took 4,572 pivots instead of 5,583 (105 nodes
    /// each), a generated agenda of 150 actions 1,431 instead of 1,733 (42 nodes), the 1,000
    /// actions 8,727 instead of 10,218 (51 nodes, the same plan and bound); generated agendas of 60
    /// actions stayed within 7% either way, and at 15 one of them took 659 nodes instead of 259. A
    /// search that keeps its proof for re-planning stays at 60: with 25 its tree made 1,000
    /// `sensitivity` samples on Haaglanden about 8% slower.
    var strongBranchingPivots: Int { records ? 60 : 25 }

    /// Reliability branching: decisions whose pseudo-costs are not yet reliable are tried both ways
    /// (strong branching, a few pivots each); the others are judged by their pseudo-costs. The
    /// decision with the largest product of the two children's losses is chosen. A decision
    /// whose children strong branching cut off is chosen at once: one cut-off child is not made,
    /// and two cut off the node.
    func branching(
        _ state: State, value: Double, candidates: [Int], incumbent: Int?,
        pseudoCosts: inout PseudoCosts
    ) -> Branching? {
        let floorValue = incumbent ?? Int.min
        var best: (score: Double, choice: Branching)?
        // Strong branching on the unreliable candidates with the largest scores first, at most 8 per node.
        let ordered = candidates.sorted {
            let a = problem.actions[$0].score
            let b = problem.actions[$1].score
            return a != b ? a > b : $0 < $1
        }
        var strong = 0
        for action in ordered {
            let v = state.decision(action)
            var downLoss: Double
            var upLoss: Double
            var downBound = Int.max
            var upBound = Int.max
            var evidence: [SearchProof.Evidence?] = [nil, nil]
            var solvedChildren: [State?] = [nil, nil]
            if !pseudoCosts.reliable(action, after: reliability) && strong < 8 {
                strong += 1
                var losses = [Double.infinity, Double.infinity]
                for (side, fixTo) in [Int8(0), Int8(1)].enumerated() {
                    var trial = state
                    var wanted = trial.fixed
                    wanted[action] = fixTo
                    trial.fix(wanted)
                    let status = trial.simplex.solve(
                        limit: strongBranchingPivots,
                        cutOff: incumbent.map { value in { Self.certified(-$0) <= value } })
                    guard status != .infeasible else { continue }
                    let childValue = -trial.simplex.objective
                    losses[side] = max(0, value - childValue)
                    let childBound = Self.certified(childValue)
                    if side == 0 { downBound = childBound } else { upBound = childBound }
                    if records { evidence[side] = SearchProof.evidence(of: trial.simplex, model: model) }
                    if status == .optimal { solvedChildren[side] = trial }
                }
                if losses[0].isFinite {
                    pseudoCosts.down[action] += losses[0] / v
                    pseudoCosts.downCount[action] += 1
                } else {
                    downBound = Int.min
                }
                if losses[1].isFinite {
                    pseudoCosts.up[action] += losses[1] / (1 - v)
                    pseudoCosts.upCount[action] += 1
                } else {
                    upBound = Int.min
                }
                downLoss = losses[0].isFinite ? losses[0] : 1e9
                upLoss = losses[1].isFinite ? losses[1] : 1e9
                if downBound <= floorValue || upBound <= floorValue {
                    // A side is cut off: branch here, with one child (or none).
                    return Branching(
                        action: action, downBound: downBound, upBound: upBound,
                        downEvidence: evidence[0], upEvidence: evidence[1], solvedChildren: solvedChildren)
                }
            } else {
                let down =
                    pseudoCosts.downCount[action] > 0
                    ? pseudoCosts.down[action] / Double(pseudoCosts.downCount[action]) : 1e-3
                let up =
                    pseudoCosts.upCount[action] > 0
                    ? pseudoCosts.up[action] / Double(pseudoCosts.upCount[action]) : 1e-3
                downLoss = down * v
                upLoss = up * (1 - v)
            }
            let score = max(downLoss, 1e-6) * max(upLoss, 1e-6)
            if score > best?.score ?? -.infinity {
                best = (
                    score,
                    Branching(
                        action: action, downBound: downBound, upBound: upBound,
                        downEvidence: evidence[0], upEvidence: evidence[1], solvedChildren: solvedChildren)
                )
            }
        }
        return best?.choice
    }
}
