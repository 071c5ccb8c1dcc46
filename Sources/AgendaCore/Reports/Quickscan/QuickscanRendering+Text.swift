// The quickscan as text or Markdown: per municipality an overview, then per place its figures,
// targets, locations, actions and partners as tables.
extension QuickscanRendering {
    func document(markdown: Bool) -> String {
        var out = PlanReportWriter(markdown: markdown)
        out.heading("\(t("quickscan.title")) — \(agenda.header.title)", level: 1)
        out.paragraph(
            [
                t("quickscan.scenario", scenarioText), planSentence,
                t("quickscan.reference-year", String(quickscan.referenceYear)), VersionLine(agenda: agenda).text,
            ], separated: true)
        out.heading(t("quickscan.targets"), level: 2)
        if quickscan.targets.isEmpty {
            out.paragraph([t("quickscan.targets.none")])
        } else {
            out.bullets(quickscan.targets.map { "\($0.goal) — \($0.title): \(targetText($0))" })
            out.paragraph([t("quickscan.legend")] + shareNote, separated: true)
        }
        for group in groups {
            // Text has no other way to set a municipality apart from its places than an underline.
            out.heading("\(group.municipality.name) (\(group.municipality.id))", level: markdown ? 2 : 1)
            out.paragraph([t("quickscan.overview")], separated: true)
            out.table(overviewTable(group.places))
            for place in group.places { placeSection(place, into: &out) }
        }
        out.heading(t("figures.heading"), level: 2)
        out.bullets(figureSources)
        out.paragraph([t("quickscan.marks"), t("quickscan.how")], separated: true)
        return out.result
    }

    /// One row per place: targets reached, actions, locations and partners.
    func overviewTable(_ places: [Quickscan.Place]) -> PlanTable {
        PlanTable(
            headers: [
                t("quickscan.place"), t("quickscan.targets-reached"), t("quickscan.funded"), t("quickscan.proposed"),
                t("quickscan.open-locations"), t("quickscan.partners.count"),
            ], right: [false, true, true, true, true, true],
            rows: places.map { place in
                [
                    place.isDistrict ? "  \(place.name)" : place.name, reachedText(place),
                    n.integer(place.funded.count), n.integer(place.proposed.count), n.integer(openLocations(place)),
                    n.integer(place.partners.count),
                ]
            })
    }

    private func placeSection(_ place: Quickscan.Place, into out: inout PlanReportWriter) {
        out.heading(placeHeading(place), level: 3)
        out.paragraph([t("quickscan.figures")], separated: true)
        out.table(figuresTable(place))
        if !quickscan.targets.isEmpty {
            out.paragraph([t("quickscan.targets")], separated: true)
            out.table(goalsTable(place))
        }
        out.paragraph([t("quickscan.locations")], separated: true)
        let own = ownLocations(place)
        if own.isEmpty {
            out.paragraph([t("quickscan.locations.none")])
        } else {
            out.table(locationsTable(own))
        }
        if let districts = districtLocationsSentence(place) { out.paragraph([districts]) }
        for (title, actions, funded) in [
            (t("quickscan.funded-actions"), place.funded, true),
            (t("quickscan.proposed-actions"), place.proposed, false),
        ] {
            out.paragraph(["\(title) (\(n.integer(actions.count)))"], separated: true)
            if actions.isEmpty {
                out.paragraph([t("quickscan.actions.none")])
            } else {
                out.table(actionsTable(actions, funded: funded))
            }
        }
        out.paragraph([t("quickscan.partners")], separated: true)
        if place.partners.isEmpty {
            out.paragraph([t("quickscan.partners.none")])
        } else {
            out.table(partnersTable(place))
        }
    }

    func figuresTable(_ place: Quickscan.Place) -> PlanTable {
        PlanTable(
            headers: [t("quickscan.indicator"), t("quickscan.value"), t("quickscan.source")],
            right: [false, true, false],
            rows: zip(agenda.indicators, place.indicators).map { indicator, figure in
                ["\(figure.label) (\(figure.id))", figureText(figure), citation(indicator)]
            })
    }

    /// Per target goal: the value now, the target, the light, the gap and the value after the plan.
    func goalsTable(_ place: Quickscan.Place) -> PlanTable {
        PlanTable(
            headers: [
                t("quickscan.goal"), t("quickscan.now"), t("quickscan.target"), t("quickscan.state"),
                t("quickscan.gap"),
                t("quickscan.added"), t("quickscan.after-plan"),
            ], right: [false, true, false, false, true, true, true],
            rows: zip(quickscan.targets, place.goals).map { target, figure in
                goalRow(target, figure)
            })
    }

    /// The cells of one target at one place; a target that cannot be measured says why.
    func goalRow(_ target: Quickscan.TargetGoal, _ figure: Quickscan.GoalFigure) -> [String] {
        let state =
            figure.reason.map { "\(lightText(.notMeasurable)): \(shortReason($0))" }
            ?? lightText(figure.light(against: target))
        let after = figure.afterPlan.map {
            "\(goalValue($0, target)) \(Self.symbol(figure.lightAfterPlan(against: target)))"
        }
        return [
            target.goal, figure.value.map { goalValue($0, target) } ?? "–", targetText(target, withBy: false), state,
            gapText(figure, target), figure.added == 0 ? "–" : "+" + n.decimal(figure.added, places: 2),
            after ?? "–",
        ]
    }

    /// The locations listed with the place itself (for a municipality, not its districts').
    func locationsTable(_ locations: [Quickscan.Location]) -> PlanTable {
        let headers = [
            t("quickscan.location"), t("quickscan.type"), t("quickscan.partners.count"), t("quickscan.coordinator"),
            t("quickscan.open", String(quickscan.referenceYear)),
        ]
        return PlanTable(
            headers: headers, right: headers.map { _ in false },
            rows: locations.map { location in
                [
                    "\(location.name) (\(location.id))", location.type, location.partners.joined(separator: ", "),
                    location.coordinator ?? "–", t(location.open ? "quickscan.yes" : "quickscan.no"),
                ]
            })
    }

    func actionsTable(_ actions: [Quickscan.ActionEntry], funded: Bool) -> PlanTable {
        PlanTable(
            headers: [
                t("action"), t("plan.title"), t("quickscan.lead"), t("quickscan.where"),
                funded ? t("quickscan.paid") : t("quickscan.reason"), t("quickscan.adds"),
            ], right: [false, false, false, false, funded, false],
            rows: actions.map { action in
                [
                    action.id, action.title, action.lead, action.places.joined(separator: ", "),
                    funded ? moneyText(action.money) : reasonText(action.reason), addsText(action),
                ]
            })
    }

    func partnersTable(_ place: Quickscan.Place) -> PlanTable {
        PlanTable(
            headers: [
                t("partner"), t("quickscan.kind"), t("quickscan.leads"), t("quickscan.joins"), t("quickscan.runs"),
            ],
            right: [false, false, false, false, false],
            rows: place.partners.map { partner in
                [
                    "\(partner.name) (\(partner.id))", t("html.kind.\(partner.kind.rawValue)"),
                    partner.leads.joined(separator: ", "), partner.joins.joined(separator: ", "),
                    // A partner that runs many locations (Haags Ontmoeten: forty) gets their number.
                    partner.locations.count > 5
                        ? t("quickscan.locations.count", n.integer(partner.locations.count))
                        : partner.locations.joined(separator: ", "),
                ]
            })
    }
}
