extension AssessmentRendering {
    /// The report as one self-contained HTML page: per framework a heat map of the areas'
    /// levels, each area's table, the ranking, the actions and the open questions. No scripts, no
    /// network access; the same report gives the same bytes.
    public func html() -> String {
        let agenda = report.agenda
        var out = HTMLWriter()
        out.heading(title, level: 1)
        out.paragraph("\(agenda.region.name) · \(agenda.period) · \(agenda.id)", class: "subtitle")
        headline(&out)
        if let planLine { out.paragraph(planLine) }
        out.paragraph(VersionLine(agenda: agenda).text, class: "muted")
        if report.frameworks.isEmpty { out.paragraph(t("assess.none")) }
        if report.frameworks.count > 1 {
            out.contents(
                t("html.contents"),
                links: report.frameworks.map { (id: "framework-\($0.framework.id)", text: $0.framework.title) })
        }
        for part in report.frameworks {
            out.section(id: "framework-\(part.framework.id)") { frameworkHTML(part, into: &$0) }
        }
        return out.document(title: title, language: agenda.header.language)
    }

    private func headline(_ out: inout HTMLWriter) {
        guard !report.frameworks.isEmpty else { return }
        let areas = report.frameworks.reduce(0) { $0 + $1.areas.count }
        let gaps = report.frameworks.reduce(0) { $0 + $1.gaps.count }
        out.definitions(
            [
                (t("scenario"), report.plan?.scenario ?? t("baseline")),
                (t("assess.frameworks"), n.integer(report.frameworks.count)),
                (t("assess.areas-assessed"), n.integer(areas)), (t("assess.gaps"), n.integer(gaps)),
            ], class: "figures")
    }

    private func frameworkHTML(_ part: AssessedFramework, into out: inout HTMLWriter) {
        out.heading(frameworkHeading(part.framework), level: 2)
        for line in frameworkLines(part) { out.paragraph(line) }
        guard !part.areas.isEmpty else {
            out.paragraph(noAreasText, class: "empty")
            return
        }
        out.heading(t("assess.heatmap"), level: 3)
        out.figure(heatMap(part), caption: t("assess.heatmap.caption"), empty: noAreasText)
        out.heading(t("assess.areas"), level: 3)
        for area in part.areas {
            out.heading("\(area.name) (\(area.area.id))", level: 4)
            out.paragraph(assessmentLine(area))
            if let note = area.latest.note { out.paragraph(t("assess.note", note)) }
            out.table(areaTable(area))
        }
        out.heading(t("assess.ranking"), level: 3)
        if part.gaps.isEmpty {
            out.paragraph(t("assess.ranking.none"))
        } else {
            out.paragraph(t("assess.ranking.intro"))
            let ranking = rankingTable(part)
            out.table(HTMLTable(columns: HTMLTable.columns(of: ranking), rows: ranking.rows))
        }
        for line in atTargetLine(part) { out.paragraph(line) }
        if !part.gaps.isEmpty {
            out.heading(t("assess.actions"), level: 3)
            out.paragraph(t("assess.actions.intro"))
            out.table(actionTable(part))
        }
        out.heading(t("assess.open"), level: 3)
        let questions = openQuestionLines(part)
        if questions.isEmpty { out.paragraph(t("assess.open.none")) } else { out.list(questions) }
    }

    /// The area's criteria, grouped by theme (the theme's title spans its rows).
    private func areaTable(_ area: AssessedArea) -> HTMLTable {
        let themes = area.readings.reduce(into: [[CriterionReading]]()) { groups, reading in
            if groups.last?.last?.theme.id == reading.theme.id {
                groups[groups.count - 1].append(reading)
            } else {
                groups.append([reading])
            }
        }
        let groups = themes.map { readings in
            readings.enumerated().map { index, reading -> [HTMLTable.Cell] in
                let lead =
                    index == 0 ? [HTMLTable.Cell(reading.theme.title, header: true, rowSpan: readings.count)] : []
                return lead + [
                    HTMLTable.Cell(reading.criterion.title, detail: reading.criterion.id),
                    HTMLTable.Cell(levelText(reading), class: reading.level == nil ? "muted" : nil),
                    HTMLTable.Cell(label(reading.criterion, reading.criterion.target)),
                    HTMLTable.Cell(gapText(reading)),
                    HTMLTable.Cell(changeText(reading.change, of: reading.criterion)),
                    HTMLTable.Cell(reading.evidence ?? ""),
                ]
            }
        }
        return HTMLTable(
            columns: areaHeaders.map { HTMLTable.Column($0) }, groups: groups, class: "grouped")
    }

