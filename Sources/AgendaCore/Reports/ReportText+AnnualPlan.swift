extension ReportText {
    /// Labels of the AnnualPlan reports, keyed `annualPlan.…`.
    static let annualPlanTable: [String: (en: String, nl: String)] = [:]
}
