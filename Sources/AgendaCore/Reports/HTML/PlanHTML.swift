extension PlanRendering {
    /// The plan as one self-contained HTML page.
    ///
    /// The same sections as the text report (`docs/plan-output.md`), in the agenda's language,
    /// with five inline SVG charts: budget per year by source, money per municipality (and per
    /// unit of the allocation key), the funded actions over the years, the network map, and the
    /// goals' coverage per district. No scripts, no network access; the same plan gives the same
    /// bytes.
    public func html() -> String {
        PlanHTMLReport(self).document()
    }
}

/// Writes a plan's HTML report: the sections and the data of its charts.
struct PlanHTMLReport {
    let rendering: PlanRendering
    let t: ReportText
    let n: LocalNumbers
    let language: ReportLanguage

    init(_ rendering: PlanRendering) {
        self.rendering = rendering
        language = rendering.agenda.header.language
        t = ReportText(language: language)
        n = LocalNumbers(language: language)
    }

    var agenda: Agenda { rendering.agenda }
    var plan: Plan { rendering.plan }
    var summaries: PlanSummaries { rendering.summaries }

    /// The label of a pillar in the report's language.
    func pillarName(_ pillar: Pillar) -> String { t("html.pillar.\(pillar.rawValue)") }

    func document() -> String {
        var out = HTMLWriter()
        let title = "\(t("plan.plan")) — \(agenda.header.title)\(rendering.focusSuffix)"
        out.heading(title, level: 1)
        out.paragraph("\(agenda.region.name) · \(agenda.period) · \(agenda.id)", class: "subtitle")
        headline(&out)
        if let focus = rendering.focusSentence { out.paragraph(focus) }
        out.paragraph(VersionLine(agenda: agenda).text, class: "muted")
        if let horizon = agenda.header.horizon { out.paragraph("\(t("report.horizon")): \(horizon)") }

        let diagnostics = rendering.diagnostics
        var links = [
            ("funded", t("plan.funded")), ("unfunded", t("plan.unfunded")), ("budgets", t("plan.budgets")),
            ("marginal", t("plan.marginal")), ("municipalities", t("plan.municipalities")), ("goals", t("plan.goals")),
            ("pillars", t("plan.pillars")), ("network", t("html.network")),
        ]
        let takes = plan.actions.contains { $0.funded && $0.whatItTakes != nil }
        if takes { links.insert(("what-it-takes", t("plan.takes.heading")), at: 2) }
        if !rendering.summaries.commitments.isEmpty {
            links.insert(
                ("commitments", t("plan.commitments")),
                at: links.firstIndex { $0.0 == "budgets" }.map { $0 + 1 } ?? links.count)
        }
        if !diagnostics.isEmpty { links.append(("diagnostics", t("plan.diagnostics"))) }
        out.contents(t("html.contents"), links: links.map { (id: $0.0, text: $0.1) })

        out.section(id: "funded") { funded(&$0) }
        out.section(id: "unfunded") { unfunded(&$0) }
        if takes { out.section(id: "what-it-takes") { whatFundedActionsAdd(&$0) } }
        out.section(id: "budgets") { budgets(&$0) }
        if let commitments = rendering.commitmentTable() {
            out.section(id: "commitments") { out in
                out.heading(t("plan.commitments"), level: 2)
                out.paragraph(t("plan.commitments.intro"))
                out.table(HTMLTable(columns: HTMLTable.columns(of: commitments), rows: commitments.rows))
            }
        }
        out.section(id: "marginal") { marginal(&$0) }
        out.section(id: "municipalities") { municipalities(&$0) }
        out.section(id: "goals") { goals(&$0) }
        out.section(id: "pillars") { pillars(&$0) }
        out.section(id: "network") { network(&$0) }
        if !diagnostics.isEmpty {
            out.section(id: "diagnostics") { out in
                out.heading(t("plan.diagnostics"), level: 2)
                out.list(diagnostics.map(\.rendered), class: "diagnostics")
            }
        }
        let figureSources = rendering.figureSources
        if !figureSources.isEmpty {
            out.section(id: "figures") { out in
                out.heading(t("figures.heading"), level: 2)
                out.list(figureSources)
            }
        }
        out.section(id: "analysts") { out in
            out.heading(t("plan.analysts"), level: 2)
            for line in rendering.analystLines { out.paragraph(line, class: "footnote") }
        }
        return out.document(title: title, language: language)
    }

    // MARK: Sections

