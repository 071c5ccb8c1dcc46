/// Turns the gathered YAML sections into the agenda model, reporting type errors on the way.
///
/// References are only read here; whether they point at something is the validator's job, once
/// every file has been read.
struct AgendaDecoder {
    var reader: ValueReader

    mutating func decode(sections: Sections, agendaValue: YAMLValue, files: [String]) -> Agenda? {
        let header = decodeHeader(agendaValue)
        let indicators = sections.indicators.compactMap { decodeIndicator($0) }
        let region = sections.singles["region"].flatMap { decodeRegion($0.value) }
        if sections.singles["region"] == nil {
            reader.diagnostics.error(
                DiagnosticCode.missingField, "the agenda has no 'region:' section with its municipalities",
                at: agendaValue.location)
        }
        let list = { (name: String) in sections.lists[name] ?? [] }
        let partners = list("partners").compactMap { decodePartner($0) }
        let themes = list("themes").compactMap { decodeTheme($0) }
        let goals = list("goals").compactMap { decodeGoal($0) }
        let funding = list("funding").compactMap { decodeSource($0, what: "a funding source") }
        let actions = list("actions").compactMap { decodeAction($0) }
        let planning = sections.singles["planning"].map { decodePlanning($0.value) } ?? Planning()
        let scenarios = list("scenarios").compactMap { decodeScenario($0) }
        let frameworks = list("frameworks").compactMap { decodeFramework($0) }
        let assessments = list("assessments").compactMap { decodeAssessment($0) }
        guard let header else { return nil }
        var agenda = Agenda(
            header: header, indicators: indicators,
            region: region ?? Region(id: "", name: "", municipalities: [], location: agendaValue.location),
            partners: partners, themes: themes, goals: goals, funding: funding, actions: actions,
            planning: planning, scenarios: scenarios, files: files)
        agenda.frameworks = frameworks
        agenda.assessments = assessments
        return agenda
    }

    /// Where an entity is: its `id` value when it has one, so messages about ids point at the id.
    private func place(of fields: Fields) -> SourceLocation {
        fields["id"]?.location ?? fields.location
    }

    // MARK: Sections

    mutating func decodeHeader(_ value: YAMLValue) -> Header? {
        guard let f = reader.fields(value, "agenda", what: "the 'agenda' section") else { return nil }
        let id = reader.slug(f["id"], what: "agenda id")
        let title = reader.name(f["title"], what: "the agenda's title")
        let period = reader.period(f["period"], what: "the agenda's period")
        let language = f["language"].flatMap { reader.word($0, ReportLanguage.self, what: "language") } ?? .en
        let status = f["status"].flatMap { reader.word($0, AgendaStatus.self, what: "agenda status") } ?? .draft
        let adoptedOn = f["adopted-on"].flatMap { reader.date($0, what: "'adopted-on'") }
        if status == .draft, let written = f["adopted-on"], adoptedOn != nil {
            reader.diagnostics.error(
                DiagnosticCode.invalidValue,
                "'adopted-on' is given, but the agenda's status is draft; write 'status: adopted' as well",
                at: written.location)
        }
        guard let id, let title, let period else { return nil }
        return Header(
            id: id, title: title, horizon: reader.text(f["horizon"], what: "the horizon"),
            description: reader.text(f["description"], what: "the description"), period: period,
            language: language, coordinator: reader.reference(f["coordinator"], what: "coordinator"),
            status: status, adoptedOn: adoptedOn, location: place(of: f))
    }

    mutating func decodeIndicator(_ pair: YAMLValue.Pair) -> Indicator? {
        let id = reader.slug(
            YAMLValue(.scalar(.init(pair.key, isPlain: false)), at: pair.keyLocation), what: "indicator id")
        guard let f = reader.fields(pair.value, "indicator", what: "indicator '\(pair.key)'") else { return nil }
        let label = reader.name(f["label"], what: "the indicator's label")
        let unit = reader.word(f["unit"], IndicatorUnit.self, what: "unit")
        let direction = f["higher_is"].flatMap { reader.word($0, Direction.self, what: "'higher_is'") } ?? .neutral
        let source = reader.text(f["source"], what: "the indicator's source")
        let year = reader.year(f["year"], what: "the indicator's year")
        let note = reader.text(f["note"], what: "note")
        guard let id, let label, let unit else { return nil }
        return Indicator(
            id: id, label: label, unit: unit, higherIs: direction, source: source, year: year,
            note: note, location: pair.keyLocation)
    }

