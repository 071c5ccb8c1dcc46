import AgendaCore
import AgendaModules
import Testing
import WonenModule

/// The wonen module's examples, and a small agenda scored with it, the way the planner's own
/// test suite checks its built-in modules.
@Suite struct WonenModuleTests {
    /// The built-in modules plus this one, as this package's `agenda` assembles them.
    static func registry() throws -> ModuleRegistry {
        let assembled = ModuleAssembly(linked: [WonenModule()]).assemble(on: InstalledModules.registry)
        return try #require(assembled.registry, "\(assembled.diagnostics.map(\.rendered))")
    }

    struct Case: CustomTestStringConvertible, Sendable {
        let rule: String
        let index: Int
        var testDescription: String { "wonen.\(rule) example \(index + 1)" }
    }

    static let cases: [Case] = WonenModule().rules.flatMap { rule in
        rule.ruleDescription.examples.indices.map { Case(rule: rule.ruleDescription.identifier, index: $0) }
    }

    @Test(arguments: cases)
    func exampleGivesItsExpectedValue(_ testCase: Case) throws {
        let registry = try Self.registry()
        let module = try #require(registry.module("wonen"))
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

    @Test func everyRuleIsDescribed() {
        for rule in WonenModule().rules {
            let description = rule.ruleDescription
            #expect(!description.summary.isEmpty && !description.rationale.isEmpty, "\(description.identifier)")
            #expect(!description.sources.isEmpty, "\(description.identifier) names no source")
            #expect(description.examples.count >= 2, "\(description.identifier) has fewer than two examples")
        }
    }

    /// A wonen action next to a welfare action: both load, and the wonen one is scored by this
    /// module's rules with its version recorded.
    @Test func scoresAnAgendaWithAWonenAction() throws {
        let registry = try Self.registry()
        let text = """
            agenda: {id: wonen-test, title: Wonen test, period: 2025-2026}
            indicators:
              residents-75plus: {label: Inwoners 75+, unit: persons, higher_is: neutral, source: illustrative}
              living-independently-75plus: {label: Zelfstandig wonend 75+, unit: share, higher_is: better, \
            source: illustrative}
            region:
              id: test-regio
              name: Testregio
              municipalities:
                - {id: rijswijk, name: Rijswijk, \
            indicators: {residents-75plus: 4000, living-independently-75plus: 0.919}}
            partners:
              - {id: woningcorporatie, name: Woningcorporatie, kind: other, domains: [wonen]}
              - {id: welzijn, name: Welzijn Rijswijk, kind: welfare, domains: [welfare, wonen]}
            funding:
              - {id: fonds, funder: Gemeente, budget: {2025: 100000, 2026: 100000}}
            actions:
              - id: woningaanpassing
                title: Woningaanpassing voor 75-plussers
                domain: wonen
                pillar: content
                where: [rijswijk]
                lead: woningcorporatie
                cost: {2025: 40000, 2026: 40000}
                wonen: {homes-adapted: 40, home-visits: 200}
              - id: ontmoeting
                title: Ontmoetingsplek
                domain: welfare
                pillar: content
                where: [rijswijk]
                lead: welzijn
                cost: {2025: 20000, 2026: 20000}
                welfare: {locations: 1}
            """
        let result = AgendaLoader(registry: registry).load(text: text, displayPath: "wonen-test.yaml")
        let errors = result.diagnostics.filter { $0.severity == .error }.map(\.rendered)
        #expect(errors.isEmpty, "\(errors.joined(separator: "\n"))")
        let agenda = try #require(result.agenda)
        let report = ScoringEngine(registry: registry).score(agenda)
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics.map(\.rendered))")
        let scored = try #require(report.action("woningaanpassing"))
        let wonen = scored.contributions.filter { $0.module == "wonen" }
        #expect(wonen.map(\.rule) == ["homes-that-fit", "independent-living-gap", "home-visit-reach"])
        #expect(wonen.allSatisfy { $0.moduleVersion == "0.1.0" })
        var values: [String: Double] = [:]
        for contribution in wonen { values[contribution.rule] = contribution.raw }
        // 40 homes per 4,000 residents 75+ is 1 per 100: half of the full value at 2.
        #expect(abs((values["homes-that-fit"] ?? -1) - 0.5) < 1e-9)
        // Rijswijk's 91,9% is 3,1 points below 95%: 0.62 of the full gap of 5 points.
        #expect(abs((values["independent-living-gap"] ?? -1) - 0.62) < 1e-9)
        // 200 visits for 4,000 residents 75+ is 5%: half of the full value at 10%.
        #expect(abs((values["home-visit-reach"] ?? -1) - 0.5) < 1e-9)
    }
}
