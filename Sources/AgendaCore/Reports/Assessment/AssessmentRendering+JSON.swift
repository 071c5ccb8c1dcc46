// `agenda assess --format json` (the contract in docs/frameworks.md) and `--format csv` (one row
// per area and criterion).
extension AssessmentRendering {
    /// `{agenda, scenario, plan_status, area, frameworks, message, version}`.
    public func json() -> JSONValue {
        .object([
            ("agenda", .string(report.agenda.id)),
            ("scenario", report.plan?.scenario.map(JSONValue.string) ?? .null),
            ("plan_status", report.plan.map { .string($0.status.rawValue) } ?? .null),
            ("area", report.area.map { .string($0.id) } ?? .null),
            ("frameworks", .array(report.frameworks.map(frameworkJSON))),
            ("message", report.frameworks.isEmpty ? .string(t("assess.none")) : .null),
            ("version", VersionLine(agenda: report.agenda).json),
        ])
    }

    private func frameworkJSON(_ part: AssessedFramework) -> JSONValue {
        let framework = part.framework
        return .object([
            ("id", .string(framework.id)), ("title", .string(framework.title)),
            ("source", framework.source.map(JSONValue.string) ?? .null),
            ("year", framework.year.map(JSONValue.int) ?? .null),
            ("themes", .array(framework.themes.map(Self.themeJSON))),
            ("areas", .array(part.areas.map(areaJSON))),
            ("gaps", .array(part.gaps.map(gapJSON))),
            ("at_target", .array(part.atTarget.map { .string($0.id) })),
            ("not_assessed", .array(part.notAssessed.map { .string($0.id) })),
            ("open_questions", .array(part.openQuestions.map(openQuestionJSON))),
        ])
    }

    /// `{id, title, criteria: [{id, title, levels, target}]}`.
    private static func themeJSON(_ theme: FrameworkTheme) -> JSONValue {
        .object([
            ("id", .string(theme.id)), ("title", .string(theme.title)),
            (
                "criteria",
                .array(
                    theme.criteria.map { criterion in
                        .object([
                            ("id", .string(criterion.id)), ("title", .string(criterion.title)),
                            ("levels", .array(criterion.levels.map { .string($0.label) })),
                            ("target", .int(criterion.target)),
                        ])
                    })
            ),
        ])
    }

    private func areaJSON(_ area: AssessedArea) -> JSONValue {
        .object([
            ("id", .string(area.area.id)), ("name", .string(area.name)),
            ("latest", Self.assessmentJSON(area.latest)),
            ("previous", area.previous.map(Self.assessmentJSON) ?? .null),
            ("assessments", .int(area.count)),
            ("criteria", .array(area.readings.map(readingJSON))),
        ])
    }

    /// `{date, assessors, source, note}`.
    private static func assessmentJSON(_ assessment: Assessment) -> JSONValue {
        .object([
            ("date", .string("\(assessment.date)")),
            ("assessors", .array(assessment.assessors.map(JSONValue.string))),
            ("source", assessment.source.map(JSONValue.string) ?? .null),
            ("note", assessment.note.map(JSONValue.string) ?? .null),
        ])
    }

    private func readingJSON(_ reading: CriterionReading) -> JSONValue {
        let criterion = reading.criterion
        let change = reading.change
        return .object([
            ("criterion", .string(criterion.id)), ("theme", .string(reading.theme.id)),
            ("level", reading.level.map { .int($0) } ?? .null),
            ("label", reading.level.map { .string(label(criterion, $0)) } ?? .null),
            ("target", .int(criterion.target)), ("target_label", .string(label(criterion, criterion.target))),
            ("gap_levels", reading.gapLevels.map(JSONValue.int) ?? .null),
            ("gap_share", reading.gapShare.map { .double(Self.rounded($0)) } ?? .null),
            ("evidence", reading.evidence.map(JSONValue.string) ?? .null),
            (
                "change",
                .object([
                    ("direction", .string(change.direction.rawValue)),
                    ("from", change.from.map(JSONValue.int) ?? .null),
                    ("from_label", change.from.map { .string(label(criterion, $0)) } ?? .null),
                    ("since", change.since.map { .string("\($0)") } ?? .null),
                    ("text", .string(changeText(change, of: criterion))),
                ])
            ),
        ])
    }

