import AgendaRules

/// Decodes the YAML of one module file into a `DeclarativeModule`, reporting every problem as a
/// located diagnostic with the same reader (and the same messages) as the agenda decoder.
///
/// The decoder only reads and checks the file; running the examples is the loader's job, once the
/// module is whole.
struct ModuleFileDecoder {
    var reader = ValueReader()
    /// The module file, as the user named it (the module's `file`).
    let file: String

    /// A decoded module with what the loader needs to check its examples and report on them.
    struct Decoded {
        var module: DeclarativeModule
        /// Where the module's id is written, for problems about the module as a whole.
        var idLocation: SourceLocation
        /// Each rule with its examples and where each example is written.
        var examples: [(rule: DeclarativeRule, examples: [(example: RuleExample, location: SourceLocation)])]
    }

    static let topKeys = ["module", "action-fields", "district-fields", "rules", "translations"]
    static let moduleKeys = ["id", "name", "version", "summary"]
    static let fieldKeys = ["kind", "summary", "required", "adds-to", "words"]
    static let fieldKinds = ["count", "amount", "share", "flag", "text", "word"]
    static let ruleKeys = [
        "id", "name", "summary", "rationale", "sources", "weight", "normalization", "parameters", "value", "examples",
    ]
    static let ruleRequired = ["id", "name", "summary", "rationale", "sources", "value"]
    static let parameterKeys = ["default", "summary"]
    static let exampleKeys = ["title", "action", "place", "goals", "partners", "expected"]
    static let normalizations = ["unit", "relative-to-maximum"]
    static let termKinds = ["indicator", "reach", "evidence", "field", "district-field"]
    /// The settings each kind of term may have, besides its kind key.
    static let termSettings: [String: [String]] = [
        "indicator": ["per", "per-amount", "full-at", "missing", "weight"],
        "reach": ["of", "full-at", "missing", "weight"],
        "evidence": ["weight"],
        "field": ["per", "per-amount", "full-at", "missing", "weight"],
        "district-field": ["per", "per-amount", "full-at", "missing", "weight"],
    ]

    /// A rule's declared parameters while its terms are read: default, where, and whether used.
    private struct ParameterTable {
        var defaults: [String: Double] = [:]
        var order: [String] = []
        var locations: [String: SourceLocation] = [:]
        var used = Set<String>()
    }

    /// What a numeric setting must be.
    private enum Bound {
        case nonNegative, positive
    }

    init(file: String) {
        self.file = file
    }

    // MARK: The file

    mutating func decode(_ root: YAMLValue) -> Decoded? {
        guard
            let top = KeyedMapping(
                root, allowed: Self.topKeys, required: ["module", "rules"], what: "a module file", reader: &reader)
        else { return nil }
        let header = top["module"].flatMap { decodeHeader($0) }
        let actionFields = top["action-fields"].map { decodeFields($0, what: "action field") } ?? []
        let districtFields = top["district-fields"].map { decodeFields($0, what: "district field") } ?? []
        let translations = top["translations"].map { decodeTranslations($0) } ?? [:]
        var rules: [(rule: DeclarativeRule, examples: [(example: RuleExample, location: SourceLocation)])] = []
        if let list = top["rules"] {
            let moduleID = header?.id ?? "module"
            var firstLocation: [String: SourceLocation] = [:]
            var items: [YAMLValue] = []
            if let sequence = list.sequence {
                items = sequence
            } else if !list.isNull {
                reader.diagnostics.error(
                    DiagnosticCode.wrongType,
                    "expected 'rules' as a list of rules (lines starting with '- '), found \(list.kindDescription)",
                    at: list.location)
            }
            if items.isEmpty, list.sequence != nil || list.isNull {
                reader.diagnostics.error(DiagnosticCode.noRules, "a module needs at least one rule", at: list.location)
            }
            for item in items {
                guard
                    let decoded = decodeRule(
                        item, module: moduleID, actionFields: actionFields, districtFields: districtFields)
                else { continue }
                let id = decoded.rule.ruleDescription.identifier
                if let first = firstLocation[id] {
                    reader.diagnostics.error(
                        DiagnosticCode.duplicateRule, "duplicate rule id '\(id)' in module '\(moduleID)'",
                        at: decoded.idLocation, notes: [.init("'\(id)' is first declared here", at: first)])
                    continue
                }
                firstLocation[id] = decoded.idLocation
                rules.append((decoded.rule, decoded.examples))
            }
        }
        guard let header, !reader.diagnostics.hasErrors else { return nil }
        let module = DeclarativeModule(
            id: header.id, name: header.name, version: header.version, summary: header.summary,
            rules: rules.map(\.rule), actionFields: actionFields, districtFields: districtFields,
            translations: translations, file: file)
        return Decoded(module: module, idLocation: header.idLocation, examples: rules)
    }

