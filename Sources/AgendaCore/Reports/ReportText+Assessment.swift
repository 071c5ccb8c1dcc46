extension ReportText {
    /// Labels of `agenda assess` ("toetsing aan kader"), keyed `assess.…`.
    static let assessmentTable: [String: (en: String, nl: String)] = [
        "assess.title": ("Assessment against the framework — %1$@", "Toetsing aan het kader — %1$@"),
        "assess.none": (
            "This agenda defines no framework to assess against. Add one under 'frameworks:' and the assessments "
                + "of your areas under 'assessments:', and name the criteria an action works on in its 'addresses:'; "
                + "docs/frameworks.md shows how.",
            "Deze agenda heeft geen kader om aan te toetsen. Voeg er een toe onder 'frameworks:' en de toetsingen "
                + "van uw gebieden onder 'assessments:', en noem bij een actie de criteria waaraan zij werkt onder "
                + "'addresses:'; docs/frameworks.md laat zien hoe."
        ),
        "assess.plan": (
            "Funding as the plan for %1$@ decides it: %2$@.", "Financiering zoals het plan voor %1$@ die kiest: %2$@."
        ),
        "assess.framework": ("Framework: %1$@ (%2$@)", "Kader: %1$@ (%2$@)"),
        "assess.framework.source": ("Source: %1$@.", "Bron: %1$@."),
        "assess.framework.summary": ("%1$@ in %2$@; %3$@.", "%1$@ in %2$@; %3$@."),
        "assess.count.criteria.one": ("1 criterion", "1 criterium"),
        "assess.count.criteria.many": ("%1$@ criteria", "%1$@ criteria"),
        "assess.count.themes.one": ("1 theme", "1 thema"),
        "assess.count.themes.many": ("%1$@ themes", "%1$@ thema's"),
        "assess.count.areas.one": ("1 area assessed", "1 gebied getoetst"),
        "assess.count.areas.many": ("%1$@ areas assessed", "%1$@ gebieden getoetst"),
        "assess.no-areas": (
            "No area has been assessed against this framework yet.", "Nog geen gebied is aan dit kader getoetst."
        ),
        "assess.area-not-assessed": (
            "%1$@ has not been assessed against this framework.", "%1$@ is niet aan dit kader getoetst."
        ),
        "assess.assessed-on": ("Assessed on %1$@", "Getoetst op %1$@"),
        "assess.by": ("by %1$@", "door %1$@"),
        "assess.source": ("source: %1$@", "bron: %1$@"),
        "assess.previous": (
            "previous assessment %1$@ (%2$@ assessments in all)", "vorige toetsing %1$@ (%2$@ toetsingen in totaal)"
        ),
        "assess.first": ("first assessment", "eerste toetsing"),
        "assess.note": ("Note: %1$@", "Toelichting: %1$@"),
        "assess.theme": ("theme", "thema"),
        "assess.criterion": ("criterion", "criterium"),
        "assess.level": ("level", "niveau"),
        "assess.target": ("target", "streefniveau"),
        "assess.gap": ("gap", "afstand"),
        "assess.change": ("change", "verandering"),
        "assess.evidence": ("evidence", "onderbouwing"),
        "assess.not-assessed": ("not assessed", "niet getoetst"),
        "assess.at-target": ("at target", "op streefniveau"),
        "assess.above-target": ("above target", "boven streefniveau"),
        "assess.levels.one": ("%1$@ level", "%1$@ niveau"),
        "assess.levels.many": ("%1$@ levels", "%1$@ niveaus"),
        "assess.gap.text": ("%1$@ (%2$@)", "%1$@ (%2$@)"),
        "assess.change.first": ("first assessment", "eerste toetsing"),
        "assess.change.up": ("↑ up from %1$@ (%2$@)", "↑ gestegen van %1$@ (%2$@)"),
        "assess.change.down": ("↓ down from %1$@ (%2$@)", "↓ gedaald van %1$@ (%2$@)"),
        "assess.change.unchanged": ("→ unchanged since %1$@", "→ gelijk sinds %1$@"),
        "assess.change.not-assessed-before": ("not assessed on %1$@", "niet getoetst op %1$@"),
        "assess.change.not-assessed-now": ("was %1$@ on %2$@", "was %1$@ op %2$@"),
        "assess.ranking": ("Criteria furthest from target", "Criteria het verst van het streefniveau"),
        "assess.ranking.intro": (
            "Ranked by the mean gap over the assessed areas, as the share of the way from the lowest level to the "
                + "target that core.framework-gap counts, then by the mean levels still to climb; ties in the "
                + "framework's order.",
            "Gerangschikt naar de gemiddelde afstand over de getoetste gebieden, als het deel van de weg van het "
                + "laagste niveau naar het streefniveau dat core.framework-gap telt, dan naar het gemiddelde aantal "
                + "niveaus dat nog te gaan is; bij gelijke stand in de volgorde van het kader."
        ),
        "assess.ranking.none": (
            "Every assessed criterion is at or above its target.",
            "Elk getoetst criterium zit op of boven het streefniveau."
        ),
        "assess.at-target.list": (
            "At or above target in every assessed area: %1$@.", "Op of boven streefniveau in elk getoetst gebied: %1$@."
        ),
        "assess.mean-gap": ("mean gap", "gemiddelde afstand"),
        "assess.furthest-area": ("furthest area", "verste gebied"),
        "assess.below-target": ("areas below target", "gebieden onder streefniveau"),
        "assess.of": ("%1$@ of %2$@", "%1$@ van %2$@"),
        "assess.worst": ("%1$@: %2$@, %3$@", "%1$@: %2$@, %3$@"),
        "assess.actions": ("Actions that address the gaps", "Acties die de tekorten aanpakken"),
        "assess.actions.intro": (
            "Each action whose 'addresses' name a criterion below target, as the plan decided it; 'works in' "
                + "lists the areas below target on that criterion where the action works.",
            "Elke actie die onder 'addresses' een criterium onder streefniveau noemt, zoals het plan over haar "
                + "besliste; 'werkt in' noemt de gebieden onder streefniveau op dat criterium waar de actie werkt."
        ),
        "assess.in-plan": ("in the plan", "in het plan"),
        "assess.paid": ("paid", "betaald"),
        "assess.works-in": ("works in", "werkt in"),
        "assess.funded": ("funded", "gefinancierd"),
        "assess.unfunded": ("not funded", "niet gefinancierd"),
        "assess.no-action": ("no action addresses it", "geen actie pakt dit aan"),
        "assess.works-nowhere": (
            "none of the areas below target", "geen van de gebieden onder streefniveau"
        ),
        "assess.too-large": ("too large to add exactly", "te groot om exact op te tellen"),
        "assess.open": ("Open questions for the network", "Open vragen voor het netwerk"),
        "assess.open.no-action": (
            "No action addresses '%1$@' (target %2$@) in %3$@.",
            "Geen actie pakt '%1$@' (streefniveau %2$@) aan in %3$@."
        ),
        "assess.open.unfunded-only": (
            "Only unfunded actions address '%1$@' (target %2$@) in %3$@: %4$@.",
            "Alleen niet-gefinancierde acties pakken '%1$@' (streefniveau %2$@) aan in %3$@: %4$@."
        ),
        "assess.open.not-assessed": (
            "Not assessed in any area: %1$@.", "In geen enkel gebied getoetst: %1$@."
        ),
        "assess.open.none": (
            "None: a funded action works on every gap in every area below target.",
            "Geen: in elk gebied onder streefniveau werkt een gefinancierde actie aan elk tekort."
        ),
        "assess.heatmap": (
            "Levels against target per area and criterion", "Niveaus tegen streefniveau per gebied en criterium"
        ),
        "assess.heatmap.caption": (
            "Each cell shows the level at the area's latest assessment and an arrow for the change since the "
                + "previous one (↑ up, ↓ down, → unchanged, • first); its colour is the gap, from green at target "
                + "to deep red at the lowest level; hatched grey: not assessed. Hover over a cell for the evidence.",
            "Elke cel toont het niveau bij de laatste toetsing van het gebied en een pijl voor de verandering sinds "
                + "de vorige (↑ gestegen, ↓ gedaald, → gelijk, • eerste); de kleur is de afstand, van groen op "
                + "streefniveau tot dieprood op het laagste niveau; grijs gearceerd: niet getoetst. Wijs een cel "
                + "aan voor de onderbouwing."
        ),
        "assess.legend": ("gap:", "afstand:"),
        "assess.legend.share": ("%1$@ of the way", "%1$@ van de weg"),
        "assess.legend.lowest": ("lowest level", "laagste niveau"),
        "assess.areas": ("Areas", "Gebieden"),
        "assess.frameworks": ("frameworks", "kaders"),
        "assess.areas-assessed": ("areas assessed", "gebieden getoetst"),
        "assess.gaps": ("criteria below target", "criteria onder streefniveau"),
    ]
}
