import Foundation

/// `agenda compare` as text, Markdown, JSON (`docs/analysis.md`) or CSV; HTML is in
/// `ComparisonRendering+HTML.swift`. Labels and numbers follow the agenda's language.
public struct ComparisonRendering: AnalysisReport, Sendable {
    public let comparison: ScenarioComparison
    /// Rows of money moved shown per scenario in text and Markdown (JSON and CSV show all).
    public var moneyRows = 25

    public init(_ comparison: ScenarioComparison) {
        self.comparison = comparison
    }

    var agenda: Agenda { comparison.baseline.agenda }

    /// `id: title` of a variant, or the baseline's label.
    func name(_ variant: PlannedVariant, _ t: ReportText) -> String {
        guard let scenario = variant.scenario else { return t("baseline") }
        return variant.title.map { "\(scenario): \($0)" } ?? scenario
    }

    func actionTitle(_ id: String) -> String {
        agenda.action(id)?.title ?? comparison.variants.lazy.compactMap { $0.agenda.action(id)?.title }.first ?? id
    }

    // MARK: Text and Markdown

    public func report(markdown: Bool) -> String {
        let t = ReportText(language: agenda.header.language)
        let n = LocalNumbers(language: agenda.header.language)
        var out = PlanReportWriter(markdown: markdown)
        out.heading("\(t("analysis.compare.title")) — \(agenda.header.title)", level: 1)
        if let horizon = agenda.header.horizon { out.paragraph(["\(t("report.horizon")): \(horizon)"]) }
        out.paragraph([VersionLine(agenda: agenda).text])

        out.heading(t("analysis.overview"), level: 2)
        let base = comparison.baseline
        var rows = [overviewRow(base, base: base, t: t, n: n)]
        rows += comparison.variants.map { overviewRow($0, base: base, t: t, n: n) }
        out.table(
            PlanTable(
                headers: [
                    t("analysis.variant"), t("status"), t("score"), t("plan.gap"), t("analysis.change"),
                    t("plan.money"), t("analysis.change"), t("analysis.funded"),
                ],
                right: [false, false, true, true, true, true, true, true], rows: rows))
        if let note = gapNote(t, n) { out.paragraph([note], separated: true) }
        if let commitments = commitmentTable(t, n) {
            out.heading(t("plan.commitments"), level: 2)
            out.paragraph([t("plan.commitments.intro")])
            out.table(commitments)
        }

        if !comparison.failures.isEmpty {
            out.heading(t("analysis.failed"), level: 2)
            out.diagnostics(failureLines)
        }

        for (variant, difference) in zip(comparison.variants, comparison.differences) {
            out.heading("\(t("scenario")) \(name(variant, t))", level: 2)
            guard variant.hasPlan else {
                out.paragraph([t("analysis.no-plan")])
                out.diagnostics(variant.reasons.map(\.rendered))
                continue
            }
            let nothing =
                difference.entering.isEmpty && difference.leaving.isEmpty && difference.moneyMoves.isEmpty
                && difference.goals.isEmpty && difference.pillars.isEmpty && difference.marginalValues.isEmpty
            if nothing {
                out.paragraph([t("analysis.unchanged")])
                continue
            }
            for (key, ids) in [("analysis.enter", difference.entering), ("analysis.leave", difference.leaving)]
            where !ids.isEmpty {
                out.heading("\(t(key)) (\(ids.count))", level: 3)
                out.bullets(ids.map { "\($0) — \(actionTitle($0))" })
            }
            if !difference.moneyMoves.isEmpty {
                out.heading(t("analysis.money-moved"), level: 3)
                // The largest moves first, so a long list starts with what matters.
                let shown = difference.moneyMoves.enumerated()
                    .sorted {
                        abs($0.element.change) != abs($1.element.change)
                            ? abs($0.element.change) > abs($1.element.change) : $0.offset < $1.offset
                    }
                    .prefix(moneyRows).map(\.element)
                out.table(
                    PlanTable(
                        headers: [
                            t("analysis.funder"), t("plan.municipality"), t("plan.year"), t("analysis.before"),
                            t("analysis.after"), t("analysis.change"),
                        ],
                        right: [false, false, true, true, true, true],
                        rows: shown.map {
                            [
                                funderName($0.cell.funder), municipalityName($0.cell.municipality),
                                String($0.cell.year),
                                n.euros($0.baseline), n.euros($0.scenario), signed(n.euros($0.change), $0.change),
                            ]
                        }))
                if difference.moneyMoves.count > shown.count {
                    out.paragraph(
                        [String(format: t("analysis.more-rows"), difference.moneyMoves.count - shown.count)],
                        separated: true)
                }
            }
            if !difference.goals.isEmpty {
                out.heading(t("analysis.goals"), level: 3)
                out.table(
                    PlanTable(
                        headers: [
                            t("plan.goal"), t("pillar"), t("plan.funded-actions"), t("plan.money"), t("plan.target"),
                        ],
                        right: [false, false, true, true, false],
                        rows: difference.goals.map { goal in
                            [
                                goal.id, goal.pillar.rawValue, "\(goal.baselineActions) → \(goal.scenarioActions)",
                                "\(n.euros(goal.baselineMoney)) → \(n.euros(goal.scenarioMoney))",
                                "\(reached(goal.baselineReached, t)) → \(reached(goal.scenarioReached, t))",
                            ]
                        }))
            }
            if !difference.pillars.isEmpty {
                out.heading(t("analysis.pillars"), level: 3)
                out.table(
                    PlanTable(
                        headers: [t("pillar"), t("plan.funded-actions"), t("plan.money")], right: [false, true, true],
                        rows: difference.pillars.map {
                            [
                                $0.pillar.rawValue, "\($0.baselineActions) → \($0.scenarioActions)",
                                "\(n.euros($0.baselineMoney)) → \(n.euros($0.scenarioMoney))",
                            ]
                        }))
            }
            if !difference.marginalValues.isEmpty {
                out.heading(t("analysis.marginal"), level: 3)
                out.table(
                    PlanTable(
                        headers: [t("plan.source"), t("plan.year"), t("analysis.before"), t("analysis.after")],
                        right: [false, true, true, true],
                        rows: difference.marginalValues.map {
                            [
                                $0.source, String($0.year), n.decimal($0.baseline, places: 4),
                                n.decimal($0.scenario, places: 4),
                            ]
                        }))
            }
        }
        return out.result
    }

