/// How tidy a plan's payments are, in the terms a funder counts: payments, action-years paid by
/// more than one source, and changes of funder from one year of an action to the next.
public struct PaymentShape: Sendable, Equatable, Comparable {
    /// Payments with a non-zero amount (action, year, source).
    public var payments = 0
    /// Funded action-years with a cost.
    public var actionYears = 0
    /// Action-years paid by two or more sources.
    public var splitActionYears = 0
    /// Consecutive paid years of an action whose set of sources differs.
    public var funderChanges = 0
    /// Payments below €1,000.
    public var paymentsUnder1000 = 0

    public init() {}

    /// The shape of `payments` (per action, as the solver gives them).
    public init(_ payments: [[Solution.Payment]]) {
        for paid in payments {
            var byYear: [Int: Set<Int>] = [:]
            for payment in paid where payment.amount > 0 {
                self.payments += 1
                if payment.amount < 1_000 { paymentsUnder1000 += 1 }
                byYear[payment.year, default: []].insert(payment.source)
            }
            let years = byYear.keys.sorted()
            actionYears += years.count
            splitActionYears += years.filter { (byYear[$0]?.count ?? 0) > 1 }.count
            funderChanges += zip(years, years.dropFirst()).filter { byYear[$0.0] != byYear[$0.1] }.count
        }
    }

    /// Fewer payments first, then fewer changes of funder, then fewer small payments.
    public static func < (lhs: PaymentShape, rhs: PaymentShape) -> Bool {
        (lhs.payments, lhs.funderChanges, lhs.paymentsUnder1000)
            < (rhs.payments, rhs.funderChanges, rhs.paymentsUnder1000)
    }
}
