// The partners' commitments in a comparison: what each partner promised, and what each plan
// spends of its euros, so a funder sees how the scenarios lean on the partners' money.
extension ComparisonRendering {
    /// Partner, hours and euros per year, years, then what the baseline and each scenario spend of
    /// the euros; nil when no partner committed anything.
    func commitmentTable(_ t: ReportText, _ n: LocalNumbers) -> PlanTable? {
        let variants = [comparison.baseline] + comparison.variants
        let commitments = comparison.baseline.summaries.commitments
        guard !commitments.isEmpty else { return nil }
        let period = "\(agenda.period.from)–\(agenda.period.to)"
        let rows = commitments.map { commitment -> [String] in
            let spent = variants.map { variant -> String in
                guard commitment.source != nil else { return "—" }
                let same = variant.summaries.commitments.first { $0.partner == commitment.partner }
                return n.euros(same?.spent ?? 0)
            }
            return commitment.cells(n, period: period) + spent
        }
        let spentHeaders = planNames(t).map { "\(t("plan.spent")): \($0)" }
        return PlanTable(
            headers: PartnerCommitment.headers(t) + spentHeaders,
            right: PartnerCommitment.alignedRight + variants.map { _ in true }, rows: rows)
    }

    /// The short name of each plan compared, the baseline first: its scenario, or "baseline".
    func planNames(_ t: ReportText) -> [String] {
        ([comparison.baseline] + comparison.variants).map { $0.scenario ?? t("baseline.short") }
    }
}