    private func overviewRow(_ variant: PlannedVariant, base: PlannedVariant, t: ReportText, n: LocalNumbers)
        -> [String]
    {
        let plan = variant.plan
        let status =
            t("plan.status.\(plan.status.rawValue)").components(separatedBy: " (").first ?? plan.status.rawValue
        // Without a plan there is no score, money or change to show.
        guard variant.hasPlan else { return [name(variant, t), status, "—", "—", "—", "—", "—", "—"] }
        let isBase =
            variant.scenario == nil && variant.plan.objective == base.plan.objective && variant.funded == base.funded
        let scoreChange = plan.objective.tenThousandths - base.plan.objective.tenThousandths
        let moneyChange = variant.summaries.totalMoney - base.summaries.totalMoney
        return [
            name(variant, t), status, n.points(plan.objective), n.percent(plan.gap),
            isBase ? "" : signed(n.points(Points(tenThousandths: scoreChange)), scoreChange),
            n.euros(variant.summaries.totalMoney), isBase ? "" : signed(n.euros(moneyChange), moneyChange),
            String(variant.summaries.fundedCount),
        ]
    }

    /// When some plan is not proven best: a change in score smaller than the largest gap may come
    /// from the search rather than from the scenario.
    func gapNote(_ t: ReportText, _ n: LocalNumbers) -> String? {
        let largest = ([comparison.baseline] + comparison.variants).map(\.plan.gap).max() ?? 0
        guard largest > 0 else { return nil }
        return String(format: t("analysis.gap-note"), n.percent(largest))
    }

    /// "scenario-7: the planner could not …", one per scenario without a plan.
    var failureLines: [String] {
        comparison.failures.map { "\($0.scenario): \($0.message)" }
    }

    func municipalityName(_ id: String) -> String { agenda.region.municipality(id)?.name ?? id }

    /// A funder as a reader knows it: a partner's name, or the agenda's text shortened to fit a
    /// table (JSON and CSV keep it whole).
    func funderName(_ funder: String) -> String {
        let name = agenda.partner(funder)?.name ?? funder
        return name.count > 40 ? String(name.prefix(39)) + "…" : name
    }

