import AgendaRules

/// Housing (wonen): homes that fit older residents, the places where too few of them still live
/// independently, and housing advice at home (woonadvies).
///
/// A partner's module, built outside the planner: it depends only on the rule API and is linked
/// into this package's build of `agenda` (Sources/agenda/main.swift). Actions use it with
/// `domain: wonen` and a `wonen:` block of the fields below.
public struct WonenModule: DomainModule {
    public init() {}

    public let id = "wonen"
    public let name = "Housing (wonen)"
    public let version = "0.1.0"
    public let summary = """
        Scores housing actions for older residents by the homes they adapt or make suitable \
        (geschikte, levensloopbestendige woningen), the need where fewer residents 75+ live \
        independently, and the share of residents 75+ who get housing advice at home.
        """
    public let rules: [any ScoringRule] = [HomesThatFitRule(), IndependentLivingGapRule(), HomeVisitReachRule()]
    public let actionFields = [
        ModuleField(
            "homes-adapted", .count,
            "Homes adapted for an older resident per year (woningaanpassingen: grab rails, no thresholds, a stairlift)."
        ),
        ModuleField(
            "suitable-homes", .count,
            "Homes per year built or converted to suit older residents (geschikte or levensloopbestendige woningen)."),
        ModuleField(
            "home-visits", .count, "Home visits with housing advice per year (woonadvies, preventief huisbezoek)."),
    ]
}
