import AgendaModules

@testable import AgendaCore

extension Planner {
    /// The planner of the analysis and property tests: payments are tidied by the quick passes
    /// only. The search for the fewest payments changes neither the funded actions nor the score;
    /// it took nine tenths of every plan in those suites in a debug build, and is checked on its
    /// own in `TidyPaymentsTests` (against CBC) and `PaymentTidyingTests` (on random problems).
    /// The verifier checks every payment all the same.
    static let quickPayments: Planner = {
        var limits = Planner.Limits()
        limits.paymentNodes = 0
        return Planner(registry: InstalledModules.registry, limits: limits)
    }()
}
