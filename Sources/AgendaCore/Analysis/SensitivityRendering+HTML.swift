extension SensitivityRendering {
    /// The analysis as one self-contained HTML page: each action's chance of being funded as a
    /// bar, coloured by its verdict, the fragile actions, and the figures of the run.
    public func html() -> String {
        let language = agenda.header.language
        let t = ReportText(language: language)
        let n = LocalNumbers(language: language)
        var out = HTMLWriter()
        let title = "\(t("analysis.sensitivity.title")) — \(agenda.header.title)"
        out.heading(title, level: 1)
        let scenario = agenda.appliedScenarios.isEmpty ? t("baseline") : agenda.appliedScenarios.joined(separator: "+")
        out.paragraph("\(agenda.region.name) · \(agenda.period) · \(t("scenario")): \(scenario)", class: "subtitle")
        let range = analysis.objectiveRange
        out.definitions(
            [
                (t("analysis.samples"), n.integer(analysis.samples)),
                (t("analysis.spread"), "±" + n.percent(analysis.spread)),
                (t("analysis.seed"), String(analysis.seed)),
                ("\(t("score")) (\(t("analysis.baseline-plan")))", n.points(analysis.baseline.plan.objective)),
                (t("analysis.html.score-range"), "\(n.points(range.low)) – \(n.points(range.high))"),
                (t("analysis.proven"), "\(n.integer(analysis.provenSamples)) / \(n.integer(analysis.samples))"),
            ], class: "figures")
        out.paragraph(t("analysis.robust-rule"))

        let colors: [SensitivityAnalysis.Verdict: String] = [
            .robustFunded: ChartPalette.color(2), .fragile: ChartPalette.color(1),
            .robustUnfunded: ChartPalette.dimmed,
        ]
        let percent = ChartFormat(axis: { n.decimal($0, places: 0) + "%" }, value: { n.decimal($0, places: 1) + "%" })
        out.section(id: "probabilities") { out in
            out.heading(t("analysis.html.probability-title"), level: 2)
            out.figure(
                BarChart(
                    title: t("analysis.html.probability-title"),
                    bars: ranked.map { action in
                        let verdict = t("analysis.verdict.\(action.verdict.rawValue)")
                        return BarChart.Bar(
                            label: action.title, value: action.probability * 100, color: colors[action.verdict],
                            title: "\(action.title) (\(action.id)): \(n.percent(action.probability)), \(verdict)")
                    },
                    axisLabel: t("analysis.html.share-of-samples"), format: percent,
                    reference: (label: t("analysis.html.robust-line"), value: Double(SensitivityAnalysis.robustPercent))
                ),
                caption: SensitivityAnalysis.Verdict.allCases.map { verdict in
                    let colour = t("analysis.html.colour.\(verdict.rawValue)")
                    let meaning = t("analysis.verdict.\(verdict.rawValue)")
                    return "\(colour): \(meaning)"
                }.joined(separator: " · "),
                empty: t("analysis.html.nothing"))
        }
        let fragile = ranked.filter { $0.verdict == .fragile }
        out.section(id: "fragile") { out in
            out.heading("\(t("analysis.fragile")) (\(fragile.count))", level: 2)
            guard !fragile.isEmpty else {
                out.paragraph(t("plan.none"))
                return
            }
            out.table(
                HTMLTable(
                    columns: [
                        .init(t("action")), .init(t("analysis.baseline-plan")),
                        .init(t("analysis.probability"), .right),
                    ],
                    groups: fragile.map { action in
                        [
                            [
                                HTMLTable.Cell.titled(action.id, action.title),
                                HTMLTable.Cell(t(action.baselineFunded ? "analysis.yes" : "analysis.no")),
                                HTMLTable.Cell(n.percent(action.probability)),
                            ]
                        ]
                    }))
        }
        out.section(id: "actions") { out in
            out.heading(t("analysis.actions"), level: 2)
            out.table(
                HTMLTable(
                    columns: [
                        .init(t("action")), .init(t("analysis.baseline-plan")),
                        .init(t("analysis.probability"), .right), .init(t("analysis.verdict")),
                    ],
                    groups: ranked.map { action in
                        [
                            [
                                HTMLTable.Cell.titled(action.id, action.title),
                                HTMLTable.Cell(t(action.baselineFunded ? "analysis.yes" : "analysis.no")),
                                HTMLTable.Cell(n.percent(action.probability)),
                                HTMLTable.Cell(t("analysis.verdict.\(action.verdict.rawValue)")),
                            ]
                        ]
                    }))
        }
        return out.document(title: title, language: language)
    }
}
