// The quickscan for programs: the JSON contract of docs/quickscan.md and the CSV.
extension QuickscanRendering {
    // MARK: JSON

    /// The contract's fields (`agenda`, `scenario`, `places`) first, then the extras.
    public func json() -> JSONValue {
        .object([
            ("agenda", .string(quickscan.agenda)),
            ("scenario", quickscan.scenario.map(JSONValue.string) ?? .null),
            ("places", .array(quickscan.places.map(placeJSON))),
            (
                "plan",
                .object([
                    ("status", .string(quickscan.planStatus.rawValue)),
                    ("funded_actions", .int(quickscan.fundedCount)), ("actions", .int(quickscan.actionCount)),
                ])
            ),
            ("reference_year", .int(quickscan.referenceYear)),
            ("targets", .array(quickscan.targets.map(Self.targetJSON))),
            ("version", VersionLine(agenda: agenda).json),
        ])
    }

    /// A number rounded to six decimals, or null.
    static func number(_ value: Double?) -> JSONValue {
        value.map { .double(($0 * 1e6).rounded() / 1e6) } ?? .null
    }

    /// `reason` (and the indicator it is about) beside a null number.
    static func reasonFields(_ reason: TargetMeasurement.Unmeasurable?) -> [(String, JSONValue)] {
        reason.map { [("reason", .string($0.code)), ("reason_indicator", .string($0.indicator))] } ?? []
    }

    static func bound(_ bound: Target.Bound) -> String {
        switch bound {
        case .atLeast: return "at-least"
        case .atMost: return "at-most"
        }
    }

    private static func targetJSON(_ target: Quickscan.TargetGoal) -> JSONValue {
        .object([
            ("goal", .string(target.goal)), ("title", .string(target.title)), ("indicator", .string(target.indicator)),
            ("bound", .string(bound(target.bound))), ("target", number(target.boundValue)),
            ("per", target.per.map(JSONValue.string) ?? .null), ("per_amount", number(target.perAmount)),
            ("by", target.by.map(JSONValue.int) ?? .null),
        ])
    }

    private func placeJSON(_ place: Quickscan.Place) -> JSONValue {
        .object([
            ("id", .string(place.id)), ("municipality", .string(place.municipality)),
            ("district", place.district.map(JSONValue.string) ?? .null), ("name", .string(place.name)),
            ("indicators", .object(place.indicators.map { ($0.id, Self.indicatorJSON($0)) })),
            ("locations", .array(place.locations.map(Self.locationJSON))),
            (
                "actions",
                .object([
                    ("funded", .array(place.funded.map(Self.actionJSON))),
                    ("proposed", .array(place.proposed.map(Self.actionJSON))),
                ])
            ),
            ("partners", .array(place.partners.map(Self.partnerJSON))),
            ("goals", .array(zip(quickscan.targets, place.goals).map(Self.goalJSON))),
        ])
    }

    private static func indicatorJSON(_ figure: Quickscan.IndicatorFigure) -> JSONValue {
        .object(
            [
                ("value", number(figure.value)), ("label", .string(figure.label)),
                ("unit", .string(figure.unit.rawValue)),
                ("source", figure.source.map(JSONValue.string) ?? .null),
                ("year", figure.year.map(JSONValue.int) ?? .null),
                ("derived", .bool(figure.derived)), ("summed", .bool(figure.summed)),
            ] + reasonFields(figure.reason))
    }

    private static func locationJSON(_ location: Quickscan.Location) -> JSONValue {
        .object([
            ("id", .string(location.id)), ("name", .string(location.name)), ("type", .string(location.type)),
            ("district", location.district.map(JSONValue.string) ?? .null),
            ("partners", .array(location.partners.map(JSONValue.string))),
            ("coordinator", location.coordinator.map(JSONValue.string) ?? .null), ("open", .bool(location.open)),
            ("opened", location.opened.map(JSONValue.int) ?? .null),
            ("closed", location.closed.map(JSONValue.int) ?? .null),
            ("source", location.source.map(JSONValue.string) ?? .null),
        ])
    }

