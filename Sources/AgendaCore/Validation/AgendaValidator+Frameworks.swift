import AgendaRules

/// Checks frameworks, assessments and actions' `addresses:`: unique ids, and references to
/// frameworks, criteria, levels and areas that exist.
extension AgendaValidator {
    mutating func checkFrameworks() {
        var frameworks = IdIndex(kind: "framework")
        for framework in agenda.frameworks {
            frameworks.register(framework.id, at: framework.location, into: &diagnostics)
            var themes = IdIndex(kind: "framework theme")
            var criteria = IdIndex(kind: "criterion")
            for theme in framework.themes {
                themes.register(theme.id, at: theme.location, into: &diagnostics)
                for criterion in theme.criteria {
                    criteria.register(criterion.id, at: criterion.location, into: &diagnostics)
                }
            }
        }
        checkAddresses(frameworks)
        checkAssessments(frameworks)
    }

    /// Every `framework.criterion` the agenda's frameworks define, for suggestions.
    private var criterionNames: [String] {
        agenda.frameworks.flatMap { framework in framework.criteria.map { "\(framework.id).\($0.id)" } }
    }

    private mutating func checkAddresses(_ frameworks: IdIndex) {
        let names = criterionNames
        for action in agenda.actions {
            for reference in action.addresses {
                let parts = reference.value.split(separator: ".", maxSplits: 1).map(String.init)
                guard parts.count == 2 else {
                    diagnostics.error(
                        DiagnosticCode.invalidValue,
                        "'\(reference.value)' is not a criterion; write 'framework.criterion'"
                            + Suggestions.didYouMean(reference.value, in: names),
                        at: reference.location)
                    continue
                }
                guard let framework = agenda.framework(parts[0]) else {
                    frameworks.check(
                        Located(parts[0], at: reference.location), context: " in 'addresses'",
                        whenEmpty: "the agenda defines no frameworks; see docs/frameworks.md", into: &diagnostics)
                    continue
                }
                if framework.criterion(parts[1]) == nil {
                    diagnostics.error(
                        DiagnosticCode.unknownReference,
                        "unknown criterion '\(parts[1])' of framework '\(framework.id)'"
                            + Suggestions.didYouMean(reference.value, in: names),
                        at: reference.location)
                }
            }
        }
    }

    private mutating func checkAssessments(_ frameworks: IdIndex) {
        var seen: [String: SourceLocation] = [:]
        for assessment in agenda.assessments {
            checkArea(assessment.area)
            let key = "\(assessment.framework.value) \(assessment.area.value) \(assessment.date)"
            if let earlier = seen[key] {
                diagnostics.error(
                    DiagnosticCode.duplicateId,
                    "'\(assessment.area.value)' is assessed against '\(assessment.framework.value)' twice on "
                        + "\(assessment.date)", at: assessment.location,
                    notes: [.init("the first assessment of that day is here", at: earlier)])
            } else {
                seen[key] = assessment.location
            }
            guard let framework = agenda.framework(assessment.framework.value) else {
                frameworks.check(
                    assessment.framework, whenEmpty: "the agenda defines no frameworks; see docs/frameworks.md",
                    into: &diagnostics)
                continue
            }
            for score in assessment.scores { checkScore(score, in: framework) }
        }
    }

    private mutating func checkScore(_ score: CriterionScore, in framework: Framework) {
        guard let criterion = framework.criterion(score.criterion.value) else {
            diagnostics.error(
                DiagnosticCode.unknownReference,
                "unknown criterion '\(score.criterion.value)' of framework '\(framework.id)'"
                    + Suggestions.didYouMean(score.criterion.value, in: framework.criteria.map(\.id)),
                at: score.criterion.location)
            return
        }
        guard criterion.level(score.level.value) == nil else { return }
        let labels = criterion.levels.map(\.label)
        diagnostics.error(
            DiagnosticCode.unknownReference,
            "unknown level '\(score.level.value)' of criterion '\(criterion.id)'"
                + Suggestions.didYouMean(score.level.value, in: labels),
            at: score.level.location, notes: [.init("its levels are: \(labels.joined(separator: ", "))")])
    }

    /// An area is a municipality, `municipality/district`, or a partner.
    private mutating func checkArea(_ area: Located<String>) {
        guard AssessmentArea(area.value, in: agenda) == nil else { return }
        let candidates =
            agenda.region.municipalities.flatMap { m in [m.id] + m.districts.map { "\(m.id)/\($0.id)" } }
            + agenda.partners.map(\.id)
        diagnostics.error(
            DiagnosticCode.unknownReference,
            "unknown area '\(area.value)'\(Suggestions.didYouMean(area.value, in: candidates))", at: area.location,
            notes: [.init("an area is a municipality id, 'municipality/district', or a partner id")])
    }
}
