/// Checks a decoded agenda as a whole: unique ids, references that resolve, years inside the
/// period, `requires`/`excludes` that can hold, scenarios that name real things, and warnings for
/// the traps real networks fall into.
public struct AgendaValidator {
    let agenda: Agenda
    let registry: ModuleRegistry
    var diagnostics = DiagnosticBag()

    var indicators = IdIndex(kind: "indicator")
    var municipalities = IdIndex(kind: "municipality")
    var districts: [String: IdIndex] = [:]
    var partners = IdIndex(kind: "partner")
    var themes = IdIndex(kind: "theme")
    var goals = IdIndex(kind: "goal")
    var sources = IdIndex(kind: "source")
    var actions = IdIndex(kind: "action")
    var scenarios = IdIndex(kind: "scenario")
    let domainIndex: IdIndex

    public init(agenda: Agenda, registry: ModuleRegistry) {
        self.agenda = agenda
        self.registry = registry
        var index = IdIndex(kind: "domain")
        var scratch = DiagnosticBag()
        for domain in registry.domainIDs { index.register(domain, at: .file(""), into: &scratch) }
        index.unknownNote =
            "the domains of this run are \(registry.domainIDs.joined(separator: ", ")); a partner's module is "
            + "loaded with `agenda.modules` or --modules (YAML) or --module (a library): see docs/modules.md"
        domainIndex = index
    }

    /// Every problem found, unsorted.
    public mutating func validate() -> [Diagnostic] {
        registerIds()
        checkHeader()
        checkIndicatorsAndRegion()
        checkPartners()
        checkGoals()
        for source in agenda.funding { checkSource(source, scenario: nil) }
        checkActions()
        checkPlanning()
        checkScenarios()
        checkVenues()
        checkFrameworks()
        diagnostics.append(contentsOf: TotalChecks(agenda: agenda).check())
        var dependencies = DependencyChecks(agenda: agenda)
        diagnostics.append(contentsOf: dependencies.check())
        var advisories = Advisories(agenda: agenda)
        diagnostics.append(contentsOf: advisories.check())
        return diagnostics.all
    }

    private mutating func registerIds() {
        for indicator in agenda.indicators {
            indicators.register(indicator.id, at: indicator.location, into: &diagnostics)
        }
        for municipality in agenda.region.municipalities {
            municipalities.register(municipality.id, at: municipality.location, into: &diagnostics)
            var index = districts[municipality.id] ?? IdIndex(kind: "district")
            for district in municipality.districts {
                index.register(district.id, at: district.location, into: &diagnostics)
            }
            districts[municipality.id] = index
        }
        for partner in agenda.partners { partners.register(partner.id, at: partner.location, into: &diagnostics) }
        for theme in agenda.themes { themes.register(theme.id, at: theme.location, into: &diagnostics) }
        for goal in agenda.goals { goals.register(goal.id, at: goal.location, into: &diagnostics) }
        for source in agenda.funding { sources.register(source.id, at: source.location, into: &diagnostics) }
        for action in agenda.actions { actions.register(action.id, at: action.location, into: &diagnostics) }
        for scenario in agenda.scenarios { scenarios.register(scenario.id, at: scenario.location, into: &diagnostics) }
    }

    private mutating func checkHeader() {
        if let coordinator = agenda.header.coordinator {
            partners.check(coordinator, into: &diagnostics)
        }
    }

    private mutating func checkIndicatorsAndRegion() {
        let units = Dictionary(agenda.indicators.map { ($0.id, $0.unit) }, uniquingKeysWith: { first, _ in first })
        func checkValues(_ values: [IndicatorValue], of name: String) {
            for value in values {
                let reference = Located(value.indicator, at: value.location)
                indicators.check(reference, context: " in the indicators of \(name)", into: &diagnostics)
                if units[value.indicator] == .share, value.value > 1 {
                    let hint = value.value <= 100 ? "; did you mean \(ValueReader.format(value.value / 100))?" : ""
                    diagnostics.error(
                        DiagnosticCode.shareAboveOne,
                        "'\(value.indicator)' is a share from 0 to 1, found \(ValueReader.format(value.value))\(hint)",
                        at: value.valueLocation)
                }
            }
        }
        for municipality in agenda.region.municipalities {
            checkValues(municipality.indicators, of: municipality.name)
            for district in municipality.districts { checkValues(district.indicators, of: district.name) }
        }
    }