    private func gapJSON(_ gap: CriterionGap) -> JSONValue {
        .object([
            ("rank", .int(gap.rank)), ("criterion", .string(gap.criterion.id)), ("theme", .string(gap.theme.id)),
            ("title", .string(gap.criterion.title)), ("target", .int(gap.criterion.target)),
            ("mean_gap_levels", .double(Self.rounded(gap.averageLevels))),
            ("mean_gap_share", .double(Self.rounded(gap.averageShare))),
            ("worst_area", .string(gap.worst.area.id)),
            ("areas", .array(gap.areas.map(Self.areaGapJSON))),
            ("actions", .array(gap.actions.map(Self.actionJSON))),
        ])
    }

    /// `{area, level, gap_levels, gap_share, coverage}`.
    private static func areaGapJSON(_ gap: AreaGap) -> JSONValue {
        .object([
            ("area", .string(gap.area.id)), ("level", .int(gap.level)), ("gap_levels", .int(gap.levels)),
            ("gap_share", .double(rounded(gap.share))),
            ("coverage", gap.coverage.map { .string($0.rawValue) } ?? .null),
        ])
    }

    /// `{id, title, funded, score, paid, reason, reason_text, areas}`.
    private static func actionJSON(_ action: AddressingAction) -> JSONValue {
        .object([
            ("id", .string(action.id)), ("title", .string(action.title)), ("funded", .bool(action.funded)),
            ("score", .double(action.score.value)), ("paid", action.paid.map(JSONValue.int) ?? .null),
            ("reason", action.reason.map { .string($0.rawValue) } ?? .null),
            ("reason_text", action.funded ? .null : .string(action.reasonText)),
            ("areas", .array(action.areas.map { .string($0.id) })),
        ])
    }

    /// `{criterion, coverage, areas, actions, text}`.
    private func openQuestionJSON(_ question: OpenQuestion) -> JSONValue {
        .object([
            ("criterion", .string(question.gap.criterion.id)), ("coverage", .string(question.coverage.rawValue)),
            ("areas", .array(question.areas.map { .string($0.area.id) })),
            ("actions", .array(question.actions.map { .string($0.id) })),
            ("text", .string(openQuestionText(question))),
        ])
    }

    /// Six decimals, so that shares such as 1/3 read the same on every platform.
    static func rounded(_ value: Double) -> Double { (value * 1e6).rounded() / 1e6 }

    /// One row per framework, area and criterion: level, target, gap and change.
    func csvText(_ options: PlanCSV.Options) -> String {
        let header = [
            "framework", "area", "area_name", "assessed_on", "theme", "criterion", "level", "target", "gap_levels",
            "gap_share", "change", "previous_level", "previous_date", "evidence",
        ].map(CSVTable.Cell.text)
        let rows = report.frameworks.flatMap { part in
            part.areas.flatMap { area in area.readings.map { csvRow(part.framework, area, $0, options) } }
        }
        return CSVTable.rendered([header] + rows, options: options)
    }

    private func csvRow(
        _ framework: Framework, _ area: AssessedArea, _ reading: CriterionReading, _ options: PlanCSV.Options
    ) -> [CSVTable.Cell] {
        let criterion = reading.criterion
        return [
            .text(framework.id), .text(area.area.id), .text(area.name), .text("\(area.latest.date)"),
            .text(reading.theme.id), .text(criterion.id), .text(reading.level.map { label(criterion, $0) } ?? ""),
            .text(label(criterion, criterion.target)), reading.gapLevels.map { .number(String($0)) } ?? .text(""),
            reading.gapShare.map { CSVTable.Cell.decimal($0, options) } ?? .text(""),
            .text(reading.change.direction.rawValue), .text(reading.change.from.map { label(criterion, $0) } ?? ""),
            .text(reading.change.since.map { "\($0)" } ?? ""), .text(reading.evidence ?? ""),
        ]
    }
}