    mutating func decodeRegion(_ value: YAMLValue) -> Region? {
        guard let f = reader.fields(value, "region", what: "the region") else { return nil }
        let id = reader.slug(f["id"], what: "region id")
        let name = reader.name(f["name"], what: "the region's name")
        if reader.isEmptyList(
            f["municipalities"], what: "'municipalities'", meaning: "leaves the region without municipalities",
            instead: "list the region's municipalities, each with an id and a name")
        {
            return nil
        }
        let municipalities = reader.list(f["municipalities"], what: "municipalities") { reader, item in
            var decoder = AgendaDecoder(reader: reader)
            defer { reader = decoder.reader }
            return decoder.decodeMunicipality(item)
        }
        guard let id, let name else { return nil }
        return Region(id: id, name: name, municipalities: municipalities ?? [], location: place(of: f))
    }

    mutating func decodeMunicipality(_ value: YAMLValue) -> Municipality? {
        guard let f = reader.fields(value, "municipality", what: "a municipality") else { return nil }
        let id = reader.slug(f["id"], what: "municipality id")
        let name = reader.name(f["name"], what: "the municipality's name")
        let indicators = decodeIndicatorValues(f["indicators"])
        let districts = reader.list(f["districts"], what: "districts") { reader, item in
            var decoder = AgendaDecoder(reader: reader)
            defer { reader = decoder.reader }
            return decoder.decodeDistrict(item)
        }
        let venues = decodeVenues(f["locations"])
        guard let id, let name else { return nil }
        return Municipality(
            id: id, name: name, indicators: indicators, districts: districts ?? [], venues: venues,
            modules: f.moduleBlocks, location: place(of: f))
    }

    mutating func decodeDistrict(_ value: YAMLValue) -> District? {
        guard let f = reader.fields(value, "district", what: "a district") else { return nil }
        let id = reader.slug(f["id"], what: "district id")
        let name = reader.name(f["name"], what: "the district's name")
        let indicators = decodeIndicatorValues(f["indicators"])
        let venues = decodeVenues(f["locations"])
        guard let id, let name else { return nil }
        return District(
            id: id, name: name, indicators: indicators, venues: venues, modules: f.moduleBlocks,
            location: place(of: f))
    }

    mutating func decodeIndicatorValues(_ value: YAMLValue?) -> [IndicatorValue] {
        guard let value else { return [] }
        guard let pairs = value.mapping else {
            reader.diagnostics.error(
                DiagnosticCode.wrongType,
                "expected indicator values as a mapping, e.g. {residents-75plus: 2400}, found \(value.kindDescription)",
                at: value.location)
            return []
        }
        return pairs.compactMap { pair in
            reader.nonNegative(pair.value, what: "indicator '\(pair.key)'").map {
                IndicatorValue(
                    indicator: pair.key, value: $0, location: pair.keyLocation, valueLocation: pair.value.location)
            }
        }
    }