    private mutating func decodeHeader(_ value: YAMLValue)
        -> (id: String, name: String, version: String, summary: String, idLocation: SourceLocation)?
    {
        guard
            let m = KeyedMapping(
                value, allowed: Self.moduleKeys, required: Self.moduleKeys, what: "the 'module' section",
                example: "{id: mobiliteit, name: Mobiliteit, version: 0.1.0, summary: …}", reader: &reader)
        else { return nil }
        let id = reader.slug(m["id"], what: "module id")
        let name = reader.text(m["name"], what: "the module's name")
        let version = reader.text(m["version"], what: "the module's version")
        let summary = reader.text(m["summary"], what: "the module's summary")
        if let version, let at = m["version"]?.location, !Self.isSemanticVersion(version) {
            reader.diagnostics.error(
                DiagnosticCode.invalidValue, "'\(version)' is not a version as major.minor.patch, e.g. 0.1.0", at: at,
                notes: [.init("every score records the module's version; see semver.org")])
        }
        guard let id, let name, let version, let summary, let idLocation = m["id"]?.location else { return nil }
        return (id, name, version, summary, idLocation)
    }

    static func isSemanticVersion(_ text: String) -> Bool {
        let core = text.split(separator: "-", maxSplits: 1).first.map(String.init) ?? ""
        let parts = core.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 3 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }

    // MARK: Fields

    private mutating func decodeFields(_ value: YAMLValue, what: String) -> [ModuleField] {
        if value.isNull { return [] }
        guard let pairs = value.mapping else {
            reader.diagnostics.error(
                DiagnosticCode.wrongType,
                "expected the \(what)s as a mapping of field names to definitions, e.g. ritten-per-jaar: {kind: "
                    + "count, summary: …}, found \(value.kindDescription)",
                at: value.location)
            return []
        }
        var fields: [ModuleField] = []
        for pair in pairs {
            let name = reader.slug(
                YAMLValue(.scalar(.init(pair.key, isPlain: false)), at: pair.keyLocation), what: "\(what) name")
            guard
                let m = KeyedMapping(
                    pair.value, allowed: Self.fieldKeys, required: ["kind", "summary"],
                    what: "\(what) '\(pair.key)'", example: "{kind: count, summary: …}", reader: &reader)
            else { continue }
            let summary = reader.text(m["summary"], what: "the field's summary")
            let required = m["required"].flatMap { reader.bool($0, what: "'required'") } ?? false
            let addsTo = m["adds-to"].flatMap { reader.slug($0, what: "indicator id") }
            var kind: ModuleField.Kind?
            if let word = m["kind"].flatMap({ reader.text($0, what: "the field's kind") }), let at = m["kind"]?.location
            {
                switch word {
                case "count": kind = .count
                case "amount": kind = .amount
                case "share": kind = .share
                case "flag": kind = .flag
                case "text": kind = .text
                case "word":
                    if let words = m["words"] {
                        let list =
                            reader.list(words, what: "words") { reader, item in reader.slug(item, what: "word") } ?? []
                        if list.isEmpty, !reader.diagnostics.hasErrors {
                            reader.diagnostics.error(
                                DiagnosticCode.invalidValue, "a 'word' field needs at least one word",
                                at: words.location)
                        }
                        kind = .word(list)
                    } else {
                        reader.diagnostics.error(
                            DiagnosticCode.missingField,
                            "a field of kind 'word' needs 'words', e.g. words: [buurtbus, taxi]", at: at)
                    }
                default:
                    reader.diagnostics.error(
                        DiagnosticCode.invalidValue,
                        "'\(word)' is not a field kind\(Suggestions.didYouMean(word, in: Self.fieldKinds))",
                        at: at, notes: [.init("a field's kind is one of: \(Self.fieldKinds.joined(separator: ", "))")])
                }
                if word != "word", let location = m.keyLocation("words") {
                    reader.diagnostics.error(
                        DiagnosticCode.unexpectedKey, "'words' belongs only to fields of kind 'word'", at: location)
                }
            }
            guard let name, let summary, let kind else { continue }
            fields.append(ModuleField(name, kind, required: required, addsTo: addsTo, summary))
        }
        return fields
    }

