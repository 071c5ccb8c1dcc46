import AgendaModules
import Testing

@testable import AgendaCore

/// Every example of every rule in the registry gives its expected value.
@Suite struct RuleExampleTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let module: String
        let rule: String
        let index: Int
        var testDescription: String { "\(module).\(rule) example \(index + 1)" }
    }

    static let cases: [Case] = InstalledModules.registry.allModules.flatMap { module in
        module.rules.flatMap { rule in
            rule.ruleDescription.examples.indices.map {
                Case(module: module.id, rule: rule.ruleDescription.identifier, index: $0)
            }
        }
    }

    @Test(arguments: cases)
    func exampleGivesItsExpectedValue(_ testCase: Case) throws {
        let registry = InstalledModules.registry
        let module = try #require(registry.module(testCase.module))
        let rule = try #require(module.rules.first { $0.ruleDescription.identifier == testCase.rule })
        let example = rule.ruleDescription.examples[testCase.index]
        let outcome = RuleExampleRunner(registry: registry).run(example, of: rule, in: module)
        #expect(
            outcome.problems.isEmpty,
            "\(example.title): \(outcome.problems.joined(separator: "\n"))\n\(outcome.agendaText)")
        #expect(
            outcome.passed,
            "\(example.title): expected \(example.expected), got \(outcome.value.map { "\($0)" } ?? "nothing")")
    }

    @Test func everyModuleHasAtLeastFourDocumentedRulesWithExamples() {
        for module in InstalledModules.registry.modules {
            #expect(module.rules.count >= 4, "\(module.id) has \(module.rules.count) rules")
            for rule in module.rules {
                let description = rule.ruleDescription
                #expect(!description.examples.isEmpty, "\(module.id).\(description.identifier) has no examples")
                #expect(!description.sources.isEmpty, "\(module.id).\(description.identifier) names no source")
                #expect(!description.rationale.isEmpty && !description.summary.isEmpty)
            }
        }
    }

    @Test func theCoreHasTheRulesTheAgendaFormatNames() {
        let ids = InstalledModules.registry.core.rules.map(\.ruleDescription.identifier)
        for rule in ["goal-weight", "pillar-weight", "evidence", "pilot-result", "partner-commitment", "collaboration"]
        {
            #expect(ids.contains(rule))
        }
    }

    /// The pillar-weight rule sums the goal weight of every pillar in the pillars' order: summed in
    /// a dictionary's order, which differs from copy to copy, the last digit varied, and with it
    /// (rarely) a score's rounding.
    @Test func thePillarWeightDoesNotDependOnTheDictionarysOrder() throws {
        let rule = try #require(
            InstalledModules.registry.core.rules.first { $0.ruleDescription.identifier == "pillar-weight" })
        // Weights whose sum depends on the order it is taken in.
        let weights: [(Pillar, Double)] = [(.content, 1), (.organisation, 1e-16), (.funding, 1e-16)]
        var values = Set<Double>()
        for order in [[0, 1, 2], [2, 1, 0], [1, 0, 2], [0, 2, 1], [2, 0, 1], [1, 2, 0]] {
            for capacity in [0, 3, 64] {
                var perPillar = [Pillar: Double](minimumCapacity: capacity)
                for index in order { perPillar[weights[index].0] = weights[index].1 }
                let facts = ActionFacts(
                    id: "a", title: "A", domain: "welfare", pillar: .organisation,
                    lead: PartnerFacts(id: "p", kind: "municipality"),
                    agenda: AgendaFacts(goalWeightPerPillar: perPillar))
                values.insert(
                    try rule.evaluate(facts, parameters: RuleParameters(defaultsOf: rule.ruleDescription)).value)
            }
        }
        #expect(values.count == 1, "\(values)")
    }

    @Test func aWrongExampleFails() throws {
        let registry = InstalledModules.registry
        let module = try #require(registry.module("welfare"))
        let rule = try #require(module.rules.first { $0.ruleDescription.identifier == "loneliness-need" })
        let wrong = RuleExample("wrong on purpose", place: "{lonely-65plus: 0.43}", expected: 0.5)
        #expect(!RuleExampleRunner(registry: registry).run(wrong, of: rule, in: module).passed)
        let broken = RuleExample("unknown indicator", place: "{lonely: 0.43}", expected: 0.86)
        let outcome = RuleExampleRunner(registry: registry).run(broken, of: rule, in: module)
        #expect(!outcome.passed)
        #expect(outcome.problems.contains { $0.contains("unknown indicator 'lonely'") })
    }

    /// `failures(of:)`, what a module's own test asserts: empty for a module whose examples pass,
    /// one message per wrong example (and per rule without examples) otherwise.
    @Test func failuresOfAModuleNameTheRuleAndTheExample() throws {
        let registry = InstalledModules.registry
        let welfare = try #require(registry.module("welfare"))
        #expect(RuleExampleRunner(registry: registry).failures(of: welfare).isEmpty)

        struct WrongRule: ScoringRule {
            static let description = RuleDescription(
                identifier: "always-half", name: "Always half", summary: "Half.", rationale: "Test.", sources: [],
                examples: [RuleExample("claims one", expected: 1), RuleExample("claims half", expected: 0.5)])
            func evaluate(_ action: ActionFacts, parameters: RuleParameters) throws -> RuleResult { RuleResult(0.5) }
        }
        struct Bare: ScoringRule {
            static let description = RuleDescription(
                identifier: "bare", name: "Bare", summary: "", rationale: "", sources: [], examples: [])
            func evaluate(_ action: ActionFacts, parameters: RuleParameters) throws -> RuleResult { RuleResult(0) }
        }
        struct Wrong: DomainModule {
            let id = "wrong", name = "Wrong", version = "1.0.0", summary = ""
            let rules: [any ScoringRule] = [WrongRule(), Bare()]
        }
        let extended = try registry.adding([(Wrong(), .linked)])
        let failures = RuleExampleRunner(registry: extended).failures(of: Wrong())
        #expect(failures.count == 2, "\(failures)")
        #expect(
            failures.first?.hasPrefix("wrong.always-half, example 'claims one': expected 1, got 0.5\n") == true,
            "\(failures)")
        #expect(failures.last == "wrong.bare has no examples")
    }
}
