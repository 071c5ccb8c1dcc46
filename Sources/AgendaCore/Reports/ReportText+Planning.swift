extension ReportText {
    /// Why no plan exists, and what the search reports while it runs, keyed `infeasible.…` and
    /// `progress.…`. Placeholders are positional (`%1$@`), so each language orders them its own way.
    static let planningTable: [String: (en: String, nl: String)] = [
        "infeasible.ineligible": (
            "'%1$@' must be funded, but in %2$@ the sources allowed to pay it may pay at most %3$@ of its %4$@ "
                + "together, whatever their budgets",
            "'%1$@' moet gefinancierd worden, maar in %2$@ mogen de bronnen die haar mogen betalen samen hoogstens "
                + "%3$@ van de %4$@ betalen, hoe groot hun budget ook is"
        ),
        "infeasible.ineligible.source": (
            "'%1$@' may pay %2$@ of it (max-share %3$@)",
            "'%1$@' mag daarvan %2$@ betalen (max-share %3$@)"
        ),
        "infeasible.ineligible.none": (
            "no source may pay it: check 'eligible' of the sources, and the action's 'funding-from'",
            "geen bron mag haar betalen: controleer 'eligible' van de bronnen, en 'funding-from' van de actie"
        ),
        "infeasible.funding-from": (
            "'funding-from' allows only these sources",
            "'funding-from' staat alleen deze bronnen toe"
        ),
        "infeasible.unpayable": (
            "'%1$@' must be funded, but in %2$@ it needs %3$@ and the sources that may pay it have at most %4$@ left "
                + "for it after the other commitments",
            "'%1$@' moet gefinancierd worden, maar heeft in %2$@ %3$@ nodig en de bronnen die haar mogen betalen "
                + "hebben daarvoor na de andere toezeggingen hoogstens %4$@ over"
        ),
        "infeasible.unpayable.source": (
            "'%1$@' has %2$@ of its %3$@ left in %4$@",
            "'%1$@' heeft in %4$@ nog %2$@ van de %3$@ over"
        ),
        "infeasible.commitments": (
            "'%@' must be funded, but its costs cannot be paid together with the other commitments and the actions "
                + "they require",
            "'%@' moet gefinancierd worden, maar haar kosten zijn niet te betalen samen met de andere toezeggingen "
                + "en de acties die die nodig hebben"
        ),
        "infeasible.commitments.others": (
            "the other actions that must be funded: %@",
            "de andere acties die gefinancierd moeten worden: %@"
        ),
        "infeasible.committed-by": (
            "the scenario '%@' commits it",
            "het scenario '%@' legt haar vast"
        ),
        "infeasible.floor": (
            "no plan meets the allocation key's floor for '%1$@' in %2$@ (%3$@ of key-shared money): the "
                + "commitments, budgets and rules leave too little key-shared money for that municipality's actions",
            "geen plan haalt de ondergrens van de verdeelsleutel voor '%1$@' in %2$@ (%3$@ uit gedeelde bronnen): de "
                + "toezeggingen, budgetten en regels laten te weinig gedeeld geld over voor de acties van die gemeente"
        ),
        "infeasible.floors": (
            "no plan meets these allocation-key floors together: %@; each can be met alone, but the actions that "
                + "would meet them cannot all be funded (budgets, commitments, requires or excludes)",
            "geen plan haalt deze ondergrenzen van de verdeelsleutel samen: %@; elk is apart te halen, maar de "
                + "acties die ze zouden halen kunnen niet allemaal gefinancierd worden (budgetten, toezeggingen, "
                + "requires of excludes)"
        ),
        "infeasible.floors.item": ("'%1$@' in %2$@ (%3$@)", "'%1$@' in %2$@ (%3$@)"),
        "infeasible.floors-own": (
            "no plan meets the allocation key's floors of '%1$@' in %2$@: even with every action open to all "
                + "municipalities funded, its own actions would have to add money they cannot add together (their "
                + "budgets, commitments, requires or excludes stand in the way)",
            "geen plan haalt de ondergrenzen van de verdeelsleutel voor '%1$@' in %2$@: zelfs als elke actie voor "
                + "alle gemeenten gefinancierd wordt, moeten de eigen acties van de gemeente geld toevoegen dat ze "
                + "samen niet kunnen toevoegen (hun budgetten, toezeggingen, requires of excludes staan dat "
                + "in de weg)"
        ),
        "infeasible.floor-beyond-actions": (
            "no plan meets the allocation key's floor for '%1$@' in %2$@ (%3$@ of key-shared money): its actions "
                + "could receive at most %4$@ of it, even all funded and paid from the key-shared sources as far as "
                + "their max-share and that year's money allow",
            "geen plan haalt de ondergrens van de verdeelsleutel voor '%1$@' in %2$@ (%3$@ uit gedeelde bronnen): "
                + "haar acties kunnen daarvan hoogstens %4$@ ontvangen, ook als ze alle gefinancierd worden en uit de "
                + "gedeelde bronnen betaald zo ver hun max-share en het geld van dat jaar reiken"
        ),
        "infeasible.floor-beyond-actions.empty": (
            "the key-shared source '%1$@' has no money in %2$@",
            "de gedeelde bron '%1$@' heeft geen geld in %2$@"
        ),
        "infeasible.floor.municipality": (
            "the floor of '%1$@' in %2$@ is %3$@: min-share %4$@ of its key share %5$@ of the key-shared budget",
            "de ondergrens van '%1$@' in %2$@ is %3$@: min-share %4$@ van haar aandeel %5$@ in het gedeelde budget"
        ),
        "planner.floor-limit": (
            "the planner could not find payments that meet the allocation key's floors; this is a known limit of its "
                + "floor handling, not a proof that no plan exists (see docs/planner.md)",
            "de planner vond geen betalingen die de ondergrenzen van de verdeelsleutel halen; dit is een bekende "
                + "grens van de planner, geen bewijs dat er geen plan bestaat (zie docs/planner.md)"
        ),
        "planner.floor-limit.floor": (
            "the floor for '%1$@' in %2$@ is %3$@ of key-shared money (min-share %4$@ of its key share %5$@); the "
                + "planner got %6$@ to its actions",
            "de ondergrens voor '%1$@' in %2$@ is %3$@ uit gedeelde bronnen (min-share %4$@ van haar aandeel %5$@); "
                + "de planner kreeg %6$@ bij haar acties"
        ),
        "plan.reason.budget.short": (
            "beside the plan's other payments, the money falls short: %@",
            "naast de andere betalingen van het plan schiet het geld tekort: %@"
        ),
        "plan.reason.short.one": (
            "in %1$@ %2$@ has %3$@ too little for it", "in %1$@ heeft %2$@ er %3$@ te weinig voor"
        ),
        "plan.reason.short.many": (
            "in %1$@ %2$@ have %3$@ too little for it together", "in %1$@ hebben %2$@ er samen %3$@ te weinig voor"
        ),
        "plan.reason.requires.named": ("it requires %@, which is not funded", "ze heeft %@ nodig, en die valt af"),
        "plan.reason.excludes.named": (
            "it excludes %@, which is funded", "ze sluit %@ uit, en die wordt gefinancierd"
        ),
        "plan.takes.forced.falls": (
            "with it in, the best total falls by %@", "met deze actie erin daalt het beste totaal met %@"
        ),
        "plan.takes.forced.rises": (
            "with it in, the total rises by %@ (the plan is not proven best)",
            "met deze actie erin stijgt het totaal met %@ (het plan is niet bewezen het beste)"
        ),
        "plan.takes.forced.same": (
            "it fits in a plan with the same total", "ze past in een plan met hetzelfde totaal"
        ),
        "plan.takes.dropped.falls": (
            "without it, the best total falls by %@", "zonder deze actie daalt het beste totaal met %@"
        ),
        "plan.takes.dropped.rises": (
            "without it, the total rises by %@ (the plan is not proven best)",
            "zonder deze actie stijgt het totaal met %@ (het plan is niet bewezen het beste)"
        ),
        "plan.takes.dropped.rises.floors": (
            "without it, the best total rises by %@: the allocation key's floors then hold back less money",
            "zonder deze actie stijgt het beste totaal met %@: de ondergrenzen van de verdeelsleutel houden dan "
                + "minder geld vast"
        ),
        "plan.takes.dropped.same": (
            "a plan without it has the same total", "een plan zonder deze actie heeft hetzelfde totaal"
        ),
        "plan.takes.forced.leave": (", because %@ would drop out", ", omdat %@ dan vervallen"),
        "plan.takes.forced.leave.one": (", because %@ would drop out", ", omdat %@ dan vervalt"),
        "plan.takes.dropped.leave": ("; %@ would drop out too", "; dan vervallen ook %@"),
        "plan.takes.dropped.leave.one": ("; %@ would drop out too", "; dan vervalt ook %@"),
        "plan.takes.enter": ("; %@ would come in", "; %@ komen erbij"),
        "plan.takes.enter.one": ("; %@ would come in", "; %@ komt erbij"),
        "plan.takes.score": ("; above a score of %@ it is funded", "; boven een score van %@ komt ze erin"),
        "plan.takes.not-proven": (
            " (not proven: the re-plan left part of its search open)",
            " (niet bewezen: de herplanning liet een deel van de zoektocht open)"
        ),
        "plan.takes.impossible.stopped": (
            "stopped: no plan funds it", "stopgezet: geen enkel plan financiert haar"
        ),
        "plan.takes.impossible.dropped": (
            "the scenario drops it: no plan funds it", "het scenario laat haar vallen: geen enkel plan financiert haar"
        ),
        "plan.takes.impossible.committed": (
            "a commitment: every plan funds it", "een toezegging: elk plan financiert haar"
        ),
        "plan.takes.forced.no-plan": (
            "no plan can fund it within the budgets, rules, floors and commitments",
            "geen enkel plan kan haar financieren binnen de budgetten, regels, ondergrenzen en toezeggingen"
        ),
        "plan.takes.dropped.no-plan": (
            "without it, no plan keeps the budgets, rules, floors and commitments: every plan needs it",
            "zonder deze actie houdt geen enkel plan zich aan de budgetten, regels, ondergrenzen en toezeggingen: "
                + "elk plan heeft haar nodig"
        ),
        "version.line": ("Agenda: %@", "Agenda: %@"),
        "version.draft": ("draft", "concept"),
        "version.adopted": ("adopted", "vastgesteld"),
        "version.adopted-on": ("adopted on %@", "vastgesteld op %@"),
        "version.content": ("content %@", "inhoud %@"),
        "version.git": ("git %1$@ of %2$@", "git %1$@ van %2$@"),
        "version.git.modified": (
            "git %1$@ of %2$@, with changes not committed",
            "git %1$@ van %2$@, met wijzigingen die niet vastgelegd zijn"
        ),
        "plan.quality.optimal": (
            "total score %@: proven the best allocation within the budgets and rules",
            "totaalscore %@: bewezen de beste verdeling binnen de budgetten en regels"
        ),
        "plan.quality.feasible": (
            "total score %1$@: a valid allocation, not proven the best; no allocation scores more than %2$@",
            "totaalscore %1$@: een geldige verdeling, niet bewezen de beste; geen verdeling haalt meer dan %2$@"
        ),
        "plan.quality.infeasible": (
            "no allocation keeps every budget, rule and commitment (see the diagnostics)",
            "geen enkele verdeling houdt zich aan alle budgetten, regels en toezeggingen (zie de meldingen)"
        ),
        "plan.analysts": ("For analysts", "Voor analisten"),
        "baseline.short": ("baseline", "basis"),
        "figures.heading": ("Sources of the figures", "Bronnen van de cijfers"),
        "figures.no-source": ("no source given", "geen bron opgegeven"),
        "figures.commitment": (
            "the declaration of intent of '%@' (its commitment.euro-per-year)",
            "de intentieverklaring van '%@' (haar commitment.euro-per-year)"
        ),
        "illustrative": ("illustrative", "illustratief"),
        "plan.quality": ("how good", "hoe goed"),
        "plan.commitments": ("Partners' commitments", "Toezeggingen van partners"),
        "plan.commitments.intro": (
            "From the partners' declarations of intent: hours are shown, not planned; euros pay, as co-financing, "
                + "only the actions the partner leads or joins (source commitment:partner).",
            "Uit de intentieverklaringen van de partners: uren staan hier, maar worden niet ingepland; euro's "
                + "betalen als cofinanciering alleen acties die de partner trekt of waaraan ze meedoet "
                + "(bron commitment:partner)."
        ),
        "plan.commitment.hours": ("hours per year", "uren per jaar"),
        "plan.commitment.euros": ("euros per year", "euro per jaar"),
        "plan.commitment.years": ("years", "jaren"),
        "plan.commitment.spent": ("spent in this plan", "besteed in dit plan"),
        "plan.focus": (
            "Part of the regional plan: the %1$@ of its %2$@ actions that touch %3$@. The total score, the bound "
                + "and the budgets are the region's.",
            "Deel van het regionale plan: de %1$@ van zijn %2$@ acties die %3$@ raken. De totaalscore, de "
                + "bovengrens en de budgetten zijn die van de hele regio."
        ),
        "plan.takes.range": ("%1$@ to %2$@", "%1$@ tot %2$@"),
        "plan.takes.heading": ("What each funded action adds", "Wat elke gefinancierde actie oplevert"),
        "plan.takes.without": ("without it", "zonder deze actie"),
        "plan.takes.impossible.not-settled": (
            "the planner could not settle what it would take", "de planner kon niet vaststellen wat ervoor nodig is"
        ),
        "plan.payments.summary": (
            "Payments: %1$@ for %2$@ action-years. Action-years paid by more than one source: %3$@; changes of "
                + "funder from one year to the next: %4$@; payments under %6$@: %5$@.",
            "Betalingen: %1$@ voor %2$@ actie-jaren. Actie-jaren betaald door meer dan één bron: %3$@; een andere "
                + "financier dan het jaar ervoor: %4$@; betalingen onder %6$@: %5$@."
        ),
        "plan.payments.fewest": (
            "No plan of these actions needs fewer payments (proven).",
            "Geen plan met deze acties kan met minder betalingen (bewezen)."
        ),
        "plan.payments.at-least": (
            "Any plan of these actions needs at least %@ payments.",
            "Elk plan met deze acties heeft minstens %@ betalingen nodig."
        ),
        "planner.min-payment-limit": (
            "the planner could not pay '%1$@' in %2$@ without a payment of %3$@ from '%4$@', below its min-payment "
                + "of %5$@; this is a known limit of its payment handling, not a proof that no plan exists (see "
                + "docs/planner.md)",
            "de planner kon '%1$@' in %2$@ niet betalen zonder een betaling van %3$@ uit '%4$@', onder de "
                + "min-payment van %5$@; dit is een bekende grens van de planner, geen bewijs dat er geen plan "
                + "bestaat (zie docs/planner.md)"
        ),
        "planner.floor-limit.all": (
            "the allocation key's floors could not all be met at once",
            "de ondergrenzen van de verdeelsleutel waren niet allemaal tegelijk te halen"
        ),
        "progress.root-bound": ("relaxation bound %@", "bovengrens van de relaxatie %@"),
        "progress.plan": ("plan %@", "plan %@"),
        "progress.plan-after": ("plan %1$@ after %2$@ nodes", "plan %1$@ na %2$@ knopen"),
        "progress.searching": (
            "%1$@ nodes, best plan %2$@, bound %3$@", "%1$@ knopen, beste plan %2$@, bovengrens %3$@"
        ),
        "progress.none-yet": ("none yet", "nog geen"),
        "progress.splitting": ("splitting the agenda into %@ parts", "de agenda wordt in %@ delen gesplitst"),
        "progress.cross-part": (
            "the actions that span parts found no plan within their quotas",
            "de acties over delen heen vonden geen plan binnen hun quota"
        ),
        "progress.parts": ("parts planned: %1$@ of %2$@", "delen gepland: %1$@ van %2$@"),
        "progress.parts-with-cross": (
            "parts planned with the cross actions left: %@",
            "delen gepland met de overgebleven acties over delen heen: %@"
        ),
        "progress.tightening": ("plan %@; tightening the bound", "plan %@; de bovengrens wordt aangescherpt"),
        "progress.second-split": ("plan %@ after a second split", "plan %@ na een tweede splitsing"),
        "progress.mixing": (
            "mixing the parts' plans: round %1$@ of %2$@, plan %3$@",
            "plannen van de delen mengen: ronde %1$@ van %2$@, plan %3$@"
        ),
        "progress.bound-step": (
            "tightening the bound: step %1$@ of at most %2$@, bound %3$@",
            "bovengrens aanscherpen: stap %1$@ van hoogstens %2$@, bovengrens %3$@"
        ),
        "progress.planning-parts": ("planning the parts: %1$@ of %2$@", "de delen plannen: %1$@ van %2$@"),
        "progress.explaining": (
            "why actions are left out: %1$@ of %2$@ checked", "waarom acties afvallen: %1$@ van %2$@ nagegaan"
        ),
        "progress.replanning": (
            "what it would take: planning again for each of %@ actions",
            "wat ervoor nodig is: opnieuw plannen voor elk van %@ acties"
        ),
    ]

    /// The label for `key` with its placeholders filled in: `%@` takes the next argument, `%2$@`
    /// the second. One pass, so an argument is never read as a placeholder itself.
    func callAsFunction(_ key: String, _ arguments: String...) -> String {
        let template = Array(self(key).unicodeScalars)
        var text = String.UnicodeScalarView()
        var next = 0
        var index = 0
        while index < template.count {
            guard template[index] == "%" else {
                text.append(template[index])
                index += 1
                continue
            }
            var end = index + 1
            var number = 0
            while end < template.count, ("0"..."9").contains(template[end]) {
                number = number * 10 + Int(template[end].value - 48)
                end += 1
            }
            if number > 0, end + 1 < template.count, template[end] == "$", template[end + 1] == "@" {
                text.append(
                    contentsOf: (arguments.indices.contains(number - 1) ? arguments[number - 1] : "").unicodeScalars)
                index = end + 2
            } else if number == 0, end < template.count, template[end] == "@" {
                text.append(contentsOf: (arguments.indices.contains(next) ? arguments[next] : "").unicodeScalars)
                next += 1
                index = end + 1
            } else {
                text.append(template[index])
                index += 1
            }
        }
        return String(text)
    }
}