    private func headline(_ out: inout HTMLWriter) {
        let actions = plan.actions.count
        out.definitions(
            [
                (t("scenario"), plan.scenario ?? t("baseline")),
                (t("status"), t("plan.status.\(plan.status.rawValue)")),
                (t("plan.quality"), rendering.qualitySentence),
                (t("plan.funded-actions"), "\(summaries.fundedCount) \(t("html.of")) \(actions)"),
                (t("html.total-paid"), n.euros(summaries.totalMoney)),
            ], class: "figures")
    }

    private func funded(_ out: inout HTMLWriter) {
        let funded = plan.actions.filter(\.funded)
        out.heading("\(t("plan.funded")) (\(funded.count))", level: 2)
        out.heading(t("html.timeline.title"), level: 3)
        out.figure(timelineChart(), caption: t("html.timeline.caption"), empty: t("html.timeline.empty"))
        guard !funded.isEmpty else { return }
        let groups = funded.map { action -> [[HTMLTable.Cell]] in
            let span = max(1, action.payments.count)
            let lead = [
                HTMLTable.Cell.titled(action.id, rendering.title(of: action.id), rowSpan: span),
                HTMLTable.Cell(n.points(action.score), rowSpan: span),
            ]
            guard !action.payments.isEmpty else {
                return [
                    lead + [
                        HTMLTable.Cell(t("html.no-cost"), class: "muted"), HTMLTable.Cell(""),
                        HTMLTable.Cell(n.euros(0)),
                    ]
                ]
            }
            return action.payments.enumerated().map { index, payment in
                (index == 0 ? lead : []) + [
                    HTMLTable.Cell(String(payment.year)), HTMLTable.Cell(payment.source, class: "id"),
                    HTMLTable.Cell(n.euros(payment.amount)),
                ]
            }
        }
        out.table(
            HTMLTable(
                columns: [
                    .init(t("action")), .init(t("score"), .right), .init(t("plan.year"), .right),
                    .init(t("plan.source")), .init(t("plan.amount"), .right),
                ],
                groups: groups,
                footer: [
                    [
                        HTMLTable.Cell(t("total"), header: true), HTMLTable.Cell(""), HTMLTable.Cell(""),
                        HTMLTable.Cell(""), HTMLTable.Cell(n.euros(summaries.totalMoney)),
                    ]
                ],
                class: "grouped"))
        if let summary = plan.paymentsSummary {
            out.paragraph(rendering.paymentsSentence(summary, t: t, numbers: n), class: "muted")
        }
    }

    private func unfunded(_ out: inout HTMLWriter) {
        let unfunded = plan.actions.filter { !$0.funded }
        out.heading("\(t("plan.unfunded")) (\(unfunded.count))", level: 2)
        guard !unfunded.isEmpty else {
            out.paragraph(t("plan.none"))
            return
        }
        out.table(
            HTMLTable(
                columns: [.init(t("action")), .init(t("score"), .right), .init(t("plan.reason"))],
                groups: unfunded.map { action in
                    [
                        [
                            HTMLTable.Cell.titled(action.id, rendering.title(of: action.id)),
                            HTMLTable.Cell(n.points(action.score)),
                            HTMLTable.Cell(rendering.reasonAndWhatItTakes(action)),
                        ]
                    ]
                }))
    }

    /// For each funded action, what the best plan without it loses; nothing when not worked out.
    private func whatFundedActionsAdd(_ out: inout HTMLWriter) {
        let funded = plan.actions.filter { $0.funded && $0.whatItTakes != nil }
        guard !funded.isEmpty else { return }
        out.heading(t("plan.takes.heading"), level: 2)
        out.table(
            HTMLTable(
                columns: [.init(t("action")), .init(t("score"), .right), .init(t("plan.takes.without"))],
                groups: funded.map { action in
                    [
                        [
                            HTMLTable.Cell.titled(action.id, rendering.title(of: action.id)),
                            HTMLTable.Cell(n.points(action.score)),
                            HTMLTable.Cell(rendering.whatItTakesText(action)),
                        ]
                    ]
                }))
    }

    private func budgets(_ out: inout HTMLWriter) {
        out.heading(t("plan.budgets"), level: 2)
        out.heading(t("html.budget.title"), level: 3)
        out.figure(budgetChart(), caption: t("html.budget.caption"), empty: t("html.budget.empty"))
        guard !plan.sources.isEmpty else { return }
        out.table(
            HTMLTable(
                columns: [
                    .init(t("plan.source")), .init(t("plan.year"), .right), .init(t("plan.budget"), .right),
                    .init(t("plan.spent"), .right), .init(t("plan.left"), .right), .init(t("html.used"), .right),
                ],
                groups: plan.sources.map { source in
                    [
                        [
                            HTMLTable.Cell(source.id, header: true, class: "id"), HTMLTable.Cell(String(source.year)),
                            HTMLTable.Cell(n.euros(source.budget)), HTMLTable.Cell(n.euros(source.spent)),
                            HTMLTable.Cell(n.euros(source.left)),
                            HTMLTable.Cell(
                                source.budget > 0 ? n.percent(Double(source.spent) / Double(source.budget)) : "—"),
                        ]
                    ]
                }))
    }

