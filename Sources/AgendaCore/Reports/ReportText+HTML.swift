extension ReportText {
    /// Labels of the HTML reports, keyed `html.…`.
    static let htmlTable: [String: (en: String, nl: String)] = [
        // Page and headline.
        "html.contents": ("Contents", "Inhoud"),
        "html.total-paid": ("paid in total", "totaal betaald"),
        "html.of": ("of", "van"),
        "html.used": ("used", "benut"),
        "html.no-cost": ("no cost", "geen kosten"),
        "html.axis.euros": ("euros", "euro"),

        // Pillars and partner kinds, as words (their ids stay as written in tables of ids).
        "html.pillar.content": ("content", "inhoud"),
        "html.pillar.organisation": ("organisation", "organisatie"),
        "html.pillar.funding": ("funding", "financiering"),
        "html.kind.municipality": ("municipality", "gemeente"),
        "html.kind.care": ("care", "zorg"),
        "html.kind.welfare": ("welfare", "welzijn"),
        "html.kind.public-health": ("public health", "publieke gezondheid"),
        "html.kind.informal-care": ("informal care", "mantelzorg"),
        "html.kind.knowledge": ("knowledge", "kennis"),
        "html.kind.funder": ("funder", "financier"),
        "html.kind.residents": ("residents", "inwoners"),
        "html.kind.other": ("other", "overig"),

        // Budget per year, stacked by source.
        "html.budget.title": ("Spent and budget per year, by source", "Besteed en budget per jaar, per bron"),
        "html.budget.caption": (
            "Per year: on the left what the plan spends from each source, on the right (light) each source's budget "
                + "that year, stacked in the same order.",
            "Per jaar: links wat het plan uit elke bron besteedt, rechts (licht) het budget van elke bron in dat "
                + "jaar, in dezelfde volgorde gestapeld."
        ),
        "html.budget.empty": (
            "The agenda has no funding sources, so there is no budget to chart.",
            "De agenda heeft geen geldbronnen, dus er is geen budget om te tonen."
        ),

        // Money per municipality.
        "html.money.title": ("Money per municipality", "Geld per gemeente"),
        "html.money.caption": (
            "All sources together. An action in several municipalities is split over them by the allocation key (in "
                + "equal shares without one).",
            "Alle bronnen samen. Een actie in meer gemeenten is over die gemeenten verdeeld naar de verdeelsleutel "
                + "(zonder sleutel in gelijke delen)."
        ),
        "html.money.empty": (
            "The plan spends no money in any municipality.", "Het plan besteedt in geen enkele gemeente geld."
        ),
        "html.per-key.caption": (
            "The money per municipality divided by its value of the allocation key; the dashed line is the "
                + "region's average.",
            "Het geld per gemeente gedeeld door haar waarde van de verdeelsleutel; de gestreepte lijn is het "
                + "regiogemiddelde."
        ),
        "html.per-key.average": ("regional average", "regiogemiddelde"),
        "html.per-key.none": (
            "The agenda has no allocation key, so there is no amount per unit of it.",
            "De agenda heeft geen verdeelsleutel, dus er is geen bedrag per eenheid daarvan."
        ),
        "html.per-key.empty": (
            "No municipality has both money from the plan and a value of the allocation key.",
            "Geen gemeente heeft zowel geld uit het plan als een waarde van de verdeelsleutel."
        ),

        // Timeline of funded actions.
        "html.timeline.title": ("Funded actions over the years", "Gefinancierde acties door de jaren heen"),
        "html.timeline.caption": (
            "One row per funded action, with a bar for each year in which it is paid and the amount. Colour: pillar.",
            "Eén rij per gefinancierde actie, met een balk voor elk jaar waarin ze betaald wordt en het bedrag. "
                + "Kleur: pijler."
        ),
        "html.timeline.legend": ("pillar:", "pijler:"),
        "html.timeline.empty": ("The plan funds no actions.", "Het plan financiert geen acties."),

        // Network map.
        "html.network": ("Network map", "Netwerkkaart"),

        // Goal coverage per district (the quickscan).
        "html.coverage": ("Quick scan: goals per district", "Quickscan: doelen per wijk"),
        "html.coverage.title": ("Funded actions per goal and district", "Gefinancierde acties per doel en wijk"),
        "html.coverage.caption": (
            "Each cell: the funded actions serving the goal that reach the district (or the municipality, where it "
                + "has no districts). Marked cells have no funded provision.",
            "Elke cel: het aantal gefinancierde acties voor het doel dat de wijk bereikt (of de gemeente, als die "
                + "geen wijken heeft). Gemarkeerde cellen hebben geen gefinancierd aanbod."
        ),
        "html.coverage.legend": ("funded actions:", "gefinancierde acties:"),
        "html.coverage.missing": ("no provision", "geen aanbod"),
        "html.coverage.gaps": ("cells without funded provision", "cellen zonder gefinancierd aanbod"),
        "html.coverage.one": ("funded action", "gefinancierde actie"),
        "html.coverage.empty": (
            "The agenda has no goals, so there is nothing to cover.",
            "De agenda heeft geen doelen, dus er is niets te dekken."
        ),
    ]
}