    // MARK: Rules

    private mutating func decodeRule(
        _ value: YAMLValue, module: String, actionFields: [ModuleField], districtFields: [ModuleField]
    )
        -> (
            rule: DeclarativeRule, idLocation: SourceLocation,
            examples: [(example: RuleExample, location: SourceLocation)]
        )?
    {
        guard
            let m = KeyedMapping(
                value, allowed: Self.ruleKeys, required: Self.ruleRequired, what: "a rule", reader: &reader)
        else { return nil }
        let errorsBefore = reader.diagnostics.errorCount
        let id = reader.slug(m["id"], what: "rule id")
        let qualified = "\(module).\(id ?? "?")"
        let name = reader.text(m["name"], what: "the rule's name")
        let summary = reader.text(m["summary"], what: "the rule's summary")
        let rationale = reader.text(m["rationale"], what: "the rule's rationale")
        let sources =
            m["sources"].flatMap {
                reader.list($0, what: "sources") { reader, item in reader.text(item, what: "a source") }
            } ?? []
        let weight = m["weight"].flatMap { reader.weight($0, what: "the rule's weight") } ?? 1
        var normalization = RuleDescription.Normalization.unit
        if let value = m["normalization"], let word = reader.text(value, what: "normalization") {
            switch word {
            case "unit": normalization = .unit
            case "relative-to-maximum": normalization = .relativeToMaximum
            default:
                reader.diagnostics.error(
                    DiagnosticCode.invalidValue,
                    "'\(word)' is not a normalization\(Suggestions.didYouMean(word, in: Self.normalizations))",
                    at: value.location, notes: [.init("normalization is one of: unit, relative-to-maximum")])
            }
        }

        var table = ParameterTable()
        var parameters: [RuleParameter] = []
        if let value = m["parameters"], !value.isNull {
            if let pairs = value.mapping {
                for pair in pairs {
                    let parameterID = reader.slug(
                        YAMLValue(.scalar(.init(pair.key, isPlain: false)), at: pair.keyLocation), what: "parameter id")
                    guard
                        let p = KeyedMapping(
                            pair.value, allowed: Self.parameterKeys, required: Self.parameterKeys,
                            what: "parameter '\(pair.key)'", example: "{default: 0.1, summary: …}", reader: &reader)
                    else { continue }
                    let defaultValue = reader.nonNegative(p["default"], what: "the default of '\(pair.key)'")
                    let parameterSummary = reader.text(p["summary"], what: "the parameter's summary")
                    guard let parameterID, let defaultValue, let parameterSummary else { continue }
                    // YAML itself refuses a repeated key, so ids are unique here.
                    table.defaults[parameterID] = defaultValue
                    table.order.append(parameterID)
                    table.locations[parameterID] = pair.keyLocation
                    parameters.append(RuleParameter(parameterID, default: defaultValue, parameterSummary))
                }
            } else {
                reader.diagnostics.error(
                    DiagnosticCode.wrongType,
                    "expected the rule's parameters as a mapping of ids to {default, summary}, e.g. full-at: "
                        + "{default: 0.1, summary: …}, found \(value.kindDescription)",
                    at: value.location)
            }
        }

        var terms: [RuleTerm] = []
        if let value = m["value"] {
            let items = value.sequence ?? (value.mapping != nil ? [value] : nil)
            if let items {
                for item in items {
                    if let term = decodeTerm(
                        item, rule: qualified, parameters: &table, actionFields: actionFields,
                        districtFields: districtFields)
                    {
                        terms.append(term)
                    }
                }
                if items.isEmpty {
                    reader.diagnostics.error(
                        DiagnosticCode.noTerms, "the value of rule '\(qualified)' has no terms", at: value.location)
                } else if terms.count == items.count {
                    let total = terms.reduce(0.0) { $0 + $1.weight.resolve(RuleParameters(), defaults: table.defaults) }
                    if total <= 0 {
                        reader.diagnostics.error(
                            DiagnosticCode.zeroWeight,
                            "the terms of rule '\(qualified)' have a total weight of 0, so its value (their weighted "
                                + "mean) is undefined",
                            at: value.location, notes: [.init("give at least one term a weight above 0")])
                    }
                }
            } else {
                reader.diagnostics.error(
                    DiagnosticCode.wrongType,
                    "expected the rule's value as a list of terms (lines starting with '- '), found "
                        + "\(value.kindDescription)",
                    at: value.location)
            }
        }
        var examples: [(example: RuleExample, location: SourceLocation)] = []
        if let value = m["examples"], !value.isNull {
            examples =
                reader.list(value, what: "examples") { reader, item in
                    var decoder = ModuleFileDecoder(file: file)
                    decoder.reader = reader
                    defer { reader = decoder.reader }
                    return decoder.decodeExample(item)
                } ?? []
        }
        guard let id, let name, let summary, let rationale, let idLocation = m["id"]?.location,
            reader.diagnostics.errorCount == errorsBefore
        else { return nil }
        for parameter in table.order where !table.used.contains(parameter) {
            reader.diagnostics.warning(
                DiagnosticCode.unusedParameter,
                "parameter '\(parameter)' of rule '\(qualified)' is not used by any term",
                at: table.locations[parameter] ?? value.location)
        }
        if examples.isEmpty {
            reader.diagnostics.warning(
                DiagnosticCode.noExamples,
                "rule '\(qualified)' has no examples, so nothing checks it when the module loads",
                at: idLocation,
                notes: [.init("add 'examples:' with an action, a place and the value the rule must give")])
        }
        let description = RuleDescription(
            identifier: id, name: name, summary: summary, rationale: rationale, sources: sources,
            parameters: parameters, normalization: normalization, defaultWeight: weight,
            examples: examples.map(\.example))
        return (DeclarativeRule(description: description, terms: terms), idLocation, examples)
    }

