import AgendaRules

/// Dementia-friendly care (dementievriendelijke zorg): meeting centres, casemanagement and support
/// for people with dementia who live at home, and for their carers.
///
/// A module loaded at run time (`agenda plan AGENDA --module libDementieModule.so`); its entry
/// points are in `EntryPoints.swift`. Grounded in the Haaglanden facts: national prevalence figures
/// (no per-municipality estimate for Haaglanden was found, so an agenda may give its own), the
/// Nationale Dementiestrategie's goal for meeting centres, the recognised Ontmoetingscentra model
/// and Haags Ontmoeten, where a welfare and a care organisation run every location together.
public struct DementieModule: DomainModule {
    public init() {}

    public let id = "dementie"
    public let name = "Dementia-friendly care (dementievriendelijk)"
    public let version = "0.1.0"
    public let summary = """
        Scores actions for people with dementia living at home by how many people with dementia \
        live where they work, the share of them they support, the carers they support alongside, \
        and whether a welfare and a care organisation carry them together.
        """
    public let rules: [any ScoringRule] = [
        DementiaNeedRule(), DementiaCoverageRule(), CarerSupportRule(), CareWelfarePairRule(),
    ]
    public let actionFields = [
        ModuleField(
            Fields.clients, .count, required: true,
            "People with dementia the action supports per year (meeting-centre visitors, casemanagement clients)."),
        ModuleField(Fields.carers, .count, "Their carers (mantelzorgers) the action supports per year."),
    ]
    public let districtFields = [
        ModuleField(
            Fields.peopleWithDementia, .count,
            "Estimated people with dementia in the place (e.g. Alzheimer Nederland, cijfers per gemeente); without "
                + "it the module estimates from residents 65+."
        )
    ]

    /// The names of the module's fields, shared by the rules.
    enum Fields {
        static let clients = "clients"
        static let carers = "carers"
        static let peopleWithDementia = "people-with-dementia"
    }
}
