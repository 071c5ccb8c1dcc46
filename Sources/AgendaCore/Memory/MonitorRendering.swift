/// The monitoring report in the agenda's language: `agenda monitor`.
public struct MonitorRendering: Sendable {
    public var agenda: Agenda
    public var monitoring: Monitoring
    /// The adopted run: its id, who adopted it and on which day.
    public var baseline: (run: Int64, by: String, on: String)

    public init(agenda: Agenda, monitoring: Monitoring, baseline: (run: Int64, by: String, on: String)) {
        self.agenda = agenda
        self.monitoring = monitoring
        self.baseline = baseline
    }

    public func rendered(_ format: OutputFormat, csv: PlanCSV.Options = PlanCSV.Options()) -> String {
        report.rendered(format, csv: csv)
    }

    var report: TableReport {
        let t = ReportText(language: agenda.header.language)
        let year = String(monitoring.through)
        var report = TableReport(
            title: t("memory.monitor.title", year) + " — " + agenda.header.title, language: agenda.header.language,
            summary: summary(t), fields: fields, tables: [lineTable(t), balanceTable(t)])
        report.figures = [chart(t)]
        return report
    }

    private var fields: [(String, JSONValue)] {
        [
            ("agenda", .string(agenda.id)), ("through", .int(monitoring.through)),
            (
                "baseline",
                .object([
                    ("run", .int(Int(baseline.run))), ("adopted_by", .string(baseline.by)),
                    ("adopted_on", .string(baseline.on)),
                ])
            ),
        ]
    }

    private func summary(_ t: ReportText) -> [String] {
        let n = LocalNumbers(language: agenda.header.language)
        let (planned, spent) = (monitoring.plannedCents, monitoring.spentCents)
        let count = { (flag: Monitoring.Flag) in n.integer(monitoring.lines.filter { $0.flag == flag }.count) }
        return [
            t("memory.monitor.baseline", String(baseline.run), baseline.by, baseline.on),
            t("memory.monitor.spent", String(monitoring.through), money(spent, n), money(planned, n)),
            t(
                "memory.monitor.flags", count(.over), count(.notStarted), count(.notReported),
                count(.otherSource)),
        ]
    }

    private func lineTable(_ t: ReportText) -> TableReport.Table {
        let n = LocalNumbers(language: agenda.header.language)
        let columns = [
            TableReport.Column(t("action"), key: "action"), TableReport.Column(t("plan.source"), key: "source"),
            TableReport.Column(t("plan.year"), key: "year", alignRight: true),
            TableReport.Column(t("memory.monitor.planned"), key: "planned", alignRight: true),
            TableReport.Column(t("memory.monitor.actual"), key: "actual", alignRight: true),
            TableReport.Column(t("memory.monitor.difference"), key: "difference", alignRight: true),
            TableReport.Column(t("memory.monitor.flag"), key: "state"),
            TableReport.Column(t("memory.monitor.from"), key: "figure_from"),
        ]
        let rows = monitoring.lines.map { line -> [TableReport.Cell] in
            return [
                .text(line.action), .text(line.source), TableReport.Cell(String(line.year), .int(line.year)),
                cell(line.plannedCents, n), line.actualCents.map { cell($0, n) } ?? TableReport.Cell("–", .null),
                line.differenceCents.map { cell($0, n) } ?? TableReport.Cell("–", .null),
                TableReport.Cell(t("memory.flag.\(line.flag.rawValue)"), .string(line.flag.rawValue)),
                .optional(line.trace),
            ]
        }
        return TableReport.Table(
            key: "lines", title: t("memory.monitor.lines"), columns: columns, rows: rows,
            empty: t("memory.monitor.lines.none"))
    }

    private func balanceTable(_ t: ReportText) -> TableReport.Table {
        let n = LocalNumbers(language: agenda.header.language)
        let next = String(monitoring.through + 1)
        let columns = [
            TableReport.Column(t("plan.source"), key: "source"),
            TableReport.Column(t("memory.monitor.budget"), key: "budget", alignRight: true),
            TableReport.Column(t("memory.monitor.spent-so-far"), key: "spent", alignRight: true),
            TableReport.Column(t("memory.monitor.lapsed"), key: "lapsed", alignRight: true),
            TableReport.Column(t("memory.monitor.available", next), key: "available", alignRight: true),
            TableReport.Column(t("memory.monitor.planned-after", next), key: "planned_after", alignRight: true),
            TableReport.Column(t("memory.monitor.left"), key: "left", alignRight: true),
        ]
        let rows = monitoring.balances.map { balance -> [TableReport.Cell] in
            [
                .text(balance.source), cell(balance.budgetCents, n), cell(balance.spentCents, n),
                cell(balance.lapsedCents, n), cell(balance.availableCents, n), cell(balance.plannedAfterCents, n),
                cell(balance.leftCents, n),
            ]
        }
        return TableReport.Table(
            key: "sources", title: t("memory.monitor.money"), columns: columns, rows: rows, empty: "")
    }

    /// Euros with cents when there are any; JSON holds euros as a number.
    private func cell(_ cents: Int64, _ n: LocalNumbers) -> TableReport.Cell {
        let euros = Double(cents) / 100
        return TableReport.Cell(money(cents, n), cents % 100 == 0 ? .int(Int(cents / 100)) : .double(euros))
    }

    private func money(_ cents: Int64, _ n: LocalNumbers) -> String {
        cents % 100 == 0 ? n.euros(Int(cents / 100)) : n.euros(cents: Double(cents) / 100)
    }

    /// Bars of planned and actual money per year through the monitored year.
    private func chart(_ t: ReportText) -> String {
        let n = LocalNumbers(language: agenda.header.language)
        let bars = monitoring.years.flatMap { total -> [BarChart.Bar] in
            let (year, planned, actual) = (total.year, total.plannedCents, total.actualCents)
            return [
                BarChart.Bar(
                    label: "\(year) \(t("memory.monitor.planned"))", value: Double(planned) / 100,
                    color: ChartPalette.color(0), title: money(planned, n)),
                BarChart.Bar(
                    label: "\(year) \(t("memory.monitor.actual"))", value: Double(actual) / 100,
                    color: ChartPalette.color(1), title: money(actual, n)),
            ]
        }
        var out = HTMLWriter()
        out.figure(
            BarChart(
                title: t("memory.monitor.chart"), bars: bars, axisLabel: "€",
                format: .eurosWithCents(agenda.header.language)),
            caption: t("memory.monitor.chart"), empty: t("memory.monitor.lines.none"))
        return out.body
    }
}
