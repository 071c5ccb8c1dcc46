extension DiagnosticCode {
    /// A commitment that no combination of its allowed sources may pay in full.
    public static let infeasibleIneligible = "infeasible-ineligible"
    /// A commitment that needs more in a year than its sources have left after the others.
    public static let infeasibleUnpayable = "infeasible-unpayable"
    /// A commitment that cannot be paid together with the other commitments.
    public static let infeasibleCommitments = "infeasible-commitments"
    /// Allocation-key floors that no plan meets.
    public static let infeasibleFloors = "infeasible-floors"
    /// The planner gave up on the allocation key's floors without proving that no plan exists.
    public static let plannerFloorLimit = "planner-floor-limit"
}
