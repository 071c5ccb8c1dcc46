extension ReportText {
    /// Labels of the HTML reports, keyed `html.…`.
    static let htmlTable: [String: (en: String, nl: String)] = [:]
}
