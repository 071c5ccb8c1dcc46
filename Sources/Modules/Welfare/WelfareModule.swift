import AgendaRules

/// Welfare (welzijn): meeting places, loneliness, reaching older residents, volunteers.
///
/// Grounded in Haags Ontmoeten (meeting places in every stadsdeel, more than 40 locations), the
/// GGD monitor's loneliness figures and the Leidschendam-Voorburg goal of "een dekkend aanbod van
/// algemene voorzieningen".
public struct WelfareModule: DomainModule {
    public init() {}

    public let id = "welfare"
    public let name = "Welfare (welzijn)"
    public let version = "1.0.0"
    public let summary = """
        Scores welfare actions by the gap in meeting places they fill, the loneliness they address, \
        the share of older residents they reach, and the residents and volunteers they involve.
        """
    public let rules: [any ScoringRule] = [
        MeetingPlaceGapRule(), LonelinessNeedRule(), WelfareReachRule(), ResidentInvolvementRule(),
    ]
    public let actionFields = [
        ModuleField(
            "locations", .count, addsTo: StandardIndicators.meetingPlaces,
            "Meeting places (ontmoetingsplekken) the action opens.")
    ]
}
