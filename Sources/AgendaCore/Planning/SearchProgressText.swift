import AgendaSolver

/// The solver's progress in the agenda's language, one line each, as `plan` prints it on
/// standard error.
struct SearchProgressText {
    let language: ReportLanguage

    func describe(_ progress: SearchProgress) -> String {
        let t = ReportText(language: language)
        let n = LocalNumbers(language: language)
        func points(_ value: Int) -> String { n.points(Points(tenThousandths: value)) }
        switch progress {
        case .rootBound(let bound): return t("progress.root-bound", points(bound))
        case .plan(let objective, nil): return t("progress.plan", points(objective))
        case .plan(let objective, let nodes?): return t("progress.plan-after", points(objective), n.integer(nodes))
        case .searching(let nodes, let best, let bound):
            return t("progress.searching", n.integer(nodes), best.map(points) ?? t("progress.none-yet"), points(bound))
        case .splitting(let parts): return t("progress.splitting", n.integer(parts))
        case .crossPartWithoutPlan: return t("progress.cross-part")
        case .partsPlanned(let planned, let total): return t("progress.parts", n.integer(planned), n.integer(total))
        case .partsPlannedWithCrossActions(let count): return t("progress.parts-with-cross", n.integer(count))
        case .tighteningBound(let plan): return t("progress.tightening", points(plan))
        case .secondSplit(let plan): return t("progress.second-split", points(plan))
        case .mixing(let round, let total, let plan):
            return t("progress.mixing", n.integer(round), n.integer(total), points(plan))
        case .boundStep(let step, let total, let bound):
            return t("progress.bound-step", n.integer(step), n.integer(total), points(bound))
        case .planningParts(let done, let total): return t("progress.planning-parts", n.integer(done), n.integer(total))
        case .explaining(let done, let total): return t("progress.explaining", n.integer(done), n.integer(total))
        }
    }

    /// The line before the re-plans of `Planner.planWithWhatItTakes`.
    func replanning(_ actions: Int) -> String {
        ReportText(language: language)("progress.replanning", LocalNumbers(language: language).integer(actions))
    }
}
