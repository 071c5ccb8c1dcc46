import AgendaRules

/// Primary care (eerstelijnszorg): proactive care for frail older people by GP practices, district
/// nurses and social workers together.
///
/// Grounded in Embrace (SamenOud, UMCG: every resident 75+ of a GP practice screened each year, with
/// an elderly-care team of GP, district nurse and social worker; RCT Spoorenberg et al., PLoS ONE
/// 2018), the LESA 'Zorg voor kwetsbare ouderen' (NHG / V&VN) on how huisarts and wijkverpleegkundige
/// work together, and the CBS figures on residents 75+ living independently.
public struct PrimaryCareModule: DomainModule {
    public init() {}

    public let id = "primary-care"
    public let name = "Primary care (eerstelijnszorg)"
    public let version = "1.0.0"
    public let summary = """
        Scores primary-care actions by the share of the estimated frail older population they reach, \
        the share of the area's GP practices that take part, the need shown by residents 75+ who no \
        longer live independently, and whether care and welfare professionals form one elderly-care team.
        """
    public let rules: [any ScoringRule] = [
        FrailReachRule(), PracticeCoverageRule(), IndependentLivingNeedRule(), ElderlyCareTeamRule(),
    ]
    public let actionFields = [
        ModuleField(
            "frail-elderly-reached", .count,
            "Frail older people (kwetsbare ouderen) who get proactive care from the action per year."),
        ModuleField("practices", .count, "GP practices (huisartsenpraktijken) that take part in the action."),
    ]
    // Optional: where an agenda knows how many GP practices a place has, coverage is counted against
    // that number instead of an estimate from its residents 75+.
    public let districtFields = [
        ModuleField(
            "practices", .count, "GP practices (huisartsenpraktijken) located in this municipality or district.")
    ]
}
