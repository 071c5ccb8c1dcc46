// Why an action is not funded, in one sentence of the agenda's language that names its cause:
// the year, the sources and the euros short, or the other action.
extension PlanRendering {
    /// The reason's sentence for an unfunded action; empty for a funded one.
    func reasonText(_ action: ActionOutcome) -> String {
        guard let reason = action.reason else { return "" }
        let t = ReportText(language: agenda.header.language)
        let detail = action.cause ?? UnfundedDetail()
        switch reason {
        case .budget where !detail.shortfalls.isEmpty:
            return t("plan.reason.budget.short", detail.shortfalls.map(shortfallText).joined(separator: "; "))
        case .requires where !detail.otherActions.isEmpty:
            return t("plan.reason.requires.named", names(detail.otherActions))
        case .excludes where !detail.otherActions.isEmpty:
            return t("plan.reason.excludes.named", names(detail.otherActions))
        default:
            return t("plan.reason.\(reason.rawValue)")
        }
    }

    /// The reason, and what it would take to fund the action, for the unfunded actions' tables.
    func reasonAndWhatItTakes(_ action: ActionOutcome) -> String {
        // Stopped and dropped actions: the reason already says that nothing may fund them.
        let said: Set<WhatItTakes.Impossible> = [.stopped, .dropped, .committed]
        let takes = action.whatItTakes?.impossible.map { said.contains($0) } == true ? "" : whatItTakesText(action)
        return [reasonText(action), takes].filter { !$0.isEmpty }.joined(separator: "; ")
    }

    /// What it would take to change the plan for the action, in one sentence; empty when not
    /// worked out.
    func whatItTakesText(_ action: ActionOutcome) -> String {
        guard let takes = action.whatItTakes else { return "" }
        let t = ReportText(language: agenda.header.language)
        let change = takes.change.rawValue
        if let impossible = takes.impossible {
            return impossible == .noPlan
                ? t("plan.takes.\(change).no-plan") : t("plan.takes.impossible.\(impossible.rawValue)")
        }
        let lost = takes.pointsLost ?? .zero
        var text: String
        switch lost.tenThousandths {
        case 0: text = t("plan.takes.\(change).same")
        case ..<0:
            // Leaving an action out lowers the floors of the allocation key where it works; with a
            // proven plan, that is the only way the total can rise.
            let floors = takes.change == .dropped && plan.status == .optimal
            text = t("plan.takes.\(change).rises\(floors ? ".floors" : "")", pointsText(abs(lost.value)))
        default:
            let least = takes.pointsLostAtLeast.map { max(0, $0.value) }
            text = t("plan.takes.\(change).falls", least.map { lossRange($0, lost.value) } ?? pointsText(lost.value))
        }
        let leave = takes.wouldLeave
        if !leave.isEmpty { text += t("plan.takes.\(change).leave\(leave.count == 1 ? ".one" : "")", names(leave)) }
        let enter = takes.wouldEnter
        if !enter.isEmpty { text += t("plan.takes.enter\(enter.count == 1 ? ".one" : "")", names(enter)) }
        let n = LocalNumbers(language: agenda.header.language)
        if let score = takes.scoreToEnter {
            text += t("plan.takes.score", n.decimal(score.value, places: 2, keepZeros: true))
        }
        return text + (takes.exact ? "" : t("plan.takes.not-proven"))
    }

    /// "0,84 punt", "1.57 points": two decimals; Dutch says "punt" up to one point.
    private func pointsText(_ value: Double) -> String {
        let n = LocalNumbers(language: agenda.header.language)
        let t = ReportText(language: agenda.header.language)
        let one = agenda.header.language == .nl ? value <= 1 : value == 1
        return n.decimal(value, places: 2, keepZeros: true) + " " + t(one ? "point" : "points")
    }

    /// "1,72 tot 2,10 punten", or one figure when both round to the same.
    private func lossRange(_ least: Double, _ most: Double) -> String {
        let n = LocalNumbers(language: agenda.header.language)
        let low = n.decimal(least, places: 2, keepZeros: true)
        guard low != n.decimal(most, places: 2, keepZeros: true) else { return pointsText(most) }
        return ReportText(language: agenda.header.language)("plan.takes.range", low, pointsText(most))
    }

    /// The plan's quality in a coordinator's words: "total score 120.2498: proven the best
    /// allocation within the budgets and rules".
    var qualitySentence: String {
        let t = ReportText(language: agenda.header.language)
        let n = LocalNumbers(language: agenda.header.language)
        switch plan.status {
        case .optimal: return t("plan.quality.optimal", n.points(plan.objective))
        case .feasible: return t("plan.quality.feasible", n.points(plan.objective), n.points(plan.bound))
        case .infeasible: return t("plan.quality.infeasible")
        }
    }

    /// The solver's terms for analysts: the bound, the gap, the method and the nodes searched.
    var analystLines: [String] {
        let t = ReportText(language: agenda.header.language)
        let n = LocalNumbers(language: agenda.header.language)
        var lines = [
            "\(t("plan.objective")) \(n.points(plan.objective)) · \(t("plan.bound")) \(n.points(plan.bound)) · "
                + "\(t("plan.gap")) \(n.percent(plan.gap))"
        ]
        if !plan.search.method.isEmpty {
            lines.append(
                "\(t("plan.found-by")) \(plan.search.method), \(n.integer(plan.search.nodes)) \(t("plan.nodes"))")
        }
        return lines
    }

    /// " — Delft" after a report's title when it shows the part of the plan for one place.
    var focusSuffix: String { plan.focus.map { " — \($0.name)" } ?? "" }

    /// The sentence under the headline of a report for one place: which part of the plan it shows,
    /// and that the totals are the region's; nil for the whole plan.
    var focusSentence: String? {
        guard let focus = plan.focus else { return nil }
        let n = LocalNumbers(language: agenda.header.language)
        return ReportText(language: agenda.header.language)(
            "plan.focus", n.integer(plan.actions.count), n.integer(focus.regionalActions), focus.name)
    }

    /// The kind of a reason as `reason_detail.kind` names it.
    static func kind(of reason: Plan.Reason) -> String {
        switch reason {
        case .eligibility: "cannot-be-funded"
        case .fairness: "floors"
        default: reason.rawValue
        }
    }

    /// "in 2026 wmo-westland has €23,000 too little for it".
    private func shortfallText(_ shortfall: UnfundedDetail.Shortfall) -> String {
        let t = ReportText(language: agenda.header.language)
        let n = LocalNumbers(language: agenda.header.language)
        let one = shortfall.sources.count == 1
        return t(
            one ? "plan.reason.short.one" : "plan.reason.short.many", String(shortfall.year),
            names(shortfall.sources), n.euros(shortfall.euros))
    }

    /// "'a'", "'a' and 'b'", "'a', 'b' and 'c'" (en) or with "en" (nl).
    private func names(_ ids: [String]) -> String {
        let quoted = ids.map { "'\($0)'" }
        guard let last = quoted.last, quoted.count > 1 else { return quoted.first ?? "" }
        let and = agenda.header.language == .nl ? "en" : "and"
        return quoted.dropLast().joined(separator: ", ") + " \(and) " + last
    }
}
