// The quickscan as one self-contained HTML page: per municipality a grid of tiles, a table of the
// targets in traffic-light colours (each with a mark and a word), the figures, and per place its
// locations, actions and partners.
extension QuickscanRendering {
    /// The page; no scripts, no external resources; the same quickscan gives the same bytes.
    public func html() -> String {
        var out = HTMLWriter()
        let title = "\(t("quickscan.title")) — \(agenda.header.title)"
        out.heading(title, level: 1)
        out.paragraph("\(agenda.region.name) · \(agenda.period) · \(agenda.id)", class: "subtitle")
        out.definitions(
            [
                (t("scenario"), scenarioText), (t("status"), t("plan.status.\(quickscan.planStatus.rawValue)")),
                (
                    t("plan.funded-actions"),
                    "\(n.integer(quickscan.fundedCount)) \(t("html.of")) \(n.integer(quickscan.actionCount))"
                ),
            ], class: "figures")
        out.paragraph(planSentence)
        out.paragraph(t("quickscan.reference-year", String(quickscan.referenceYear)))
        out.paragraph(VersionLine(agenda: agenda).text, class: "muted")
        out.contents(
            t("html.contents"),
            links: [(id: "targets", text: t("quickscan.targets"))]
                + groups.map { (id: "m-\($0.municipality.id)", text: $0.municipality.name) }
                + [(id: "figures", text: t("figures.heading"))])
        out.section(id: "targets") { out in
            out.heading(t("quickscan.targets"), level: 2)
            if quickscan.targets.isEmpty {
                out.paragraph(t("quickscan.targets.none"), class: "empty")
            } else {
                out.list(quickscan.targets.map { "\($0.goal) — \($0.title): \(targetText($0))" })
                out.paragraph(t("quickscan.legend"))
                for note in shareNote { out.paragraph(note) }
            }
        }
        for group in groups {
            out.section(id: "m-\(group.municipality.id)") { municipalitySection(group.places, into: &$0) }
        }
        out.section(id: "figures") { out in
            out.heading(t("figures.heading"), level: 2)
            out.list(figureSources)
            out.paragraph(t("quickscan.marks"), class: "footnote")
            out.paragraph(t("quickscan.how"), class: "footnote")
        }
        return out.document(title: title, language: agenda.header.language, css: HTMLStyle.css + Self.css)
    }

    /// The colours of the traffic lights, printed as they are shown; the places' names over the
    /// figures may wrap.
    static var css: String {
        let lights: [(Quickscan.Light, String, Double)] = [
            (.reached, ChartPalette.color(2), 0.3), (.close, ChartPalette.color(1), 0.3),
            (.far, ChartPalette.color(5), 0.3), (.notMeasurable, ChartPalette.color(7), 0.18),
        ]
        return lights.map { light, color, amount in
            "table.quickscan td.qs-\(light.rawValue) { background: \(ChartPalette.tint(color, amount)); "
                + "border-left: 4px solid \(color); print-color-adjust: exact; -webkit-print-color-adjust: exact; }\n"
        }.joined() + "table.qs-figures { font-size: 0.8rem; }\ntable.qs-figures thead th.num { white-space: normal; }\n"
    }

    private func municipalitySection(_ places: [Quickscan.Place], into out: inout HTMLWriter) {
        guard let municipality = places.first else { return }
        out.heading("\(municipality.name) (\(municipality.id))", level: 2)
        let tiled = places.count > 1 ? Array(places.dropFirst()) : places
        out.figure(
            QuickscanTiles(
                title: t("quickscan.tiles.title", municipality.name), tiles: tiled.map(tile),
                legendLabels: ["all", "some", "none", "unmeasured"].map { t("quickscan.tiles.\($0)") }),
            caption: t("quickscan.tiles.caption"), empty: t("quickscan.targets.none"))
        if !quickscan.targets.isEmpty {
            out.heading(t("quickscan.targets"), level: 3)
            out.table(targetTable(places))
        }
        out.heading(t("quickscan.overview"), level: 3)
        let overview = overviewTable(places)
        out.table(HTMLTable(columns: HTMLTable.columns(of: overview), rows: overview.rows))
        out.heading(t("quickscan.figures"), level: 3)
        out.table(figureTable(places))
        out.paragraph(t("quickscan.marks"), class: "muted")
        for place in places { placeSection(place, into: &out) }
    }