    // MARK: Terms

    private mutating func decodeTerm(
        _ value: YAMLValue, rule: String, parameters: inout ParameterTable,
        actionFields: [ModuleField], districtFields: [ModuleField]
    ) -> RuleTerm? {
        guard let pairs = value.mapping else {
            reader.diagnostics.error(
                DiagnosticCode.wrongType,
                "expected a term (a mapping with one of: \(Self.termKinds.joined(separator: ", "))), found "
                    + "\(value.kindDescription)",
                at: value.location)
            return nil
        }
        let kinds = pairs.filter { Self.termKinds.contains($0.key) }
        guard let kindPair = kinds.first else {
            let allKeys = Self.termKinds + ["per", "per-amount", "full-at", "missing", "weight", "of"]
            var suggested = false
            for pair in pairs where Self.termKinds.contains(Suggestions.closest(to: pair.key, in: allKeys) ?? "") {
                reader.diagnostics.error(
                    DiagnosticCode.unknownKey,
                    "unknown key '\(pair.key)' in a term\(Suggestions.didYouMean(pair.key, in: allKeys))",
                    at: pair.keyLocation)
                suggested = true
            }
            if !suggested {
                reader.diagnostics.error(
                    DiagnosticCode.missingField,
                    "a term needs one of the keys \(Self.termKinds.map { "'\($0)'" }.joined(separator: ", "))",
                    at: value.location)
            }
            return nil
        }
        for extra in kinds.dropFirst() {
            reader.diagnostics.error(
                DiagnosticCode.twoKinds, "a term has one kind, but this one has '\(kindPair.key)' and '\(extra.key)'",
                at: extra.keyLocation, notes: [.init("write each as its own term, starting with '- '")])
        }
        let kind = kindPair.key
        let settings = Self.termSettings[kind] ?? []
        guard
            let m = KeyedMapping(
                value, allowed: [kind] + settings + kinds.dropFirst().map(\.key), what: "a '\(kind)' term",
                reader: &reader)
        else { return nil }
        let before = reader.diagnostics.errorCount
        let weight = setting(m["weight"], what: "'weight'", bound: .nonNegative, parameters: &parameters) ?? .literal(1)
        let fullAt = setting(m["full-at"], what: "'full-at'", bound: .positive, parameters: &parameters) ?? .literal(1)
        let missing =
            setting(m["missing"], what: "'missing'", bound: .nonNegative, parameters: &parameters) ?? .literal(0)
        let perAmount =
            setting(m["per-amount"], what: "'per-amount'", bound: .positive, parameters: &parameters) ?? .literal(1)
        let per = m["per"].flatMap { reader.slug($0, what: "indicator id") }
        if m.has("per-amount"), !m.has("per"), let location = m.keyLocation("per-amount") {
            reader.diagnostics.error(
                DiagnosticCode.missingField, "'per-amount' needs 'per', the indicator it counts per", at: location)
        }

        var result: RuleTerm.Kind?
        switch kind {
        case "indicator":
            if let id = reader.slug(kindPair.value, what: "indicator id") {
                result = .indicator(id, per: per, perAmount: perAmount, fullAt: fullAt, missing: missing)
            }
        case "reach":
            if !kindPair.value.isNull {
                reader.diagnostics.error(
                    DiagnosticCode.invalidValue,
                    "'reach' takes no value; name the population it is counted against with 'of:'",
                    at: kindPair.value.location,
                    notes: [
                        .init("e.g. '- reach:' with 'of: residents-75plus' on the next line, indented like 'reach'")
                    ])
            }
            let of = m["of"].flatMap { reader.slug($0, what: "indicator id") } ?? StandardIndicators.residents75Plus
            result = .reach(of: of, fullAt: fullAt, missing: missing)
        case "evidence":
            var levels: [Evidence: NumberSetting] = [:]
            if !kindPair.value.isNull {
                if let pairs = kindPair.value.mapping {
                    let names = Evidence.allCases.map(\.rawValue)
                    for pair in pairs {
                        guard let level = Evidence(rawValue: pair.key) else {
                            reader.diagnostics.error(
                                DiagnosticCode.unknownKey,
                                "'\(pair.key)' is not an evidence level\(Suggestions.didYouMean(pair.key, in: names))",
                                at: pair.keyLocation,
                                notes: [.init("evidence levels: \(names.joined(separator: ", "))")])
                            continue
                        }
                        levels[level] = setting(
                            pair.value, what: "the value of '\(pair.key)'", bound: .nonNegative, parameters: &parameters
                        )
                    }
                } else {
                    reader.diagnostics.error(
                        DiagnosticCode.wrongType,
                        "expected the values per evidence level as a mapping, e.g. {none: 0, described: 0.3}, found "
                            + "\(kindPair.value.kindDescription)",
                        at: kindPair.value.location)
                }
            }
            result = .evidence(levels)
        case "district-field":
            // Added up (counts, amounts) or averaged (shares) over the action's places, so a flag,
            // which has neither meaning, is not read here.
            if let name = reader.text(kindPair.value, what: "the field's name"),
                let field = declaredField(name, in: districtFields, place: "district", at: kindPair.value.location)
            {
                switch field.kind {
                case .count, .amount, .share:
                    result = .districtField(
                        name, share: field.kind == .share, per: per, perAmount: perAmount, fullAt: fullAt,
                        missing: missing)
                case .flag, .text, .word:
                    reader.diagnostics.error(
                        DiagnosticCode.invalidValue,
                        "district field '\(name)' holds \(field.kind.label), not a number; a district-field term "
                            + "reads counts, amounts or shares",
                        at: kindPair.value.location)
                }
            }
        default:
            if let name = reader.text(kindPair.value, what: "the field's name"),
                let field = declaredField(name, in: actionFields, place: "action", at: kindPair.value.location)
            {
                switch field.kind {
                case .count, .amount, .share, .flag:
                    result = .field(name, per: per, perAmount: perAmount, fullAt: fullAt, missing: missing)
                case .text, .word:
                    reader.diagnostics.error(
                        DiagnosticCode.invalidValue,
                        "field '\(name)' holds \(field.kind.label), not a number; a field term reads counts, "
                            + "amounts, shares or flags",
                        at: kindPair.value.location)
                }
            }
        }
        guard let result, reader.diagnostics.errorCount == before else { return nil }
        return RuleTerm(result, weight: weight)
    }

