import Foundation

// The annual plan written as Markdown, with the plan report's writer and tables so that both look
// alike. Those escape `|`, `<` and backslashes in every cell, heading and line; text from the
// agenda additionally has its line breaks flattened here (a carriage return or U+2028 would end a
// table row too), and no line starts with it, so it cannot start a list or a heading.
extension AnnualPlan {
    func markdown() -> String {
        let t = text
        let n = LocalNumbers(language: agenda.header.language)
        var out = PlanReportWriter(markdown: true)

        out.heading("\(t("annual.title")) — \(flat(agenda.header.title + rendering.focusSuffix))", level: 1)
        var headline = ["\(t("annual.period")): \(periodText)"]
        if let scenario = plan.scenario { headline.append("\(t("scenario")): \(flat(scenario))") }
        headline.append("\(t("status")): \(t("plan.status.\(plan.status.rawValue)"))")
        out.paragraph([headline.joined(separator: " · ")])
        if let focus = rendering.focusSentence { out.paragraph([flat(focus)]) }
        out.paragraph([flat(VersionLine(agenda: agenda).text)])
        if let horizon = agenda.header.horizon { out.paragraph(["\(t("report.horizon")): \(horizon)"]) }

        // Without a funded action there is nothing to plan per year: say so instead of empty tables.
        guard plan.actions.contains(where: \.funded) else {
            if plan.status == .infeasible {
                out.paragraph([t("annual.infeasible")])
                let diagnostics = plan.diagnostics.map(\.rendered)
                if !diagnostics.isEmpty { out.diagnostics(diagnostics.map(flatLines)) }
            } else {
                out.paragraph([fill(t("annual.nothing-funded"), ["period": periodText])])
                leftOut(into: &out, t: t)
            }
            return out.result
        }

        // One line per year, then how actions are listed.
        out.bullets(years.map { "\($0.year): \(n.euros($0.total)), \(count($0.count, t))" })
        out.paragraph([t("annual.listing")])

        for year in years {
            out.heading("\(t("annual.title")) \(year.year)", level: 2)
            if year.count == 0 {
                out.paragraph([fill(t("annual.none-in-year"), ["year": String(year.year)])])
            } else {
                out.paragraph([
                    fill(
                        t("annual.year-total"),
                        [
                            "year": String(year.year), "money": n.euros(year.total), "count": count(year.count, t),
                        ])
                ])
            }
            for theme in year.themes {
                out.heading(theme.theme.map { "\(flat($0.title)) (\(flat($0.id)))" } ?? t("annual.no-theme"), level: 3)
                for goal in theme.goals {
                    out.heading(goal.goal.map { "\(flat($0.title)) (\(flat($0.id)))" } ?? t("annual.no-goal"), level: 4)
                    out.table(actionTable(goal, year: year.year, t: t, n: n))
                }
                // A theme's subtotal only where it adds up more than one goal's table.
                if theme.goals.count > 1 {
                    out.paragraph([
                        fill(
                            t("annual.theme-total"),
                            [
                                "theme": theme.theme.map { flat($0.title) } ?? t("annual.no-theme"),
                                "money": n.euros(theme.total), "count": count(theme.count, t),
                            ])
                    ])
                }
            }

            out.heading(fill(t("annual.who-pays"), ["year": String(year.year)]), level: 3)
            if year.sources.isEmpty {
                out.paragraph([t("plan.none")])
            } else {
                var rows = year.sources.map { source in
                    [
                        flat(source.id), flat(funder(of: source.id)), n.euros(source.budget), n.euros(source.spent),
                        n.euros(source.left),
                    ]
                }
                rows.append([
                    t("total"), "",
                    n.euros(year.sources.reduce(0) { $0 + $1.budget }),
                    n.euros(year.sources.reduce(0) { $0 + $1.spent }),
                    n.euros(year.sources.reduce(0) { $0 + $1.left }),
                ])
                out.table(
                    PlanTable(
                        headers: [
                            t("plan.source"), t("annual.funder"), t("plan.budget"), t("plan.spent"), t("plan.left"),
                        ],
                        right: [false, false, true, true, true], rows: rows))
            }
        }

        if let commitments = rendering.commitmentTable() {
            out.heading(t("plan.commitments"), level: 2)
            out.paragraph([t("plan.commitments.intro")])
            out.table(
                PlanTable(
                    headers: commitments.headers, right: commitments.right, rows: commitments.rows.map { $0.map(flat) })
            )
        }
        leftOut(into: &out, t: t)
        return out.result
    }

