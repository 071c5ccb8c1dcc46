import Foundation

/// `agenda score` and `agenda explain` as text, JSON or Markdown.
public struct ScoreRendering: Sendable {
    public let agenda: Agenda
    public let report: ScoreReport

    public init(agenda: Agenda, report: ScoreReport) {
        self.agenda = agenda
        self.report = report
    }

    private var text: ReportText { ReportText(language: agenda.header.language) }
    var scenarioLabel: String? { report.scenarios.isEmpty ? nil : report.scenarios.joined(separator: "+") }

    // MARK: Ranking

    /// The actions ranked by score; `csv` sets the separator and decimals of the CSV.
    public func ranking(_ format: OutputFormat, csv: PlanCSV.Options = PlanCSV.Options()) -> String {
        switch format {
        case .json: return rankingJSON().rendered()
        case .text: return rankingTable(markdown: false)
        case .markdown: return rankingTable(markdown: true)
        case .csv: return rankingCSV(csv)
        case .html: return rankingHTML()
        }
    }

    func rankingJSON() -> JSONValue {
        var rows: [JSONValue] = []
        for (index, action) in report.ranking.enumerated() {
            rows.append(
                .object([
                    ("rank", .int(index + 1)), ("id", .string(action.id)), ("title", .string(action.title)),
                    ("domain", .string(action.domain)), ("pillar", .string(action.pillar.rawValue)),
                    ("status", .string(action.status.rawValue)), ("dropped", .bool(action.dropped)),
                    ("score", .double(action.score.value)),
                ]))
        }
        return .object([
            ("agenda", .string(agenda.id)),
            ("scenario", scenarioLabel.map(JSONValue.string) ?? .null),
            ("actions", .array(rows)),
            ("diagnostics", Self.diagnosticsJSON(report.diagnostics)),
        ])
    }

