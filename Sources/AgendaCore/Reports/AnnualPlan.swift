import Foundation

extension PlanRendering {
    /// The plan as an annual plan (jaarplan) per year, in Markdown, ready to paste into a document.
    ///
    /// One section per year of the period with the funded actions that cost money that year,
    /// grouped by theme and goal, who leads them, where they run and who pays; per year what each
    /// source has, spends and keeps; then the actions left out and why. In the agenda's language
    /// (`agenda.language`); the same plan gives the same bytes. See `docs/annual-plan.md`.
    public func annualPlan() -> String {
        AnnualPlan(rendering: self).markdown()
    }
}

/// What the annual plan shows, worked out before any text is written, so that every total is
/// the sum of the rows shown under it.
struct AnnualPlan {
    /// One funded action in one year.
    struct Entry {
        var id: String
        var title: String
        /// The lead partner's name (its id when the agenda does not name it).
        var lead: String
        /// The names of the partners who join.
        var partners: [String]
        /// Where it runs: the whole region, municipality names, district names.
        var places: [String]
        /// Its payments that year, by source in the agenda's order.
        var payments: [Payment]
        /// The titles of the goals it serves besides the one it is listed under.
        var otherGoals: [String]

        /// What it costs that year: its payments add up to its cost in every year it is funded.
        var amount: Int { payments.reduce(0) { $0 + $1.amount } }
    }

    /// The actions listed under one goal (nil: actions without a known goal).
    struct GoalGroup {
        var goal: Goal?
        var entries: [Entry]
        var total: Int { entries.reduce(0) { $0 + $1.amount } }
    }

    /// The goals of one theme (nil: goals without a theme).
    struct ThemeGroup {
        var theme: Theme?
        var goals: [GoalGroup]
        var total: Int { goals.reduce(0) { $0 + $1.total } }
        var count: Int { goals.reduce(0) { $0 + $1.entries.count } }
    }

    /// One year of the period.
    struct Year {
        var year: Int
        var themes: [ThemeGroup]
        /// The sources with a budget or spending that year, in the plan's order.
        var sources: [SourceYear]
        /// Every payment of the plan in the year: each funded action is listed once.
        var total: Int { themes.reduce(0) { $0 + $1.total } }
        var count: Int { themes.reduce(0) { $0 + $1.count } }
    }

    let rendering: PlanRendering
    let years: [Year]
    /// The actions the plan does not fund, in the agenda's order.
    let unfunded: [ActionOutcome]

    var agenda: Agenda { rendering.agenda }
    var plan: Plan { rendering.plan }
    var text: ReportText { ReportText(language: agenda.header.language) }

    init(rendering: PlanRendering) {
        self.rendering = rendering
        let agenda = rendering.agenda
        let plan = rendering.plan
        unfunded = plan.actions.filter { !$0.funded }

        // Looked up once: large agendas have thousands of actions.
        let lookup = Lookup(rendering: rendering)

        // Where each funded action is listed: the theme and goal of its first goal, by their
        // place in the agenda; the groups without a theme or goal come last.
        let noTheme = agenda.themes.count
        let noGoal = agenda.goals.count
        struct Placed {
            var outcome: ActionOutcome
            var order: Int
            var theme: Int
            var goal: Int
        }
        let placed = plan.actions.enumerated().filter { $0.element.funded }.map { order, outcome -> Placed in
            let firstGoal = lookup.actions[outcome.id]?.goals.first.flatMap { lookup.goalIndex[$0.value] }
            let theme = firstGoal.flatMap { agenda.goals[$0].theme }.flatMap { lookup.themeIndex[$0.value] }
            return Placed(outcome: outcome, order: order, theme: theme ?? noTheme, goal: firstGoal ?? noGoal)
        }.sorted { ($0.theme, $0.goal, $0.order) < ($1.theme, $1.goal, $1.order) }

        years = agenda.period.years.map { year in
            let running = placed.filter { item in
                item.outcome.payments.contains { $0.year == year && $0.amount > 0 }
                    || (lookup.actions[item.outcome.id]?.cost[year] ?? 0) > 0
            }
            var themes: [ThemeGroup] = []
            for item in running {
                let entry = lookup.entry(item.outcome, year: year)
                let theme = item.theme < noTheme ? agenda.themes[item.theme] : nil
                let goal = item.goal < noGoal ? agenda.goals[item.goal] : nil
                // `running` is sorted by theme and goal, so a new group starts where they change.
                if themes.last.map({ $0.theme?.id != theme?.id }) ?? true {
                    themes.append(ThemeGroup(theme: theme, goals: []))
                }
                if themes[themes.count - 1].goals.last.map({ $0.goal?.id != goal?.id }) ?? true {
                    themes[themes.count - 1].goals.append(GoalGroup(goal: goal, entries: []))
                }
                let last = themes[themes.count - 1].goals.count - 1
                themes[themes.count - 1].goals[last].entries.append(entry)
            }
            let sources = plan.sources.filter { $0.year == year && ($0.budget != 0 || $0.spent != 0) }
            return Year(year: year, themes: themes, sources: sources)
        }
    }