    /// The actions per gap, furthest first (the criterion's title spans its actions).
    private func actionTable(_ part: AssessedFramework) -> HTMLTable {
        let headers = ["assess.criterion", "action", "assess.in-plan", "assess.paid", "assess.works-in", "plan.reason"]
        let columns = headers.enumerated().map { HTMLTable.Column(t($1), $0 == 3 ? .right : .left) }
        let groups = part.gaps.map { gap -> [[HTMLTable.Cell]] in
            let span = max(1, gap.actions.count)
            let lead = HTMLTable.Cell.titled(gap.criterion.id, gap.criterion.title, rowSpan: span)
            guard !gap.actions.isEmpty else {
                let none = [HTMLTable.Cell("—"), HTMLTable.Cell(t("assess.no-action"), class: "muted")]
                return [[lead] + none + ["", "", ""].map { HTMLTable.Cell($0) }]
            }
            return gap.actions.enumerated().map { index, action in
                (index == 0 ? [lead] : []) + [
                    HTMLTable.Cell.titled(action.id, action.title).plain, HTMLTable.Cell(decisionText(action)),
                    HTMLTable.Cell(paidText(action)), HTMLTable.Cell(worksInText(action)),
                    HTMLTable.Cell(action.reasonText),
                ]
            }
        }
        return HTMLTable(columns: columns, groups: groups, class: "grouped")
    }

    /// The heat map's rows, columns and cells for one framework.
    private func heatMap(_ part: AssessedFramework) -> AssessmentHeatMap {
        let criteria = part.framework.criteria
        return AssessmentHeatMap(
            title: "\(t("assess.heatmap")) — \(part.framework.title)",
            themes: part.framework.themes.map { AssessmentHeatMap.Theme(title: $0.title, columns: $0.criteria.count) },
            columns: criteria.map { AssessmentHeatMap.Column(label: $0.title, title: "\($0.title) (\($0.id))") },
            rows: part.areas.map { area in
                AssessmentHeatMap.Row(label: area.name, cells: area.readings.map { heatCell(area, $0) })
            },
            legend: AssessmentHeatMap.Legend(
                title: t("assess.legend"), atTarget: t("assess.at-target"),
                lowest: "\(t("assess.legend.lowest")) (100%)", notAssessed: t("assess.not-assessed")))
    }

    private func heatCell(_ area: AssessedArea, _ reading: CriterionReading) -> AssessmentHeatMap.Cell {
        let criterion = reading.criterion
        var lines = [
            "\(area.name) · \(criterion.title)",
            "\(t("assess.level")): \(levelText(reading)) · \(t("assess.target")): \(label(criterion, criterion.target))"
                + " · \(t("assess.gap")): \(gapText(reading))",
            "\(t("assess.change")): \(changeText(reading.change, of: criterion))",
        ]
        if let evidence = reading.evidence { lines.append("\(t("assess.evidence")): \(evidence)") }
        return AssessmentHeatMap.Cell(
            label: reading.level.map { label(criterion, $0) } ?? "",
            arrow: Self.arrow(reading.change.direction), share: reading.gapShare,
            tooltip: lines.joined(separator: "\n"))
    }
}

extension HTMLTable.Cell {
    /// The same cell as a data cell rather than a row header.
    fileprivate var plain: HTMLTable.Cell {
        var cell = self
        cell.isHeader = false
        return cell
    }
}
