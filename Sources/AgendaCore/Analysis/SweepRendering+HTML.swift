extension SweepRendering {
    /// The sweep as one self-contained HTML page: the value-for-money curve (score against the
    /// plan's money, one point per budget level), the levels, and what enters or leaves.
    public func html() -> String {
        let language = agenda.header.language
        let t = ReportText(language: language)
        let n = LocalNumbers(language: language)
        var out = HTMLWriter()
        let actionTitle = { (id: String) in self.title(id) }
        let title = "\(t("analysis.sweep.title")) \(sweep.source) — \(agenda.header.title)"
        out.heading(title, level: 1)
        let scenario = agenda.appliedScenarios.isEmpty ? t("baseline") : agenda.appliedScenarios.joined(separator: "+")
        out.paragraph("\(agenda.region.name) · \(agenda.period) · \(t("scenario")): \(scenario)", class: "subtitle")
        out.section(id: "curve") { out in
            out.heading(t("analysis.curve"), level: 2)
            // A level without a plan has no score to draw.
            let points = { (x: (BudgetSweep.Step) -> Double) in
                sweep.steps.filter(\.variant.hasPlan).map { step in
                    LineChart.Point(
                        x: x(step), y: step.variant.plan.objective.value,
                        title:
                            "\(t("analysis.factor")) \(n.decimal(step.factor, places: 4)): "
                            + "\(n.points(step.variant.plan.objective)) \(t("points")), "
                            + "\(n.euros(step.money)) (\(sweep.source) \(n.euros(step.budget)))")
                }
            }
            out.figure(
                LineChart(
                    title: "\(t("analysis.curve")) — \(t("analysis.total-money"))",
                    series: [LineChart.Series(label: t("score"), points: points { Double($0.money) })],
                    xAxisLabel: t("analysis.html.plan-money"), yAxisLabel: t("points"),
                    xFormat: .euros(language), yFormat: .number(language, places: 4), includeZero: false),
                caption: t("analysis.html.curve-caption"), empty: t("analysis.html.nothing"))
            out.figure(
                LineChart(
                    title: "\(t("analysis.curve")) — \(sweep.source)",
                    series: [
                        LineChart.Series(
                            label: t("score"), points: points { Double($0.budget) }, color: ChartPalette.color(1))
                    ],
                    xAxisLabel: "\(t("analysis.source-budget")) \(sweep.source)", yAxisLabel: t("points"),
                    xFormat: .euros(language), yFormat: .number(language, places: 4), includeZero: false),
                caption: t("analysis.html.source-curve-caption"), empty: t("analysis.html.nothing"))
            out.table(
                HTMLTable(
                    columns: [
                        .init(t("analysis.factor"), .right), .init(t("analysis.source-budget"), .right),
                        .init(t("analysis.source-spent"), .right),
                        .init(t("analysis.total-money"), .right), .init(t("score"), .right), .init(t("status")),
                        .init("+", .right), .init("−", .right),
                    ],
                    rows: sweep.steps.map { step in
                        guard step.variant.hasPlan else {
                            return [
                                n.decimal(step.factor, places: 4), n.euros(step.budget), "—", "—", "—",
                                t("plan.status.\(step.variant.plan.status.rawValue)"), "—", "—",
                            ]
                        }
                        return [
                            n.decimal(step.factor, places: 4), n.euros(step.budget), n.euros(step.sourceSpent),
                            n.euros(step.money),
                            n.points(step.variant.plan.objective),
                            t("plan.status.\(step.variant.plan.status.rawValue)"),
                            String(step.entering.count), String(step.leaving.count),
                        ]
                    }))
        }
        let withoutPlan = sweep.steps.filter { !$0.variant.hasPlan }
        if !withoutPlan.isEmpty {
            out.section(id: "without-plan") { out in
                out.heading(t("analysis.sweep.no-plan"), level: 2)
                for step in withoutPlan {
                    out.heading(
                        "\(t("analysis.factor")) \(n.decimal(step.factor, places: 4)) (\(n.euros(step.budget)))",
                        level: 3)
                    out.list(
                        step.variant.reasons.flatMap { $0.rendered.split(separator: "\n").map(String.init) },
                        class: "diagnostics")
                }
            }
        }
        let changing = sweep.steps.filter { !$0.entering.isEmpty || !$0.leaving.isEmpty }
        out.section(id: "steps") { out in
            out.heading(t("analysis.steps"), level: 2)
            guard !changing.isEmpty else {
                out.paragraph(t("analysis.html.no-steps"))
                return
            }
            out.table(
                HTMLTable(
                    columns: [.init(t("analysis.factor"), .right), .init(t("action")), .init(t("analysis.change"))],
                    groups: changing.map { step in
                        let rows =
                            step.entering.map { ($0, t("analysis.enter")) }
                            + step.leaving.map { ($0, t("analysis.leave")) }
                        return rows.enumerated().map { index, row in
                            (index == 0
                                ? [
                                    HTMLTable.Cell(
                                        "\(n.decimal(step.factor, places: 4)) (\(n.euros(step.budget)))", header: true,
                                        rowSpan: rows.count)
                                ] : [])
                                + [HTMLTable.Cell.titled(row.0, actionTitle(row.0)), HTMLTable.Cell(row.1)]
                        }
                    }))
        }
        return out.document(title: title, language: language)
    }
}
