import AgendaRules
import Foundation

// The plan as text for a terminal and as Markdown: the same sections, in the agenda's language.
extension PlanRendering {
    func report(markdown: Bool) -> String {
        let t = ReportText(language: agenda.header.language)
        let n = LocalNumbers(language: agenda.header.language)
        let s = summaries
        var out = PlanReportWriter(markdown: markdown)

        // Headline.
        out.heading("\(t("plan.plan")) — \(agenda.header.title)\(focusSuffix)", level: 1)
        out.paragraph([
            "\(t("scenario")): \(plan.scenario ?? t("baseline")) · \(t("status")): "
                + "\(t("plan.status.\(plan.status.rawValue)"))",
            qualitySentence,
        ])
        if let focus = focusSentence { out.paragraph([focus]) }
        out.paragraph([VersionLine(agenda: agenda).text])
        if let horizon = agenda.header.horizon { out.paragraph(["\(t("report.horizon")): \(horizon)"]) }

        // Funded actions and who pays what.
        let funded = plan.actions.filter(\.funded)
        out.heading("\(t("plan.funded")) (\(funded.count))", level: 2)
        if funded.isEmpty {
            out.paragraph([t("plan.none")])
        } else {
            var rows: [[String]] = []
            for action in funded {
                let lead =
                    markdown
                    ? [action.id, title(of: action.id), n.points(action.score)] : [action.id, n.points(action.score)]
                let blank = lead.map { _ in "" }
                if action.payments.isEmpty { rows.append(lead + ["", "", n.euros(0)]) }
                for (index, payment) in action.payments.enumerated() {
                    rows.append(
                        (index == 0 ? lead : blank) + [String(payment.year), payment.source, n.euros(payment.amount)])
                }
            }
            let leadHeaders = markdown ? [t("action"), t("plan.title"), t("score")] : [t("action"), t("score")]
            rows.append([t("total")] + Array(repeating: "", count: leadHeaders.count + 1) + [n.euros(s.totalMoney)])
            out.table(
                PlanTable(
                    headers: leadHeaders + [t("plan.year"), t("plan.source"), t("plan.amount")],
                    right: (markdown ? [false, false, true] : [false, true]) + [true, false, true], rows: rows))
            if let summary = plan.paymentsSummary { out.paragraph([paymentsSentence(summary, t: t, numbers: n)]) }
        }

        // Unfunded actions and why.
        let unfunded = plan.actions.filter { !$0.funded }
        out.heading("\(t("plan.unfunded")) (\(unfunded.count))", level: 2)
        if unfunded.isEmpty {
            out.paragraph([t("plan.none")])
        } else {
            let rows = unfunded.map { action -> [String] in
                let reason = reasonAndWhatItTakes(action)
                return markdown
                    ? [action.id, title(of: action.id), n.points(action.score), reason]
                    : [action.id, n.points(action.score), reason]
            }
            let headers =
                markdown
                ? [t("action"), t("plan.title"), t("score"), t("plan.reason")]
                : [t("action"), t("score"), t("plan.reason")]
            out.table(
                PlanTable(
                    headers: headers, right: markdown ? [false, false, true, false] : [false, true, false], rows: rows))
        }

        whatFundedActionsAdd(&out, markdown: markdown)

        // Budgets per source and year.
        out.heading(t("plan.budgets"), level: 2)
        if plan.sources.isEmpty {
            out.paragraph([t("plan.none")])
        } else {
            out.table(
                PlanTable(
                    headers: [t("plan.source"), t("plan.year"), t("plan.budget"), t("plan.spent"), t("plan.left")],
                    right: [false, true, true, true, true],
                    rows: plan.sources.map {
                        [$0.id, String($0.year), n.euros($0.budget), n.euros($0.spent), n.euros($0.left)]
                    }))
        }

        // The partners' commitments: hours shown, euros spent as co-financing.
        if let commitments = commitmentTable() {
            out.heading(t("plan.commitments"), level: 2)
            out.paragraph([t("plan.commitments.intro")])
            out.table(commitments)
        }

        // What more money would add.
        out.heading(t("plan.marginal"), level: 2)
        if s.marginalValues.isEmpty {
            out.paragraph([t("plan.marginal.none")])
        } else {
            out.bullets(s.marginalValues.map { marginalSentence($0, numbers: n) })
        }

        // Municipalities.
        out.heading(t("plan.municipalities"), level: 2)
        let keyLabel = s.keyIndicator.map { (agenda.indicator($0)?.label ?? $0) + illustrativeMark($0) }
        var municipalityHeaders = [t("plan.municipality"), t("plan.money")]
        if let keyLabel { municipalityHeaders += [keyLabel, "€ \(t("plan.per")) \(keyLabel)"] }
        out.table(
            PlanTable(
                headers: municipalityHeaders, right: [false, true, true, true],
                rows: s.municipalities.map { municipality in
                    var row = [municipality.name, n.euros(municipality.money)]
                    if keyLabel != nil {
                        row.append(municipality.keyValue.map { n.decimal($0, places: 2) } ?? "—")
                        row.append(municipality.moneyPerKeyUnit.map { n.euros(cents: $0) } ?? "—")
                    }
                    return row
                }))

        // Goals and pillars.
        out.heading(t("plan.goals"), level: 2)
        if s.goals.isEmpty {
            out.paragraph([t("plan.none")])
        } else {
            out.table(
                PlanTable(
                    headers: [
                        t("plan.goal"), t("pillar"), t("plan.funded-actions"), t("plan.money"), t("plan.target"),
                    ],
                    right: [false, false, true, true, false],
                    rows: s.goals.map { goal in
                        [
                            goal.id, goal.pillar.rawValue, String(goal.fundedActions), n.euros(goal.money),
                            targetText(goal.target, t: t, n: n),
                        ]
                    }))
        }
        out.heading(t("plan.pillars"), level: 2)
        out.table(
            PlanTable(
                headers: [t("pillar"), t("plan.funded-actions"), t("plan.money")], right: [false, true, true],
                rows: s.pillars.map { [$0.pillar.rawValue, String($0.fundedActions), n.euros($0.money)] }))

        // Diagnostics.
        let diagnostics = diagnostics
        if !diagnostics.isEmpty {
            out.heading(t("plan.diagnostics"), level: 2)
            out.diagnostics(diagnostics.map(\.rendered))
        }

        let sources = figureSources
        if !sources.isEmpty {
            out.heading(t("figures.heading"), level: 2)
            out.bullets(sources)
        }

        // The solver's own terms, for analysts, after everything a coordinator reads.
        out.heading(t("plan.analysts"), level: 2)
        out.paragraph(analystLines)
        return out.result
    }

