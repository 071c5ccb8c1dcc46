/// The text of the files the scaffolder writes. Everything is derived from the request, so the
/// same arguments always give the same files.
enum ScaffoldTemplates {
    /// `Sources/…/<Name>Module.swift`: the module.
    static func module(_ request: ScaffoldRequest) -> String {
        let r = request
        return """
            import AgendaRules

            /// \(r.displayName) (\(r.slug)): TO FILL IN — what the module scores, for whom, and on what grounds.
            ///
            /// Actions use it with `domain: \(r.slug)` and a `\(r.slug):` block of the fields below. Version
            /// it with semantic versioning: every score records the module's id and version.
            public struct \(r.moduleType): DomainModule {
                public init() {}

                public let id = "\(r.slug)"
                public let name = "\(r.displayName)"
                public let version = "0.1.0"
                public let summary = \"""
                    Scores \(r.displayName.lowercased()) actions by the \(r.ruleWordsPerYear) per 100 residents 75+. \\
                    TO FILL IN: one paragraph on what the module scores and for whom.
                    \"""
                public let rules: [any ScoringRule] = [\(r.ruleType)()]
                public let actionFields = [
                    ModuleField(
                        "\(r.rule)", .count,
                        "\(sentence(r.ruleWordsPerYear)) (TO FILL IN: say exactly what is counted)."),
                ]
            }

            """
    }

    /// `Sources/…/<Rule>Rule.swift`: the first rule, with a complete description whose examples
    /// match the code below them.
    static func rule(_ request: ScaffoldRequest) -> String {
        let r = request
        return """
            import AgendaRules

            /// \(r.displayName) actions with more \(r.ruleWordsPerYear), for the residents 75+ where they
            /// work, score higher.
            struct \(r.ruleType): ScoringRule {
                static let description = RuleDescription(
                    identifier: "\(r.rule)",
                    name: "\(sentence(r.ruleWords))",
                    summary: "\(sentence(r.ruleWordsPerYear)) per 100 residents 75+, full value at 5.",
                    rationale: \"""
                        TO FILL IN: why this matters, in a few sentences. Counting per 100 residents 75+ of \\
                        the places an action works in lets a small municipality and a large city compare \\
                        fairly. Without a figure for residents 75+ the rule gives 0.
                        \""",
                    sources: [
                        // Name the document, organisation and year this rule rests on (a study, a
                        // guideline, a GALA target, a GGD monitor). `agenda rules` shows it to users.
                        "TO FILL IN: source (document, organisation, year)",
                    ],
                    parameters: [
                        RuleParameter(
                            "full-at", default: 5,
                            "\(sentence(r.ruleWordsPerYear)) per 100 residents 75+ that give the full value "
                                + "(illustrative)."),
                    ],
                    examples: [
                        // Each example runs in a small agenda (see docs/modules.md, "Examples are
                        // tests"): 50 for 2,000 residents 75+ is 2.5 per 100, half of the full value at 5.
                        RuleExample("50 for 2,000 residents 75+", action: "\(r.slug): {\(r.rule): 50}",
                                    place: "{residents-75plus: 2000}", expected: 0.5),
                        RuleExample("no figure for residents 75+", action: "\(r.slug): {\(r.rule): 50}", expected: 0),
                    ]
                )

                func evaluate(_ action: ActionFacts, parameters: RuleParameters) throws -> RuleResult {
                    let count = action.fields.number("\(r.rule)") ?? 0
                    guard let population = action.area.value(StandardIndicators.residents75Plus), population > 0 else {
                        let inputs = [RuleInput("\(r.ruleWords)", count), .missing(StandardIndicators.residents75Plus)]
                        return RuleResult(0, inputs: inputs)
                    }
                    let per100 = count / population * 100
                    let fullAt = parameters["full-at"]
                    return RuleResult(fullAt > 0 ? min(1, per100 / fullAt) : 0, inputs: [
                        RuleInput("\(r.ruleWords)", count), RuleInput("residents 75+", population),
                        RuleInput("per 100 residents 75+", per100),
                    ])
                }
            }

            """
    }

    /// The test of a partner package: the built-in modules plus this one, as the partner's
    /// `agenda` assembles them, and every example of every rule.
    static func partnerTest(_ request: ScaffoldRequest) -> String {
        let r = request
        return """
            import AgendaCore
            import AgendaModules
            import \(r.targetName)
            import Testing

            /// Every example of every rule of the \(r.slug) module gives its expected value.
            @Suite struct \(r.moduleType)Tests {
                @Test func everyExampleGivesItsExpectedValue() throws {
                    // The registry `agenda` uses when this module is linked into it.
                    let assembled = ModuleAssembly(linked: [\(r.moduleType)()]).assemble(on: InstalledModules.registry)
                    let registry = try #require(assembled.registry, "\\(assembled.diagnostics.map(\\.rendered))")
                    let module = try #require(registry.module("\(r.slug)"))
                    let failures = RuleExampleRunner(registry: registry).failures(of: module)
                    #expect(failures.isEmpty, "\\(failures.joined(separator: "\\n\\n"))")
                }
            }

            """
    }

    /// The test in this repository: the module must be installed (InstalledModules.swift).
    static func repositoryTest(_ request: ScaffoldRequest) -> String {
        let r = request
        return """
            import AgendaCore
            import AgendaModules
            import Testing

            /// Every example of every rule of the \(r.slug) module gives its expected value, once the module is
            /// installed in Sources/Modules/Installed/InstalledModules.swift.
            @Suite struct \(r.moduleType)Tests {
                @Test func everyExampleGivesItsExpectedValue() throws {
                    let registry = InstalledModules.registry
                    let module = try #require(
                        registry.module("\(r.slug)"), "add \(r.moduleType)() to InstalledModules.modules")
                    let failures = RuleExampleRunner(registry: registry).failures(of: module)
                    #expect(failures.isEmpty, "\\(failures.joined(separator: "\\n\\n"))")
                }
            }

            """
    }

    /// `adapted homes` → `Adapted homes`.
    static func sentence(_ words: String) -> String {
        words.prefix(1).uppercased() + words.dropFirst()
    }
}
