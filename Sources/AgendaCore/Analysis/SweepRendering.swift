import Foundation

/// `agenda sweep` as text, Markdown, JSON (`docs/analysis.md`) or CSV; HTML is in
/// `SweepRendering+HTML.swift`.
public struct SweepRendering: AnalysisReport, Sendable {
    public let sweep: BudgetSweep
    /// The agenda without the sweep's changes (for its title, language and action titles).
    public let agenda: Agenda

    public init(_ sweep: BudgetSweep, agenda: Agenda) {
        self.sweep = sweep
        self.agenda = agenda
    }

    func title(_ id: String) -> String { agenda.action(id)?.title ?? id }

    public func report(markdown: Bool) -> String {
        let t = ReportText(language: agenda.header.language)
        let n = LocalNumbers(language: agenda.header.language)
        var out = PlanReportWriter(markdown: markdown)
        out.heading("\(t("analysis.sweep.title")) — \(agenda.header.title)", level: 1)
        let scenario = agenda.appliedScenarios.isEmpty ? t("baseline") : agenda.appliedScenarios.joined(separator: "+")
        out.paragraph(["\(t("analysis.sweep.of")) \(sweep.source) · \(t("scenario")): \(scenario)"])
        out.heading(t("analysis.curve"), level: 2)
        out.table(
            PlanTable(
                headers: [
                    t("analysis.factor"), t("analysis.source-budget"), t("analysis.source-spent"),
                    t("analysis.total-money"),
                    t("score"), t("status"), "+", "−",
                ],
                right: [true, true, true, true, true, false, true, true],
                rows: sweep.steps.map { step in
                    guard step.variant.hasPlan else {
                        return [
                            n.decimal(step.factor, places: 4), n.euros(step.budget), "—", "—", "—",
                            step.variant.plan.status.rawValue, "—", "—",
                        ]
                    }
                    return [
                        n.decimal(step.factor, places: 4), n.euros(step.budget), n.euros(step.sourceSpent),
                        n.euros(step.money),
                        n.points(step.variant.plan.objective), step.variant.plan.status.rawValue,
                        String(step.entering.count), String(step.leaving.count),
                    ]
                }))
        let withoutPlan = sweep.steps.filter { !$0.variant.hasPlan }
        if !withoutPlan.isEmpty {
            out.heading(t("analysis.sweep.no-plan"), level: 2)
            for step in withoutPlan {
                out.heading(
                    "\(t("analysis.factor")) \(n.decimal(step.factor, places: 4)) (\(n.euros(step.budget)))", level: 3)
                out.diagnostics(step.variant.reasons.map(\.rendered))
            }
        }
        let changing = sweep.steps.filter { !$0.entering.isEmpty || !$0.leaving.isEmpty }
        if !changing.isEmpty {
            out.heading(t("analysis.steps"), level: 2)
            for step in changing {
                out.heading(
                    "\(t("analysis.factor")) \(n.decimal(step.factor, places: 4)) (\(n.euros(step.budget)))", level: 3)
                out.bullets(
                    step.entering.map { "+ \($0) — \(title($0))" } + step.leaving.map { "− \($0) — \(title($0))" })
            }
        }
        return out.result
    }

    public func json() -> JSONValue {
        .object([
            ("agenda", .string(agenda.id)),
            (
                "scenario",
                agenda.appliedScenarios.isEmpty ? .null : .string(agenda.appliedScenarios.joined(separator: "+"))
            ),
            ("source", .string(sweep.source)),
            (
                "steps",
                .array(
                    sweep.steps.map { step in
                        .object([
                            ("factor", .double(step.factor)),
                            ("budget", .int(step.budget)),
                            ("source_spent", .int(step.sourceSpent)),
                            ("money", .int(step.money)),
                            ("status", .string(step.variant.plan.status.rawValue)),
                            ("objective", .double(step.variant.plan.objective.value)),
                            ("bound", .double(step.variant.plan.bound.value)),
                            ("funded", .array(step.variant.funded.map(JSONValue.string))),
                            ("entering", .array(step.entering.map(JSONValue.string))),
                            ("leaving", .array(step.leaving.map(JSONValue.string))),
                            ("diagnostics", .array(step.variant.reasons.map(PlanRendering.diagnosticJSON))),
                        ])
                    })
            ),
        ])
    }

    /// One row per level: `factor, budget, source_spent, money, status, objective, bound, entering,
    /// leaving` (action ids separated by spaces).
    public static let csvColumns = [
        "factor", "budget", "source_spent", "money", "status", "objective", "bound", "entering", "leaving",
    ]

    public func csv(_ options: PlanCSV.Options) -> String {
        var rows: [[CSVTable.Cell]] = [Self.csvColumns.map(CSVTable.Cell.text)]
        for step in sweep.steps {
            rows.append([
                .decimal(step.factor, options), .number(String(step.budget)), .number(String(step.sourceSpent)),
                .number(String(step.money)), .text(step.variant.plan.status.rawValue),
                .number(CSVTable.decimal(step.variant.plan.objective.description, options)),
                .number(CSVTable.decimal(step.variant.plan.bound.description, options)),
                .text(step.entering.joined(separator: " ")), .text(step.leaving.joined(separator: " ")),
            ])
        }
        return CSVTable.rendered(rows, options: options)
    }
}