    /// How many payments, how many split, how many changes of funder, and what is proven about it.
    /// For each funded action, what the best plan without it loses and who takes its place; no
    /// section when that was not worked out.
    private func whatFundedActionsAdd(_ out: inout PlanReportWriter, markdown: Bool) {
        let t = ReportText(language: agenda.header.language)
        let n = LocalNumbers(language: agenda.header.language)
        let funded = plan.actions.filter { $0.funded && $0.whatItTakes != nil }
        guard !funded.isEmpty else { return }
        out.heading(t("plan.takes.heading"), level: 2)
        let rows = funded.map { action -> [String] in
            (markdown ? [action.id, title(of: action.id)] : [action.id])
                + [n.points(action.score), whatItTakesText(action)]
        }
        let headers =
            (markdown ? [t("action"), t("plan.title")] : [t("action")]) + [t("score"), t("plan.takes.without")]
        out.table(
            PlanTable(
                headers: headers, right: markdown ? [false, false, true, false] : [false, true, false], rows: rows))
    }

    func paymentsSentence(_ summary: PaymentsSummary, t: ReportText, numbers n: LocalNumbers) -> String {
        let counts = t(
            "plan.payments.summary", n.integer(summary.payments), n.integer(summary.actionYears),
            n.integer(summary.splitActionYears), n.integer(summary.funderChanges),
            n.integer(summary.paymentsUnder1000), n.euros(1_000))
        if summary.fewestProven { return counts + " " + t("plan.payments.fewest") }
        guard let fewest = summary.lowerBound, fewest > summary.actionYears else { return counts }
        return counts + " " + t("plan.payments.at-least", n.integer(fewest))
    }

