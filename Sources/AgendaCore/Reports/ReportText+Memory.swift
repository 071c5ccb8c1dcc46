extension ReportText {
    /// Labels of the store's reports (`runs`, `monitor`, `store check`), keyed `memory.…`.
    static let memoryTable: [String: (en: String, nl: String)] = [
        "memory.runs.title": ("Recorded runs", "Vastgelegde runs"),
        "memory.runs.count": ("%1$@ runs in %2$@.", "%1$@ runs in %2$@."),
        "memory.runs.none": (
            "No runs yet: record one with agenda plan AGENDA --record.",
            "Nog geen runs: leg er een vast met agenda plan AGENDA --record."
        ),
        "memory.run": ("run", "run"),
        "memory.recorded-at": ("recorded (UTC)", "vastgelegd (UTC)"),
        "memory.content": ("content", "inhoud"),
        "memory.git": ("git", "git"),
        "memory.planner": ("planner", "planner"),
        "memory.adopted": ("adopted", "vastgesteld"),
        "memory.baseline": ("baseline", "basis"),
        "memory.monitor.title": (
            "Plan against actual spending through %1$@", "Plan tegen werkelijke uitgaven t/m %1$@"
        ),
        "memory.monitor.baseline": (
            "Baseline: run %1$@, adopted by %2$@ on %3$@.", "Basis: run %1$@, vastgesteld door %2$@ op %3$@."
        ),
        "memory.monitor.spent": (
            "Spent through %1$@: %2$@ against %3$@ planned.", "Besteed t/m %1$@: %2$@ tegen %3$@ gepland."
        ),
        "memory.monitor.flags": (
            "%1$@ overspent, %2$@ not started, %3$@ without an actual figure (counted as planned), %4$@ paid from other sources (counted as €0).",
            "%1$@ overschreden, %2$@ niet gestart, %3$@ zonder werkelijk bedrag (geteld als gepland), %4$@ uit andere bronnen betaald (geteld als €0)."
        ),
        "memory.monitor.lines": ("Per action, source and year", "Per actie, bron en jaar"),
        "memory.monitor.lines.none": (
            "Nothing planned or spent through this year.", "Niets gepland of besteed t/m dit jaar."
        ),
        "memory.monitor.money": ("Money per source for the remaining years", "Geld per bron voor de resterende jaren"),
        "memory.monitor.planned": ("planned", "gepland"),
        "memory.monitor.actual": ("actual", "werkelijk"),
        "memory.monitor.difference": ("difference", "verschil"),
        "memory.monitor.flag": ("state", "stand"),
        "memory.monitor.from": ("figure from", "bedrag uit"),
        "memory.monitor.budget": ("budget for the period", "budget over de periode"),
        "memory.monitor.spent-so-far": ("spent so far", "besteed tot nu"),
        "memory.monitor.lapsed": ("lapsed", "vervallen"),
        "memory.monitor.available": ("available from %1$@", "beschikbaar vanaf %1$@"),
        "memory.monitor.planned-after": ("planned from %1$@", "gepland vanaf %1$@"),
        "memory.monitor.left": ("left", "over"),
        "memory.monitor.chart": ("Planned and actual per year", "Gepland en werkelijk per jaar"),
        "memory.flag.on-plan": ("on plan", "volgens plan"),
        "memory.flag.under": ("underspent", "onderbesteed"),
        "memory.flag.over": ("overspent", "overschreden"),
        "memory.flag.not-started": ("not started", "niet gestart"),
        "memory.flag.not-reported": ("no actual figure", "geen werkelijk bedrag"),
        "memory.flag.other-source": ("paid from other sources", "uit andere bronnen betaald"),
        "memory.flag.unplanned": ("not in the plan", "niet in het plan"),
    ]
}

