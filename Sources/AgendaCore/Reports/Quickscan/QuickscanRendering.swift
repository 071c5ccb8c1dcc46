/// `agenda quickscan` in every format: text and Markdown tables, the JSON contract of
/// docs/quickscan.md, CSV (one row per place and target goal) and a self-contained HTML page.
///
/// Words and numbers follow the agenda's language; the JSON and CSV are the same in every language.
public struct QuickscanRendering: Sendable {
    public let agenda: Agenda
    public let quickscan: Quickscan

    public init(agenda: Agenda, quickscan: Quickscan) {
        self.agenda = agenda
        self.quickscan = quickscan
    }

    /// The quickscan in `format`; `csv` sets the separator and decimals of the CSV.
    public func rendered(_ format: OutputFormat, csv: PlanCSV.Options = PlanCSV.Options()) -> String {
        switch format {
        case .text: return document(markdown: false)
        case .markdown: return document(markdown: true)
        case .json: return json().rendered()
        case .csv: return csvText(csv)
        case .html: return html()
        }
    }

    var t: ReportText { ReportText(language: agenda.header.language) }
    var n: LocalNumbers { LocalNumbers(language: agenda.header.language) }

    /// Each municipality with the places shown for it: itself, then its districts.
    var groups: [(municipality: Quickscan.Place, places: [Quickscan.Place])] {
        quickscan.places.filter { !$0.isDistrict }.map { municipality in
            (municipality, quickscan.places.filter { $0.municipality == municipality.municipality })
        }
    }

    // MARK: Words shared by the formats

    /// The plan sentence: its status and how many actions it funds.
    var planSentence: String {
        if quickscan.planStatus == .infeasible { return t("quickscan.plan.infeasible") }
        return t(
            "quickscan.plan", t("plan.status.\(quickscan.planStatus.rawValue)"), n.integer(quickscan.fundedCount),
            n.integer(quickscan.actionCount))
    }

    /// "scenario: baseline (no scenario)" or the applied scenarios.
    var scenarioText: String { quickscan.scenario ?? t("baseline") }

    /// A figure in its unit: shares as percentages, counts and persons whole where they are.
    func number(_ value: Double, unit: IndicatorUnit?) -> String {
        switch unit {
        case .share: return n.decimal(value * 100, places: 1) + "%"
        case .euro:
            return value == value.rounded() && abs(value) < 1e15 ? n.euros(Int(value)) : n.decimal(value, places: 2)
        default: return n.decimal(value, places: 2)
        }
    }

    /// An indicator's figure with its marks (†: counted from locations, Σ: sum of the districts),
    /// or "–" without one.
    func figureText(_ figure: Quickscan.IndicatorFigure) -> String {
        guard let value = figure.value else { return "–" }
        return number(value, unit: figure.unit) + (figure.derived ? " †" : "") + (figure.summed ? " Σ" : "")
    }

    /// "Lonely 65+ (lonely-65plus): GGD, 2022", "… illustrative", or "no source given".
    func citation(_ indicator: Indicator) -> String {
        guard let source = indicator.source else { return t("figures.no-source") }
        if PlanRendering.isIllustrative(source) { return t("illustrative") }
        return indicator.year.map { "\(source), \($0)" } ?? source
    }

    /// "≥ 1.5 meeting-places per 1,000 residents-75plus (by 2027)".
    func targetText(_ target: Quickscan.TargetGoal, withBy: Bool = true) -> String {
        let sign: String
        switch target.bound {
        case .atLeast: sign = "≥"
        case .atMost: sign = "≤"
        }
        let unit = agenda.indicator(target.indicator)?.unit
        let per = target.per.map { " \(t("plan.per")) \(n.decimal(target.perAmount, places: 2)) \($0)" } ?? ""
        let bound = target.per == nil ? number(target.boundValue, unit: unit) : n.decimal(target.boundValue, places: 2)
        let by = withBy ? target.by.map { " (\(t("quickscan.target.by", String($0))))" } ?? "" : ""
        return "\(sign) \(bound) \(target.indicator)\(per)\(by)"
    }

    /// A goal's value in the target's terms: a plain figure, or a rate for a `per` target.
    func goalValue(_ value: Double, _ target: Quickscan.TargetGoal) -> String {
        target.per == nil ? number(value, unit: agenda.indicator(target.indicator)?.unit) : n.decimal(value, places: 2)
    }