    /// "an extra €10,000 from gala in 2027 would add 0.8 points" /
    /// "€10.000 extra van gala in 2027 levert 0,8 punten op".
    func marginalSentence(_ value: PlanSummaries.MarginalValue, numbers n: LocalNumbers) -> String {
        let points = n.decimal(value.pointsPer10000Euros, places: 4)
        let one = value.pointsPer10000Euros == 1
        switch agenda.header.language {
        case .nl:
            return
                "\(n.euros(10_000)) extra van \(value.source) in \(value.year) levert \(points) "
                + "\(one ? "punt" : "punten") op"
        case .en:
            return
                "an extra \(n.euros(10_000)) from \(value.source) in \(value.year) would add \(points) "
                + "\(one ? "point" : "points")"
        }
    }

    /// "reached: meeting-places 1.25 per 1,000 residents-75plus (target ≥ 1)", "not measurable",
    /// "—" without a target.
    func targetText(_ target: PlanSummaries.TargetMeasure?, t: ReportText, n: LocalNumbers) -> String {
        guard let target else { return "—" }
        guard let value = target.value, let reached = target.reached else { return t("plan.not-measurable") }
        let (sign, bound): (String, Double) =
            switch target.bound {
            case .atLeast(let bound): ("≥", bound)
            case .atMost(let bound): ("≤", bound)
            }
        let per = target.per.map { " \(t("plan.per")) \(n.decimal(target.perAmount, places: 2)) \($0)" } ?? ""
        // One mark when either figure of the target is made up.
        let ownMark = illustrativeMark(target.indicator)
        let mark: String = ownMark.isEmpty ? (target.per.map { illustrativeMark($0) } ?? "") : ownMark
        return
            "\(t(reached ? "plan.reached" : "plan.not-reached")): \(target.indicator) "
            + "\(n.decimal(value, places: 2))\(per)"
            + " (\(t("plan.target")) \(sign) \(n.decimal(bound, places: 2)))" + mark
    }
}

/// Numbers as the report's language writes them: `1,234.5` in English, `1.234,5` in Dutch.
struct LocalNumbers {
    let language: ReportLanguage

    var groupSeparator: String { language == .nl ? "." : "," }
    var decimalSeparator: String { language == .nl ? "," : "." }

    /// A whole number with thousands separators.
    func integer(_ value: Int) -> String {
        (value < 0 ? "-" : "") + ValueReader.grouped(value.magnitude, separator: groupSeparator)
    }

    /// A number rounded to `places` decimals, with trailing zeros dropped unless `keepZeros`.
    func decimal(_ value: Double, places: Int, keepZeros: Bool = false) -> String {
        guard value.isFinite else { return "—" }
        let text = String(format: "%.\(places)f", value)
        let negative = text.hasPrefix("-")
        let unsigned = negative ? String(text.dropFirst()) : text
        let parts = unsigned.split(separator: ".", omittingEmptySubsequences: false)
        var fraction = parts.count > 1 ? String(parts[1]) : ""
        if !keepZeros { while fraction.hasSuffix("0") { fraction.removeLast() } }
        let whole = Int(parts[0]) ?? 0
        let isZero = whole == 0 && fraction.allSatisfy { $0 == "0" }
        return (negative && !isZero ? "-" : "") + integer(whole) + (fraction.isEmpty ? "" : decimalSeparator + fraction)
    }

