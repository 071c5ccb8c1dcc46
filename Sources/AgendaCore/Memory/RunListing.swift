/// The list of recorded runs (`agenda runs`), newest first, in the agenda's language.
public struct RunListing: Sendable {
    /// One recorded run, as the store summarises it.
    public struct Entry: Sendable {
        public var id: Int64
        public var recordedAt: String
        public var contentHash: String
        /// `8d62566 of 2026-12-04`, with "+ changes" when the files had uncommitted changes.
        public var commit: String?
        public var scenario: String?
        public var plannerVersion: String
        public var status: String
        public var score: Points
        public var fundedActions: Int
        /// The adoption that made this run the baseline, when it is the current one.
        public var adoption: Int64?

        public init(
            id: Int64, recordedAt: String, contentHash: String, commit: String?, scenario: String?,
            plannerVersion: String, status: String, score: Points, fundedActions: Int, adoption: Int64?
        ) {
            (self.id, self.recordedAt, self.contentHash, self.commit) = (id, recordedAt, contentHash, commit)
            (self.scenario, self.plannerVersion, self.status) = (scenario, plannerVersion, status)
            (self.score, self.fundedActions, self.adoption) = (score, fundedActions, adoption)
        }
    }

    public var entries: [Entry]
    public var language: ReportLanguage
    public var agendaTitle: String
    /// Where the store is, as the user named it.
    public var storePath: String

    public init(entries: [Entry], language: ReportLanguage, agendaTitle: String, storePath: String) {
        (self.entries, self.language, self.agendaTitle, self.storePath) = (entries, language, agendaTitle, storePath)
    }

    public var report: TableReport {
        let t = ReportText(language: language)
        let n = LocalNumbers(language: language)
        let columns = [
            TableReport.Column(t("memory.run"), key: "run", alignRight: true),
            TableReport.Column(t("memory.recorded-at"), key: "recorded_at"),
            TableReport.Column(t("scenario"), key: "scenario"), TableReport.Column(t("status"), key: "status"),
            TableReport.Column(t("score"), key: "score", alignRight: true),
            TableReport.Column(t("analysis.funded"), key: "funded_actions", alignRight: true),
            TableReport.Column(t("memory.content"), key: "content_hash"),
            TableReport.Column(t("memory.git"), key: "git"),
            TableReport.Column(t("memory.planner"), key: "planner_version"),
            TableReport.Column(t("memory.adopted"), key: "adoption"),
        ]
        let rows = entries.map { entry -> [TableReport.Cell] in
            [
                TableReport.Cell(String(entry.id), .int(Int(entry.id))), .text(entry.recordedAt),
                .optional(entry.scenario), TableReport.Cell(t("memory.status.\(entry.status)"), .string(entry.status)),
                TableReport.Cell(n.points(entry.score), .double(entry.score.value)),
                TableReport.Cell(n.integer(entry.fundedActions), .int(entry.fundedActions)),
                .text(entry.contentHash), .optional(entry.commit), .text(entry.plannerVersion),
                TableReport.Cell(
                    entry.adoption.map { "\(t("memory.baseline")) (\($0))" } ?? "",
                    entry.adoption.map { .int(Int($0)) } ?? .null),
            ]
        }
        return TableReport(
            title: "\(t("memory.runs.title")) — \(agendaTitle)", language: language,
            summary: [t("memory.runs.count", n.integer(entries.count), storePath)],
            fields: [("store", .string(storePath))],
            tables: [
                TableReport.Table(
                    key: "runs", title: t("memory.runs.title"), columns: columns, rows: rows,
                    empty: t("memory.runs.none"))
            ])
    }
}