    /// A tile: the place's name, how many targets it reaches, each measurable target's state, its offer.
    private func tile(_ place: Quickscan.Place) -> QuickscanTiles.Tile {
        let count = reachedCount(place)
        let tone = QuickscanTiles.Tone(reached: count.reached, measurable: count.measurable)
        let summary = t("quickscan.tiles.reached", n.integer(count.reached), n.integer(count.measurable))
        let targets = zip(quickscan.targets, place.goals).compactMap { target, figure -> String? in
            figure.value.map {
                "\(Self.symbol(figure.light(against: target))) \(target.goal): \(goalValue($0, target))"
            }
        }
        return QuickscanTiles.Tile(
            name: place.name, tone: tone,
            lines: ["\(tone.symbol) \(summary)"] + targets + [
                t("quickscan.tiles.funded", n.integer(place.funded.count)),
                t("quickscan.tiles.open", n.integer(openLocations(place))),
            ])
    }

    /// Places down, target goals across; each cell coloured, marked and worded.
    private func targetTable(_ places: [Quickscan.Place]) -> HTMLTable {
        let columns =
            [HTMLTable.Column(t("quickscan.place"))]
            + quickscan.targets.map { HTMLTable.Column("\($0.goal): \(targetText($0, withBy: false))") }
        let rows = places.map { place -> [[HTMLTable.Cell]] in
            let cells = zip(quickscan.targets, place.goals).map { target, figure -> HTMLTable.Cell in
                let light = figure.light(against: target)
                guard let value = figure.value else {
                    return HTMLTable.Cell(
                        lightText(.notMeasurable), detail: figure.reason.map(shortReason), class: "qs-not-measurable")
                }
                var detail = light == .reached ? [String]() : ["\(t("quickscan.gap")) \(gapText(figure, target))"]
                if let after = figure.afterPlan {
                    let mark = Self.symbol(figure.lightAfterPlan(against: target))
                    detail.append("\(t("quickscan.after-plan")) \(goalValue(after, target)) \(mark)")
                }
                return HTMLTable.Cell(
                    "\(lightText(light)) · \(goalValue(value, target))", detail: detail.joined(separator: " · "),
                    class: "qs-\(light.rawValue)")
            }
            return [[HTMLTable.Cell.titled(place.id, place.name)] + cells]
        }
        return HTMLTable(columns: columns, groups: rows, class: "quickscan")
    }

    /// Indicators down (each with its id and source), places across; † and Σ mark counted and summed figures.
    private func figureTable(_ places: [Quickscan.Place]) -> HTMLTable {
        let columns = [HTMLTable.Column(t("quickscan.indicator"))] + places.map { HTMLTable.Column($0.name, .right) }
        let rows = agenda.indicators.enumerated().map { index, indicator -> [[HTMLTable.Cell]] in
            let figures = places.map { place in
                place.indicators.indices.contains(index) ? figureText(place.indicators[index]) : "–"
            }
            return [
                [HTMLTable.Cell(indicator.label, detail: "\(indicator.id) · \(citation(indicator))", header: true)]
                    + figures.map { HTMLTable.Cell($0) }
            ]
        }
        return HTMLTable(columns: columns, groups: rows, class: "qs-figures")
    }

    private func placeSection(_ place: Quickscan.Place, into out: inout HTMLWriter) {
        out.heading(placeHeading(place), level: 3, id: "p-\(place.id)")
        out.heading(t("quickscan.locations"), level: 4)
        let own = ownLocations(place)
        if own.isEmpty {
            out.paragraph(t("quickscan.locations.none"), class: "empty")
        } else {
            let table = locationsTable(own)
            out.table(HTMLTable(columns: HTMLTable.columns(of: table), rows: table.rows))
        }
        if let districts = districtLocationsSentence(place) { out.paragraph(districts) }
        for (title, actions, funded) in [
            (t("quickscan.funded-actions"), place.funded, true),
            (t("quickscan.proposed-actions"), place.proposed, false),
        ] {
            out.heading("\(title) (\(n.integer(actions.count)))", level: 4)
            if actions.isEmpty {
                out.paragraph(t("quickscan.actions.none"), class: "empty")
            } else {
                let table = actionsTable(actions, funded: funded)
                out.table(HTMLTable(columns: HTMLTable.columns(of: table), rows: table.rows))
            }
        }
        out.heading(t("quickscan.partners"), level: 4)
        if place.partners.isEmpty {
            out.paragraph(t("quickscan.partners.none"), class: "empty")
        } else {
            let table = partnersTable(place)
            out.table(HTMLTable(columns: HTMLTable.columns(of: table), rows: table.rows))
        }
    }
}
