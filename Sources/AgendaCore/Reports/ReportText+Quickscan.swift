extension ReportText {
    /// Labels of `agenda quickscan`, keyed `quickscan.…`.
    static let quickscanTable: [String: (en: String, nl: String)] = [
        "quickscan.title": ("Quickscan per place", "Quickscan per wijk"),
        "quickscan.scenario": ("Scenario: %1$@.", "Scenario: %1$@."),
        "quickscan.whole": ("%1$@ as a whole", "%1$@ als geheel"),
        "quickscan.plan": (
            "Funded means funded in the plan for this agenda: %1$@; %2$@ of %3$@ actions funded.",
            "Gefinancierd betekent: gefinancierd in het plan voor deze agenda: %1$@; %2$@ van %3$@ acties gefinancierd."
        ),
        "quickscan.plan.infeasible": (
            "The plan is infeasible: no action counts as funded, and the values after the plan are the values now.",
            "Het plan is onhaalbaar: geen actie telt als gefinancierd, en de waarden na het plan zijn de waarden nu."
        ),
        "quickscan.reference-year": (
            "Locations count as open when they are open in %1$@.", "Locaties tellen als open als ze open zijn in %1$@."
        ),
        "quickscan.targets": ("Targets", "Streefwaarden"),
        "quickscan.targets.none": (
            "No goal has a target: there is nothing to measure per place.",
            "Geen doel heeft een streefwaarde: er valt per wijk niets te meten."
        ),
        "quickscan.target.by": ("by %1$@", "in %1$@"),
        "quickscan.overview": ("Overview", "Overzicht"),
        "quickscan.place": ("place", "plek"),
        "quickscan.targets-reached": ("targets reached", "streefwaarden gehaald"),
        "quickscan.reached-count": ("%1$@ of %2$@", "%1$@ van %2$@"),
        "quickscan.funded": ("funded actions", "gefinancierde acties"),
        "quickscan.proposed": ("not funded", "niet gefinancierd"),
        "quickscan.open-locations": ("open locations", "open locaties"),
        "quickscan.partners": ("Partners active here", "Actieve partners"),
        "quickscan.partners.count": ("partners", "partners"),
        "quickscan.figures": ("Figures", "Cijfers"),
        "quickscan.indicator": ("indicator", "indicator"),
        "quickscan.value": ("value", "waarde"),
        "quickscan.source": ("source", "bron"),
        "quickscan.derived": ("counted from the locations", "geteld uit de locaties"),
        "quickscan.summed": ("sum of the districts", "som van de wijken"),
        "quickscan.goal": ("goal", "doel"),
        "quickscan.now": ("now", "nu"),
        "quickscan.target": ("target", "streefwaarde"),
        "quickscan.state": ("state", "stand"),
        "quickscan.gap": ("gap", "tekort"),
        "quickscan.added": ("added by the plan", "erbij door het plan"),
        "quickscan.after-plan": ("after the plan", "na het plan"),
        "quickscan.gap-in-indicator": ("= %1$@ %2$@", "= %1$@ %2$@"),
        "quickscan.light.reached": ("reached", "gehaald"),
        "quickscan.light.close": ("close", "bijna"),
        "quickscan.light.far": ("short", "tekort"),
        "quickscan.light.not-measurable": ("not measurable", "niet meetbaar"),
        "quickscan.reason.undefined-indicator": (
            "%1$@ is not defined under indicators", "%1$@ staat niet onder indicators"
        ),
        "quickscan.reason.share-indicator": (
            "%1$@ is a share: shares are not measured against targets (they do not add up, and no action adds to one)",
            "%1$@ is een aandeel: aandelen worden niet aan streefwaarden gemeten (ze tellen niet op, en geen actie "
                + "telt erbij op)"
        ),
        "quickscan.reason.no-figure": ("no figure for %1$@ here", "geen cijfer voor %1$@ hier"),
        "quickscan.reason.short.undefined-indicator": ("%1$@ undefined", "%1$@ niet gedefinieerd"),
        "quickscan.reason.short.share-indicator": ("%1$@ is a share", "%1$@ is een aandeel"),
        "quickscan.reason.short.no-figure": ("no figure for %1$@", "geen cijfer voor %1$@"),
        "quickscan.reason.short.per-zero": ("%1$@ is 0", "%1$@ is 0"),
        "quickscan.reason.short.not-finite": ("%1$@ not finite", "%1$@ niet eindig"),
        "quickscan.share-note": (
            "Targets on a share (%1$@) are measured at each place on its own figure, and their gaps are in "
                + "percentage points. A municipality without a figure of its own is not measured: shares do not add "
                + "up over its districts. No action adds to a share, so the value after the plan is the value now.",
            "Streefwaarden op een aandeel (%1$@) worden per plek aan het eigen cijfer gemeten; het tekort is in "
                + "procentpunten. Een gemeente zonder eigen cijfer wordt niet gemeten: aandelen tellen niet op over "
                + "de wijken. Geen actie telt bij een aandeel op, dus na het plan is de waarde die van nu."
        ),
        "quickscan.percentage-points": ("%1$@ percentage points", "%1$@ procentpunt"),
        "quickscan.locations.districts": (
            "Its districts list %1$@ more locations (%2$@ open), each under its district.",
            "De wijken hebben nog %1$@ locaties (%2$@ open), elk onder de eigen wijk."
        ),
        "quickscan.reason.per-zero": ("%1$@ is 0 here: nothing to divide by", "%1$@ is hier 0: niets om door te delen"),
        "quickscan.reason.not-finite": (
            "the value of %1$@ is not a finite number", "de waarde van %1$@ is geen eindig getal"
        ),
        "quickscan.locations": ("Locations", "Locaties"),
        "quickscan.locations.none": ("No locations listed.", "Geen locaties opgegeven."),
        "quickscan.locations.count": ("%1$@ locations", "%1$@ locaties"),
        "quickscan.location": ("location", "locatie"),
        "quickscan.type": ("type", "soort"),
        "quickscan.coordinator": ("coordinator", "coördinator"),
        "quickscan.district": ("district", "wijk"),
        "quickscan.open": ("open in %1$@", "open in %1$@"),
        "quickscan.yes": ("yes", "ja"),
        "quickscan.no": ("no", "nee"),
        "quickscan.funded-actions": ("Funded actions", "Gefinancierde acties"),
        "quickscan.proposed-actions": ("Proposed, not funded", "Voorgesteld, niet gefinancierd"),
        "quickscan.actions.none": ("None.", "Geen."),
        "quickscan.where": ("where", "waar"),
        "quickscan.lead": ("lead", "trekker"),
        "quickscan.paid": ("paid by the plan", "betaald in het plan"),
        "quickscan.adds": ("adds here", "voegt hier toe"),
        "quickscan.reason": ("why not funded", "waarom niet"),
        "quickscan.partners.none": ("No partner works here yet.", "Nog geen partner actief."),
        "quickscan.kind": ("kind", "soort"),
        "quickscan.leads": ("leads", "trekt"),
        "quickscan.joins": ("joins", "doet mee aan"),
        "quickscan.runs": ("runs locations", "runt locaties"),
        "quickscan.too-large": ("too large to add up", "te groot om op te tellen"),
        "quickscan.tiles.title": ("%1$@: targets reached per place", "%1$@: gehaalde streefwaarden per plek"),
        "quickscan.tiles.caption": (
            "Each tile is a place; its colour says how many of the measurable targets it reaches now.",
            "Elke tegel is een plek; de kleur zegt hoeveel van de meetbare streefwaarden ze nu haalt."
        ),
        "quickscan.tiles.all": ("all reached", "alle gehaald"),
        "quickscan.tiles.some": ("some reached", "een deel gehaald"),
        "quickscan.tiles.none": ("none reached", "geen gehaald"),
        "quickscan.tiles.unmeasured": ("none measurable", "geen meetbaar"),
        "quickscan.tiles.reached": ("%1$@ of %2$@ reached", "%1$@ van %2$@ gehaald"),
        "quickscan.tiles.funded": ("%1$@ funded actions", "%1$@ gefinancierde acties"),
        "quickscan.tiles.open": ("%1$@ open locations", "%1$@ open locaties"),
        "quickscan.legend": (
            "Colours and marks: ✓ reached (green); ≈ short by at most a fifth of the target (amber); ✗ short by "
                + "more (red); – not measurable (grey).",
            "Kleuren en tekens: ✓ gehaald (groen); ≈ tekort van hooguit een vijfde van de streefwaarde (oranje); "
                + "✗ groter tekort (rood); – niet meetbaar (grijs)."
        ),
        "quickscan.how": (
            "How to read: an action works in a district when its where names the district, and in a municipality "
                + "when it names the municipality, one of its districts or all. What a funded action adds (e.g. "
                + "new locations) is split equally over the places it names; docs/quickscan.md explains every figure.",
            "Leeswijzer: een actie werkt in een wijk als haar where de wijk noemt, en in een gemeente als ze de "
                + "gemeente, een van haar wijken of all noemt. Wat een gefinancierde actie toevoegt (zoals nieuwe "
                + "locaties) wordt gelijk verdeeld over de plekken die ze noemt; docs/quickscan.md legt elk cijfer uit."
        ),
        "quickscan.marks": (
            "† counted from the locations; Σ sum of the districts.",
            "† geteld uit de locaties; Σ som van de wijken."
        ),
    ]
}
