/// The agenda format as data: every mapping, its keys, their shapes, defaults and meaning.
///
/// The loader checks keys against it (unknown keys are errors with a suggestion), `agenda schema`
/// turns it into a JSON Schema for editors, and a test keeps `docs/format.md` naming every key.
public enum AgendaSchema {
    static let pillars = Pillar.allCases.map(\.rawValue)

    public static let objects: [ObjectSpec] = [
        ObjectSpec(
            "file", "An agenda file: the root file has `agenda:`; included files hold sections only.",
            fields: [
                FieldSpec(
                    "agenda", .object("agenda"),
                    "What the agenda is called, its point on the horizon and its period. Only in the root file."),
                FieldSpec(
                    "include", .list(.text),
                    "Other files of this agenda, by path or glob relative to this file; never outside the agenda's "
                        + "folder. (In the root file this goes under `agenda:`.)"
                ),
                FieldSpec("indicators", .map(.object("indicator")), "What the numbers in `region` mean."),
                FieldSpec("region", .object("region"), "The region, its municipalities and districts."),
                FieldSpec("partners", .list(.object("partner")), "The organisations in the network."),
                FieldSpec("themes", .list(.object("theme")), "Optional groups of goals."),
                FieldSpec("goals", .list(.object("goal")), "The network's goals, each in one pillar."),
                FieldSpec(
                    "funding", .list(.object("source")), "Sources of money, each with a yearly budget and rules."),
                FieldSpec("actions", .list(.object("action")), "Concrete actions with multi-year costs."),
                FieldSpec(
                    "planning", .object("planning"), "Which modules score the actions, weights, and the fairness floor."
                ),
                FieldSpec(
                    "scenarios", .list(.object("scenario")), "Named variants for funders, applied on top of the agenda."
                ),
                FieldSpec(
                    "frameworks", .list(.object("framework")),
                    "Frameworks to assess current practice against ('toetsing aan kader'); see docs/frameworks.md."),
                FieldSpec(
                    "assessments", .list(.object("assessment")),
                    "Assessments of areas against a framework, one per area and date; see docs/frameworks.md."),
            ]),
        ObjectSpec(
            "agenda", "What the agenda is called, its point on the horizon and its period.",
            fields: [
                FieldSpec("id", .slug, required: true, "The agenda's id."),
                FieldSpec("title", .name, required: true, "The agenda's title."),
                FieldSpec("horizon", .text, "The 'stip op de horizon': the shared point on the horizon."),
                FieldSpec("description", .text, "Free text."),
                FieldSpec(
                    "period", .period, required: true,
                    "The years the agenda covers: `2025-2028` or `{from: 2025, to: 2028}`."),
                FieldSpec(
                    "language", .oneOf(ReportLanguage.allCases.map(\.rawValue)), "The language of reports.",
                    default: "en"),
                FieldSpec("coordinator", .reference("partner"), "The partner that coordinates the network."),
                FieldSpec(
                    "status", .oneOf(AgendaStatus.allCases.map(\.rawValue)),
                    "`draft` while the network writes it, `adopted` once it is adopted; every report shows it.",
                    default: "draft"),
                FieldSpec(
                    "adopted-on", .date, "The day the network adopted it (`YYYY-MM-DD`); only with `status: adopted`."),
                FieldSpec(
                    "include", .list(.text),
                    "Other files of this agenda, by path or glob relative to this file; never outside its folder."),
                FieldSpec(
                    "modules", .list(.text),
                    "Declarative domain modules (YAML files, or folders of them) this agenda uses, relative to this "
                        + "file. Compiled modules are never loaded from an agenda: pass them with `--module`."
                ),
            ]),
        ObjectSpec(
            "indicator", "What a number in `region` means.",
            fields: [
                FieldSpec("label", .name, required: true, "A human label."),
                FieldSpec(
                    "unit", .oneOf(IndicatorUnit.allCases.map(\.rawValue)), required: true,
                    "What the number counts; `share` values are 0..1."),
                FieldSpec(
                    "higher_is", .oneOf(Direction.allCases.map(\.rawValue)),
                    "Whether a higher value is better or worse news.", default: "neutral"),
                FieldSpec("source", .text, "Where the figures come from (e.g. CBS), or `illustrative`."),
                FieldSpec("year", .year, "The reference year of the figures."),
                FieldSpec("note", .text, "Free text."),
            ]),
        ObjectSpec(
            "region", "The region and its municipalities.",
            fields: [
                FieldSpec("id", .slug, required: true, "The region's id."),
                FieldSpec("name", .name, required: true, "The region's name."),
                FieldSpec(
                    "municipalities", .nonEmptyList(.object("municipality")), required: true,
                    "The municipalities of the region."),
            ]),
        ObjectSpec(
            "municipality", "A municipality (gemeente).", allowsModuleBlocks: true,
            fields: [
                FieldSpec("id", .slug, required: true, "The municipality's id."),
                FieldSpec("name", .name, required: true, "The municipality's name."),
                FieldSpec(
                    "indicators", .map(.number(minimum: 0, maximum: NumberRange.maxMagnitude)),
                    "Indicator values, keyed by indicator id."),
                FieldSpec("districts", .list(.object("district")), "Districts (stadsdelen, wijken)."),
                FieldSpec(
                    "locations", .list(.object("venue")),
                    "Locations of the municipality as a whole (a district's go under the district)."),
            ]),
        ObjectSpec(
            "district", "A district (stadsdeel or wijk).", allowsModuleBlocks: true,
            fields: [
                FieldSpec("id", .slug, required: true, "The district's id, unique within its municipality."),
                FieldSpec("name", .name, required: true, "The district's name."),
                FieldSpec(
                    "indicators", .map(.number(minimum: 0, maximum: NumberRange.maxMagnitude)),
                    "Indicator values, keyed by indicator id."),
                FieldSpec("locations", .list(.object("venue")), "The district's locations."),
            ]),
        ObjectSpec(
            "venue", "A location where residents meet or find help, run by partners together.",
            fields: [
                FieldSpec("id", .slug, required: true, "The location's id, unique in the agenda."),
                FieldSpec("name", .name, required: true, "The location's name."),
                FieldSpec(
                    "type", .slug, required: true,
                    "What kind of place it is: an open word such as `buurthuis`, `kringloop` or `zorgcentrum`."),
                FieldSpec("partners", .list(.reference("partner")), "The partners that run it together."),
                FieldSpec(
                    "coordinator", .text,
                    "Who coordinates it: a partner id, or a person's name (a name is not checked)."),
                FieldSpec("opened", .year, "The first year it is open.", default: "open before the agenda"),
                FieldSpec("closed", .year, "The last year it is open.", default: "stays open"),
                FieldSpec("source", .text, "Where its details come from, or `illustrative`."),
                FieldSpec("note", .text, "Free text."),
            ]),
        ObjectSpec(
            "partner", "An organisation in the network.",
            fields: [
                FieldSpec("id", .slug, required: true, "The partner's id."),
                FieldSpec("name", .name, required: true, "The partner's name."),
                FieldSpec(
                    "kind", .oneOf(PartnerKind.allCases.map(\.rawValue)), required: true,
                    "What kind of organisation it is."),
                FieldSpec("domains", .list(.reference("domain")), "The domains it works in."),
                FieldSpec(
                    "serves", .nonEmptyList(.reference("municipality")), "The municipalities it works in.",
                    default: "all"),
                FieldSpec("commitment", .object("commitment"), "What it promised in its intentieverklaring."),
                FieldSpec("contact", .object("contact"), "Whom to ask at the partner, for meetings in an area."),
                FieldSpec("note", .text, "Free text."),
            ]),
        ObjectSpec(
            "contact", "A partner's contact person; give at least one key.",
            fields: [
                FieldSpec("name", .name, "The person's name."),
                FieldSpec("role", .name, "Their role, e.g. programmacoördinator."),
                FieldSpec("email", .name, "An e-mail address."),
                FieldSpec("phone", .name, "A phone number."),
            ]),
        ObjectSpec(
            "commitment", "A partner's intentieverklaring.",
            fields: [
                FieldSpec("hours-per-year", .integer(minimum: 0), "Hours per year the partner puts in."),
                FieldSpec("euro-per-year", .euros, "Euros per year the partner puts in."),
                FieldSpec("from", .year, "First year of the commitment."),
                FieldSpec("to", .year, "Last year of the commitment."),
            ]),
        ObjectSpec(
            "theme", "A group of goals.",
            fields: [
                FieldSpec("id", .slug, required: true, "The theme's id."),
                FieldSpec("title", .name, required: true, "The theme's title."),
                FieldSpec("description", .text, "Free text."),
            ]),
        ObjectSpec(
            "goal", "A goal of the network.",
            fields: [
                FieldSpec("id", .slug, required: true, "The goal's id."),
                FieldSpec("pillar", .oneOf(pillars), required: true, "content, organisation or funding."),
                FieldSpec("theme", .reference("theme"), "The theme it belongs to."),
                FieldSpec("title", .name, required: true, "The goal's title."),
                FieldSpec("description", .text, "Free text."),
                FieldSpec(
                    "weight", .number(minimum: 0, maximum: NumberRange.maxWeight),
                    "Relative importance for the network.", default: "1"),
                FieldSpec("target", .object("target"), "A measurable target."),
            ]),
        ObjectSpec(
            "target", "A measurable target of a goal.",
            fields: [
                FieldSpec("indicator", .reference("indicator"), required: true, "The indicator measured."),
                FieldSpec(
                    "at-least", .number(minimum: -NumberRange.maxMagnitude, maximum: NumberRange.maxMagnitude),
                    "The indicator should be at least this (give this or `at-most`)."),
                FieldSpec(
                    "at-most", .number(minimum: -NumberRange.maxMagnitude, maximum: NumberRange.maxMagnitude),
                    "The indicator should be at most this (give this or `at-least`)."),
                FieldSpec(
                    "per", .reference("indicator"), "Measure per amount of this indicator (e.g. per residents 75+)."),
                FieldSpec(
                    "per-amount", .number(minimum: 0, maximum: NumberRange.maxMagnitude),
                    "The amount of `per` (e.g. 1000).", default: "1"),
                FieldSpec("by", .year, "The year by which the target should be reached."),
            ]),
        ObjectSpec(
            "source", "A source of money.",
            fields: [
                FieldSpec("id", .slug, required: true, "The source's id."),
                FieldSpec("funder", .name, required: true, "Who provides the money: free text or a partner id."),
                FieldSpec(
                    "budget", .yearMap(.euros), required: true, "Whole euros per year; only years of the period."),
                FieldSpec("eligible", .object("eligible"), "What the source may pay for.", default: "all"),
                FieldSpec(
                    "max-share", .share, "The largest share of one action's yearly cost this source may pay.",
                    default: "1"),
                FieldSpec("carry-over", .bool, "Whether unspent money moves to the next year.", default: "false"),
                FieldSpec(
                    "min-payment", .euros,
                    "The least one payment from this source may be, in whole euros: each payment is 0 or at "
                        + "least this. A source cannot pay an action-year whose share it may pay is smaller.",
                    default: "`planning.min-payment`"),
                FieldSpec("note", .text, "Free text."),
            ]),
        ObjectSpec(
            "eligible", "What a source may pay for; each part is a list or `all`.",
            fields: [
                FieldSpec("domains", .allOr(.reference("domain")), "Domains it pays for.", default: "all"),
                FieldSpec("pillars", .allOr(.oneOf(pillars)), "Pillars it pays for.", default: "all"),
                FieldSpec(
                    "municipalities", .allOr(.reference("municipality")),
                    "Municipalities it "
                        + "pays for.", default: "all"),
            ]),
        ObjectSpec(
            "action", "A concrete action.", allowsModuleBlocks: true,
            fields: [
                FieldSpec("id", .slug, required: true, "The action's id."),
                FieldSpec("title", .name, required: true, "The action's title."),
                FieldSpec("description", .text, "Free text."),
                FieldSpec("domain", .reference("domain"), required: true, "The domain whose module scores it."),
                FieldSpec("pillar", .oneOf(pillars), required: true, "content, organisation or funding."),
                FieldSpec("goals", .list(.reference("goal")), "The goals it serves."),
                FieldSpec(
                    "where", .nonEmptyList(.reference("place")), required: true,
                    "Municipality ids, `municipality/district` ids, or `all`."),
                FieldSpec("lead", .reference("partner"), required: true, "The partner that leads it."),
                FieldSpec("partners", .list(.reference("partner")), "Partners that take part."),
                FieldSpec(
                    "cost", .cost, required: true,
                    "Whole euros per year: `{2025: 60000}` or `{per-year: 60000, years: 2025-2027}`."),
                FieldSpec("reach", .integer(minimum: 0), "People reached per year."),
                FieldSpec(
                    "evidence", .oneOf(Evidence.allCases.map(\.rawValue)),
                    "Evidence level after the Dutch recognition system.", default: "none"),
                FieldSpec(
                    "status", .oneOf(ActionStatus.allCases.map(\.rawValue)),
                    "proposed; committed or running (must be funded); stopped (never funded).", default: "proposed"),
                FieldSpec("pilot", .object("pilot"), "What an earlier pilot showed."),
                FieldSpec("requires", .list(.reference("action")), "Funded only if these are funded."),
                FieldSpec("excludes", .list(.reference("action")), "Never funded together with these."),
                FieldSpec("funding-from", .nonEmptyList(.reference("source")), "Only these sources may pay."),
                FieldSpec(
                    "addresses", .list(.reference("criterion")),
                    "Framework criteria it works on, each `framework.criterion`; `core.framework-gap` rewards "
                        + "larger gaps."),
            ]),
        ObjectSpec(
            "pilot", "What an earlier pilot showed.",
            fields: [
                FieldSpec(
                    "result", .oneOf(PilotResult.allCases.map(\.rawValue)), required: true,
                    "positive, mixed or negative."),
                FieldSpec("year", .year, "The year of the pilot."),
                FieldSpec("note", .text, "Free text."),
            ]),
        ObjectSpec(
            "planning", "How the planner weighs and shares.",
            fields: [
                FieldSpec(
                    "modules", .list(.reference("domain")), "The domain modules to use.",
                    default: "every installed module"),
                FieldSpec("weights", .object("weights"), "Weight overrides, multiplied into rule contributions."),
                FieldSpec("allocation-key", .object("allocation-key"), "The fairness floor per municipality."),
                FieldSpec(
                    "min-payment", .euros, "The least one payment may be, for every source without its own.",
                    default: "0"),
                FieldSpec(
                    "location-partners", .list(.oneOf(PartnerKind.allCases.map(\.rawValue))),
                    "Kinds of partner every location needs among its partners, e.g. `[welfare, care]`; a location "
                        + "without one gets a warning.", default: "none"),
            ]),
        ObjectSpec(
            "weights", "Weight overrides; each is a mapping of id to a number >= 0.",
            fields: [
                FieldSpec(
                    "domains", .map(.number(minimum: 0, maximum: NumberRange.maxWeight)), "Weights per domain id."),
                FieldSpec("pillars", .map(.number(minimum: 0, maximum: NumberRange.maxWeight)), "Weights per pillar."),
                FieldSpec(
                    "rules", .ruleMap(.number(minimum: 0, maximum: NumberRange.maxWeight)),
                    "Weights per rule, keyed `module.rule-id`."),
                FieldSpec(
                    "goals", .map(.number(minimum: 0, maximum: NumberRange.maxWeight)),
                    "Weights per goal id (replacing the goal's own weight)."),
            ]),
        ObjectSpec(
            "allocation-key", "The fairness floor.",
            fields: [
                FieldSpec(
                    "indicator", .reference("indicator"), required: true,
                    "The indicator that shares the money (e.g. residents-75plus)."),
                FieldSpec(
                    "min-share", .share, required: true,
                    "The share of its key share each municipality must get at least."),
            ]),
        ObjectSpec(
            "scenario", "A named variant, applied on top of the agenda.",
            fields: [
                FieldSpec("id", .slug, required: true, "The scenario's id."),
                FieldSpec("title", .name, required: true, "The scenario's title."),
                FieldSpec("description", .text, "Free text."),
                FieldSpec("budget", .list(.object("budget-change")), "Changes to budgets."),
                FieldSpec("add-funding", .list(.object("source")), "Extra sources, in the form of `funding`."),
                FieldSpec("weights", .object("weights"), "Weight overrides on top of `planning.weights`."),
                FieldSpec("drop", .list(.reference("action")), "Actions left out."),
                FieldSpec("commit", .list(.reference("action")), "Actions that must be funded."),
            ]),
        ObjectSpec(
            "budget-change", "One change to a source's budget: exactly one of scale, set, add.",
            fields: [
                FieldSpec("source", .reference("source"), required: true, "The source changed."),
                FieldSpec("year", .year, "Only this year (with `scale` or `set`).", default: "every year"),
                FieldSpec("scale", .number(minimum: 0, maximum: NumberRange.maxFactor), "Multiply the budget."),
                FieldSpec("set", .euros, "Replace the budget."),
                FieldSpec("add", .yearMap(.euros), "Add euros per year."),
            ]),
        ObjectSpec(
            "framework", "A framework to assess practice against: criteria in themes, with ordered levels.",
            fields: [
                FieldSpec("id", .slug, required: true, "The framework's id."),
                FieldSpec("title", .name, required: true, "The framework's title."),
                FieldSpec("source", .text, "The document it comes from."),
                FieldSpec("year", .year, "The year of that document."),
                FieldSpec("description", .text, "Free text."),
                FieldSpec(
                    "levels", .list(.object("level")),
                    "Levels, lowest first, for every criterion that gives none of its own."),
                FieldSpec(
                    "themes", .nonEmptyList(.object("framework-theme")), required: true, "The criteria, in themes."),
            ]),
        ObjectSpec(
            "framework-theme", "A theme of a framework.",
            fields: [
                FieldSpec("id", .slug, required: true, "The theme's id."),
                FieldSpec("title", .name, required: true, "The theme's title."),
                FieldSpec(
                    "criteria", .nonEmptyList(.object("criterion")), required: true,
                    "Its criteria; ids are unique in the framework."),
            ]),
        ObjectSpec(
            "criterion", "A criterion of a framework.",
            fields: [
                FieldSpec("id", .slug, required: true, "The criterion's id, unique in its framework."),
                FieldSpec("title", .name, required: true, "The criterion's title."),
                FieldSpec("description", .text, "What the criterion asks."),
                FieldSpec(
                    "levels", .list(.object("level")), "Its levels, lowest first (at least two).",
                    default: "the framework's `levels`"),
                FieldSpec("target", .name, required: true, "The label of the level to reach."),
            ]),
        ObjectSpec(
            "level", "A level of a criterion.",
            fields: [
                FieldSpec("label", .name, required: true, "A short label, unique among the criterion's levels."),
                FieldSpec("description", .text, "What the level looks like in practice."),
            ]),
        ObjectSpec(
            "assessment", "An area assessed against a framework on one day.",
            fields: [
                FieldSpec("framework", .reference("framework"), required: true, "The framework."),
                FieldSpec(
                    "area", .reference("area"), required: true,
                    "A municipality id, `municipality/district`, or a partner id."),
                FieldSpec("date", .date, required: true, "The day of the assessment (`YYYY-MM-DD`)."),
                FieldSpec("assessors", .list(.name), "Who assessed."),
                FieldSpec("source", .text, "Where the levels come from, or `illustrative`."),
                FieldSpec("note", .text, "Free text."),
                FieldSpec(
                    "scores", .map(.object("score")), required: true,
                    "A level per criterion, keyed by criterion id; criteria left out were not assessed."),
            ]),
        ObjectSpec(
            "score", "The level an area reached on one criterion.",
            fields: [
                FieldSpec("level", .name, required: true, "The label of the level reached."),
                FieldSpec("evidence", .text, "What the level rests on."),
            ]),
        ObjectSpec(
            "cost-per-year", "A cost written as one amount over a range of years.",
            fields: [
                FieldSpec("per-year", .euros, required: true, "Whole euros in each year."),
                FieldSpec("years", .period, required: true, "The years, e.g. `2025-2027`."),
            ]),
        ObjectSpec(
            "period", "A period written as a mapping.",
            fields: [
                FieldSpec("from", .year, required: true, "The first year."),
                FieldSpec("to", .year, required: true, "The last year."),
            ]),
    ]

    private static let byName = Dictionary(uniqueKeysWithValues: objects.map { ($0.name, $0) })

    /// The spec of the mapping named `name`. Every name used in the loader exists.
    public static func object(_ name: String) -> ObjectSpec {
        guard let spec = byName[name] else {
            preconditionFailure("no object spec named \(name)")
        }
        return spec
    }
}
