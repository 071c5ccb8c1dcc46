// The data of the plan report's charts, taken from the plan, its summaries and the agenda.
extension PlanHTMLReport {
    /// The period's years: those of the plan's sources, else the agenda's period.
    var years: [Int] {
        let fromSources = Set(plan.sources.map(\.year)).sorted()
        return fromSources.isEmpty ? Array(agenda.period.years) : fromSources
    }

    /// Per year a stacked bar of what each source spends and one of each source's budget.
    func budgetChart() -> StackedBarChart {
        var sourceIDs: [String] = []
        for source in plan.sources where !sourceIDs.contains(source.id) { sourceIDs.append(source.id) }
        let entries = Dictionary(
            plan.sources.map { ("\($0.id)|\($0.year)", $0) }, uniquingKeysWith: { first, _ in first })
        let groups = years.map { year -> StackedBarChart.Group in
            let row = sourceIDs.map { entries["\($0)|\(year)"] }
            let spent = row.map { Double($0?.spent ?? 0) }
            let budget = row.map { Double($0?.budget ?? 0) }
            let totalBudget = budget.reduce(0, +)
            return StackedBarChart.Group(
                label: String(year),
                bars: [
                    StackedBarChart.Bar(label: t("plan.spent"), values: spent, style: .solid),
                    StackedBarChart.Bar(label: t("plan.budget"), values: budget, style: .light),
                ],
                note: totalBudget > 0
                    ? "\(n.decimal(spent.reduce(0, +) / totalBudget * 100, places: 0))% \(t("html.used"))" : nil)
        }
        return StackedBarChart(
            title: t("html.budget.title"),
            series: sourceIDs.enumerated().map { StackedBarChart.Series(label: $1, color: ChartPalette.color($0)) },
            groups: groups, axisLabel: t("html.axis.euros"), format: .euros(language),
            legendExtras: [
                ChartLegend.Item(label: t("plan.spent"), swatch: .fill(ChartPalette.muted)),
                ChartLegend.Item(label: t("plan.budget"), swatch: .outline(ChartPalette.muted)),
            ])
    }

    /// The money each municipality gets.
    func moneyChart() -> BarChart {
        BarChart(
            title: t("html.money.title"),
            bars: summaries.municipalities.map { BarChart.Bar(label: $0.name, value: Double($0.money)) },
            axisLabel: t("html.axis.euros"), format: .euros(language))
    }

    /// The money per unit of the allocation key, for the municipalities with a key value, against
    /// the region's average (their money over their key values together).
    func moneyPerKeyChart() -> BarChart {
        let label = "€ \(t("plan.per")) \(keyLabel ?? "")"
        let keyed = summaries.municipalities.filter { $0.moneyPerKeyUnit != nil }
        let keyTotal = keyed.reduce(0) { $0 + ($1.keyValue ?? 0) }
        let average = keyTotal > 0 ? Double(keyed.reduce(0) { $0 + $1.money }) / keyTotal : nil
        return BarChart(
            title: label,
            bars: keyed.compactMap { municipality in
                municipality.moneyPerKeyUnit.map { BarChart.Bar(label: municipality.name, value: $0) }
            },
            axisLabel: label, format: .eurosWithCents(language), color: ChartPalette.color(2),
            reference: average.map { (t("html.per-key.average"), $0) })
    }

    /// One row per funded action, by the first year it is paid, then in the agenda's order.
    func timelineChart() -> TimelineChart {
        let years = years
        let rows = plan.actions.filter(\.funded).enumerated().map {
            index, outcome -> (first: Int, index: Int, row: TimelineChart.Row) in
            let values = years.map { year in
                Double(outcome.payments.filter { $0.year == year }.reduce(0) { $0 + $1.amount })
            }
            let title = rendering.title(of: outcome.id)
            let pillar = agenda.action(outcome.id)?.pillar
            let row = TimelineChart.Row(
                label: title.isEmpty ? outcome.id : title,
                title: title.isEmpty ? outcome.id : "\(outcome.id): \(title)",
                category: pillar.flatMap { Pillar.allCases.firstIndex(of: $0) } ?? -1,
                values: values)
            return (values.firstIndex { $0 > 0 } ?? years.count, index, row)
        }
        return TimelineChart(
            title: t("html.timeline.title"), columns: years.map(String.init),
            rows: rows.sorted { $0.first != $1.first ? $0.first < $1.first : $0.index < $1.index }.map(\.row),
            categories: Pillar.allCases.enumerated().map {
                TimelineChart.Category(label: pillarName($1), color: ChartPalette.color($0))
            },
            legendTitle: t("html.timeline.legend"), format: .euros(language))
    }

