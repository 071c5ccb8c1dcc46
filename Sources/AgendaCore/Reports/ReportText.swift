/// The labels of reports in the agenda's language (`agenda.language`): Dutch or English.
///
/// Ids, rule names and inputs stay as they are written; only the words around them change.
struct ReportText {
    let language: ReportLanguage

    /// Every label table: the shared one here, and one per report in its own file
    /// (`ReportText+<Report>.swift`), so that reports add words without touching each other.
    private static let tables: [[String: (en: String, nl: String)]] = [
        table, htmlTable, annualPlanTable, analysisTable, planningTable, memoryTable, diffTable, sayTable,
        assessmentTable, quickscanTable, kickoffTable, networkTable,
    ]

    private static let table: [String: (en: String, nl: String)] = [
        "scores": ("Scores", "Scores"),
        "scenario": ("scenario", "scenario"),
        "baseline": ("baseline (no scenario)", "basis (geen scenario)"),
        "rank": ("rank", "rang"),
        "score": ("score", "score"),
        "action": ("action", "actie"),
        "partner": ("partner", "partner"),
        "domain": ("domain", "domein"),
        "pillar": ("pillar", "pijler"),
        "status": ("status", "status"),
        "dropped": ("dropped by the scenario", "vervalt in het scenario"),
        "rule": ("rule", "regel"),
        "module": ("module", "module"),
        "value": ("value", "waarde"),
        "normalised": ("0..1", "0..1"),
        "weight": ("weight", "gewicht"),
        "points": ("points", "punten"),
        "point": ("point", "punt"),
        "inputs": ("inputs", "invoer"),
        "total": ("total", "totaal"),
        "sum": ("= the sum of the points below", "= de som van de punten hieronder"),
        "failed": ("failed", "mislukt"),
        "module from": ("comes from", "komt uit"),
        "formula": (
            "weight = 5 × pillar weight × group weight × rule weight / sum of the rule weights of the group",
            "gewicht = 5 × pijlergewicht × groepsgewicht × regelgewicht / som van de regelgewichten van de groep"
        ),
        "actions": ("actions", "acties"),
        "warnings": ("warnings", "waarschuwingen"),
        // Plans (`PlanRendering`).
        "plan.plan": ("Plan", "Plan"),
        "plan.status.optimal": ("optimal (proven best)", "optimaal (bewezen beste)"),
        "plan.status.feasible": ("feasible (valid, not proven best)", "haalbaar (geldig, niet bewezen beste)"),
        "plan.status.infeasible": (
            "infeasible: no plan keeps the commitments, rules and floors",
            "onhaalbaar: geen plan houdt zich aan de toezeggingen, regels en ondergrenzen"
        ),
        "plan.objective": ("objective", "totaalscore"),
        "plan.bound": ("bound", "bovengrens"),
        "plan.gap": ("gap", "marge"),
        "plan.funded": ("Funded actions", "Gefinancierde acties"),
        "plan.unfunded": ("Unfunded actions", "Niet gefinancierde acties"),
        "plan.none": ("none", "geen"),
        "plan.title": ("title", "titel"),
        "plan.year": ("year", "jaar"),
        "plan.source": ("source", "bron"),
        "plan.amount": ("amount", "bedrag"),
        "plan.reason": ("reason", "reden"),
        "report.horizon": ("Point on the horizon", "Stip op de horizon"),
        "plan.reason.budget": (
            "the plan spends the money its sources have left on other actions",
            "het plan besteedt het geld van haar bronnen aan andere acties"
        ),
        "plan.reason.requires": (
            "an action it requires is not funded", "een actie die ze nodig heeft, wordt niet gefinancierd"
        ),
        "plan.reason.excludes": ("an action it excludes is funded", "een actie die ze uitsluit, wordt gefinancierd"),
        "plan.reason.eligibility": (
            "no combination of sources may pay all of it", "geen combinatie van bronnen mag alles betalen"
        ),
        "plan.reason.stopped": ("its status is stopped", "ze is gestopt (status: stopped)"),
        "plan.reason.dropped": ("dropped by the scenario", "vervalt in het scenario"),
        "plan.reason.fairness": (
            "the allocation key reserves the money for other municipalities",
            "de verdeelsleutel reserveert het geld voor andere gemeenten"
        ),
        "plan.budgets": ("Budgets", "Budgetten"),
        "plan.budget": ("budget", "budget"),
        "plan.spent": ("spent", "besteed"),
        "plan.left": ("left", "over"),
        "plan.marginal": ("What extra money would add", "Wat extra geld oplevert"),
        "plan.marginal.none": (
            "No budget binds: extra money would add no points.",
            "Geen budget knelt: extra geld levert geen punten op."
        ),
        "plan.municipalities": ("Municipalities", "Gemeenten"),
        "plan.municipality": ("municipality", "gemeente"),
        "plan.money": ("money", "geld"),
        "plan.per": ("per", "per"),
        "plan.goals": ("Goals", "Doelen"),
        "plan.goal": ("goal", "doel"),
        "plan.funded-actions": ("funded actions", "gefinancierde acties"),
        "plan.target": ("target", "streefwaarde"),
        "plan.reached": ("reached", "gehaald"),
        "plan.not-reached": ("not reached", "niet gehaald"),
        "plan.not-measurable": ("not measurable", "niet meetbaar"),
        "plan.pillars": ("Pillars", "Pijlers"),
        "plan.diagnostics": ("Diagnostics", "Meldingen"),
        "plan.found-by": ("Found by", "Gevonden met"),
        "plan.nodes": ("nodes searched", "knopen doorzocht"),
        "plan.interrupted": (
            "the search was interrupted before it could prove this plan best: it is the best plan found by then "
                + "(%1$@ points), and no plan scores more than %2$@",
            "het zoeken is onderbroken voordat dit plan als beste bewezen was: het is het beste plan tot dan toe "
                + "(%1$@ punten), en geen plan scoort meer dan %2$@"
        ),
    ]

    func callAsFunction(_ key: String) -> String {
        guard let entry = Self.tables.lazy.compactMap({ $0[key] }).first else { return key }
        return language == .nl ? entry.nl : entry.en
    }
}

/// Pads text to a width, counting characters, for plain-text tables.
func padded(_ text: String, _ width: Int, right: Bool = false) -> String {
    let count = text.count
    guard count < width else { return text }
    let padding = String(repeating: " ", count: width - count)
    return right ? padding + text : text + padding
}
