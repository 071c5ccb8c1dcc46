import AgendaRules

/// Informal-care actions that reach a larger share of the overburdened carers around them score higher.
struct OverburdenedCoverageRule: ScoringRule {
    static let description = RuleDescription(
        identifier: "overburdened-coverage",
        name: "Overburdened carers reached",
        summary:
            "Carers reached per year (`carers-reached`) as a share of the estimated overburdened carers where the "
            + "action works.",
        rationale: """
            Movisie finds that a large part of the heavily burdened carers use no support even when \
            they need it, largely through unfamiliarity with it, assumptions about it and an offer \
            that is not diverse enough; reaching them is the first task of carer support. The \
            number to reach is estimated per \
            place as residents × carers share × overburdened share, from the place's own GGD figures \
            or, where a place has none, from the Haaglanden figures (12% and 17%); the inputs say \
            which were used. The GGD carers share is of adults (19+), so counting all residents \
            overstates the number somewhat (Westland: about 3,500 against the GGD's ~2,300) and the \
            coverage errs on the low side, alike for every action. Reaching a quarter of the estimated \
            overburdened carers in a year gives the full value. If a place has no residents figure \
            the size of the task is unknown and the rule gives its neutral value.
            """,
        sources: [
            "Movisie, 'Wat werkt bij mantelzorgondersteuning' (dossier, February 2017): 10% of carers heavily "
                + "overburdened, a large part of them using no support, largely through unfamiliarity",
            "GGD Haaglanden Gezondheidsenquête 2016: 12% of adults in Haaglanden are carers, 17% of them heavily or "
                + "overburdened (ggdhaaglanden.nl)",
            "GGD Haaglanden Gezondheidsmonitor 2016: Westland 16% carers (~12,000), 19% of them overburdened "
                + "(~2,300); Pijnacker-Nootdorp 15% (~5,000), 20% (~1,100)",
        ],
        parameters: [
            RuleParameter(
                "carers-share", default: 0.12,
                "Share of residents who are carers where a place has no figure (Haaglanden 12%, GGD 2016)."),
            RuleParameter(
                "overburdened-share", default: 0.17,
                "Share of carers who are heavily or overburdened where a place has no figure (Haaglanden 17%, "
                    + "GGD 2016)."
            ),
            RuleParameter(
                "full-at", default: 0.25,
                "The share of estimated overburdened carers reached per year that gives the full value "
                    + "(illustrative)."),
            RuleParameter(
                "unknown", default: 0.5, "The value where a place has no residents figure (neutral; illustrative)."),
        ],
        examples: [
            RuleExample(
                "Pijnacker-Nootdorp's own figures: 300 of ~1,738 overburdened carers",
                action: "informal-care: {carers-reached: 300}",
                place: "{residents: 57948, carers: 0.15, overburdened-carers: 0.2}",
                expected: 300 / (57948 * 0.15 * 0.2) / 0.25),
            RuleExample(
                "no carer figures: Haaglanden 12% and 17% give 2,040; 255 reached is 12.5%",
                action: "informal-care: {carers-reached: 255}",
                place: "{residents: 100000}",
                expected: 0.5),
            RuleExample(
                "no residents figure", action: "informal-care: {carers-reached: 255}",
                place: "{overburdened-carers: 0.19}", expected: 0.5),
            RuleExample(
                "carers-reached not given", action: "reach: 300",
                place: "{residents: 100000}", expected: 0),
        ]
    )

    /// The assumption the rationale states, as `explain` shows it.
    static let assumption =
        "the carers share is of adults (19+) but is applied to all residents, so the estimate is high "
        + "and the share reached errs low, alike for every action"

    func evaluate(_ action: ActionFacts, parameters: RuleParameters) throws -> RuleResult {
        guard let reached = action.fields.number("carers-reached"), reached > 0 else {
            return RuleResult(
                0,
                inputs: [RuleInput("carers reached", action.fields.number("carers-reached") == nil ? "not given" : "0")]
            )
        }
        // Each place with its own figures: an average of shares over places would let one place's
        // figure stand for another's, and leave places without a figure out of the estimate.
        let places =
            action.places.isEmpty
            ? [PlaceFacts(id: "area", name: "area", indicators: action.area)]
            : action.places
        let withoutResidents = places.filter { $0.indicators.value(StandardIndicators.residents) == nil }.map(\.id)
        guard withoutResidents.isEmpty else {
            let missing =
                withoutResidents.count == places.count
                ? RuleInput.missing(StandardIndicators.residents)
                : RuleInput(StandardIndicators.residents, "not given for \(withoutResidents.joined(separator: ", "))")
            return RuleResult(parameters["unknown"], inputs: [RuleInput("carers reached", reached), missing])
        }

        var residents = 0.0
        var estimated = 0.0
        var carersUsed: [(place: String, label: String)] = []
        var overburdenedUsed: [(place: String, label: String)] = []
        for place in places {
            let people = place.indicators.value(StandardIndicators.residents) ?? 0
            let carers = Self.share(StandardIndicators.carers, of: place, default: parameters["carers-share"])
            let overburdened = Self.share(
                StandardIndicators.overburdenedCarers, of: place, default: parameters["overburdened-share"])
            residents += people
            estimated += people * carers.value * overburdened.value
            carersUsed.append((place.id, carers.label))
            overburdenedUsed.append((place.id, overburdened.label))
        }
        var inputs = [
            RuleInput("carers reached", reached),
            RuleInput("residents", residents),
            RuleInput("carers share used", Self.describe(carersUsed)),
            RuleInput("overburdened share used", Self.describe(overburdenedUsed)),
            RuleInput("estimated overburdened carers", estimated),
            // The assumption the rationale states, where the analyst reads the figures.
            RuleInput("assumption", Self.assumption),
        ]
        // No overburdened carers where the action works: there is nobody this rule counts.
        guard estimated > 0 else { return RuleResult(0, inputs: inputs) }
        let coverage = reached / estimated
        let fullAt = max(parameters["full-at"], 0.0001)
        inputs.append(RuleInput("share reached", coverage))
        inputs.append(RuleInput("full at", fullAt))
        return RuleResult(min(1, coverage / fullAt), inputs: inputs)
    }

    /// The shares used, each once with the places it was used for: "0.16 (place figure): westland;
    /// 0.12 (default, Haaglanden GGD 2016): delft, rijswijk". One place needs no names.
    private static func describe(_ used: [(place: String, label: String)]) -> String {
        guard used.count > 1 else { return used.first?.label ?? "" }
        var labels: [String] = []
        var places: [String: [String]] = [:]
        for entry in used {
            if places[entry.label] == nil { labels.append(entry.label) }
            places[entry.label, default: []].append(entry.place)
        }
        return labels.map { "\($0): \(places[$0, default: []].joined(separator: ", "))" }.joined(separator: "; ")
    }

    /// A place's share, or the parameter's default when the place has no figure, with how it reads.
    private static func share(_ indicator: String, of place: PlaceFacts, default fallback: Double) -> (
        value: Double, label: String
    ) {
        if let value = place.indicators.value(indicator) {
            return (value, "\(ValueReader.format(value)) (place figure)")
        }
        return (fallback, "\(ValueReader.format(fallback)) (default, Haaglanden GGD 2016)")
    }
}