    func signed(_ text: String, _ value: Int) -> String { value > 0 ? "+" + text : text }

    func reached(_ value: Bool?, _ t: ReportText) -> String {
        value.map { t($0 ? "plan.reached" : "plan.not-reached") } ?? "—"
    }

    // MARK: JSON

    public func json() -> JSONValue {
        func variantJSON(_ variant: PlannedVariant) -> JSONValue {
            .object([
                ("scenario", variant.scenario.map(JSONValue.string) ?? .null),
                ("title", variant.title.map(JSONValue.string) ?? .null),
                ("status", .string(variant.plan.status.rawValue)),
                ("objective", .double(variant.plan.objective.value)),
                ("bound", .double(variant.plan.bound.value)),
                ("money", .int(variant.summaries.totalMoney)),
                ("funded", .array(variant.funded.map(JSONValue.string))),
                ("partner_commitments", .array(variant.summaries.commitments.map(PlanRendering.commitmentJSON))),
                ("diagnostics", .array(variant.reasons.map(PlanRendering.diagnosticJSON))),
            ])
        }
        let base = comparison.baseline
        return .object([
            ("agenda", .string(agenda.id)),
            ("version", VersionLine(agenda: agenda).json),
            ("baseline", variantJSON(base)),
            (
                "scenarios",
                .array(
                    zip(comparison.variants, comparison.differences).map { variant, difference in
                        guard case .object(var fields) = variantJSON(variant) else { return .null }
                        fields += [
                            (
                                "objective_change",
                                variant.hasPlan
                                    ? .double(
                                        Points(
                                            tenThousandths: variant.plan.objective.tenThousandths
                                                - base.plan.objective.tenThousandths
                                        ).value) : .null
                            ),
                            (
                                "money_change",
                                variant.hasPlan ? .int(variant.summaries.totalMoney - base.summaries.totalMoney) : .null
                            ),
                            ("entering", .array(difference.entering.map(JSONValue.string))),
                            ("leaving", .array(difference.leaving.map(JSONValue.string))),
                            (
                                "money_moved",
                                .array(
                                    difference.moneyMoves.map { move in
                                        .object([
                                            ("funder", .string(move.cell.funder)),
                                            ("municipality", .string(move.cell.municipality)),
                                            ("year", .int(move.cell.year)), ("baseline", .int(move.baseline)),
                                            ("scenario", .int(move.scenario)), ("change", .int(move.change)),
                                        ])
                                    })
                            ),
                            (
                                "goals",
                                .array(
                                    difference.goals.map { goal in
                                        .object([
                                            ("id", .string(goal.id)), ("pillar", .string(goal.pillar.rawValue)),
                                            ("baseline_actions", .int(goal.baselineActions)),
                                            ("scenario_actions", .int(goal.scenarioActions)),
                                            ("baseline_money", .int(goal.baselineMoney)),
                                            ("scenario_money", .int(goal.scenarioMoney)),
                                            (
                                                "baseline_target_reached",
                                                goal.baselineReached.map(JSONValue.bool) ?? .null
                                            ),
                                            (
                                                "scenario_target_reached",
                                                goal.scenarioReached.map(JSONValue.bool) ?? .null
                                            ),
                                        ])
                                    })
                            ),
                            (
                                "pillars",
                                .array(
                                    difference.pillars.map { pillar in
                                        .object([
                                            ("pillar", .string(pillar.pillar.rawValue)),
                                            ("baseline_actions", .int(pillar.baselineActions)),
                                            ("scenario_actions", .int(pillar.scenarioActions)),
                                            ("baseline_money", .int(pillar.baselineMoney)),
                                            ("scenario_money", .int(pillar.scenarioMoney)),
                                        ])
                                    })
                            ),
                            (
                                "marginal_values",
                                .array(
                                    difference.marginalValues.map { value in
                                        .object([
                                            ("source", .string(value.source)), ("year", .int(value.year)),
                                            ("baseline_points_per_10000_euros", .double(value.baseline)),
                                            ("scenario_points_per_10000_euros", .double(value.scenario)),
                                        ])
                                    })
                            ),
                        ]
                        return .object(fields)
                    })
            ),
            (
                "failed",
                .array(
                    comparison.failures.map { failure in
                        .object([("scenario", .string(failure.scenario)), ("message", .string(failure.message))])
                    })
            ),
        ])
    }