    /// The field `name` among the module's `fields` of one place (`action` or `district`), or an
    /// error at `location` with the closest name or the list of names.
    private mutating func declaredField(
        _ name: String, in fields: [ModuleField], place: String,
        at location: SourceLocation
    ) -> ModuleField? {
        if let field = fields.first(where: { $0.name == name }) { return field }
        let names = fields.map(\.name)
        var notes: [Diagnostic.Note] = []
        if Suggestions.closest(to: name, in: names) == nil {
            notes.append(
                .init(
                    names.isEmpty
                        ? "the module declares no \(place) fields; declare it under '\(place)-fields:'"
                        : "the module's \(place) fields: \(names.joined(separator: ", "))"))
        }
        reader.diagnostics.error(
            DiagnosticCode.unknownField,
            "field '\(name)' is not \(place == "action" ? "an" : "a") \(place) field of this "
                + "module\(Suggestions.didYouMean(name, in: names))",
            at: location, notes: notes)
        return nil
    }

    /// A literal number or the name of a parameter of the rule, checked against `bound`.
    private mutating func setting(_ value: YAMLValue?, what: String, bound: Bound, parameters: inout ParameterTable)
        -> NumberSetting?
    {
        guard let value else { return nil }
        guard let scalar = value.scalar, !value.isNull else {
            reader.diagnostics.error(
                DiagnosticCode.wrongType,
                "expected a number or the name of a parameter for \(what), found \(value.kindDescription)",
                at: value.location)
            return nil
        }
        switch TypedScalar(scalar) {
        case .int, .double:
            guard let number = reader.number(value, what: what) else { return nil }
            guard check(number, bound: bound, what: what, found: scalar.text, at: value.location) else { return nil }
            return .literal(number)
        case .string(let name):
            guard let defaultValue = parameters.defaults[name] else {
                let declared = parameters.order
                let hint =
                    Suggestions.closest(to: name, in: declared).map { "; did you mean '\($0)'?" }
                    ?? ValueReader.numberHint(name)
                var notes: [Diagnostic.Note] = []
                if Suggestions.closest(to: name, in: declared) == nil {
                    notes.append(
                        .init(
                            declared.isEmpty
                                ? "the rule declares no parameters; declare '\(name)' under 'parameters:' or "
                                    + "write a number"
                                : "the rule's parameters: \(declared.joined(separator: ", "))"))
                }
                reader.diagnostics.error(
                    DiagnosticCode.unknownParameter,
                    "\(what) names '\(name)', which is not a parameter of this rule\(hint)",
                    at: value.location, notes: notes)
                return nil
            }
            parameters.used.insert(name)
            guard
                check(
                    defaultValue, bound: bound, what: what,
                    found: "parameter '\(name)' (default \(ValueReader.format(defaultValue)))",
                    at: value.location)
            else { return nil }
            return .parameter(name)
        default:
            reader.diagnostics.error(
                DiagnosticCode.wrongType,
                "expected a number or the name of a parameter for \(what), found \(value.kindDescription)",
                at: value.location)
            return nil
        }
    }

