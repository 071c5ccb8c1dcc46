// Why an action is not funded, in one sentence of the agenda's language that names its cause:
// the year, the sources and the euros short, or the other action.
extension PlanRendering {
    /// The reason's sentence for an unfunded action; empty for a funded one.
    func reasonText(_ action: ActionOutcome) -> String {
        guard let reason = action.reason else { return "" }
        let t = ReportText(language: agenda.header.language)
        let detail = action.cause ?? UnfundedDetail()
        switch reason {
        case .budget where !detail.shortfalls.isEmpty:
            return t("plan.reason.budget.short", detail.shortfalls.map(shortfallText).joined(separator: "; "))
        case .requires where !detail.otherActions.isEmpty:
            return t("plan.reason.requires.named", names(detail.otherActions))
        case .excludes where !detail.otherActions.isEmpty:
            return t("plan.reason.excludes.named", names(detail.otherActions))
        default:
            return t("plan.reason.\(reason.rawValue)")
        }
    }

    /// The kind of a reason as `reason_detail.kind` names it.
    static func kind(of reason: Plan.Reason) -> String {
        switch reason {
        case .eligibility: "cannot-be-funded"
        case .fairness: "floors"
        default: reason.rawValue
        }
    }

    /// "in 2026 wmo-westland has €23,000 too little for it".
    private func shortfallText(_ shortfall: UnfundedDetail.Shortfall) -> String {
        let t = ReportText(language: agenda.header.language)
        let n = LocalNumbers(language: agenda.header.language)
        let one = shortfall.sources.count == 1
        return t(
            one ? "plan.reason.short.one" : "plan.reason.short.many", String(shortfall.year),
            names(shortfall.sources), n.euros(shortfall.euros))
    }

    /// "'a'", "'a' and 'b'", "'a', 'b' and 'c'" (en) or with "en" (nl).
    private func names(_ ids: [String]) -> String {
        let quoted = ids.map { "'\($0)'" }
        guard let last = quoted.last, quoted.count > 1 else { return quoted.first ?? "" }
        let and = agenda.header.language == .nl ? "en" : "and"
        return quoted.dropLast().joined(separator: ", ") + " \(and) " + last
    }
}