    /// The gap (in percentage points for a share), and for a `per` target what it comes to in the
    /// indicator itself.
    func gapText(_ figure: Quickscan.GoalFigure, _ target: Quickscan.TargetGoal) -> String {
        guard let gap = figure.gap else { return "–" }
        if target.per == nil, gap > 0, agenda.indicator(target.indicator)?.unit == .share {
            return t("quickscan.percentage-points", n.decimal(gap * 100, places: 1))
        }
        let text = goalValue(gap, target)
        guard target.per != nil, gap > 0, let amount = figure.gapInIndicator else { return text }
        return text + " " + t("quickscan.gap-in-indicator", n.decimal(amount, places: 2), target.indicator)
    }

    /// The symbol and word of a light: "✓ reached".
    func lightText(_ light: Quickscan.Light) -> String {
        "\(Self.symbol(light)) \(t("quickscan.light.\(light.rawValue)"))"
    }

    /// The mark of a light, so that it never rests on colour alone: ✓ reached, ≈ close, ✗ short,
    /// – not measurable.
    static func symbol(_ light: Quickscan.Light) -> String {
        switch light {
        case .reached: return "✓"
        case .close: return "≈"
        case .far: return "✗"
        case .notMeasurable: return "–"
        }
    }

    /// Why a target or figure is not measurable, in words.
    func reasonText(_ reason: TargetMeasurement.Unmeasurable) -> String {
        t("quickscan.reason.\(reason.code)", reason.indicator)
    }

    /// The short form of a reason, for a table cell: "lonely-65plus is a share".
    func shortReason(_ reason: TargetMeasurement.Unmeasurable) -> String {
        t("quickscan.reason.short.\(reason.code)", reason.indicator)
    }

    /// Once, under the targets: how targets on a share are measured; empty without such targets.
    var shareNote: [String] {
        let shares = quickscan.targets.filter { agenda.indicator($0.indicator)?.unit == .share }.map(\.goal)
        guard !shares.isEmpty else { return [] }
        return [t("quickscan.share-note", shares.joined(separator: ", "))]
    }

    /// The locations listed with the place itself: a district's, or a municipality's own.
    func ownLocations(_ place: Quickscan.Place) -> [Quickscan.Location] {
        place.locations.filter { $0.district == nil }
    }

    /// For a municipality: how many of its locations lie in its districts (listed there); nil
    /// when none do.
    func districtLocationsSentence(_ place: Quickscan.Place) -> String? {
        let inDistricts = place.locations.filter { $0.district != nil }
        guard !inDistricts.isEmpty else { return nil }
        return t(
            "quickscan.locations.districts", n.integer(inDistricts.count), n.integer(inDistricts.filter(\.open).count))
    }

    /// How many measurable targets a place reaches now, and how many are measurable.
    func reachedCount(_ place: Quickscan.Place) -> (reached: Int, measurable: Int) {
        (place.goals.filter { $0.reached == true }.count, place.goals.filter { $0.reached != nil }.count)
    }

    /// "2 of 3" targets reached, or "–" when none is measurable.
    func reachedText(_ place: Quickscan.Place) -> String {
        let count = reachedCount(place)
        guard count.measurable > 0 else { return lightText(.notMeasurable) }
        return t("quickscan.reached-count", n.integer(count.reached), n.integer(count.measurable))
    }

    /// What an action adds at a place: "+0.5 meeting-places"; empty when nothing.
    func addsText(_ action: Quickscan.ActionEntry) -> String {
        action.adds.filter { $0.amount != 0 }.map { "+\(n.decimal($0.amount, places: 2)) \($0.indicator)" }
            .joined(separator: ", ")
    }

    /// Whole euros, or a note when the payments could not be added up.
    func moneyText(_ money: Int?) -> String { money.map(n.euros) ?? t("quickscan.too-large") }

    /// The unfunded reason in words.
    func reasonText(_ reason: Plan.Reason?) -> String { reason.map { t("plan.reason.\($0.rawValue)") } ?? "–" }

    /// "Laak (den-haag/laak)", or "Den Haag as a whole (den-haag)" for a municipality.
    func placeHeading(_ place: Quickscan.Place) -> String {
        place.isDistrict ? "\(place.name) (\(place.id))" : "\(t("quickscan.whole", place.name)) (\(place.id))"
    }

    /// The number of open locations.
    func openLocations(_ place: Quickscan.Place) -> Int { place.locations.filter(\.open).count }

    /// The lines on where the figures come from: every indicator with its source and year.
    var figureSources: [String] {
        agenda.indicators.map { "\($0.label) (\($0.id)): \(citation($0))" }
    }
}
