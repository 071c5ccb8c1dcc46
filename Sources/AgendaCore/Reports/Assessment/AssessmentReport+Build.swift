extension AssessmentReport {
    /// The report on `selection`, with the funding of the plan in `planned` (planned with the same
    /// agenda, scenario applied); `registry` is the modules it was planned with.
    public init(agenda: Agenda, selection: AssessmentSelection, planned: Planner.Result?, registry: ModuleRegistry) {
        let rendering = planned.map {
            PlanRendering(agenda: agenda, problem: $0.problem, plan: $0.plan, scores: $0.scores, registry: registry)
        }
        let builder = AssessmentBuilder(agenda: agenda, rendering: rendering, area: selection.area)
        self.init(
            agenda: agenda, plan: planned?.plan, area: selection.area,
            frameworks: selection.frameworks.map(builder.assess))
    }
}

/// Computes the parts of an `AssessmentReport` from the agenda and the plan.
struct AssessmentBuilder {
    let agenda: Agenda
    let rendering: PlanRendering?
    let area: AssessmentArea?

    /// Averages closer than this are a tie, so that equal gaps reached by different sums of
    /// fractions rank in the framework's order.
    static let tolerance = 1e-9

    func assess(_ framework: Framework) -> AssessedFramework {
        let candidates = area.map { [$0] } ?? AssessmentSelection.areas(in: agenda)
        let areas = candidates.compactMap { assessedArea($0, framework) }
        var gaps: [CriterionGap] = []
        var atTarget: [Criterion] = []
        var notAssessed: [Criterion] = []
        let themes = framework.themes.flatMap { theme in theme.criteria.map { _ in theme } }
        for (index, (criterion, theme)) in zip(framework.criteria, themes).enumerated() {
            let found = areas.compactMap { area in
                area.readings[index].level.map { level in
                    AreaGap(
                        area: area.area, name: area.name, level: level, levels: max(0, criterion.target - level),
                        share: criterion.gapShare(at: level), coverage: nil)
                }
            }
            if found.isEmpty {
                notAssessed.append(criterion)
            } else if found.allSatisfy({ $0.levels == 0 }) {
                atTarget.append(criterion)
            } else if let gap = gap(criterion, theme: theme, in: framework, found) {
                gaps.append(gap)
            }
        }
        return AssessedFramework(
            framework: framework, areas: areas, gaps: Self.ranked(gaps), atTarget: atTarget, notAssessed: notAssessed)
    }

    /// The area's latest assessment against `framework`, and the one before it; nil when it has none.
    private func assessedArea(_ area: AssessmentArea, _ framework: Framework) -> AssessedArea? {
        let history = agenda.assessments(of: area.id, against: framework.id)
        guard let latest = history.last else { return nil }
        let previous = history.dropLast().last
        let readings = framework.themes.flatMap { theme in
            theme.criteria.map { criterion in
                let score = latest.score(criterion.id)
                let now = score.flatMap { criterion.level($0.level.value) }
                let before = previous?.score(criterion.id).flatMap { criterion.level($0.level.value) }
                return CriterionReading(
                    criterion: criterion, theme: theme, level: now, evidence: score?.evidence,
                    change: LevelChange(now: now, before: before, previous: previous?.date))
            }
        }
        return AssessedArea(
            area: area, name: area.name(in: agenda), latest: latest, previous: previous, count: history.count,
            readings: readings)
    }

    /// The criterion's gap over `found`, its worst area, and the actions that address it; nil
    /// without areas.
    private func gap(
        _ criterion: Criterion, theme: FrameworkTheme, in framework: Framework, _ found: [AreaGap]
    ) -> CriterionGap? {
        let below = found.filter { $0.levels > 0 }.map(\.area)
        let actions = addressing("\(framework.id).\(criterion.id)", below: below)
        let areas = found.map { gap -> AreaGap in
            guard gap.levels > 0 else { return gap }
            var covered = gap
            let working = actions.filter { $0.areas.contains(gap.area) }
            covered.coverage = working.contains(where: \.funded) ? .funded : working.isEmpty ? .noAction : .unfundedOnly
            return covered
        }
        guard var worst = areas.first else { return nil }
        for gap in areas.dropFirst()
        where gap.share > worst.share + Self.tolerance
            || (abs(gap.share - worst.share) <= Self.tolerance && gap.levels > worst.levels)
        {
            worst = gap
        }
        let count = Double(areas.count)
        return CriterionGap(
            criterion: criterion, theme: theme, rank: 0,
            areas: areas, averageLevels: areas.reduce(0.0) { $0 + Double($1.levels) } / count,
            averageShare: areas.reduce(0.0) { $0 + $1.share } / count, worst: worst, actions: actions)
    }

    /// The actions whose `addresses` name `reference`, with the plan's decision and the areas of
    /// `below` they work in. For one area, only the actions that work there.
    private func addressing(_ reference: String, below: [AssessmentArea]) -> [AddressingAction] {
        let actions = agenda.actions.filter { $0.addresses.contains { $0.value == reference } }.map { action in
            let outcome = rendering?.plan.action(action.id)
            let works = Set(agenda.areas(of: action))
            return AddressingAction(
                id: action.id, title: action.title, funded: outcome?.funded ?? false, score: outcome?.score ?? .zero,
                paid: outcome.flatMap(Self.paid), reason: outcome?.reason,
                reasonText: outcome.flatMap { rendering?.reasonText($0) } ?? "",
                areas: below.filter { works.contains($0.id) })
        }
        return area == nil ? actions : actions.filter { !$0.areas.isEmpty }
    }

    /// The euros paid to a funded action over the period, added exactly (nil on overflow).
    static func paid(_ outcome: ActionOutcome) -> Int? {
        guard outcome.funded else { return nil }
        var total = 0
        for payment in outcome.payments {
            let (sum, overflow) = total.addingReportingOverflow(payment.amount)
            guard !overflow else { return nil }
            total = sum
        }
        return total
    }

    /// Furthest first: by the mean gap share, then the mean levels to climb, then the framework's
    /// order; ranks numbered from 1.
    static func ranked(_ gaps: [CriterionGap]) -> [CriterionGap] {
        let sorted = gaps.enumerated().sorted { a, b in
            let (x, y) = (a.element, b.element)
            if abs(x.averageShare - y.averageShare) > tolerance { return x.averageShare > y.averageShare }
            if abs(x.averageLevels - y.averageLevels) > tolerance { return x.averageLevels > y.averageLevels }
            return a.offset < b.offset
        }
        return sorted.enumerated().map { rank, entry in
            var gap = entry.element
            gap.rank = rank + 1
            return gap
        }
    }
}
