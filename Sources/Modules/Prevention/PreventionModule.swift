import AgendaRules

/// Prevention (preventie): fall prevention along the GALA chain, reach and ageing pressure.
///
/// Grounded in the valpreventie targets of the Gezond en Actief Leven Akkoord (each year 14% of
/// home-dwelling residents 65+ get a fall-risk assessment and 3% follow a recognised
/// fall-prevention exercise intervention), the Dutch recognition system for interventions
/// (In Balans: goed onderbouwd) and VeiligheidNL's figures on falls of older people.
/// The level of evidence as such, goals, pilots and partners are scored by the core rules.
public struct PreventionModule: DomainModule {
    public init() {}

    public let id = "prevention"
    public let name = "Prevention (preventie)"
    public let version = "1.0.0"
    public let summary = """
        Scores prevention actions for older residents by how far their fall-risk screenings and \
        fall-prevention course places go towards the GALA targets (14% and 3% of home-dwelling \
        residents 65+ a year), whether their fall-prevention courses are a recognised intervention, \
        the share of older residents they reach, and the ageing pressure (home-dwelling 75+ among \
        residents) where they work.
        """
    public let rules: [any ScoringRule] = [
        FallRiskScreeningRule(), FallPreventionCoursesRule(), RecognisedFallInterventionRule(),
        PreventionReachRule(), AgeingPressureRule(),
    ]
    public let actionFields = [
        ModuleField(
            PreventionFields.screenings, .count,
            "Screenings per year, e.g. fall-risk assessments (valrisico-inschattingen); they count towards the GALA "
                + "14% target unless fall-prevention is false."
        ),
        ModuleField(
            PreventionFields.coursePlaces, .count,
            "Course places per year, e.g. In Balans groups; they count towards the GALA 3% target unless "
                + "fall-prevention is false."
        ),
        ModuleField(
            PreventionFields.fallPrevention, .flag,
            "Whether the screenings and courses are about falls (default true). Set false for others, e.g. "
                + "loneliness signalling or GRIP&GLANS."
        ),
    ]
}