    private mutating func checkPartners() {
        for partner in agenda.partners {
            for domain in partner.domains { domainIndex.check(domain, into: &diagnostics) }
            for municipality in partner.serves ?? [] { municipalities.check(municipality, into: &diagnostics) }
            if let years = partner.commitment?.years, let location = partner.commitment?.location,
                years.to < agenda.period.from || years.from > agenda.period.to
            {
                diagnostics.warning(
                    DiagnosticCode.outsidePeriod,
                    "\(partner.name)'s commitment (\(years)) lies outside the agenda's period \(agenda.period)",
                    at: location)
            }
        }
    }

    private mutating func checkGoals() {
        for goal in agenda.goals {
            if let theme = goal.theme { themes.check(theme, into: &diagnostics) }
            if let target = goal.target {
                indicators.check(target.indicator, into: &diagnostics)
                if let per = target.per { indicators.check(per, into: &diagnostics) }
                if let by = target.by, !agenda.period.contains(by) {
                    diagnostics.warning(
                        DiagnosticCode.outsidePeriod,
                        "target year \(by) lies outside the agenda's period \(agenda.period)",
                        at: target.location)
                }
            }
        }
    }

    mutating func checkSource(_ source: FundingSource, scenario: Scenario?) {
        let context = scenario.map { " of scenario '\($0.id)'" } ?? ""
        for amount in source.budget.entries where !agenda.period.contains(amount.year) {
            diagnostics.error(
                DiagnosticCode.outsidePeriod,
                "budget for \(amount.year)\(context) lies outside the agenda's period \(agenda.period)",
                at: amount.location)
        }
        for domain in source.eligibility.domains ?? [] { domainIndex.check(domain, into: &diagnostics) }
        for municipality in source.eligibility.municipalities ?? [] {
            municipalities.check(municipality, into: &diagnostics)
        }
    }

    private mutating func checkActions() {
        let moduleList = agenda.planning.modules.map { Set($0.map(\.value)) }
        for action in agenda.actions {
            domainIndex.check(action.domain, into: &diagnostics)
            if let moduleList, domainIndex.contains(action.domain.value), !moduleList.contains(action.domain.value) {
                diagnostics.warning(
                    DiagnosticCode.moduleNotPlanned,
                    "domain '\(action.domain.value)' is not in 'planning.modules', so no domain rules score "
                        + "this action",
                    at: action.domain.location)
            }
            for goal in action.goals { goals.check(goal, into: &diagnostics) }
            for place in action.places { checkPlace(place) }
            partners.check(action.lead, into: &diagnostics)
            for partner in action.partners { partners.check(partner, into: &diagnostics) }
            for other in action.requires + action.excludes { actions.check(other, into: &diagnostics) }
            for source in action.fundingFrom ?? [] { sources.check(source, into: &diagnostics) }
            for amount in action.cost.entries where !agenda.period.contains(amount.year) {
                diagnostics.error(
                    DiagnosticCode.outsidePeriod,
                    "cost in \(amount.year) lies outside the agenda's period \(agenda.period)",
                    at: amount.location)
            }
        }
    }

    private mutating func checkPlace(_ place: Place) {
        switch place.kind {
        case .everywhere:
            break
        case .municipality(let id):
            municipalities.check(Located(id, at: place.location), into: &diagnostics)
        case .district(let municipality, let district):
            guard municipalities.contains(municipality) else {
                municipalities.check(
                    Located(municipality, at: place.location), context: " in '\(place.written)'", into: &diagnostics)
                return
            }
            let name = agenda.region.municipalities.first { $0.id == municipality }?.name ?? municipality
            districts[municipality]?.check(
                Located(district, at: place.location), context: " in \(name)",
                whenEmpty: "\(name) has no districts in the agenda's region", into: &diagnostics)
        }
    }

    private mutating func checkPlanning() {
        let planning = agenda.planning
        for module in planning.modules ?? [] { domainIndex.check(module, into: &diagnostics) }
        checkWeights(planning.weights)
        if let key = planning.allocationKey {
            indicators.check(key.indicator, into: &diagnostics)
            if indicators.contains(key.indicator.value) { checkKeyValues(key) }
        }
    }