    /// The network map of the plan's actions (`agenda network`'s map): partners in bands by kind,
    /// a line between two partners that share actions, grey and dashed where none of those is
    /// funded; nil when the shared actions' costs do not add up exactly.
    func networkMap() -> NetworkMapChart? {
        let ids = Set(plan.actions.map(\.id))
        guard let graph = try? NetworkGraph(agenda: agenda, focus: plan.focus, only: ids) else { return nil }
        return NetworkRendering(agenda: agenda, map: NetworkMap(graph: graph))
            .chart(funded: Set(plan.actions.filter(\.funded).map(\.id)))
    }

    /// Goals against districts: how many funded actions serving each goal reach each place.
    func coverageGrid() -> CoverageGrid {
        let funded = Set(plan.actions.filter(\.funded).map(\.id))
        let counts = Self.coverage(agenda: agenda, funded: funded)
        let groups = agenda.region.municipalities.map { municipality in
            CoverageGrid.Group(
                label: municipality.name,
                rows: municipality.districts.isEmpty
                    ? [CoverageGrid.Row(label: "", counts: counts[municipality.id] ?? [])]
                    : municipality.districts.map {
                        CoverageGrid.Row(label: $0.name, counts: counts["\(municipality.id)/\($0.id)"] ?? [])
                    })
        }
        let t = t
        return CoverageGrid(
            title: t("html.coverage.title"),
            columns: agenda.goals.map { CoverageGrid.Column(label: $0.id, title: $0.title) },
            groups: groups,
            cellTitle: { place, goal, count in
                let what =
                    count == 0
                    ? t("html.coverage.missing")
                    : "\(count) \(t(count == 1 ? "html.coverage.one" : "plan.funded-actions"))"
                return "\(place) · \(goal.label) (\(goal.title)): \(what)"
            },
            legendTitle: t("html.coverage.legend"), emptyLabel: t("html.coverage.missing"))
    }

    /// Per place — `municipality` for one without districts, `municipality/district` otherwise —
    /// the number of funded actions serving each goal (in the agenda's order of goals) that reach
    /// it. `all` reaches every place, a municipality all its districts; an action counts once per
    /// place however many of its `where:` entries reach it.
    static func coverage(agenda: Agenda, funded: Set<String>) -> [String: [Int]] {
        let places = agenda.region.municipalities.flatMap { municipality in
            municipality.districts.isEmpty
                ? [municipality.id] : municipality.districts.map { "\(municipality.id)/\($0.id)" }
        }
        let goalIndex = Dictionary(
            agenda.goals.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var counts = Dictionary(
            uniqueKeysWithValues: places.map { ($0, Array(repeating: 0, count: agenda.goals.count)) })
        for action in agenda.actions where funded.contains(action.id) {
            var reached = Set<String>()
            for place in action.places {
                switch place.kind {
                case .everywhere:
                    reached.formUnion(places)
                case .municipality(let id):
                    reached.formUnion(places.filter { $0 == id || $0.hasPrefix(id + "/") })
                case .district(let municipality, let district):
                    let key = "\(municipality)/\(district)"
                    // A district of a municipality listed without districts counts for the municipality.
                    reached.insert(counts[key] != nil ? key : municipality)
                }
            }
            let goals = Set(action.goals.compactMap { goalIndex[$0.value] })
            for place in reached {
                for goal in goals { counts[place]?[goal] += 1 }
            }
        }
        return counts
    }
}