    mutating func decodePartner(_ value: YAMLValue) -> Partner? {
        guard let f = reader.fields(value, "partner", what: "a partner") else { return nil }
        let id = reader.slug(f["id"], what: "partner id")
        let name = reader.name(f["name"], what: "the partner's name")
        let kind = reader.word(f["kind"], PartnerKind.self, what: "partner kind")
        let domains = reader.references(f["domains"], what: "domains") ?? []
        let servesNowhere = reader.isEmptyList(
            f["serves"], what: "'serves'", meaning: "says the partner works in no municipality",
            instead: "list the municipalities it works in, or leave 'serves' out for all of them")
        let serves = servesNowhere ? nil : reader.references(f["serves"], what: "municipalities")
        var commitment: Commitment?
        if let value = f["commitment"], let c = reader.fields(value, "commitment", what: "a commitment") {
            let from = reader.year(c["from"], what: "'from'")
            let to = reader.year(c["to"], what: "'to'")
            var years: YearRange?
            if let from, let to {
                if from > to {
                    reader.diagnostics.error(
                        DiagnosticCode.reversedPeriod, "the commitment runs backwards: \(from) is after \(to)",
                        at: c["from"]?.location ?? value.location)
                } else {
                    years = YearRange(from: from, to: to)
                }
            } else if let single = from ?? to {
                years = YearRange(from: from ?? single, to: to ?? single)
            }
            commitment = Commitment(
                hoursPerYear: reader.integer(c["hours-per-year"], what: "hours per year"),
                eurosPerYear: reader.euros(c["euro-per-year"], what: "euros per year"),
                years: years, location: c.location)
        }
        let note = reader.text(f["note"], what: "note")
        let contact = f["contact"].flatMap { decodeContact($0) }
        guard let id, let name, let kind else { return nil }
        return Partner(
            id: id, name: name, kind: kind, domains: domains, serves: serves, commitment: commitment,
            contact: contact, note: note, location: place(of: f))
    }

    mutating func decodeTheme(_ value: YAMLValue) -> Theme? {
        guard let f = reader.fields(value, "theme", what: "a theme") else { return nil }
        let id = reader.slug(f["id"], what: "theme id")
        let title = reader.name(f["title"], what: "the theme's title")
        let description = reader.text(f["description"], what: "description")
        guard let id, let title else { return nil }
        return Theme(id: id, title: title, description: description, location: place(of: f))
    }

    mutating func decodeGoal(_ value: YAMLValue) -> Goal? {
        guard let f = reader.fields(value, "goal", what: "a goal") else { return nil }
        let id = reader.slug(f["id"], what: "goal id")
        let pillar = reader.word(f["pillar"], Pillar.self, what: "pillar")
        let title = reader.name(f["title"], what: "the goal's title")
        let weight = f["weight"].flatMap { reader.weight($0, what: "the goal's weight") } ?? 1
        var target: Target?
        if let value = f["target"], let t = reader.fields(value, "target", what: "a target") {
            let indicator = reader.reference(t["indicator"], what: "indicator")
            let atLeast = reader.number(t["at-least"], what: "'at-least'")
            let atMost = reader.number(t["at-most"], what: "'at-most'")
            let perAmount = t["per-amount"].flatMap { reader.nonNegative($0, what: "'per-amount'") } ?? 1
            var bound: Target.Bound?
            switch (t.has("at-least"), t.has("at-most")) {
            case (true, true):
                reader.diagnostics.error(
                    DiagnosticCode.conflictingKeys, "a target has either 'at-least' or 'at-most', not both",
                    at: t.keyLocation("at-most") ?? t.location)
            case (false, false):
                reader.diagnostics.error(
                    DiagnosticCode.missingField, "a target needs 'at-least' or 'at-most'", at: t.location)
            default:
                bound = atLeast.map(Target.Bound.atLeast) ?? atMost.map(Target.Bound.atMost)
            }
            if let indicator, let bound {
                target = Target(
                    indicator: indicator, bound: bound, per: reader.reference(t["per"], what: "indicator"),
                    perAmount: perAmount, by: reader.year(t["by"], what: "'by'"), location: t.location)
            }
        }
        guard let id, let pillar, let title else { return nil }
        return Goal(
            id: id, pillar: pillar, theme: reader.reference(f["theme"], what: "theme"), title: title,
            description: reader.text(f["description"], what: "description"), weight: weight,
            target: target, location: place(of: f))
    }