    private func rankingTable(markdown: Bool) -> String {
        let t = text
        var lines: [String] = []
        let heading = "\(t("scores")) — \(agenda.header.title) — \(t("scenario")): \(scenarioLabel ?? t("baseline"))"
        let headers = [t("rank"), t("score"), t("action"), t("domain"), t("pillar"), t("status")]
        let rows = report.ranking.enumerated().map { index, action in
            [
                String(index + 1), action.score.description, action.id + (action.dropped ? " (\(t("dropped")))" : ""),
                action.domain, action.pillar.rawValue, action.status.rawValue,
            ]
        }
        if markdown {
            lines.append("# \(Self.markdownEscaped(heading))")
            lines.append("")
            lines.append("| " + headers.joined(separator: " | ") + " |")
            lines.append("|---:|---:|---|---|---|---|")
            for row in rows { lines.append("| " + row.map(Self.markdownEscaped).joined(separator: " | ") + " |") }
        } else {
            lines.append(heading)
            lines.append("")
            let widths = headers.indices.map { column in
                max(headers[column].count, rows.map { $0[column].count }.max() ?? 0)
            }
            let render = { (row: [String]) in
                row.enumerated().map { padded($1, widths[$0], right: $0 < 2) }.joined(separator: "  ")
                    .trimmingTrailingSpaces()
            }
            lines.append(render(headers))
            for row in rows { lines.append(render(row)) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: Explanation

    /// The breakdown of one action's score, or `nil` when there is no such action.
    public func explanation(of id: String, format: OutputFormat, csv: PlanCSV.Options = PlanCSV.Options()) -> String? {
        guard let action = report.action(id) else { return nil }
        switch format {
        case .json: return explanationJSON(action).rendered()
        case .text: return explanationTable(action, markdown: false)
        case .markdown: return explanationTable(action, markdown: true)
        case .csv: return explanationCSV(action, csv)
        case .html: return explanationHTML(action)
        }
    }

    func explanationJSON(_ action: ActionScore) -> JSONValue {
        .object([
            ("agenda", .string(agenda.id)),
            ("scenario", scenarioLabel.map(JSONValue.string) ?? .null),
            ("action", .string(action.id)),
            ("title", .string(action.title)),
            ("domain", .string(action.domain)),
            ("pillar", .string(action.pillar.rawValue)),
            ("status", .string(action.status.rawValue)),
            ("dropped", .bool(action.dropped)),
            ("score", .double(action.score.value)),
            (
                "contributions",
                .array(
                    action.contributions.map { contribution in
                        .object([
                            ("rule", .string(contribution.qualifiedRule)),
                            ("name", .string(contribution.ruleName)),
                            ("module", .string(contribution.module)),
                            ("module_version", .string(contribution.moduleVersion)),
                            ("module_origin", RuleCatalog.originJSON(contribution.moduleOrigin)),
                            ("raw", contribution.raw.map { .double(($0 * 1e6).rounded() / 1e6) } ?? .null),
                            ("normalised", .double((contribution.normalised * 1e6).rounded() / 1e6)),
                            (
                                "weight",
                                .object([
                                    ("total", .double((contribution.weight.total * 1e6).rounded() / 1e6)),
                                    ("scale", .double(contribution.weight.scale)),
                                    ("pillar", .double(contribution.weight.pillar)),
                                    ("group", .double(contribution.weight.group)),
                                    ("rule", .double(contribution.weight.rule)),
                                    ("group_total", .double(contribution.weight.groupTotal)),
                                ])
                            ),
                            ("points", .double(contribution.points.value)),
                            (
                                "inputs",
                                .array(
                                    contribution.inputs.map {
                                        .object([("name", .string($0.name)), ("value", .string($0.value))])
                                    })
                            ),
                            ("failure", contribution.failure.map(JSONValue.string) ?? .null),
                        ])
                    })
            ),
        ])
    }

    /// Each contribution's inputs, `name: value; …`, the failure first.
    func details(_ contribution: Contribution) -> String {
        // Numbers and the words the module lists are written in the agenda's language (`InputWords`);
        // other text stays as the module wrote it.
        let n = LocalNumbers(language: agenda.header.language)
        let words = InputWords(table: report.inputWords[contribution.module] ?? [:], numbers: n)
        var parts = contribution.inputs.map { input in
            let number = Double(input.value).flatMap { $0.isFinite ? $0 : nil }
            return "\(words.name(input.name)): \(number.map { n.decimal($0, places: 4) } ?? words.value(input.value))"
        }
        if let failure = contribution.failure { parts.insert("\(text("failed")): \(failure)", at: 0) }
        return parts.joined(separator: "; ")
    }

    /// Where the contributed modules come from; the built-in ones need no note.
    func origins(_ action: ActionScore) -> [String] {
        let t = text
        var seen = Set<String>()
        return action.contributions.filter { $0.moduleOrigin != .builtIn && seen.insert($0.module).inserted }.map { c in
            "\(t("module")) \(c.module) \(c.moduleVersion) \(t("module from")): \(c.moduleOrigin)"
        }
    }

    private func explanationTable(_ action: ActionScore, markdown: Bool) -> String {
        let t = text
        var lines: [String] = []
        let title = "\(action.id) — \(action.title)"
        let facts =
            "\(t("domain")) \(action.domain) · \(t("pillar")) \(action.pillar.rawValue) · \(t("status")) "
            + "\(action.status.rawValue)"
            + (action.dropped ? " · \(t("dropped"))" : "") + (scenarioLabel.map { " · \(t("scenario")) \($0)" } ?? "")
        let headers = [t("rule"), t("module"), t("value"), t("normalised"), t("weight"), t("points")]
        // Numbers in the agenda's language, as the HTML has them.
        let n = LocalNumbers(language: agenda.header.language)
        let rows = action.contributions.map { c -> [String] in
            [
                c.qualifiedRule, "\(c.module) \(c.moduleVersion)",
                c.raw.map { n.decimal($0, places: 4) } ?? t("failed"),
                n.decimal(c.normalised, places: 4, keepZeros: true),
                n.decimal(c.weight.total, places: 4, keepZeros: true),
                n.points(c.points),
            ]
        }
        let details = action.contributions.map(details)
        let origins = origins(action)
        if markdown {
            lines.append("## \(Self.markdownEscaped(title))")
            lines.append("")
            lines.append(Self.markdownEscaped(facts) + "  ")
            lines.append("**\(t("score")) \(n.points(action.score))** \(t("sum"))")
            lines.append("")
            lines.append("| " + headers.joined(separator: " | ") + " | \(t("inputs")) |")
            lines.append("|---|---|---:|---:|---:|---:|---|")
            for (row, detail) in zip(rows, details) {
                lines.append("| " + (row + [detail]).map(Self.markdownEscaped).joined(separator: " | ") + " |")
            }
            lines.append("| **\(t("total"))** | | | | | **\(n.points(action.score))** | |")
            lines.append("")
            lines.append("_\(t("formula"))_")
            for origin in origins {
                lines.append("")
                lines.append(Self.markdownEscaped(origin))
            }
        } else {
            lines.append(title)
            lines.append(facts)
            lines.append("\(t("score")) \(n.points(action.score)) \(t("sum"))")
            lines.append("")
            let widths = headers.indices.map { column in
                max(headers[column].count, rows.map { $0[column].count }.max() ?? 0)
            }
            let render = { (row: [String]) in
                row.enumerated().map { padded($1, widths[$0], right: $0 >= 2) }.joined(separator: "  ")
                    .trimmingTrailingSpaces()
            }
            lines.append(render(headers))
            for (row, detail) in zip(rows, details) {
                lines.append(render(row))
                if !detail.isEmpty { lines.append("    " + detail) }
            }
            let width = widths.reduce(0, +) + 2 * (widths.count - 1)
            lines.append(padded("\(t("total"))  \(n.points(action.score))", width, right: true))
            lines.append("")
            lines.append(t("formula"))
            lines.append(contentsOf: origins)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: Helpers

    static func diagnosticsJSON(_ diagnostics: [Diagnostic]) -> JSONValue {
        .array(
            diagnostics.map { diagnostic in
                .object([
                    ("severity", .string(diagnostic.severity.rawValue)),
                    ("code", .string(diagnostic.code)),
                    ("message", .string(diagnostic.message)),
                    ("file", .string(diagnostic.location.file)),
                    ("line", .int(diagnostic.location.line)),
                    ("column", .int(diagnostic.location.column)),
                ])
            })
    }

    /// Agenda text inside Markdown tables: pipes and line breaks would break the table.
    static func markdownEscaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "|", with: "\\|")
            .replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "<", with: "&lt;")
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var result = self
        while result.hasSuffix(" ") { result.removeLast() }
        return result
    }
}
