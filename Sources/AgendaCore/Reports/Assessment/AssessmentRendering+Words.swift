// The phrases every format of `agenda assess` shares, in the agenda's language: levels, gaps,
// changes and the lines about an assessment and the plan.
extension AssessmentRendering {
    /// The level's label, or "not assessed".
    func levelText(_ reading: CriterionReading) -> String {
        guard let level = reading.level else { return t("assess.not-assessed") }
        return label(reading.criterion, level)
    }

    /// The label of level `index` of `criterion`.
    func label(_ criterion: Criterion, _ index: Int) -> String {
        criterion.levels.indices.contains(index) ? criterion.levels[index].label : String(index)
    }

    /// "2 levels (100%)", "at target", "above target", or "not assessed".
    func gapText(_ reading: CriterionReading) -> String {
        guard let level = reading.level else { return t("assess.not-assessed") }
        return gapText(level: level, of: reading.criterion)
    }

    func gapText(level: Int, of criterion: Criterion) -> String {
        if level > criterion.target { return t("assess.above-target") }
        if level == criterion.target { return t("assess.at-target") }
        return t(
            "assess.gap.text", levelsText(Double(criterion.target - level)), percent(criterion.gapShare(at: level)))
    }

    /// "1 level", "1.5 levels" (two decimals at most).
    func levelsText(_ value: Double) -> String {
        t(value == 1 ? "assess.levels.one" : "assess.levels.many", n.decimal(value, places: 2))
    }

    /// A share as a whole percentage: "67%".
    func percent(_ share: Double) -> String { n.decimal(share * 100, places: 0) + "%" }

    /// "1.5 levels (75%)": a mean gap.
    func meanGapText(_ gap: CriterionGap) -> String {
        t("assess.gap.text", levelsText(gap.averageLevels), percent(gap.averageShare))
    }

    /// "↑ up from basis (2024-03-01)", "first assessment", …
    func changeText(_ change: LevelChange, of criterion: Criterion) -> String {
        let date = change.since.map { "\($0)" } ?? ""
        let from = change.from.map { label(criterion, $0) } ?? ""
        switch change.direction {
        case .first: return t("assess.change.first")
        case .up: return t("assess.change.up", from, date)
        case .down: return t("assess.change.down", from, date)
        case .unchanged: return t("assess.change.unchanged", date)
        case .notAssessedBefore: return t("assess.change.not-assessed-before", date)
        case .notAssessedNow: return t("assess.change.not-assessed-now", from, date)
        }
    }

    /// The arrow of a change for the heat map; empty when there is nothing to compare.
    static func arrow(_ direction: LevelChange.Direction) -> String {
        switch direction {
        case .up: "↑"
        case .down: "↓"
        case .unchanged: "→"
        case .first, .notAssessedBefore: "•"
        case .notAssessedNow: ""
        }
    }

    /// "Assessed on 2025-03-01 by Public Result; source: illustrative; previous assessment …".
    func assessmentLine(_ area: AssessedArea) -> String {
        var parts = [t("assess.assessed-on", "\(area.latest.date)")]
        if !area.latest.assessors.isEmpty {
            parts[0] += " " + t("assess.by", area.latest.assessors.joined(separator: ", "))
        }
        if let source = area.latest.source {
            parts.append(t("assess.source", PlanRendering.isIllustrative(source) ? t("illustrative") : source))
        }
        parts.append(
            area.previous.map { t("assess.previous", "\($0.date)", n.integer(area.count)) } ?? t("assess.first"))
        return parts.joined(separator: "; ") + "."
    }

    /// "Framework: Kader sociale wijkteams (kader)".
    func frameworkHeading(_ framework: Framework) -> String { t("assess.framework", framework.title, framework.id) }

    /// The framework's source and year, its size and the number of areas shown.
    func frameworkLines(_ part: AssessedFramework) -> [String] {
        let framework = part.framework
        var lines: [String] = []
        let origin = [framework.source, framework.year.map(String.init)].compactMap { $0 }
        if !origin.isEmpty { lines.append(t("assess.framework.source", origin.joined(separator: ", "))) }
        lines.append(
            t(
                "assess.framework.summary", count("criteria", framework.criteria.count),
                count("themes", framework.themes.count), count("areas", part.areas.count)))
        if let description = framework.description { lines.append(description) }
        return lines
    }

    /// "1 theme", "2 themes": `assess.count.<what>.one` or `.many`.
    func count(_ what: String, _ value: Int) -> String {
        t("assess.count.\(what).\(value == 1 ? "one" : "many")", n.integer(value))
    }

    /// Said when no area is shown for a framework.
    var noAreasText: String {
        report.area.map { t("assess.area-not-assessed", $0.name(in: report.agenda)) } ?? t("assess.no-areas")
    }

    /// "Funding as the plan for baseline (no scenario) decides it: optimal (proven best)."
    var planLine: String? {
        guard let plan = report.plan else { return nil }
        return t("assess.plan", plan.scenario ?? t("baseline"), t("plan.status.\(plan.status.rawValue)"))
    }

    /// "funded", "not funded".
    func decisionText(_ action: AddressingAction) -> String {
        t(action.funded ? "assess.funded" : "assess.unfunded")
    }

    /// The euros paid to a funded action; empty when unfunded.
    func paidText(_ action: AddressingAction) -> String {
        guard action.funded else { return "" }
        return action.paid.map(n.euros) ?? t("assess.too-large")
    }

    /// The areas below target the action works in, by name.
    func worksInText(_ action: AddressingAction) -> String {
        guard !action.areas.isEmpty else { return t("assess.works-nowhere") }
        return action.areas.map { $0.name(in: report.agenda) }.joined(separator: ", ")
    }

    /// "Laak (Den Haag): afwezig, 2 levels (100%)".
    func worstText(_ gap: CriterionGap) -> String {
        t(
            "assess.worst", gap.worst.name, label(gap.criterion, gap.worst.level),
            gapText(level: gap.worst.level, of: gap.criterion))
    }

    /// "1 of 2": the areas below target of those assessed on the criterion.
    func belowText(_ gap: CriterionGap) -> String {
        t("assess.of", n.integer(gap.areas.filter { $0.levels > 0 }.count), n.integer(gap.areas.count))
    }
}