    mutating func decodeSource(_ value: YAMLValue, what: String) -> FundingSource? {
        guard let f = reader.fields(value, "source", what: what) else { return nil }
        let id = reader.slug(f["id"], what: "source id")
        let funder = reader.name(f["funder"], what: "the funder")
        let budget = reader.yearlyEuros(f["budget"], what: "the budget")
        var eligibility = Eligibility()
        if let value = f["eligible"], let e = reader.fields(value, "eligible", what: "'eligible'") {
            // An empty list is reported once, then read as `all` so that it causes no further messages.
            let empty = Set(
                ["domains", "pillars", "municipalities"].filter { key in
                    reader.isEmptyList(
                        e[key], what: "'\(key)'", meaning: "makes the source pay for nothing",
                        instead: "list the \(key) it pays for, or write 'all' (or leave '\(key)' out)")
                })
            let domains = reader.allOrList(e["domains"], what: "domains") { $0.reference($1, what: "domain") }
            let pillars = reader.allOrList(e["pillars"], what: "pillars") { $0.word($1, Pillar.self, what: "pillar") }
            let municipalities = reader.allOrList(e["municipalities"], what: "municipalities") {
                $0.reference($1, what: "municipality")
            }
            eligibility = Eligibility(
                domains: empty.contains("domains") ? nil : domains ?? nil,
                pillars: empty.contains("pillars") ? nil : pillars ?? nil,
                municipalities: empty.contains("municipalities") ? nil : municipalities ?? nil)
        }
        let maxShare = f["max-share"].flatMap { reader.share($0, what: "'max-share'") } ?? 1
        let carryOver = f["carry-over"].flatMap { reader.bool($0, what: "'carry-over'") } ?? false
        let minPayment = f["min-payment"].flatMap { reader.euros($0, what: "'min-payment'") }
        let note = reader.text(f["note"], what: "note")
        guard let id, let funder, let budget else { return nil }
        return FundingSource(
            id: id, funder: funder, budget: budget, eligibility: eligibility,
            maxShare: maxShare, carryOver: carryOver, minPayment: minPayment, note: note,
            location: place(of: f))
    }

    mutating func decodeAction(_ value: YAMLValue) -> Action? {
        guard let f = reader.fields(value, "action", what: "an action") else { return nil }
        let id = reader.slug(f["id"], what: "action id")
        let title = reader.name(f["title"], what: "the action's title")
        let domain = reader.reference(f["domain"], what: "domain")
        let pillar = reader.word(f["pillar"], Pillar.self, what: "pillar")
        let nowhere = reader.isEmptyList(
            f["where"], what: "'where'", meaning: "places the action nowhere",
            instead: "write where it happens: a municipality id, 'municipality/district' or 'all'")
        let places =
            nowhere
            ? nil
            : reader.list(f["where"], what: "places") { reader, item -> Place? in
                guard let text = reader.text(item, what: "a place") else { return nil }
                if text == "all" { return Place(.everywhere, at: item.location) }
                let parts = text.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
                switch parts.count {
                case 1: return Place(.municipality(parts[0]), at: item.location)
                case 2: return Place(.district(municipality: parts[0], district: parts[1]), at: item.location)
                default:
                    reader.diagnostics.error(
                        DiagnosticCode.invalidValue,
                        "'\(text)' is not a place; write a municipality id, 'municipality/district' or 'all'",
                        at: item.location)
                    return nil
                }
            }
        let lead = reader.reference(f["lead"], what: "lead partner")
        let cost = decodeCost(f["cost"])
        let reach = reader.integer(f["reach"], what: "reach")
        let evidence = f["evidence"].flatMap { reader.word($0, Evidence.self, what: "evidence level") } ?? Evidence.none
        let status = f["status"].flatMap { reader.word($0, ActionStatus.self, what: "status") } ?? .proposed
        var pilot: Pilot?
        if let value = f["pilot"], let p = reader.fields(value, "pilot", what: "a pilot") {
            if let result = reader.word(p["result"], PilotResult.self, what: "pilot result") {
                pilot = Pilot(
                    result: result, year: reader.year(p["year"], what: "the pilot's year"),
                    note: reader.text(p["note"], what: "note"), location: p.location)
            }
        }
        var module: ModuleFields?
        for block in f.moduleBlocks {
            if let domain, block.domain != domain.value {
                reader.diagnostics.error(
                    DiagnosticCode.foreignModuleBlock,
                    "'\(block.domain)' fields on an action of domain '\(domain.value)'; an action carries only its "
                        + "own domain's fields",
                    at: block.value.location)
            } else {
                module = block
            }
        }
        let goals = reader.references(f["goals"], what: "goals") ?? []
        let partners = reader.references(f["partners"], what: "partners") ?? []
        let requires = reader.references(f["requires"], what: "actions") ?? []
        let excludes = reader.references(f["excludes"], what: "actions") ?? []
        let paidByNone = reader.isEmptyList(
            f["funding-from"], what: "'funding-from'", meaning: "lets no source pay for the action",
            instead: "name the sources that may pay, or leave 'funding-from' out to let every eligible source pay")
        let fundingFrom = paidByNone ? nil : reader.references(f["funding-from"], what: "sources")
        let description = reader.text(f["description"], what: "description")
        let addresses = reader.references(f["addresses"], what: "criteria") ?? []
        guard let id, let title, let domain, let pillar, let places, let lead, let cost else { return nil }
        var action = Action(
            id: id, title: title, description: description, domain: domain, pillar: pillar, goals: goals,
            places: places, lead: lead, partners: partners, cost: cost, reach: reach,
            evidence: evidence, status: status, pilot: pilot, requires: requires,
            excludes: excludes, fundingFrom: fundingFrom, module: module, location: place(of: f))
        action.addresses = addresses
        return action
    }

