/// What a search found for a `PlanningProblem`: a plan with its bound, or why there is none.
///
/// Objectives and bounds are whole ten-thousandths of a point; actions, sources and years are
/// indices into the problem.
public struct Solution: Sendable {
    /// One payment: euros from a source in a year.
    public struct Payment: Sendable, Equatable {
        public var source: Int
        public var year: Int
        public var amount: Int

        public init(source: Int, year: Int, amount: Int) {
            self.source = source
            self.year = year
            self.amount = amount
        }
    }

    /// `[action]` → funded; nil when no plan keeps the commitments.
    public var funded: [Bool]?
    /// `[action]` → its payments, in the order the search made them.
    public var payments: [[Payment]]
    public var objective: Int
    /// No plan scores more than this.
    public var bound: Int
    /// Whether the bound equals the objective: the plan is proven best.
    public var proven: Bool
    /// Branch-and-bound nodes searched.
    public var nodes: Int
    public var method: SearchMethod
    /// Per source and year, what one more euro there would add, in points (the relaxation's prices;
    /// all 0 when `FundingSolver.Limits.pricesBudgets` is off).
    public var prices: [[Double]]
    /// Why no plan exists, when none does (empty with a plan).
    public var infeasibility: [Infeasibility]
    /// Whether the search was asked to stop (`SearchStop`) before it could prove its plan best: the
    /// plan is the best found by then, and `bound` still holds.
    public var interrupted = false
    /// A proven lower bound on the payments of any plan of these funded actions, from the tidying
    /// of the payments (`PaymentTidying`); nil when it could not search.
    public var paymentsLowerBound: Int?

    /// No plan, for these reasons.
    static func infeasible(
        _ problem: PlanningProblem, _ reasons: [Infeasibility], nodes: Int, method: SearchMethod,
        prices: [[Double]]? = nil
    ) -> Solution {
        Solution(
            funded: nil, payments: [], objective: 0, bound: 0, proven: false, nodes: nodes, method: method,
            prices: prices ?? problem.zeroPrices, infeasibility: reasons)
    }
}

extension PlanningProblem {
    /// `[source][year]` zeros.
    var zeroPrices: [[Double]] { Array(repeating: Array(repeating: 0.0, count: years.count), count: sources.count) }
}
