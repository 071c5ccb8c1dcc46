import AgendaRules

/// A domain module declared in a YAML module file (docs/modules-yaml.md), for partners who do not
/// write Swift. It behaves like any compiled module: the registry, the engine and the reports
/// cannot tell the difference, except by its origin.
public struct DeclarativeModule: DeclaredModule {
    public let id: String
    public let name: String
    public let version: String
    public let summary: String
    public let rules: [any ScoringRule]
    public let actionFields: [ModuleField]
    public let districtFields: [ModuleField]
    /// Its `translations:`: per report language, the words of its rules' inputs.
    public let translations: [ReportLanguage: [String: String]]
    /// The module file, as the user named it.
    public let file: String

    public init(
        id: String, name: String, version: String, summary: String, rules: [DeclarativeRule],
        actionFields: [ModuleField], districtFields: [ModuleField],
        translations: [ReportLanguage: [String: String]] = [:], file: String
    ) {
        self.id = id
        self.name = name
        self.version = version
        self.summary = summary
        self.rules = rules
        self.actionFields = actionFields
        self.districtFields = districtFields
        self.translations = translations
        self.file = file
    }
}
