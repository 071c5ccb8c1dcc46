// The sections of the kick-off page after its header: where the area stands, its assessment, the
// plan's actions and money there, the partners, and the open questions.
extension KickoffRendering {
    func whereItStands() -> [Block] {
        var blocks: [Block] = [.heading(t("kickoff.quickscan"), level: 2)]
        let multiple = kickoff.quickscan.places.count > 1
        for place in kickoff.quickscan.places {
            if multiple { blocks.append(.heading(quickscan.placeHeading(place), level: 3)) }
            let level = multiple ? 4 : 3
            if !kickoff.quickscan.targets.isEmpty {
                blocks += [.heading(t("kickoff.targets"), level: level), .table(quickscan.goalsTable(place))]
            }
            blocks += [.heading(t("kickoff.figures"), level: level), .table(quickscan.figuresTable(place))]
            let locations = quickscan.ownLocations(place)
            blocks.append(.heading(t("kickoff.locations"), level: level))
            blocks.append(
                locations.isEmpty
                    ? .paragraph([quickscan.districtLocationsSentence(place) ?? t("kickoff.locations.none")])
                    : .table(quickscan.locationsTable(locations)))
        }
        return blocks
    }

    func assessment() -> [Block] {
        var blocks: [Block] = [.heading(t("kickoff.assessment"), level: 2)]
        guard !kickoff.assessments.isEmpty else { return blocks + [.paragraph([t("kickoff.assessment.none")])] }
        for report in kickoff.assessments {
            let words = AssessmentRendering(report)
            for part in report.frameworks {
                for area in part.areas {
                    blocks.append(.heading(t("kickoff.assessment.of", area.name, part.framework.title), level: 3))
                    blocks.append(.paragraph([words.assessmentLine(area)]))
                    blocks.append(.table(readings(area, words)))
                }
            }
        }
        return blocks
    }

    private func readings(_ area: AssessedArea, _ words: AssessmentRendering) -> PlanTable {
        PlanTable(
            headers: [
                t("kickoff.criterion"), t("kickoff.level"), t("kickoff.target-level"), t("kickoff.gap"),
                t("kickoff.change"),
            ],
            right: [false, false, false, false, false],
            rows: area.readings.map { reading in
                [
                    "\(reading.criterion.title) (\(reading.criterion.id))", words.levelText(reading),
                    words.label(reading.criterion, reading.criterion.target), words.gapText(reading),
                    words.changeText(reading.change, of: reading.criterion),
                ]
            })
    }

    func planHere() -> [Block] {
        var blocks: [Block] = [.heading(t("kickoff.plan-here"), level: 2)]
        guard !kickoff.funded.isEmpty else { return blocks + [.paragraph([t("kickoff.plan-here.none")])] }
        blocks.append(
            .table(
                PlanTable(
                    headers: [
                        t("action"), t("kickoff.lead"), t("kickoff.where"), t("kickoff.paid"), t("kickoff.by-source"),
                    ],
                    right: [false, false, false, true, false],
                    rows: kickoff.funded.map { action in
                        [
                            "\(action.title) (\(action.id))\(action.alsoElsewhere ? " *" : "")", action.lead,
                            action.places.joined(separator: ", "), action.paid.map(n.euros) ?? "–",
                            action.paidBy.map { "\($0.source): \(n.euros($0.euros))" }.joined(separator: "; "),
                        ]
                    })))
        let total = kickoff.funded.reduce(Int?.some(0)) { sum, action in
            guard let sum, let paid = action.paid else { return nil }
            let (next, over) = sum.addingReportingOverflow(paid)
            return over ? nil : next
        }
        let sentence = total.map { t("kickoff.total", n.euros($0), n.integer(kickoff.funded.count)) }
        return blocks + [
            .paragraph(
                [sentence ?? t("kickoff.total.large")]
                    + (kickoff.funded.contains(where: \.alsoElsewhere)
                        ? [t("kickoff.elsewhere", kickoff.focus.name)] : []))
        ]
    }

    func partners() -> [Block] {
        let blocks: [Block] = [.heading(t("kickoff.partners"), level: 2)]
        guard !kickoff.partners.isEmpty else { return blocks + [.paragraph([t("kickoff.partners.none")])] }
        return blocks + [
            .table(
                PlanTable(
                    headers: [t("partner"), t("quickscan.kind"), t("kickoff.role"), t("kickoff.contact")],
                    right: [false, false, false, false],
                    rows: kickoff.partners.map { partner in
                        [
                            "\(partner.name) (\(partner.id))", t("html.kind.\(partner.kind.rawValue)"), role(partner),
                            partner.contact?.summary ?? t("kickoff.contact.none"),
                        ]
                    }))
        ]
    }

    /// "leads a, b; joins c; runs 3 locations" — what the partner does in the area.
    private func role(_ partner: KickoffPartner) -> String {
        var parts: [String] = []
        if !partner.leads.isEmpty { parts.append(t("kickoff.role.leads", partner.leads.joined(separator: ", "))) }
        if !partner.joins.isEmpty { parts.append(t("kickoff.role.joins", partner.joins.joined(separator: ", "))) }
        if !partner.locations.isEmpty {
            let runs =
                partner.locations.count > 3
                ? t("quickscan.locations.count", n.integer(partner.locations.count))
                : partner.locations.joined(separator: ", ")
            parts.append(t("kickoff.role.runs", runs))
        }
        return parts.joined(separator: "; ")
    }

    func openQuestions() -> [Block] {
        var blocks: [Block] = [.heading(t("kickoff.open"), level: 2)]
        if !kickoff.unfunded.isEmpty {
            blocks.append(.paragraph([t("kickoff.open.unfunded")]))
            blocks.append(.bullets(kickoff.unfunded.map { "\($0.title) (\($0.id)): \($0.reason)" }))
        }
        let gaps = kickoff.assessments.flatMap { report in
            report.frameworks.flatMap { part in part.openQuestions.map(AssessmentRendering(report).openQuestionText) }
        }
        if !gaps.isEmpty {
            blocks.append(.paragraph([t("kickoff.open.gaps")]))
            blocks.append(.bullets(gaps))
        }
        if kickoff.unfunded.isEmpty && gaps.isEmpty { blocks.append(.paragraph([t("kickoff.open.none")])) }
        return blocks
    }
}