extension ReportText {
    /// Labels of `agenda diff`, keyed `memory.diff.…`.
    static let diffTable: [String: (en: String, nl: String)] = [
        "memory.diff.title": ("%1$@ against %2$@", "%1$@ tegen %2$@"),
        "memory.diff.score": ("Score: %1$@ → %2$@ (%3$@).", "Score: %1$@ → %2$@ (%3$@)."),
        "memory.diff.counts": (
            "Changes in the agenda: %1$@; actions that enter the plan: %2$@, that leave it: %3$@; places where money moves: %4$@.",
            "Wijzigingen in de agenda: %1$@; acties die in het plan komen: %2$@, die afvallen: %3$@; plaatsen waar geld verschuift: %4$@."
        ),
        "memory.diff.agenda": ("What changed in the agenda", "Wat er in de agenda veranderde"),
        "memory.diff.agenda.none": ("The agendas are the same.", "De agenda's zijn gelijk."),
        "memory.diff.section": ("section", "onderdeel"),
        "memory.diff.item": ("item", "item"),
        "memory.diff.field": ("field", "veld"),
        "memory.diff.change": ("change", "wijziging"),
        "memory.diff.before": ("before", "voor"),
        "memory.diff.after": ("after", "na"),
        "memory.diff.added": ("added", "toegevoegd"),
        "memory.diff.removed": ("removed", "verwijderd"),
        "memory.diff.changed": ("changed", "gewijzigd"),
        "memory.diff.plan": ("What changed in the plan", "Wat er in het plan veranderde"),
        "memory.diff.enter": ("Actions that enter the plan", "Acties die in het plan komen"),
        "memory.diff.leave": ("Actions that leave the plan", "Acties die uit het plan vallen"),
        "memory.diff.none": ("none", "geen"),
        "memory.diff.money": (
            "Money moved per funder, municipality and year", "Verschoven geld per financier, gemeente en jaar"
        ),
        "memory.diff.money.none": ("No money moved.", "Er verschuift geen geld."),
        "memory.diff.more": (
            "… and %1$@ smaller moves (all of them in --format json, csv and html).",
            "… en %1$@ kleinere verschuivingen (alle in --format json, csv en html)."
        ),
        "memory.diff.current": ("the current files", "de huidige bestanden"),
        "memory.replan.label": ("the re-plan from %1$@", "de herplanning vanaf %1$@"),
        "memory.replan.fixed": (
            "Fixed before %1$@: %2$@ spent (the actual figures, and the adopted plan for each action and year without any).",
            "Vastgelegd vóór %1$@: %2$@ besteed (de werkelijke bedragen, en het vastgestelde plan voor elke actie en elk jaar zonder)."
        ),
        "memory.replan.started": (
            "%1$@ actions already started and must go on: %2$@.", "%1$@ acties zijn al gestart en lopen door: %2$@."
        ),
        "memory.replan.carried": (
            "Carried into %1$@ (unspent, or overspent when negative): %2$@.",
            "Meegenomen naar %1$@ (niet besteed, of overschreden als negatief): %2$@."
        ),
    ]
}

extension ReportText {
    /// The one-line answers of the store's commands, keyed `memory.say.…`.
    static let sayTable: [String: (en: String, nl: String)] = [
        "memory.say.recorded": ("recorded as run %1$@ in %2$@", "vastgelegd als run %1$@ in %2$@"),
        "memory.say.adopted": (
            "run %1$@ adopted by %2$@ on %3$@ (adoption %4$@)", "run %1$@ vastgesteld door %2$@ op %3$@ (besluit %4$@)"
        ),
        "memory.say.replaces": (
            "; it replaces run %1$@ as the baseline", "; het vervangt run %1$@ als basis"
        ),
        "memory.say.imported": ("%1$@: imported %2$@ as import %3$@", "%1$@: %2$@ ingelezen als import %3$@"),
        "memory.say.row": ("1 row", "1 regel"),
        "memory.say.rows": ("%1$@ rows", "%1$@ regels"),
        "memory.say.imported-before": (
            "%1$@: this file was imported before (import %2$@, %3$@); nothing changed",
            "%1$@: dit bestand is al eerder ingelezen (import %2$@, %3$@); er is niets veranderd"
        ),
        "memory.say.not-imported": (
            "%1$@: nothing was imported; fix the rows above and import the file again",
            "%1$@: er is niets ingelezen; verbeter de regels hierboven en lees het bestand opnieuw in"
        ),
        "memory.status.optimal": ("optimal", "optimaal"),
        "memory.status.feasible": ("feasible", "haalbaar"),
        "memory.status.infeasible": ("infeasible", "onhaalbaar"),
    ]
}

/// The store's one-line answers in the agenda's language, for the commands.
public struct MemoryWords: Sendable {
    public var language: ReportLanguage

    public init(language: ReportLanguage) {
        self.language = language
    }

    /// The sentence `key` (`recorded`, `adopted`, `replaces`, `imported`, `imported-before`,
    /// `not-imported`) with its arguments.
    public func say(_ key: String, _ arguments: String...) -> String {
        let t = ReportText(language: language)
        let template = "memory.say.\(key)"
        switch arguments.count {
        case 0: return t(template)
        case 1: return t(template, arguments[0])
        case 2: return t(template, arguments[0], arguments[1])
        case 3: return t(template, arguments[0], arguments[1], arguments[2])
        default: return t(template, arguments[0], arguments[1], arguments[2], arguments[3])
        }
    }

    /// "1 row" or "36 rows".
    public func rows(_ count: Int) -> String {
        count == 1 ? say("row") : say("rows", LocalNumbers(language: language).integer(count))
    }
}
