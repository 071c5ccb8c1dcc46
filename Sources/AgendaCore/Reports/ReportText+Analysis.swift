extension ReportText {
    /// Labels of the `compare`, `sweep` and `sensitivity` reports, keyed `analysis.…`.
    static let analysisTable: [String: (en: String, nl: String)] = [
        "analysis.compare.title": ("Scenarios compared", "Scenario's vergeleken"),
        "analysis.overview": ("Overview", "Overzicht"),
        "analysis.variant": ("plan", "plan"),
        "analysis.change": ("change", "verschil"),
        "analysis.funded": ("funded", "gefinancierd"),
        "analysis.enter": ("Enter the plan", "Komen erbij"),
        "analysis.leave": ("Leave the plan", "Vallen af"),
        "analysis.money-moved": (
            "Money moved per funder, municipality and year", "Verschoven geld per financier, gemeente en jaar"
        ),
        "analysis.funder": ("funder", "financier"),
        "analysis.before": ("baseline", "basis"),
        "analysis.after": ("scenario", "scenario"),
        "analysis.more-rows": (
            "and %d more rows; the JSON and CSV formats list them all",
            "en nog %d regels; de formaten JSON en CSV tonen ze allemaal"
        ),
        "analysis.goals": ("Goals whose coverage changes", "Doelen waarvan de dekking verandert"),
        "analysis.pillars": ("Pillars whose coverage changes", "Pijlers waarvan de dekking verandert"),
        "analysis.marginal": (
            "Marginal values that change (points per €10,000)", "Marginale waarden die veranderen (punten per €10.000)"
        ),
        "analysis.no-change": ("no change", "geen verschil"),
        "analysis.no-plan": (
            "No plan keeps the commitments, rules and floors in this scenario, so there is nothing to compare:",
            "In dit scenario houdt geen plan zich aan de toezeggingen, regels en ondergrenzen, dus valt er niets te "
                + "vergelijken:"
        ),
        "analysis.unchanged": (
            "The scenario changes nothing in the plan.", "Het scenario verandert niets aan het plan."
        ),
        "analysis.sweep.title": ("Budget sweep", "Budgetreeks"),
        "analysis.sweep.no-plan": (
            "Levels without a plan: no plan keeps the commitments, rules and floors",
            "Niveaus zonder plan: geen plan houdt zich aan de toezeggingen, regels en ondergrenzen"
        ),
        "analysis.sweep.of": ("Value for money of", "Waarde voor geld van"),
        "analysis.factor": ("factor", "factor"),
        "analysis.source-budget": ("source budget", "budget bron"),
        "analysis.source-spent": ("source spends", "bron besteedt"),
        "analysis.total-money": ("all money", "al het geld"),
        "analysis.steps": ("What changes from level to level", "Wat verandert per niveau"),
        "analysis.curve": ("Value-for-money curve", "Waarde-voor-geldcurve"),
        "analysis.sensitivity.title": ("Sensitivity to the weights", "Gevoeligheid voor de gewichten"),
        "analysis.samples": ("samples", "steekproeven"),
        "analysis.spread": ("spread", "spreiding"),
        "analysis.seed": ("seed", "seed"),
        "analysis.sample-scores": (
            "score over the samples (lowest, median, highest)", "score over de steekproeven (laagste, mediaan, hoogste)"
        ),
        "analysis.proven": ("samples whose plan is proven optimal", "steekproeven met een bewezen optimaal plan"),
        "analysis.without-plan": ("samples without a valid plan", "steekproeven zonder geldig plan"),
        "analysis.probability": ("funded in", "gefinancierd in"),
        "analysis.verdict": ("verdict", "oordeel"),
        "analysis.verdict.robust-funded": ("robust: funded", "robuust: gefinancierd"),
        "analysis.verdict.robust-unfunded": ("robust: not funded", "robuust: niet gefinancierd"),
        "analysis.verdict.fragile": ("fragile", "wankel"),
        "analysis.fragile": ("Fragile actions: the weights decide", "Wankele acties: de gewichten beslissen"),
        "analysis.robust-rule": (
            "Robust means funded, or left out, in at least 90% of the samples; every weight (domain, pillar, rule, "
                + "goal) was multiplied by its own factor between 1 − spread and 1 + spread.",
            "Robuust betekent: in minstens 90% van de steekproeven gefinancierd, of juist niet; elk gewicht (domein, "
                + "pijler, regel, doel) is vermenigvuldigd met een eigen factor tussen 1 − spreiding en 1 + spreiding."
        ),
        "analysis.baseline-plan": ("own weights", "eigen gewichten"),
        "analysis.yes": ("yes", "ja"),
        "analysis.actions": ("Actions", "Acties"),
        "analysis.gap-note": (
            "Not every plan is proven best (largest gap %@): a change in score smaller than the gaps may come from "
                + "the search rather than from the scenario.",
            "Niet elk plan is bewezen het beste (grootste marge %@): een verschil in score kleiner dan de marges kan "
                + "uit het zoeken komen in plaats van uit het scenario."
        ),
        "analysis.failed": ("Scenarios the planner could not finish", "Scenario's die de planner niet kon afmaken"),
        // HTML.
        "analysis.html.score-title": ("Total score per plan", "Totaalscore per plan"),
        "analysis.html.score-caption": (
            "The sum of the scores of the funded actions; the dashed line is the baseline.",
            "De som van de scores van de gefinancierde acties; de stippellijn is de basis."
        ),
        "analysis.html.money-title": ("Money per plan", "Geld per plan"),
        "analysis.html.money-caption": (
            "What each plan pays out over the period, from all sources; the dashed line is the baseline.",
            "Wat elk plan over de hele periode uitgeeft, uit alle bronnen; de stippellijn is de basis."
        ),
        "analysis.html.euros": ("euros", "euro"),
        "analysis.html.nothing": ("Nothing to show.", "Niets te tonen."),
        "analysis.html.by-funder": ("Change in money per funder", "Verschil in geld per financier"),
        "analysis.html.by-funder-caption": (
            "Summed over municipalities and years: green more than the baseline, red less.",
            "Opgeteld over gemeenten en jaren: groen meer dan in de basis, rood minder."
        ),
        "analysis.html.by-municipality": ("Change in money per municipality", "Verschil in geld per gemeente"),
        "analysis.html.by-municipality-caption": (
            "Summed over funders and years; an action in several municipalities counts for each in proportion to the "
                + "allocation key.",
            "Opgeteld over financiers en jaren; een actie in meer gemeenten telt voor elk naar rato van de "
                + "verdeelsleutel."
        ),
        "analysis.html.plan-money": ("money of the plan, all sources", "geld van het plan, alle bronnen"),
        "analysis.html.curve-caption": (
            "One point per budget level: the plan's total score against all the money it spends. Hover a point for "
                + "its level.",
            "Eén punt per budgetniveau: de totaalscore van het plan tegen al het geld dat het uitgeeft. Wijs een "
                + "punt aan voor het niveau."
        ),
        "analysis.html.source-curve-caption": (
            "The same plans against the swept source's budget over the period.",
            "Dezelfde plannen tegen het budget van de gevarieerde bron over de periode."
        ),
        "analysis.html.no-steps": (
            "The same actions are funded at every level.", "Op elk niveau worden dezelfde acties gefinancierd."
        ),
        "analysis.html.score-range": ("score over the samples", "score over de steekproeven"),
        "analysis.html.probability-title": ("Chance of being funded", "Kans op financiering"),
        "analysis.html.share-of-samples": (
            "share of the samples whose plan funds the action",
            "deel van de steekproeven waarin het plan de actie financiert"
        ),
        "analysis.html.robust-line": ("robust from", "robuust vanaf"),
        "analysis.html.colour.robust-funded": ("green", "groen"),
        "analysis.html.colour.fragile": ("orange", "oranje"),
        "analysis.html.colour.robust-unfunded": ("grey", "grijs"),
        "analysis.no": ("no", "nee"),
    ]
}
