import AgendaRules

/// Informal care (mantelzorg): support for carers, above all for those who are heavily burdened.
///
/// Grounded in the GGD Haaglanden Gezondheidsmonitor (12% of adults are carers, 17% of them heavily
/// or overburdened in 2016, among the highest of the GGD regions), Movisie's 'Wat werkt bij
/// mantelzorgondersteuning' (2017) and Movisie / Expertisecentrum Mantelzorg's 'Wat geeft een
/// adempauze aan de mantelzorger?' (2016). The rules measure carers rather than residents 75+:
/// reach among older residents is the welfare module's measure and fits carer support poorly, since
/// most carers are younger than the people they care for.
public struct InformalCareModule: DomainModule {
    public init() {}

    public let id = "informal-care"
    public let name = "Informal care (mantelzorg)"
    public let version = "1.0.0"
    public let summary = """
        Scores informal-care actions by the share of overburdened carers where they work, the share \
        of the estimated overburdened carers they reach, the respite hours they offer per carer \
        reached, and whether a carer support point (steunpunt mantelzorg) leads or joins them.
        """
    public let rules: [any ScoringRule] = [
        OverburdenedNeedRule(), OverburdenedCoverageRule(), RespiteHoursRule(), SupportPointRule(),
    ]
    public let actionFields = [
        ModuleField("carers-reached", .count, "Carers (mantelzorgers) the action supports per year."),
        ModuleField(
            "respite-hours-per-year", .count,
            "Hours of respite care (respijtzorg: day care, short stays, volunteers at home) the action offers per year."
        ),
    ]
}