    /// The agenda's actions, names and titles by id (the first of a duplicated id, as the
    /// agenda's own look-ups do).
    private struct Lookup {
        var agenda: Agenda
        var text: ReportText
        var actions: [String: Action] = [:]
        var titles: [String: String] = [:]
        var partners: [String: String] = [:]
        var goalIndex: [String: Int] = [:]
        var themeIndex: [String: Int] = [:]

        init(rendering: PlanRendering) {
            agenda = rendering.agenda
            text = ReportText(language: agenda.header.language)
            for action in agenda.actions where actions[action.id] == nil { actions[action.id] = action }
            // The same title as the plan report: the score's, then the agenda's.
            for action in agenda.actions where titles[action.id] == nil { titles[action.id] = action.title }
            for score in rendering.scores.actions.reversed() { titles[score.id] = score.title }
            for partner in agenda.partners where partners[partner.id] == nil { partners[partner.id] = partner.name }
            for (index, goal) in agenda.goals.enumerated() where goalIndex[goal.id] == nil {
                goalIndex[goal.id] = index
            }
            for (index, theme) in agenda.themes.enumerated() where themeIndex[theme.id] == nil {
                themeIndex[theme.id] = index
            }
        }

        func partnerName(_ id: String) -> String { partners[id] ?? id }

        func entry(_ outcome: ActionOutcome, year: Int) -> Entry {
            let action = actions[outcome.id]
            var places: [String] = []
            for place in action?.places ?? [] {
                let name: String
                switch place.kind {
                case .everywhere:
                    name = text("annual.everywhere")
                case .municipality(let id):
                    name = agenda.region.municipality(id)?.name ?? id
                case .district(let municipalityID, let districtID):
                    let municipality = agenda.region.municipality(municipalityID)
                    let district = municipality?.district(districtID)?.name ?? districtID
                    name = "\(district) (\(municipality?.name ?? municipalityID))"
                }
                if !places.contains(name) { places.append(name) }
            }
            let goals = action?.goals.map(\.value) ?? []
            var otherGoals: [String] = []
            for id in goals.dropFirst() where id != goals.first {
                let title = goalIndex[id].map { agenda.goals[$0].title } ?? id
                if !otherGoals.contains(title) { otherGoals.append(title) }
            }
            return Entry(
                id: outcome.id, title: titles[outcome.id] ?? "",
                lead: action.map { partnerName($0.lead.value) } ?? "",
                partners: action?.partners.map { partnerName($0.value) } ?? [],
                places: places,
                payments: outcome.payments.filter { $0.year == year },
                otherGoals: otherGoals)
        }
    }

    /// The name of who is behind a source: the partner's name when its funder is a partner,
    /// otherwise the funder as written.
    func funder(of source: String) -> String {
        guard let funder = agenda.source(source)?.funder else { return "" }
        return agenda.partner(funder)?.name ?? funder
    }

    /// A source as it appears with a payment: its id, with the funder's name when the funder is a
    /// partner (a free-text funder can be a long sentence; the "who pays" table shows it in full).
    func sourceLabel(_ source: String) -> String {
        guard let funder = agenda.source(source)?.funder, let partner = agenda.partner(funder) else { return source }
        return "\(source) (\(partner.name))"
    }
}
