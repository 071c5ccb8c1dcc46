extension ReportText {
    /// Labels of the annual plan (`PlanRendering.annualPlan()`), keyed `annual.…`. `{name}` marks
    /// where a year, an amount or a count goes.
    static let annualPlanTable: [String: (en: String, nl: String)] = [
        "annual.title": ("Annual plan", "Jaarplan"),
        "annual.period": ("period", "periode"),
        "annual.listing": (
            "Each funded action is listed once a year, under its theme and its first goal; "
                + "'also for goals' names the other goals it serves. Its cost counts once in every total.",
            "Elke gefinancierde actie staat per jaar één keer in het plan, onder haar thema en haar eerste doel; "
                + "'ook voor doelen' noemt de andere doelen waaraan zij bijdraagt. Haar kosten tellen in elk totaal "
                + "één keer."
        ),
        "annual.year-total": ("Total {year}: {money} for {count}.", "Totaal {year}: {money} voor {count}."),
        "annual.none-in-year": ("No funded action runs in {year}.", "In {year} loopt geen gefinancierde actie."),
        "annual.theme-total": ("Subtotal {theme}: {money} for {count}.", "Subtotaal {theme}: {money} voor {count}."),
        "annual.subtotal": ("subtotal", "subtotaal"),
        "annual.no-theme": ("No theme", "Zonder thema"),
        "annual.no-goal": ("No goal", "Zonder doel"),
        "annual.lead": ("lead", "trekker"),
        "annual.partners": ("partners", "partners"),
        "annual.where": ("where", "waar"),
        "annual.everywhere": ("whole region", "hele regio"),
        "annual.cost": ("cost", "kosten"),
        "annual.paid-by": ("paid by", "betaald door"),
        "annual.also-for": ("also for goals", "ook voor doelen"),
        "annual.who-pays": ("Who pays in {year}", "Wie betaalt in {year}"),
        "annual.funder": ("funder", "financier"),
        "annual.left-out": ("Not in the annual plan", "Niet in het jaarplan"),
        "annual.left-out.intro": (
            "These actions are not funded, so they are in no year above.",
            "Deze acties worden niet gefinancierd en staan daarom in geen enkel jaar hierboven."
        ),
        "annual.all-funded": (
            "Every action of the agenda is funded.", "Alle acties van de agenda worden gefinancierd."
        ),
        "annual.infeasible": (
            "There is no annual plan: no plan keeps the commitments, rules and floors, so no action can be funded. "
                + "The findings below say what stands in the way.",
            "Er is geen jaarplan: geen plan houdt zich aan de toezeggingen, regels en ondergrenzen, dus geen actie kan "
                + "worden gefinancierd. De meldingen hieronder zeggen wat in de weg staat."
        ),
        "annual.nothing-funded": (
            "The plan funds no action in {period}, so there is no annual plan.",
            "Het plan financiert in {period} geen enkele actie; er is dus geen jaarplan."
        ),
    ]
}
