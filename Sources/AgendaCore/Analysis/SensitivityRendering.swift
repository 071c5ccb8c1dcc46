import Foundation

/// `agenda sensitivity` as text, Markdown, JSON (`docs/analysis.md`) or CSV; HTML is in
/// `SensitivityRendering+HTML.swift`.
public struct SensitivityRendering: AnalysisReport, Sendable {
    public let analysis: SensitivityAnalysis

    public init(_ analysis: SensitivityAnalysis) {
        self.analysis = analysis
    }

    var agenda: Agenda { analysis.baseline.agenda }

    /// The actions from most to least often funded (ties in the agenda's order).
    var ranked: [SensitivityAnalysis.ActionRobustness] {
        analysis.actions.enumerated().sorted {
            $0.element.probability != $1.element.probability
                ? $0.element.probability > $1.element.probability : $0.offset < $1.offset
        }.map(\.element)
    }

    public func report(markdown: Bool) -> String {
        let t = ReportText(language: agenda.header.language)
        let n = LocalNumbers(language: agenda.header.language)
        var out = PlanReportWriter(markdown: markdown)
        out.heading("\(t("analysis.sensitivity.title")) — \(agenda.header.title)", level: 1)
        let range = analysis.objectiveRange
        let scenario = agenda.appliedScenarios.isEmpty ? t("baseline") : agenda.appliedScenarios.joined(separator: "+")
        var lines = [
            "\(t("scenario")): \(scenario) · \(t("analysis.samples")) \(n.integer(analysis.samples)) · "
                + "\(t("analysis.spread")) ±\(n.percent(analysis.spread)) · \(t("analysis.seed")) \(analysis.seed)",
            "\(t("score")) (\(t("analysis.baseline-plan"))): \(n.points(analysis.baseline.plan.objective)) · "
                + "\(t("analysis.sample-scores")): \(n.points(range.low)), \(n.points(range.median)), "
                + "\(n.points(range.high))",
        ]
        lines.append("\(t("analysis.proven")): \(n.integer(analysis.provenSamples)) / \(n.integer(analysis.samples))")
        if analysis.samplesWithoutPlan > 0 {
            lines.append("\(t("analysis.without-plan")): \(analysis.samplesWithoutPlan)")
        }
        out.paragraph(lines)
        out.paragraph([t("analysis.robust-rule")], separated: true)

        let fragile = ranked.filter { $0.verdict == .fragile }
        out.heading("\(t("analysis.fragile")) (\(fragile.count))", level: 2)
        if fragile.isEmpty {
            out.paragraph([t("plan.none")])
        } else {
            out.bullets(fragile.map { "\($0.id) — \($0.title): \(n.percent($0.probability))" })
        }
        out.heading(t("analysis.actions"), level: 2)
        out.table(
            PlanTable(
                headers: [t("action"), t("analysis.baseline-plan"), t("analysis.probability"), t("analysis.verdict")],
                right: [false, false, true, false],
                rows: ranked.map { action in
                    [
                        markdown ? "\(action.id) — \(action.title)" : action.id,
                        t(action.baselineFunded ? "analysis.yes" : "analysis.no"),
                        n.percent(action.probability), t("analysis.verdict.\(action.verdict.rawValue)"),
                    ]
                }))
        return out.result
    }

    public func json() -> JSONValue {
        let range = analysis.objectiveRange
        return .object([
            ("agenda", .string(agenda.id)),
            (
                "scenario",
                agenda.appliedScenarios.isEmpty ? .null : .string(agenda.appliedScenarios.joined(separator: "+"))
            ),
            ("samples", .int(analysis.samples)),
            ("spread", .double(analysis.spread)),
            ("seed", .string(String(analysis.seed))),
            ("baseline_objective", .double(analysis.baseline.plan.objective.value)),
            ("objective_low", .double(range.low.value)),
            ("objective_median", .double(range.median.value)),
            ("objective_high", .double(range.high.value)),
            ("samples_without_plan", .int(analysis.samplesWithoutPlan)),
            ("proven_samples", .int(analysis.provenSamples)),
            (
                "actions",
                .array(
                    analysis.actions.map { action in
                        .object([
                            ("id", .string(action.id)),
                            ("title", .string(action.title)),
                            ("baseline_funded", .bool(action.baselineFunded)),
                            ("funded_samples", .int(action.fundedSamples)),
                            ("probability", .double((action.probability * 1e6).rounded() / 1e6)),
                            ("verdict", .string(action.verdict.rawValue)),
                        ])
                    })
            ),
        ])
    }

    /// One row per action in the agenda's order.
    public static let csvColumns = ["action", "title", "baseline_funded", "funded_samples", "probability", "verdict"]

    public func csv(_ options: PlanCSV.Options) -> String {
        var rows: [[CSVTable.Cell]] = [Self.csvColumns.map(CSVTable.Cell.text)]
        for action in analysis.actions {
            rows.append([
                .text(action.id), .text(action.title), .text(action.baselineFunded ? "true" : "false"),
                .number(String(action.fundedSamples)), .decimal(action.probability, options),
                .text(action.verdict.rawValue),
            ])
        }
        return CSVTable.rendered(rows, options: options)
    }
}
