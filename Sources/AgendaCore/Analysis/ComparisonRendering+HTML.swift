extension ComparisonRendering {
    /// The comparison as one self-contained HTML page: score and money per plan, then per
    /// scenario what changes, with the money moved per funder and per municipality as charts.
    public func html() -> String {
        let language = agenda.header.language
        let t = ReportText(language: language)
        let n = LocalNumbers(language: language)
        let base = comparison.baseline
        var out = HTMLWriter()
        let title = "\(t("analysis.compare.title")) — \(agenda.header.title)"
        out.heading(title, level: 1)
        out.paragraph("\(agenda.region.name) · \(agenda.period) · \(agenda.id)", class: "subtitle")
        if let horizon = agenda.header.horizon { out.paragraph("\(t("report.horizon")): \(horizon)") }
        out.paragraph(VersionLine(agenda: agenda).text, class: "muted")
        let variants = [base] + comparison.variants
        out.contents(
            t("html.contents"),
            links: [(id: "overview", text: t("analysis.overview"))]
                + comparison.variants.enumerated().map {
                    (id: "scenario-\($0.offset + 1)", text: $0.element.scenario ?? "")
                })

        out.section(id: "overview") { out in
            out.heading(t("analysis.overview"), level: 2)
            let names = variants.map { name($0, t) }
            out.figure(
                BarChart(
                    title: t("analysis.html.score-title"),
                    bars: zip(names, variants).map { BarChart.Bar(label: $0, value: $1.plan.objective.value) },
                    axisLabel: t("points"), format: .number(language, places: 4),
                    reference: (label: t("baseline"), value: base.plan.objective.value)),
                caption: t("analysis.html.score-caption"), empty: t("analysis.html.nothing"))
            out.figure(
                BarChart(
                    title: t("analysis.html.money-title"),
                    bars: zip(names, variants).map { BarChart.Bar(label: $0, value: Double($1.summaries.totalMoney)) },
                    axisLabel: t("analysis.html.euros"), format: .euros(language), color: ChartPalette.color(1),
                    reference: (label: t("baseline"), value: Double(base.summaries.totalMoney))),
                caption: t("analysis.html.money-caption"), empty: t("analysis.html.nothing"))
            out.table(
                HTMLTable(
                    columns: [
                        .init(t("analysis.variant")), .init(t("status")), .init(t("score"), .right),
                        .init(t("plan.gap"), .right),
                        .init(t("analysis.change"), .right),
                        .init(t("plan.money"), .right), .init(t("analysis.change"), .right),
                        .init(t("analysis.funded"), .right),
                    ],
                    groups: variants.enumerated().map { index, variant in
                        guard variant.hasPlan else {
                            return [
                                [
                                    HTMLTable.Cell(
                                        variant.scenario ?? t("baseline"), detail: variant.title, header: true),
                                    HTMLTable.Cell(t("plan.status.\(variant.plan.status.rawValue)")),
                                ] + Array(repeating: HTMLTable.Cell("—"), count: 6)
                            ]
                        }
                        let score = variant.plan.objective.tenThousandths - base.plan.objective.tenThousandths
                        let money = variant.summaries.totalMoney - base.summaries.totalMoney
                        return [
                            [
                                HTMLTable.Cell(variant.scenario ?? t("baseline"), detail: variant.title, header: true),
                                HTMLTable.Cell(t("plan.status.\(variant.plan.status.rawValue)")),
                                HTMLTable.Cell(n.points(variant.plan.objective)),
                                HTMLTable.Cell(n.percent(variant.plan.gap)),
                                HTMLTable.Cell(
                                    index == 0 ? "" : signed(n.points(Points(tenThousandths: score)), score)),
                                HTMLTable.Cell(n.euros(variant.summaries.totalMoney)),
                                HTMLTable.Cell(index == 0 ? "" : signed(n.euros(money), money)),
                                HTMLTable.Cell(String(variant.summaries.fundedCount)),
                            ]
                        ]
                    }))
            if let note = gapNote(t, n) { out.paragraph(note, class: "footnote") }
        }
        if let commitments = commitmentTable(t, n) {
            out.section(id: "commitments") { out in
                out.heading(t("plan.commitments"), level: 2)
                out.paragraph(t("plan.commitments.intro"))
                // What each plan spends goes in one cell that wraps, so many scenarios never make
                // the page wider than its window.
                let names = planNames(t)
                let fixed = PartnerCommitment.headers(t).count
                out.table(
                    HTMLTable(
                        columns: HTMLTable.columns(of: commitments).prefix(fixed) + [.init(t("plan.spent"))],
                        groups: commitments.rows.map { row in
                            let perPlan = zip(names, row.dropFirst(fixed)).map { "\($0) \($1)" }.joined(separator: "; ")
                            return [
                                row.prefix(fixed).enumerated().map { HTMLTable.Cell($1, header: $0 == 0) }
                                    + [HTMLTable.Cell(perPlan)]
                            ]
                        }))
            }
        }

        if !comparison.failures.isEmpty {
            out.section(id: "failed") { out in
                out.heading(t("analysis.failed"), level: 2)
                out.list(failureLines, class: "diagnostics")
            }
        }
        for (index, (variant, difference)) in zip(comparison.variants, comparison.differences).enumerated() {
            out.section(id: "scenario-\(index + 1)") { out in
                scenarioSection(&out, variant: variant, difference: difference, t: t, n: n)
            }
        }
        return out.document(title: title, language: language)
    }

    private func scenarioSection(
        _ out: inout HTMLWriter, variant: PlannedVariant, difference: ScenarioComparison.Difference,
        t: ReportText, n: LocalNumbers
    ) {
        let language = agenda.header.language
        out.heading("\(t("scenario")) \(name(variant, t))", level: 2)
        if let description = variant.agenda.appliedScenarios.compactMap({ id in
            agenda.scenarios.first { $0.id == id }?.description
        }).first {
            out.paragraph(description, class: "subtitle")
        }
        guard variant.hasPlan else {
            out.paragraph(t("analysis.no-plan"))
            out.list(
                variant.reasons.flatMap { $0.rendered.split(separator: "\n").map(String.init) }, class: "diagnostics")
            return
        }
        let nothing =
            difference.entering.isEmpty && difference.leaving.isEmpty && difference.moneyMoves.isEmpty
            && difference.goals.isEmpty && difference.pillars.isEmpty && difference.marginalValues.isEmpty
        guard !nothing else {
            out.paragraph(t("analysis.unchanged"))
            return
        }
        if !difference.entering.isEmpty || !difference.leaving.isEmpty {
            out.table(
                HTMLTable(
                    columns: [.init(t("action")), .init(t("analysis.change"))],
                    groups: difference.entering.map {
                        [[HTMLTable.Cell.titled($0, actionTitle($0)), HTMLTable.Cell(t("analysis.enter"))]]
                    }
                        + difference.leaving.map {
                            [
                                [
                                    HTMLTable.Cell.titled($0, actionTitle($0)),
                                    HTMLTable.Cell(t("analysis.leave"), class: "muted"),
                                ]
                            ]
                        }))
        }
        if !difference.moneyMoves.isEmpty {
            out.heading(t("analysis.money-moved"), level: 3)
            // Summed per funder and per municipality, in the order they first appear.
            func totals(_ key: (MoneyMove) -> String) -> [(String, Int)] {
                var order: [String] = []
                var sums: [String: Int] = [:]
                for move in difference.moneyMoves {
                    let k = key(move)
                    if sums[k] == nil { order.append(k) }
                    sums[k, default: 0] += move.change
                }
                return order.map { ($0, sums[$0, default: 0]) }.filter { $0.1 != 0 }
            }
            let format = ChartFormat.euros(language)
            out.figure(
                BarChart(
                    title: t("analysis.html.by-funder"),
                    bars: totals { $0.cell.funder }.map {
                        BarChart.Bar(
                            label: funderName($0.0), value: Double($0.1),
                            color: $0.1 < 0 ? ChartPalette.color(5) : ChartPalette.color(2),
                            title: "\($0.0): \(format.value(Double($0.1)))")
                    },
                    axisLabel: t("analysis.html.euros"), format: format),
                caption: t("analysis.html.by-funder-caption"), empty: t("analysis.html.nothing"))
            out.figure(
                BarChart(
                    title: t("analysis.html.by-municipality"),
                    bars: totals { $0.cell.municipality }.map {
                        BarChart.Bar(
                            label: municipalityName($0.0), value: Double($0.1),
                            color: $0.1 < 0 ? ChartPalette.color(5) : ChartPalette.color(2))
                    },
                    axisLabel: t("analysis.html.euros"), format: format),
                caption: t("analysis.html.by-municipality-caption"), empty: t("analysis.html.nothing"))
            let shown = difference.moneyMoves.enumerated()
                .sorted {
                    abs($0.element.change) != abs($1.element.change)
                        ? abs($0.element.change) > abs($1.element.change) : $0.offset < $1.offset
                }
                .prefix(moneyRows).map(\.element)
            out.table(
                HTMLTable(
                    columns: [
                        .init(t("analysis.funder")), .init(t("plan.municipality")), .init(t("plan.year"), .right),
                        .init(t("analysis.before"), .right), .init(t("analysis.after"), .right),
                        .init(t("analysis.change"), .right),
                    ],
                    rows: shown.map {
                        [
                            funderName($0.cell.funder), municipalityName($0.cell.municipality), String($0.cell.year),
                            n.euros($0.baseline), n.euros($0.scenario), signed(n.euros($0.change), $0.change),
                        ]
                    }))
            if difference.moneyMoves.count > shown.count {
                out.paragraph(
                    String(format: t("analysis.more-rows"), difference.moneyMoves.count - shown.count),
                    class: "footnote")
            }
        }
        if !difference.goals.isEmpty {
            out.heading(t("analysis.goals"), level: 3)
            out.table(
                HTMLTable(
                    columns: [
                        .init(t("plan.goal")), .init(t("plan.funded-actions"), .right), .init(t("plan.money"), .right),
                        .init(t("plan.target")),
                    ],
                    groups: difference.goals.map { goal in
                        [
                            [
                                HTMLTable.Cell.titled(goal.id, goal.title),
                                HTMLTable.Cell("\(goal.baselineActions) → \(goal.scenarioActions)"),
                                HTMLTable.Cell("\(n.euros(goal.baselineMoney)) → \(n.euros(goal.scenarioMoney))"),
                                HTMLTable.Cell(
                                    "\(reached(goal.baselineReached, t)) → \(reached(goal.scenarioReached, t))"),
                            ]
                        ]
                    }))
        }
        if !difference.pillars.isEmpty {
            out.heading(t("analysis.pillars"), level: 3)
            out.table(
                HTMLTable(
                    columns: [
                        .init(t("pillar")), .init(t("plan.funded-actions"), .right), .init(t("plan.money"), .right),
                    ],
                    rows: difference.pillars.map {
                        [
                            t("html.pillar.\($0.pillar.rawValue)"), "\($0.baselineActions) → \($0.scenarioActions)",
                            "\(n.euros($0.baselineMoney)) → \(n.euros($0.scenarioMoney))",
                        ]
                    }))
        }
        if !difference.marginalValues.isEmpty {
            out.heading(t("analysis.marginal"), level: 3)
            out.table(
                HTMLTable(
                    columns: [
                        .init(t("plan.source")), .init(t("plan.year"), .right), .init(t("analysis.before"), .right),
                        .init(t("analysis.after"), .right),
                    ],
                    rows: difference.marginalValues.map {
                        [
                            $0.source, String($0.year), n.decimal($0.baseline, places: 4),
                            n.decimal($0.scenario, places: 4),
                        ]
                    }))
        }
    }
}