    /// Every municipality needs a value for the allocation key, and they cannot all be zero: a key
    /// that shares nothing would switch the fairness floor off without a word.
    private mutating func checkKeyValues(_ key: AllocationKey) {
        let municipalities = agenda.region.municipalities
        for municipality in municipalities where municipality.indicator(key.indicator.value) == nil {
            diagnostics.error(
                DiagnosticCode.missingKeyValue,
                "\(municipality.name) has no value for '\(key.indicator.value)', the allocation key",
                at: municipality.location,
                notes: [.init("the allocation key is set here", at: key.indicator.location)])
        }
        let values = municipalities.compactMap { $0.indicator(key.indicator.value) }
        if !municipalities.isEmpty, values.count == municipalities.count, values.allSatisfy({ $0 == 0 }) {
            diagnostics.error(
                DiagnosticCode.zeroAllocationKey,
                "every municipality has 0 for '\(key.indicator.value)', the allocation key, so it would share "
                    + "nothing and the fairness floor would be off",
                at: key.indicator.location,
                notes: [
                    .init("give the municipalities their values, or remove 'allocation-key' to plan without a floor")
                ])
        }
    }

    private mutating func checkWeights(_ weights: Weights) {
        for domain in weights.domains.keys.sorted(by: { $0.location < $1.location }) {
            domainIndex.check(domain, into: &diagnostics)
        }
        for goal in weights.goals.keys.sorted(by: { $0.location < $1.location }) {
            goals.check(goal, into: &diagnostics)
        }
        for rule in weights.rules.keys.sorted(by: { $0.location < $1.location }) {
            let parts = rule.value.split(separator: ".", maxSplits: 1).map(String.init)
            guard parts.count == 2, ValueReader.isSlug(parts[0]), ValueReader.isSlug(parts[1]) else {
                diagnostics.error(
                    DiagnosticCode.invalidId,
                    "'\(rule.value)' is not a rule id; write 'module.rule-id', e.g. 'welfare.loneliness-need'",
                    at: rule.location)
                continue
            }
            guard let module = registry.module(parts[0]) else {
                domainIndex.check(
                    Located(parts[0], at: rule.location), context: " in rule '\(rule.value)'", into: &diagnostics)
                continue
            }
            let ruleIDs = module.rules.map(\.ruleDescription.identifier)
            if !ruleIDs.contains(parts[1]) {
                diagnostics.error(
                    DiagnosticCode.unknownReference,
                    "unknown rule '\(parts[1])' in module "
                        + "'\(module.id)'\(Suggestions.didYouMean(parts[1], in: ruleIDs))",
                    at: rule.location,
                    notes: Suggestions.closest(to: parts[1], in: ruleIDs) == nil
                        ? [.init("module '\(module.id)' has the rules: \(ruleIDs.joined(separator: ", "))")] : [])
            }
        }
    }

    private mutating func checkScenarios() {
        for scenario in agenda.scenarios {
            var added = IdIndex(kind: "source")
            for source in scenario.addFunding {
                if let earlier = sources.first[source.id] {
                    diagnostics.error(
                        DiagnosticCode.duplicateId,
                        "scenario '\(scenario.id)' adds source '\(source.id)', which the agenda already has",
                        at: source.location, notes: [.init("'\(source.id)' is defined here", at: earlier)])
                } else {
                    added.register(source.id, at: source.location, into: &diagnostics)
                }
                checkSource(source, scenario: scenario)
            }
            for change in scenario.budget {
                if !added.contains(change.source.value) {
                    sources.check(change.source, context: " in scenario '\(scenario.id)'", into: &diagnostics)
                }
                if let year = change.year, !agenda.period.contains(year.value) {
                    diagnostics.error(
                        DiagnosticCode.outsidePeriod,
                        "year \(year.value) lies outside the agenda's period \(agenda.period)",
                        at: year.location)
                }
                if case .add(let amounts) = change.operation {
                    for amount in amounts.entries where !agenda.period.contains(amount.year) {
                        diagnostics.error(
                            DiagnosticCode.outsidePeriod,
                            "budget for \(amount.year) lies outside the agenda's period \(agenda.period)",
                            at: amount.location)
                    }
                }
            }
            checkWeights(scenario.weights)
            for action in scenario.drop + scenario.commit {
                actions.check(action, context: " in scenario '\(scenario.id)'", into: &diagnostics)
            }
            let dropped = Set(scenario.drop.map(\.value))
            for action in scenario.commit where dropped.contains(action.value) {
                diagnostics.error(
                    DiagnosticCode.conflictingScenario,
                    "scenario '\(scenario.id)' both drops and commits '\(action.value)'",
                    at: action.location)
            }
            for action in scenario.commit where agenda.action(action.value)?.status == .stopped {
                diagnostics.warning(
                    DiagnosticCode.commitStopped,
                    "scenario '\(scenario.id)' commits '\(action.value)', which is stopped and is never funded",
                    at: action.location)
            }
        }
    }
}
