/// `agenda kickoff` as Markdown or as one self-contained HTML page, in the agenda's language: the
/// same blocks in both, so that the printed page and the shared file say the same.
public struct KickoffRendering: Sendable {
    public let kickoff: Kickoff
    let t: ReportText
    let n: LocalNumbers
    /// The quickscan's words and tables, for the area's places.
    let quickscan: QuickscanRendering

    public init(_ kickoff: Kickoff) {
        self.kickoff = kickoff
        t = ReportText(language: kickoff.agenda.header.language)
        n = LocalNumbers(language: kickoff.agenda.header.language)
        quickscan = QuickscanRendering(agenda: kickoff.agenda, quickscan: kickoff.quickscan)
    }

    /// One part of the page.
    enum Block {
        case heading(String, level: Int)
        case paragraph([String])
        case bullets([String])
        case table(PlanTable)
    }

    var title: String { t("kickoff.title", kickoff.focus.name, kickoff.agenda.header.title) }

    /// The page in Markdown.
    public func markdown() -> String {
        var out = PlanReportWriter(markdown: true)
        for block in blocks() {
            switch block {
            case .heading(let text, let level): out.heading(text, level: level)
            case .paragraph(let lines): out.paragraph(lines, separated: true)
            case .bullets(let items): out.bullets(items)
            case .table(let table): out.table(table)
            }
        }
        return out.result
    }

    /// The page in HTML: no scripts, no external resources, print-friendly.
    public func html() -> String {
        var out = HTMLWriter()
        for block in blocks() {
            switch block {
            case .heading(let text, let level): out.heading(text, level: level)
            case .paragraph(let lines): for line in lines { out.paragraph(line) }
            case .bullets(let items): out.list(items)
            case .table(let table):
                out.table(HTMLTable(columns: HTMLTable.columns(of: table), rows: table.rows))
            }
        }
        return out.document(title: title, language: kickoff.agenda.header.language)
    }

    func blocks() -> [Block] {
        header() + horizon() + whereItStands() + assessment() + planHere() + partners() + openQuestions()
    }

    private func header() -> [Block] {
        let agenda = kickoff.agenda
        let status = t("plan.status.\(kickoff.planStatus.rawValue)")
        let working = kickoff.funded.count + kickoff.unfunded.count
        return [
            .heading(title, level: 1),
            .paragraph([
                "\(agenda.region.name) · \(agenda.period) · \(t("scenario")): \(kickoff.quickscan.scenario ?? t("baseline"))",
                t("kickoff.plan", status, n.integer(kickoff.funded.count), n.integer(working), kickoff.focus.name),
                VersionLine(agenda: agenda).text,
            ]),
        ]
    }

    private func horizon() -> [Block] {
        [
            .heading(t("kickoff.horizon"), level: 2),
            .paragraph([kickoff.agenda.header.horizon ?? t("kickoff.horizon.none")]),
        ]
    }
}
