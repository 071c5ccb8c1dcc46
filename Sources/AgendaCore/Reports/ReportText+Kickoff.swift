extension ReportText {
    /// Labels of the kick-off page (`agenda kickoff`), keyed `kickoff.…`.
    static let kickoffTable: [String: (en: String, nl: String)] = [
        "kickoff.title": ("Kick-off %1$@ — %2$@", "Kick-off %1$@ — %2$@"),
        "kickoff.plan": (
            "The regional plan is %1$@; here it funds %2$@ of the %3$@ actions that work in %4$@.",
            "Het regionale plan is %1$@; hier financiert het %2$@ van de %3$@ acties die in %4$@ werken."
        ),
        "kickoff.horizon": ("Point on the horizon", "Stip op de horizon"),
        "kickoff.horizon.none": (
            "The agenda writes no point on the horizon yet (agenda.horizon).",
            "De agenda noemt nog geen stip op de horizon (agenda.horizon)."
        ),
        "kickoff.quickscan": ("Where the area stands", "Waar het gebied staat"),
        "kickoff.figures": ("Figures", "Cijfers"),
        "kickoff.targets": ("Targets", "Streefwaarden"),
        "kickoff.locations": ("Locations", "Locaties"),
        "kickoff.locations.none": ("No locations are listed here.", "Hier staan geen locaties."),
        "kickoff.assessment": ("Assessment against the framework", "Toetsing aan het kader"),
        "kickoff.assessment.none": (
            "No place in this area has been assessed against a framework (see docs/frameworks.md).",
            "Geen plek in dit gebied is getoetst aan een kader (zie docs/frameworks.md)."
        ),
        "kickoff.assessment.of": ("%1$@ against %2$@", "%1$@ getoetst aan %2$@"),
        "kickoff.criterion": ("criterion", "criterium"),
        "kickoff.level": ("level", "niveau"),
        "kickoff.target-level": ("target", "doel"),
        "kickoff.gap": ("gap", "afstand"),
        "kickoff.change": ("since the previous assessment", "sinds de vorige toetsing"),
        "kickoff.plan-here": ("The plan here: actions and money", "Het plan hier: acties en geld"),
        "kickoff.plan-here.none": ("The plan funds no action here.", "Het plan financiert hier geen actie."),
        "kickoff.paid": ("paid over the period", "betaald in de periode"),
        "kickoff.by-source": ("by source", "per bron"),
        "kickoff.where": ("where", "waar"),
        "kickoff.lead": ("lead", "trekker"),
        "kickoff.elsewhere": (
            "Amounts are what the plan pays for the whole action; an action marked * also works outside %1$@.",
            "Bedragen zijn wat het plan voor de hele actie betaalt; een actie met * werkt ook buiten %1$@."
        ),
        "kickoff.total": (
            "Together %1$@ for the %2$@ actions funded here.",
            "Samen %1$@ voor de %2$@ acties die hier gefinancierd worden."
        ),
        "kickoff.total.large": (
            "The payments are too large to add up exactly.", "De betalingen zijn te groot om exact op te tellen."
        ),
        "kickoff.partners": ("Partners and contacts", "Partners en contactpersonen"),
        "kickoff.partners.none": ("No partner works here yet.", "Hier werkt nog geen partner."),
        "kickoff.role": ("here", "hier"),
        "kickoff.contact": ("contact", "contact"),
        "kickoff.contact.none": ("no contact given", "geen contact opgegeven"),
        "kickoff.role.leads": ("leads %1$@", "trekt %1$@"),
        "kickoff.role.joins": ("joins %1$@", "doet mee aan %1$@"),
        "kickoff.role.runs": ("runs %1$@", "draait %1$@"),
        "kickoff.open": ("Open questions", "Open vragen"),
        "kickoff.open.unfunded": (
            "Actions here that the plan does not fund, and why:", "Acties hier die het plan niet financiert, en waarom:"
        ),
        "kickoff.open.gaps": (
            "Gaps against the framework that no funded action here closes:",
            "Achterstanden op het kader die geen gefinancierde actie hier aanpakt:"
        ),
        "kickoff.open.none": (
            "None: the plan funds every action here, and a funded action addresses every gap.",
            "Geen: het plan financiert elke actie hier, en bij elke achterstand hoort een gefinancierde actie."
        ),
    ]
}