    /// `{2025: 60000, …}` or `{per-year: 60000, years: 2025-2027}`.
    mutating func decodeCost(_ value: YAMLValue?) -> YearlyEuros? {
        guard let value else { return nil }
        if let pairs = value.mapping, pairs.contains(where: { $0.key == "per-year" || $0.key == "years" }) {
            guard let c = reader.fields(value, "cost-per-year", what: "a cost per year") else { return nil }
            guard let perYear = reader.euros(c["per-year"], what: "the cost per year"),
                let years = reader.period(c["years"], what: "the cost's period")
            else { return nil }
            let at = c["years"]?.location ?? value.location
            return YearlyEuros(years.years.map { YearAmount(year: $0, euros: perYear, location: at) })
        }
        if let pairs = value.mapping, pairs.isEmpty {
            reader.diagnostics.error(
                DiagnosticCode.emptyCost, "the cost names no year; write e.g. {2025: 60000}", at: value.location)
            return nil
        }
        return reader.yearlyEuros(value, what: "the cost")
    }

    mutating func decodePlanning(_ value: YAMLValue) -> Planning {
        guard let f = reader.fields(value, "planning", what: "the 'planning' section") else { return Planning() }
        let modules = reader.references(f["modules"], what: "modules")
        let weights = f["weights"].map { decodeWeights($0) } ?? Weights()
        var key: AllocationKey?
        if let value = f["allocation-key"], let k = reader.fields(value, "allocation-key", what: "the allocation key") {
            if let indicator = reader.reference(k["indicator"], what: "indicator"),
                let minShare = reader.share(k["min-share"], what: "'min-share'")
            {
                key = AllocationKey(indicator: indicator, minShare: minShare, location: k.location)
            }
        }
        let minPayment = f["min-payment"].flatMap { reader.euros($0, what: "'min-payment'") } ?? 0
        let locationPartners =
            reader.list(f["location-partners"], what: "partner kinds") { reader, item in
                reader.word(item, PartnerKind.self, what: "partner kind").map { Located($0, at: item.location) }
            } ?? []
        return Planning(
            modules: modules, weights: weights, allocationKey: key, minPayment: minPayment,
            locationPartners: locationPartners, location: f.location)
    }

