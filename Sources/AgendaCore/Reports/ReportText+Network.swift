extension ReportText {
    /// Labels of the network map (`agenda network`, and the map in the plan's page), keyed `network.…`.
    static let networkTable: [String: (en: String, nl: String)] = [
        "network.title": ("Network map", "Netwerkkaart"),
        "network.map": ("Who works with whom, and where", "Wie werkt met wie, en waar"),
        "network.summary": (
            "%1$@ partners; %2$@ ties between partners that lead or join the same actions.",
            "%1$@ partners; %2$@ verbindingen tussen partners die dezelfde acties trekken of eraan meedoen."
        ),
        "network.crossings": (
            "Crossing lines on the map: %1$@ with the partners in the agenda's order, %2$@ after ordering them.",
            "Kruisende lijnen op de kaart: %1$@ met de partners in de volgorde van de agenda, %2$@ na het ordenen."
        ),
        "network.focus": (
            "Only the actions that touch %1$@, the locations there, and the partners that work there or serve it.",
            "Alleen de acties die %1$@ raken, de locaties daar, en de partners die daar werken of het bedienen."
        ),
        "network.source": (
            "Source: the agenda itself: each action's lead, partners, place and cost in %1$@, and the locations "
                + "with the partners that run them. Actions that have stopped or that the scenario drops are left out.",
            "Bron: de agenda zelf: per actie de trekker, de partners, de plek en de kosten in %1$@, en de locaties "
                + "met de partners die ze draaien. Gestopte acties en acties die het scenario laat vallen, tellen niet mee."
        ),
        "network.caption": (
            "One band per kind of partner; under each name where the partner works (its actions and locations). A "
                + "line joins two partners that share actions, thicker as those actions cost more in %1$@ (from the "
                + "agenda). Point at a line or a name for the shared actions and figures.",
            "Eén band per soort partner; onder elke naam waar de partner werkt (uit zijn acties en locaties). Een "
                + "lijn verbindt twee partners met gedeelde acties, dikker naarmate die acties in %1$@ meer kosten "
                + "(uit de agenda). Wijs een lijn of naam aan voor de gedeelde acties en bedragen."
        ),
        "network.plan.caption": (
            "Grey dashed lines: none of the shared actions is funded in this plan.",
            "Grijze gestreepte lijnen: geen van de gedeelde acties wordt in dit plan gefinancierd."
        ),
        "network.overflow": (
            "No map: the costs of the shared actions are too large to add up exactly.",
            "Geen kaart: de kosten van de gedeelde acties zijn te groot om exact op te tellen."
        ),
        "network.empty": ("No partners work here.", "Hier werken geen partners."),
        "network.ties.none": ("No two partners share an action.", "Geen twee partners delen een actie."),
        "network.partners": ("Partners", "Partners"),
        "network.ties.title": ("Ties", "Verbindingen"),
        "network.layers": ("Bands, in the map's order", "Banden, in de volgorde van de kaart"),
        "network.kind": ("kind", "soort"),
        "network.places": ("works in", "werkt in"),
        "network.leads": ("leads", "trekt"),
        "network.joins": ("takes part", "doet mee"),
        "network.locations": ("locations", "locaties"),
        "network.locations.more": ("%1$@, among them %2$@ …", "%1$@, waaronder %2$@ …"),
        "network.ties": ("works with (shared actions)", "werkt samen met (gedeelde acties)"),
        "network.between": ("partners", "partners"),
        "network.shared": ("shared actions", "gedeelde acties"),
        "network.cost": ("cost %1$@", "kosten %1$@"),
        "network.everywhere": ("all of %1$@", "heel %1$@"),
        "network.whole": ("whole municipality", "hele gemeente"),
        "network.no-places": ("no actions or locations", "geen acties of locaties"),
        "network.node.actions": ("leads %1$@, takes part in %2$@", "trekt %1$@, doet mee aan %2$@"),
        "network.tie.summary": (
            "%1$@ shared actions, %2$@ in %3$@", "%1$@ gedeelde acties, %2$@ in %3$@"
        ),
        "network.not-funded": ("not funded", "niet gefinancierd"),
        "network.unfunded": ("no shared action funded", "geen gedeelde actie gefinancierd"),
        "network.legend.kinds": ("kind of partner:", "soort partner:"),
        "network.legend.lines": ("line: cost of the shared actions in %1$@", "lijn: kosten gedeelde acties in %1$@"),
        // Kinds, for a partner and for a band of them.
        "network.kind.municipality": ("municipality", "gemeente"),
        "network.kind.welfare": ("welfare", "welzijn"),
        "network.kind.care": ("care", "zorg"),
        "network.kind.public-health": ("public health", "publieke gezondheid"),
        "network.kind.informal-care": ("informal care", "mantelzorg"),
        "network.kind.residents": ("residents", "inwoners"),
        "network.kind.funder": ("funder", "financier"),
        "network.kind.knowledge": ("knowledge", "kennis"),
        "network.kind.other": ("other", "overig"),
        "network.band.municipality": ("Municipalities", "Gemeenten"),
        "network.band.welfare": ("Welfare", "Welzijn"),
        "network.band.care": ("Care", "Zorg"),
        "network.band.public-health": ("Public health", "Publieke gezondheid"),
        "network.band.informal-care": ("Informal care", "Mantelzorg"),
        "network.band.residents": ("Residents", "Inwoners"),
        "network.band.funder": ("Funders", "Financiers"),
        "network.band.knowledge": ("Knowledge", "Kennis"),
        "network.band.other": ("Other", "Overig"),
    ]
}