    private mutating func check(
        _ number: Double, bound: Bound, what: String, found: String, at location: SourceLocation
    ) -> Bool {
        switch bound {
        case .nonNegative where number < 0:
            reader.diagnostics.error(
                DiagnosticCode.negativeValue, "\(what) cannot be negative, found \(found)", at: location)
            return false
        case .positive where number <= 0:
            reader.diagnostics.error(
                DiagnosticCode.invalidValue, "\(what) must be greater than 0 (it divides), found \(found)", at: location
            )
            return false
        default:
            return true
        }
    }

    // MARK: Examples

    mutating func decodeExample(_ value: YAMLValue) -> (example: RuleExample, location: SourceLocation)? {
        guard
            let m = KeyedMapping(
                value, allowed: Self.exampleKeys, required: ["title", "expected"], what: "an example",
                reader: &reader)
        else { return nil }
        let title = reader.text(m["title"], what: "the example's title")
        let expected = reader.nonNegative(m["expected"], what: "'expected'")
        var action = ""
        var place = "{}"
        var goals = "[]"
        var partners = "[]"
        if let value = m["action"], !value.isNull {
            if let pairs = value.mapping {
                action = written(value.location, what: "action") { try YAMLFlowWriter.lines(pairs) } ?? action
            } else {
                reader.diagnostics.error(
                    DiagnosticCode.wrongType,
                    "expected the example's action as a mapping of action keys, e.g. {reach: 250}, found "
                        + "\(value.kindDescription)",
                    at: value.location)
            }
        }
        if let value = m["place"], !value.isNull {
            if value.mapping != nil {
                place = written(value.location, what: "place") { try YAMLFlowWriter.write(value) } ?? place
            } else {
                reader.diagnostics.error(
                    DiagnosticCode.wrongType,
                    "expected the example's place as a mapping of indicators to numbers, e.g. {residents-75plus: "
                        + "2000}, found \(value.kindDescription)",
                    at: value.location)
            }
        }
        goals = list(m["goals"], what: "goals") ?? goals
        partners = list(m["partners"], what: "partners") ?? partners
        guard let title, let expected else { return nil }
        return (
            RuleExample(title, action: action, place: place, goals: goals, partners: partners, expected: expected),
            m.location
        )
    }

    /// A list of an example (`goals`, `partners`) as a flow list, or nil when not given.
    private mutating func list(_ value: YAMLValue?, what: String) -> String? {
        guard let value, !value.isNull else { return nil }
        guard value.sequence != nil else {
            reader.diagnostics.error(
                DiagnosticCode.wrongType,
                "expected the example's \(what) as a list (lines starting with '- '), found \(value.kindDescription)",
                at: value.location)
            return nil
        }
        return written(value.location, what: what) { try YAMLFlowWriter.write(value) }
    }

    /// An example's part written back as YAML text; a located error when the emitter refuses it.
    private mutating func written(_ location: SourceLocation, what: String, _ write: () throws -> String) -> String? {
        do {
            return try write()
        } catch {
            reader.diagnostics.error(
                DiagnosticCode.unwritable, "cannot write the example's \(what) back as YAML: \(error)", at: location)
            return nil
        }
    }
}
