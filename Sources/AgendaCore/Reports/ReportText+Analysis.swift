extension ReportText {
    /// Labels of the Analysis reports, keyed `analysis.…`.
    static let analysisTable: [String: (en: String, nl: String)] = [:]
}