    private func marginal(_ out: inout HTMLWriter) {
        out.heading(t("plan.marginal"), level: 2)
        if summaries.marginalValues.isEmpty {
            out.paragraph(t("plan.marginal.none"))
        } else {
            out.list(summaries.marginalValues.map { rendering.marginalSentence($0, numbers: n) })
        }
    }

    private func municipalities(_ out: inout HTMLWriter) {
        out.heading(t("plan.municipalities"), level: 2)
        out.heading(t("html.money.title"), level: 3)
        out.figure(moneyChart(), caption: t("html.money.caption"), empty: t("html.money.empty"))
        let keyLabel = keyLabel
        if let keyLabel {
            out.heading("€ \(t("plan.per")) \(keyLabel)", level: 3)
            out.figure(moneyPerKeyChart(), caption: t("html.per-key.caption"), empty: t("html.per-key.empty"))
        } else {
            out.paragraph(t("html.per-key.none"), class: "empty")
        }
        var columns: [HTMLTable.Column] = [.init(t("plan.municipality")), .init(t("plan.money"), .right)]
        if let keyLabel { columns += [.init(keyLabel, .right), .init("€ \(t("plan.per")) \(keyLabel)", .right)] }
        out.table(
            HTMLTable(
                columns: columns,
                groups: summaries.municipalities.map { municipality in
                    var row = [
                        HTMLTable.Cell(municipality.name, header: true), HTMLTable.Cell(n.euros(municipality.money)),
                    ]
                    if keyLabel != nil {
                        row.append(HTMLTable.Cell(municipality.keyValue.map { n.decimal($0, places: 2) } ?? "—"))
                        row.append(HTMLTable.Cell(municipality.moneyPerKeyUnit.map { n.euros(cents: $0) } ?? "—"))
                    }
                    return [row]
                }))
    }

    /// The allocation key indicator's label, or nil without a key.
    var keyLabel: String? {
        summaries.keyIndicator.map { (agenda.indicator($0)?.label ?? $0) + rendering.illustrativeMark($0) }
    }

    private func goals(_ out: inout HTMLWriter) {
        out.heading(t("plan.goals"), level: 2)
        out.heading(t("html.coverage"), level: 3)
        let grid = coverageGrid()
        let cells = grid.counts
        let caption =
            t("html.coverage.caption")
            + " \(cells.filter { $0 == 0 }.count) \(t("html.of")) \(cells.count) \(t("html.coverage.gaps"))."
        out.figure(grid, caption: caption, empty: t("html.coverage.empty"))
        guard !summaries.goals.isEmpty else { return }
        out.table(
            HTMLTable(
                columns: [
                    .init(t("plan.goal")), .init(t("pillar")), .init(t("plan.funded-actions"), .right),
                    .init(t("plan.money"), .right), .init(t("plan.target")),
                ],
                groups: summaries.goals.map { goal in
                    [
                        [
                            HTMLTable.Cell.titled(goal.id, goal.title), HTMLTable.Cell(pillarName(goal.pillar)),
                            HTMLTable.Cell(String(goal.fundedActions)),
                            HTMLTable.Cell(n.euros(goal.money)),
                            HTMLTable.Cell(rendering.targetText(goal.target, t: t, n: n)),
                        ]
                    ]
                }))
    }

    private func pillars(_ out: inout HTMLWriter) {
        out.heading(t("plan.pillars"), level: 2)
        out.table(
            HTMLTable(
                columns: [.init(t("pillar")), .init(t("plan.funded-actions"), .right), .init(t("plan.money"), .right)],
                rows: summaries.pillars.map { [pillarName($0.pillar), String($0.fundedActions), n.euros($0.money)] }))
    }

    private func network(_ out: inout HTMLWriter) {
        out.heading(t("html.network"), level: 2)
        out.heading(t("network.map"), level: 3)
        guard let map = networkMap() else {
            out.paragraph(t("network.overflow"), class: "empty")
            return
        }
        let caption = t("network.caption", agenda.period.description) + " " + t("network.plan.caption")
        out.figure(map, caption: caption, empty: t("network.empty"))
    }
}