    mutating func decodeWeights(_ value: YAMLValue) -> Weights {
        guard let f = reader.fields(value, "weights", what: "'weights'") else { return Weights() }
        func table(_ name: String, _ reader: inout ValueReader) -> [Located<String>: Double] {
            guard let value = f[name] else { return [:] }
            guard let pairs = value.mapping else {
                reader.diagnostics.error(
                    DiagnosticCode.wrongType,
                    "expected '\(name)' weights as a mapping of ids to numbers, found \(value.kindDescription)",
                    at: value.location)
                return [:]
            }
            var result: [Located<String>: Double] = [:]
            for pair in pairs {
                if let weight = reader.weight(pair.value, what: "the weight of '\(pair.key)'") {
                    result[Located(pair.key, at: pair.keyLocation)] = weight
                }
            }
            return result
        }
        var pillars: [Pillar: Double] = [:]
        for (key, weight) in table("pillars", &reader) {
            if let pillar = Pillar(rawValue: key.value) {
                pillars[pillar] = weight
            } else {
                reader.diagnostics.error(
                    DiagnosticCode.unknownReference,
                    "unknown pillar "
                        + "'\(key.value)'\(Suggestions.didYouMean(key.value, in: Pillar.allCases.map(\.rawValue)))",
                    at: key.location)
            }
        }
        return Weights(
            domains: table("domains", &reader), pillars: pillars, rules: table("rules", &reader),
            goals: table("goals", &reader))
    }

    mutating func decodeScenario(_ value: YAMLValue) -> Scenario? {
        guard let f = reader.fields(value, "scenario", what: "a scenario") else { return nil }
        let id = reader.slug(f["id"], what: "scenario id")
        let title = reader.name(f["title"], what: "the scenario's title")
        let changes =
            reader.list(f["budget"], what: "budget changes") { reader, item -> BudgetChange? in
                guard let c = reader.fields(item, "budget-change", what: "a budget change") else { return nil }
                let source = reader.reference(c["source"], what: "source")
                let year = c["year"].flatMap { value in
                    reader.year(value, what: "the year").map { Located($0, at: value.location) }
                }
                let given = ["scale", "set", "add"].filter { c.has($0) }
                guard given.count == 1 else {
                    reader.diagnostics.error(
                        given.isEmpty ? "missing-field" : "conflicting-keys",
                        given.isEmpty
                            ? "a budget change needs one of 'scale', 'set' or 'add'"
                            : "a budget change has one of 'scale', 'set' or 'add', not "
                                + "\(given.map { "'\($0)'" }.joined(separator: " and "))",
                        at: given.count > 1 ? c.keyLocation(given[1]) ?? c.location : c.location)
                    return nil
                }
                var operation: BudgetChange.Operation?
                switch given[0] {
                case "scale":
                    operation = reader.bounded(c["scale"], maximum: NumberRange.maxFactor, what: "'scale'")
                        .map(BudgetChange.Operation.scale)
                case "set": operation = reader.euros(c["set"], what: "'set'").map(BudgetChange.Operation.set)
                default:
                    if year != nil {
                        reader.diagnostics.error(
                            DiagnosticCode.conflictingKeys, "'add' names its own years; leave out 'year'",
                            at: c.keyLocation("year") ?? c.location)
                    }
                    operation = reader.yearlyEuros(c["add"], what: "'add'").map(BudgetChange.Operation.add)
                }
                guard let source, let operation else { return nil }
                return BudgetChange(source: source, year: year, operation: operation, location: c.location)
            } ?? []
        let addFunding =
            reader.list(f["add-funding"], what: "funding sources") { reader, item -> FundingSource? in
                var decoder = AgendaDecoder(reader: reader)
                defer { reader = decoder.reader }
                return decoder.decodeSource(item, what: "an added funding source")
            } ?? []
        let weights = f["weights"].map { decodeWeights($0) } ?? Weights()
        let drop = reader.references(f["drop"], what: "actions") ?? []
        let commit = reader.references(f["commit"], what: "actions") ?? []
        let description = reader.text(f["description"], what: "description")
        guard let id, let title else { return nil }
        return Scenario(
            id: id, title: title, description: description, budget: changes, addFunding: addFunding,
            weights: weights, drop: drop, commit: commit, location: place(of: f))
    }
}