    /// Whole euros: `€1,234` / `€1.234`; a negative amount as `-€1,234`.
    func euros(_ value: Int) -> String {
        let text = integer(value)
        return text.hasPrefix("-") ? "-€" + text.dropFirst() : "€" + text
    }

    /// Euros with cents: `€3.13` / `€3,13`.
    func euros(cents value: Double) -> String {
        let text = decimal(value, places: 2, keepZeros: true)
        return text.hasPrefix("-") ? "-€" + text.dropFirst() : "€" + text
    }

    /// Points with four decimals, like `Points.description`.
    func points(_ points: Points) -> String {
        let text = points.description
        return language == .nl ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    /// A fraction as a percentage with two decimals.
    func percent(_ fraction: Double) -> String { decimal(fraction * 100, places: 2, keepZeros: true) + "%" }
}

/// A table for the text or Markdown report.
struct PlanTable {
    var headers: [String]
    /// Right-aligned columns (numbers).
    var right: [Bool]
    var rows: [[String]]

    func lines(markdown: Bool) -> [String] {
        if markdown {
            var lines = ["| " + headers.map(ScoreRendering.markdownEscaped).joined(separator: " | ") + " |"]
            lines.append(
                "|"
                    + headers.indices.map { (right.indices.contains($0) && right[$0]) ? "---:" : "---" }.joined(
                        separator: "|") + "|")
            for row in rows {
                lines.append("| " + row.map(ScoreRendering.markdownEscaped).joined(separator: " | ") + " |")
            }
            return lines
        }
        let widths = headers.indices.map { column in
            max(headers[column].count, rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0)
        }
        let render = { (row: [String]) -> String in
            row.enumerated().map { column, cell in
                padded(cell, widths[column], right: right.indices.contains(column) && right[column])
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
        return [render(headers)] + rows.map(render)
    }
}

/// Collects the sections of a plan report.
struct PlanReportWriter {
    let markdown: Bool
    private var lines: [String] = []

    init(markdown: Bool) {
        self.markdown = markdown
    }

    var result: String { lines.joined(separator: "\n") + "\n" }

    private mutating func separate() {
        if !lines.isEmpty { lines.append("") }
    }

    mutating func heading(_ text: String, level: Int) {
        separate()
        if markdown {
            lines.append(String(repeating: "#", count: level) + " " + ScoreRendering.markdownEscaped(text))
        } else {
            lines.append(text)
            if level == 1 { lines.append(String(repeating: "=", count: text.count)) }
        }
    }

    /// Lines of one paragraph (in Markdown, kept apart with hard line breaks). In text it follows
    /// its heading directly, unless `separated`.
    mutating func paragraph(_ paragraph: [String], separated: Bool = false) {
        if markdown {
            separate()
            let escaped = paragraph.map(ScoreRendering.markdownEscaped)
            lines.append(contentsOf: escaped.enumerated().map { $0 < escaped.count - 1 ? $1 + "  " : $1 })
        } else {
            if separated { separate() }
            lines.append(contentsOf: paragraph)
        }
    }

    mutating func bullets(_ items: [String]) {
        if markdown { separate() }
        lines.append(contentsOf: items.map { "- " + (markdown ? ScoreRendering.markdownEscaped($0) : $0) })
    }

    mutating func table(_ table: PlanTable) {
        if markdown { separate() }
        lines.append(contentsOf: table.lines(markdown: markdown))
    }

    mutating func diagnostics(_ rendered: [String]) {
        if markdown {
            separate()
            for text in rendered {
                let parts = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                lines.append("- " + ScoreRendering.markdownEscaped(parts[0]))
                lines.append(contentsOf: parts.dropFirst().map { "  - " + ScoreRendering.markdownEscaped($0) })
            }
        } else {
            lines.append(
                contentsOf: rendered.flatMap {
                    $0.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                })
        }
    }
}
