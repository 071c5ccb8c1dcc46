/// What each partner promised in its intentieverklaring, beside what the plan spends of its euros:
/// the hours are shown, the euros are money the plan may spend on the partner's own actions
/// (`Agenda.commitmentSources`).
public struct PartnerCommitment: Sendable, Equatable {
    public var partner: String
    public var name: String
    public var hoursPerYear: Int?
    public var eurosPerYear: Int?
    /// The years of the commitment as written; nil for the whole period.
    public var from: Int?
    public var to: Int?
    /// The source that holds its euros (nil without euros).
    public var source: String?
    /// What the plan (or the part of it shown) spends of those euros, whole euros.
    public var spent: Int

    /// The commitments of the agenda's partners, in the agenda's order, with what `plan` spends of
    /// each partner's euros.
    static func all(in agenda: Agenda, plan: Plan) -> [PartnerCommitment] {
        agenda.partners.compactMap { partner in
            guard let commitment = partner.commitment, commitment.hoursPerYear != nil || commitment.eurosPerYear != nil
            else { return nil }
            let source = (commitment.eurosPerYear ?? 0) > 0 ? Agenda.commitmentSourceID(partner.id) : nil
            let spent = plan.actions.reduce(0) { total, action in
                total + action.payments.filter { $0.source == source }.reduce(0) { $0 + $1.amount }
            }
            return PartnerCommitment(
                partner: partner.id, name: partner.name, hoursPerYear: commitment.hoursPerYear,
                eurosPerYear: commitment.eurosPerYear, from: commitment.years?.from, to: commitment.years?.to,
                source: source, spent: spent)
        }
    }

    /// The cells every commitment table starts with: partner, hours and euros per year, and years
    /// (`period` when the commitment names none).
    func cells(_ n: LocalNumbers, period: String) -> [String] {
        [
            "\(name) (\(partner))", hoursPerYear.map(n.integer) ?? "—", eurosPerYear.map(n.euros) ?? "—",
            from.map { "\($0)–\(to ?? $0)" } ?? period,
        ]
    }

    /// The headers of those cells.
    static func headers(_ t: ReportText) -> [String] {
        [t("partner"), t("plan.commitment.hours"), t("plan.commitment.euros"), t("plan.commitment.years")]
    }

    /// Which of those cells are numbers, aligned right.
    static let alignedRight = [false, true, true, false]
}

extension PlanRendering {
    /// The partners' commitments as a table: partner, hours and euros per year, years, and what
    /// the plan spends of the euros; nil when no partner committed anything.
    func commitmentTable() -> PlanTable? {
        let commitments = summaries.commitments
        guard !commitments.isEmpty else { return nil }
        let t = ReportText(language: agenda.header.language)
        let n = LocalNumbers(language: agenda.header.language)
        let period = "\(agenda.period.from)–\(agenda.period.to)"
        let rows = commitments.map { commitment in
            commitment.cells(n, period: period) + [commitment.source == nil ? "—" : n.euros(commitment.spent)]
        }
        return PlanTable(
            headers: PartnerCommitment.headers(t) + [t("plan.commitment.spent")],
            right: PartnerCommitment.alignedRight + [true], rows: rows)
    }
}