    private static func actionJSON(_ action: Quickscan.ActionEntry) -> JSONValue {
        .object([
            ("id", .string(action.id)), ("title", .string(action.title)), ("lead", .string(action.lead)),
            ("partners", .array(action.partners.map(JSONValue.string))),
            ("where", .array(action.places.map(JSONValue.string))),
            ("money", action.money.map(JSONValue.int) ?? .null),
            ("reason", action.reason.map { .string($0.rawValue) } ?? .null), ("share", number(action.share)),
            (
                "adds",
                .array(
                    action.adds.map { .object([("indicator", .string($0.indicator)), ("amount", number($0.amount))]) })
            ),
        ])
    }

    private static func partnerJSON(_ partner: Quickscan.PartnerEntry) -> JSONValue {
        .object([
            ("id", .string(partner.id)), ("name", .string(partner.name)), ("kind", .string(partner.kind.rawValue)),
            ("leads", .array(partner.leads.map(JSONValue.string))),
            ("joins", .array(partner.joins.map(JSONValue.string))),
            ("locations", .array(partner.locations.map(JSONValue.string))),
        ])
    }

    private static func goalJSON(_ target: Quickscan.TargetGoal, _ figure: Quickscan.GoalFigure) -> JSONValue {
        .object(
            [
                ("goal", .string(figure.goal)), ("indicator", .string(target.indicator)),
                ("value", number(figure.value)),
                ("target", number(target.boundValue)), ("reached", figure.reached.map(JSONValue.bool) ?? .null),
                ("gap", number(figure.gap)), ("after_plan", number(figure.afterPlan)),
                ("bound", .string(bound(target.bound))), ("per", target.per.map(JSONValue.string) ?? .null),
                ("per_amount", number(target.perAmount)), ("gap_in_indicator", number(figure.gapInIndicator)),
                ("added", number(figure.added)),
                ("after_plan_reached", figure.reachedAfterPlan.map(JSONValue.bool) ?? .null),
                ("after_plan_gap", number(figure.gapAfterPlan)),
            ] + reasonFields(figure.reason))
    }

    // MARK: CSV

    /// One row per place and target goal (one row with empty goal columns for an agenda without
    /// targets), the place's columns repeated on each.
    func csvText(_ options: PlanCSV.Options) -> String {
        let header = [
            "place", "municipality", "district", "name", "locations", "open_locations", "funded_actions",
            "proposed_actions", "partners", "goal", "indicator", "bound", "target", "per", "per_amount", "value",
            "reached", "gap", "gap_in_indicator", "added", "after_plan", "after_plan_reached", "after_plan_gap",
            "reason", "reason_indicator",
        ].map(CSVTable.Cell.text)
        var rows: [[CSVTable.Cell]] = [header]
        for place in quickscan.places {
            let placeCells: [CSVTable.Cell] = [
                .text(place.id), .text(place.municipality), .text(place.district ?? ""), .text(place.name),
                .number(String(place.locations.count)), .number(String(openLocations(place))),
                .number(String(place.funded.count)), .number(String(place.proposed.count)),
                .number(String(place.partners.count)),
            ]
            let goals = zip(quickscan.targets, place.goals).map { goalCells($0, $1, options) }
            let empty = [CSVTable.Cell](repeating: .text(""), count: header.count - placeCells.count)
            rows += (goals.isEmpty ? [empty] : goals).map { placeCells + $0 }
        }
        return CSVTable.rendered(rows, options: options)
    }

    private func goalCells(_ target: Quickscan.TargetGoal, _ figure: Quickscan.GoalFigure, _ options: PlanCSV.Options)
        -> [CSVTable.Cell]
    {
        func decimal(_ value: Double?) -> CSVTable.Cell { value.map { .decimal($0, options) } ?? .text("") }
        func flag(_ value: Bool?) -> CSVTable.Cell { .text(value.map { $0 ? "true" : "false" } ?? "") }
        return [
            .text(figure.goal), .text(target.indicator), .text(Self.bound(target.bound)), decimal(target.boundValue),
            .text(target.per ?? ""), decimal(target.per == nil ? nil : target.perAmount), decimal(figure.value),
            flag(figure.reached), decimal(figure.gap), decimal(figure.gapInIndicator), decimal(figure.added),
            decimal(figure.afterPlan), flag(figure.reachedAfterPlan), decimal(figure.gapAfterPlan),
            .text(figure.reason?.code ?? ""), .text(figure.reason?.indicator ?? ""),
        ]
    }
}
