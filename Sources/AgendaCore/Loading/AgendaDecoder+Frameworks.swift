/// Reads `frameworks:` and `assessments:` ("toetsing aan kader").
extension AgendaDecoder {
    mutating func decodeFramework(_ value: YAMLValue) -> Framework? {
        guard let f = reader.fields(value, "framework", what: "a framework") else { return nil }
        let id = reader.slug(f["id"], what: "framework id")
        let title = reader.name(f["title"], what: "the framework's title")
        let shared = f["levels"].flatMap { decodeLevels($0) }
        let themes =
            reader.list(f["themes"], what: "themes") { reader, item -> FrameworkTheme? in
                var decoder = AgendaDecoder(reader: reader)
                defer { reader = decoder.reader }
                return decoder.decodeFrameworkTheme(item, levels: shared)
            } ?? []
        guard let id, let title else { return nil }
        return Framework(
            id: id, title: title, source: reader.text(f["source"], what: "the framework's source"),
            year: reader.year(f["year"], what: "the framework's year"),
            description: reader.text(f["description"], what: "description"), themes: themes,
            location: f["id"]?.location ?? f.location)
    }

    mutating func decodeFrameworkTheme(_ value: YAMLValue, levels: [CriterionLevel]?) -> FrameworkTheme? {
        guard let f = reader.fields(value, "framework-theme", what: "a framework theme") else { return nil }
        let id = reader.slug(f["id"], what: "theme id")
        let title = reader.name(f["title"], what: "the theme's title")
        let criteria =
            reader.list(f["criteria"], what: "criteria") { reader, item -> Criterion? in
                var decoder = AgendaDecoder(reader: reader)
                defer { reader = decoder.reader }
                return decoder.decodeCriterion(item, levels: levels)
            } ?? []
        guard let id, let title else { return nil }
        return FrameworkTheme(id: id, title: title, criteria: criteria, location: f["id"]?.location ?? f.location)
    }

    mutating func decodeCriterion(_ value: YAMLValue, levels shared: [CriterionLevel]?) -> Criterion? {
        guard let f = reader.fields(value, "criterion", what: "a criterion") else { return nil }
        let id = reader.slug(f["id"], what: "criterion id")
        let title = reader.name(f["title"], what: "the criterion's title")
        let own = f["levels"].flatMap { decodeLevels($0) }
        let target = reader.reference(f["target"], what: "the target level")
        // Levels of its own that are wrong are reported; the framework's do not stand in for them.
        guard let id, let title, let target, own != nil || !f.has("levels") else { return nil }
        guard let levels = own ?? shared else {
            reader.diagnostics.error(
                DiagnosticCode.missingField,
                "criterion '\(id)' has no levels; give it 'levels', or give the framework 'levels' for every criterion",
                at: f.location)
            return nil
        }
        guard let index = levels.firstIndex(where: { $0.label == target.value }) else {
            let labels = levels.map(\.label)
            reader.diagnostics.error(
                DiagnosticCode.unknownReference,
                "unknown level '\(target.value)' as the target of criterion '\(id)'"
                    + Suggestions.didYouMean(target.value, in: labels),
                at: target.location, notes: [.init("its levels are: \(labels.joined(separator: ", "))")])
            return nil
        }
        return Criterion(
            id: id, title: title, description: reader.text(f["description"], what: "description"), levels: levels,
            target: index, location: f["id"]?.location ?? f.location)
    }

    /// At least two levels with distinct labels, lowest first.
    mutating func decodeLevels(_ value: YAMLValue) -> [CriterionLevel]? {
        var seen: Set<String> = []
        let levels = reader.list(value, what: "levels") { reader, item -> CriterionLevel? in
            guard let f = reader.fields(item, "level", what: "a level") else { return nil }
            guard let label = reader.name(f["label"], what: "the level's label") else { return nil }
            guard seen.insert(label).inserted else {
                reader.diagnostics.error(
                    DiagnosticCode.duplicateId, "duplicate level '\(label)'; each level needs its own label",
                    at: f["label"]?.location ?? item.location)
                return nil
            }
            return CriterionLevel(label: label, description: reader.text(f["description"], what: "description"))
        }
        guard let levels else { return nil }
        guard levels.count >= 2 else {
            reader.diagnostics.error(
                DiagnosticCode.invalidValue,
                "a criterion needs at least two levels to measure a gap, found \(levels.count)", at: value.location)
            return nil
        }
        return levels
    }

    mutating func decodeAssessment(_ value: YAMLValue) -> Assessment? {
        guard let f = reader.fields(value, "assessment", what: "an assessment") else { return nil }
        let framework = reader.reference(f["framework"], what: "framework")
        let area = reader.reference(f["area"], what: "the assessed area")
        let date = f["date"].flatMap { reader.date($0, what: "the assessment's date") }
        let assessors = reader.list(f["assessors"], what: "assessors") { $0.name($1, what: "an assessor") } ?? []
        var scores: [CriterionScore] = []
        if let value = f["scores"] {
            if let pairs = value.mapping {
                scores = pairs.compactMap { decodeScore($0) }
            } else {
                reader.diagnostics.error(
                    DiagnosticCode.wrongType,
                    "expected scores as a mapping of criterion ids, e.g. {integraal: {level: basis}}, found "
                        + value.kindDescription, at: value.location)
            }
        }
        guard let framework, let area, let date else { return nil }
        return Assessment(
            framework: framework, area: area, date: date, assessors: assessors,
            source: reader.text(f["source"], what: "the assessment's source"),
            note: reader.text(f["note"], what: "note"), scores: scores, location: f.location)
    }

    private mutating func decodeScore(_ pair: YAMLValue.Pair) -> CriterionScore? {
        guard let f = reader.fields(pair.value, "score", what: "the score of '\(pair.key)'") else { return nil }
        guard let level = reader.reference(f["level"], what: "the level") else { return nil }
        return CriterionScore(
            criterion: Located(pair.key, at: pair.keyLocation), level: level,
            evidence: reader.text(f["evidence"], what: "the evidence"))
    }
}