    // MARK: CSV

    /// One row per difference, in long form: `scenario, kind, id, funder, municipality, year,
    /// baseline, scenario_value, change`. `kind` is `score`, `money`, `action` (1 funded, 0 not),
    /// `money-moved`, `goal-actions`, `goal-money`, `pillar-actions`, `pillar-money`, `marginal-value`,
    /// `infeasible` for a scenario without a plan (one row per reason, `id` holds it), or `failed`
    /// for a scenario the planner could not finish (`id` holds why).
    public static let csvColumns = [
        "scenario", "kind", "id", "funder", "municipality", "year", "baseline", "scenario_value", "change",
    ]

    public func csv(_ options: PlanCSV.Options) -> String {
        typealias Cell = CSVTable.Cell
        var rows: [[Cell]] = [Self.csvColumns.map(Cell.text)]
        let base = comparison.baseline
        func row(
            _ scenario: String, _ kind: String, _ id: String, funder: String = "", municipality: String = "",
            year: Int? = nil, _ before: Cell, _ after: Cell, _ change: Cell
        ) -> [Cell] {
            [
                .text(scenario), .text(kind), .text(id), .text(funder), .text(municipality),
                year.map { .number(String($0)) } ?? .text(""), before, after, change,
            ]
        }
        func whole(_ value: Int) -> Cell { .number(String(value)) }
        func points(_ value: Points) -> Cell { .number(CSVTable.decimal(value.description, options)) }
        for (variant, difference) in zip(comparison.variants, comparison.differences) {
            let id = variant.scenario ?? ""
            guard variant.hasPlan else {
                for reason in variant.reasons {
                    rows.append(row(id, "infeasible", reason.message, .text(""), .text(""), .text("")))
                }
                continue
            }
            let change = Points(
                tenThousandths: variant.plan.objective.tenThousandths - base.plan.objective.tenThousandths)
            rows.append(
                row(id, "score", "", points(base.plan.objective), points(variant.plan.objective), points(change)))
            rows.append(
                row(
                    id, "money", "", whole(base.summaries.totalMoney), whole(variant.summaries.totalMoney),
                    whole(variant.summaries.totalMoney - base.summaries.totalMoney)))
            for action in difference.entering { rows.append(row(id, "action", action, whole(0), whole(1), whole(1))) }
            for action in difference.leaving { rows.append(row(id, "action", action, whole(1), whole(0), whole(-1))) }
            for move in difference.moneyMoves {
                rows.append(
                    row(
                        id, "money-moved", "", funder: move.cell.funder, municipality: move.cell.municipality,
                        year: move.cell.year, whole(move.baseline), whole(move.scenario), whole(move.change)))
            }
            for goal in difference.goals {
                rows.append(
                    row(
                        id, "goal-actions", goal.id, whole(goal.baselineActions), whole(goal.scenarioActions),
                        whole(goal.scenarioActions - goal.baselineActions)))
                rows.append(
                    row(
                        id, "goal-money", goal.id, whole(goal.baselineMoney), whole(goal.scenarioMoney),
                        whole(goal.scenarioMoney - goal.baselineMoney)))
            }
            for pillar in difference.pillars {
                rows.append(
                    row(
                        id, "pillar-actions", pillar.pillar.rawValue, whole(pillar.baselineActions),
                        whole(pillar.scenarioActions), whole(pillar.scenarioActions - pillar.baselineActions)))
                rows.append(
                    row(
                        id, "pillar-money", pillar.pillar.rawValue, whole(pillar.baselineMoney),
                        whole(pillar.scenarioMoney), whole(pillar.scenarioMoney - pillar.baselineMoney)))
            }
            for value in difference.marginalValues {
                rows.append(
                    row(
                        id, "marginal-value", value.source, year: value.year, .decimal(value.baseline, options),
                        .decimal(value.scenario, options), .decimal(value.scenario - value.baseline, options)))
            }
        }
        for failure in comparison.failures {
            rows.append(row(failure.scenario, "failed", failure.message, .text(""), .text(""), .text("")))
        }
        return CSVTable.rendered(rows, options: options)
    }
}
