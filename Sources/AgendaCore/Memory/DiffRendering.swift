/// `agenda diff`: what changed in the agenda between two versions, and what that did to the plan,
/// in the newer agenda's language.
public struct DiffRendering: Sendable {
    /// One side: its label ("run 3", "the current files"), its planned agenda.
    public struct Side: Sendable {
        public var label: String
        public var variant: PlannedVariant

        public init(label: String, variant: PlannedVariant) {
            self.label = label
            self.variant = variant
        }
    }

    public var old: Side
    public var new: Side
    public var agendaChanges: AgendaDifference
    /// For a re-plan of the later years: money moved in earlier years is not shown.
    public var fromYear: Int?
    /// Sentences said first (what a re-plan fixed).
    public var notes: [String]

    public init(
        old: Side, new: Side, agendaChanges: AgendaDifference, fromYear: Int? = nil, notes: [String] = []
    ) {
        (self.old, self.new, self.agendaChanges, self.fromYear, self.notes) = (
            old, new, agendaChanges, fromYear, notes
        )
    }

    /// The report as JSON, for a document that holds it.
    public var json: JSONValue { report.json }

    /// The report's headings, sentences and tables as HTML for a page that holds them.
    public var htmlSection: String { report.htmlBody }

    public func rendered(_ format: OutputFormat, csv: PlanCSV.Options = PlanCSV.Options()) -> String {
        report.rendered(format, csv: csv)
    }

    var report: TableReport {
        let agenda = new.variant.agenda
        let language = agenda.header.language
        let t = ReportText(language: language)
        let n = LocalNumbers(language: language)
        var plan = ScenarioComparison.difference(from: old.variant, to: new.variant)
        if let fromYear { plan.moneyMoves.removeAll { $0.cell.year < fromYear } }
        let (was, now) = (old.variant.plan.objective, new.variant.plan.objective)
        let change = Points(tenThousandths: now.tenThousandths - was.tenThousandths)
        let summary =
            notes + [
                t(
                    "memory.diff.score", n.points(was), n.points(now),
                    (change.tenThousandths > 0 ? "+" : "") + n.points(change)),
                t(
                    "memory.diff.counts", n.integer(agendaChanges.changes.count), n.integer(plan.entering.count),
                    n.integer(plan.leaving.count), n.integer(plan.moneyMoves.count)),
            ]
        return TableReport(
            title: t("memory.diff.title", new.label, old.label) + " — " + agenda.header.title, language: language,
            summary: summary,
            fields: [
                ("from", .string(old.label)), ("to", .string(new.label)), ("score_before", .double(was.value)),
                ("score_after", .double(now.value)),
            ],
            tables: [
                changeTable(t), actionTable(plan.entering, key: "entering", title: t("memory.diff.enter"), t),
                actionTable(plan.leaving, key: "leaving", title: t("memory.diff.leave"), t), moneyTable(plan, t, n),
            ])
    }

    private func changeTable(_ t: ReportText) -> TableReport.Table {
        let columns = [
            TableReport.Column(t("memory.diff.section"), key: "section"),
            TableReport.Column(t("memory.diff.item"), key: "item"),
            TableReport.Column(t("memory.diff.field"), key: "field"),
            TableReport.Column(t("memory.diff.change"), key: "change"),
            TableReport.Column(t("memory.diff.before"), key: "before"),
            TableReport.Column(t("memory.diff.after"), key: "after"),
        ]
        let rows = agendaChanges.changes.map { change -> [TableReport.Cell] in
            [
                .text(change.section), .text(change.item), .text(change.field),
                TableReport.Cell(t("memory.diff.\(change.kind.rawValue)"), .string(change.kind.rawValue)),
                .optional(change.before), .optional(change.after),
            ]
        }
        return TableReport.Table(
            key: "agenda_changes", title: t("memory.diff.agenda"), columns: columns, rows: rows,
            empty: t("memory.diff.agenda.none"))
    }

    private func actionTable(_ ids: [String], key: String, title: String, _ t: ReportText) -> TableReport.Table {
        let agendas = [new.variant.agenda, old.variant.agenda]
        let rows = ids.map { id -> [TableReport.Cell] in
            [.text(id), .text(agendas.lazy.compactMap { $0.action(id)?.title }.first ?? "")]
        }
        return TableReport.Table(
            key: key, title: title,
            columns: [
                TableReport.Column(t("action"), key: "action"), TableReport.Column(t("plan.title"), key: "title"),
            ],
            rows: rows, empty: t("memory.diff.none"))
    }

    private func moneyTable(_ plan: ScenarioComparison.Difference, _ t: ReportText, _ n: LocalNumbers)
        -> TableReport.Table
    {
        let columns = [
            TableReport.Column(t("analysis.funder"), key: "funder"),
            TableReport.Column(t("plan.municipality"), key: "municipality"),
            TableReport.Column(t("plan.year"), key: "year", alignRight: true),
            TableReport.Column(t("memory.diff.before"), key: "before", alignRight: true),
            TableReport.Column(t("memory.diff.after"), key: "after", alignRight: true),
            TableReport.Column(t("memory.diff.change"), key: "change", alignRight: true),
        ]
        // The largest moves first; a move of a euro is the rounding of a split payment.
        let moves = plan.moneyMoves.enumerated().sorted {
            abs($0.element.change) != abs($1.element.change)
                ? abs($0.element.change) > abs($1.element.change) : $0.offset < $1.offset
        }.map(\.element)
        let rows = moves.map { move -> [TableReport.Cell] in
            [
                .text(move.cell.funder), .text(move.cell.municipality),
                TableReport.Cell(String(move.cell.year), .int(move.cell.year)),
                TableReport.Cell(n.euros(move.baseline), .int(move.baseline)),
                TableReport.Cell(n.euros(move.scenario), .int(move.scenario)),
                TableReport.Cell(n.euros(move.change), .int(move.change)),
            ]
        }
        var table = TableReport.Table(
            key: "money_moved", title: t("memory.diff.money"), columns: columns, rows: rows,
            empty: t("memory.diff.money.none"))
        table.textLimit = 25
        table.more = { t("memory.diff.more", n.integer($0)) }
        return table
    }
}