    /// The actions listed under one goal in one year, with a subtotal when there are several.
    private func actionTable(_ group: GoalGroup, year: Int, t: ReportText, n: LocalNumbers) -> PlanTable {
        var rows = group.entries.map { entry -> [String] in
            [
                "\(flat(entry.title)) (\(flat(entry.id)))",
                flat(entry.lead),
                list(entry.partners),
                list(entry.places),
                n.euros(entry.amount),
                entry.payments.isEmpty
                    ? "—"
                    : entry.payments.map { "\(flat(sourceLabel($0.source))) \(n.euros($0.amount))" }.joined(
                        separator: "; "),
                list(entry.otherGoals),
            ]
        }
        if group.entries.count > 1 {
            rows.append([t("annual.subtotal"), "", "", "", n.euros(group.total), "", ""])
        }
        return PlanTable(
            headers: [
                t("action"), t("annual.lead"), t("annual.partners"), t("annual.where"),
                "\(t("annual.cost")) \(year)", t("annual.paid-by"), t("annual.also-for"),
            ],
            right: [false, false, false, false, true, false, false], rows: rows)
    }

    /// The actions the plan does not fund, and why, so the reader knows what was left out.
    private func leftOut(into out: inout PlanReportWriter, t: ReportText) {
        out.heading("\(t("annual.left-out")) (\(unfunded.count))", level: 2)
        guard !unfunded.isEmpty else {
            out.paragraph([t("annual.all-funded")])
            return
        }
        out.paragraph([t("annual.left-out.intro")])
        out.table(
            PlanTable(
                headers: [t("action"), t("plan.reason")], right: [false, false],
                rows: unfunded.map { outcome in
                    [
                        "\(flat(rendering.title(of: outcome.id))) (\(flat(outcome.id)))",
                        outcome.reason == nil ? "—" : flat(rendering.reasonText(outcome)),
                    ]
                }))
    }

    /// "2025–2028", or the one year.
    private var periodText: String {
        let years = agenda.period.years
        return years.count == 1 ? String(years.lowerBound) : "\(years.lowerBound)–\(years.upperBound)"
    }

    /// "1 action", "3 actions" / "1 actie", "3 acties".
    private func count(_ count: Int, _ t: ReportText) -> String {
        "\(count) \(count == 1 ? t("action") : t("actions"))"
    }

    /// Names joined with commas, or a dash for none.
    private func list(_ names: [String]) -> String {
        names.isEmpty ? "—" : names.map(flat).joined(separator: ", ")
    }

    /// Agenda text on one line: every kind of line break (CR, CRLF, LF, U+2028, …) becomes a space.
    private func flat(_ text: String) -> String {
        text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).joined(separator: " ")
    }

    /// A rendered diagnostic keeps its own lines (message, then notes) but none other.
    private func flatLines(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { flat(String($0)) }.joined(separator: "\n")
    }

    /// Fills `{name}` placeholders in one pass, so that text put in is never read as a placeholder.
    private func fill(_ template: String, _ values: [String: String]) -> String {
        var result = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}"),
                let value = values[String(rest[rest.index(after: open)..<close])]
            else {
                result.append("{")
                rest = rest[rest.index(after: open)...]
                continue
            }
            result += value
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }
}
