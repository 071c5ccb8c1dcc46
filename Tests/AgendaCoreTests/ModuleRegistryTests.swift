import AgendaModules
import FixtureHousingModule
import TestSupport
import Testing

@testable import AgendaCore

/// The registry refuses clashes; a fifth module plugs in with one line.
@Suite struct ModuleRegistryTests {
    @Test func installedModulesAreTheFourDomains() {
        #expect(InstalledModules.registry.domainIDs == ["prevention", "primary-care", "welfare", "informal-care"])
    }

    @Test func duplicateModuleIsRefused() {
        #expect(throws: ModuleRegistry.Problem.duplicateModule("housing", first: .builtIn, second: .builtIn)) {
            try ModuleRegistry(core: CoreModule(), modules: [HousingModule(), HousingModule()])
        }
    }

    @Test func moduleCannotTakeTheCoreID() {
        struct Impostor: DomainModule {
            let id = "core", name = "Impostor", version = "1.0.0", summary = ""
            let rules: [any ScoringRule] = []
        }
        #expect(throws: ModuleRegistry.Problem.reservedModuleID("core")) {
            try ModuleRegistry(core: CoreModule(), modules: [Impostor()])
        }
    }

    @Test func duplicateRuleIsRefused() {
        struct Twice: DomainModule {
            let id = "twice", name = "Twice", version = "1.0.0", summary = ""
            let rules: [any ScoringRule] = [FaultyRule(), FaultyRule()]
        }
        #expect(throws: ModuleRegistry.Problem.duplicateRule(module: "twice", rule: "faulty")) {
            try ModuleRegistry(core: CoreModule(), modules: [Twice()])
        }
    }

    @Test func nonSlugModuleIdIsRefused() {
        struct Bad: DomainModule {
            let id = "Wonen", name = "Bad", version = "1.0.0", summary = ""
            let rules: [any ScoringRule] = []
        }
        #expect(throws: ModuleRegistry.Problem.invalidModuleID("Wonen")) {
            try ModuleRegistry(core: CoreModule(), modules: [Bad()])
        }
    }

    /// Adding a fifth module: one target (`FixtureHousingModule`) and one registration line.
    @Test func fifthModulePlugsInWithOneLine() throws {
        let registry = try ModuleRegistry(core: CoreModule(), modules: InstalledModules.modules + [HousingModule()])
        let text = Base.with("    domain: welfare", "    domain: housing\n    housing: {homes-adapted: 40}")
            .replacingOccurrences(
                of: "{residents-75plus: 32000, lonely: 0.5}",
                with: "{residents-75plus: 32000, lonely: 0.5}\n      housing: {senior-homes: 300}")
        let result = try AgendaFixture(files: ["agenda.yaml": text]).load(registry: registry)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.rendered))")
        let agenda = try #require(result.agenda)
        #expect(agenda.actions[0].module?.values.number("homes-adapted") == 40)
        #expect(agenda.region.municipalities[0].modules.first?.values.number("senior-homes") == 300)

        let scores = ScoringEngine(registry: registry).score(agenda)
        let housing = try #require(scores.action("ontmoeting-laak"))
        #expect(housing.contributions.contains { $0.qualifiedRule == "housing.adapted-homes" })
        // The example of the fixture's rule runs like the built-in ones.
        let rule = HousingModule().rules[0]
        #expect(
            RuleExampleRunner(registry: registry).run(rule.ruleDescription.examples[0], of: rule, in: HousingModule())
                .passed)
    }

    @Test func moduleFieldsAreCheckedWithLocatedDiagnostics() throws {
        let registry = try ModuleRegistry(core: CoreModule(), modules: InstalledModules.modules + [HousingModule()])
        let text = Base.with("    domain: welfare", "    domain: housing\n    housing: {homes-adaptd: 40, extra: -1}")
        let lines = try AgendaFixture(files: ["agenda.yaml": text]).lines(registry: registry)
        #expect(
            lines.contains(
                "agenda.yaml:\(position(of: "homes-adaptd", in: text)): error: unknown key 'homes-adaptd' in the "
                    + "'housing' fields; did you mean 'homes-adapted'?"
            ))
        #expect(
            lines.contains(
                "agenda.yaml:\(position(of: "extra", in: text)): error: unknown key 'extra' in the 'housing' fields"))
        #expect(
            lines.contains(
                "agenda.yaml:\(position(of: "{homes-adaptd", in: text)): error: the 'housing' fields are missing "
                    + "required key 'homes-adapted'"
            ))
    }

    @Test func missingRequiredModuleBlock() throws {
        let registry = try ModuleRegistry(core: CoreModule(), modules: InstalledModules.modules + [HousingModule()])
        let text = Base.with("    domain: welfare", "    domain: housing")
        let lines = try AgendaFixture(files: ["agenda.yaml": text]).lines(registry: registry)
        #expect(
            lines.contains(
                "agenda.yaml:32:13: error: an action of domain 'housing' needs its 'housing' fields: 'homes-adapted'"))
    }

    @Test func builtInModuleFieldTypeError() throws {
        let text = Base.with("    partners: [ggd]", "    partners: [ggd]\n    welfare: {locations: twee}")
        let lines = try AgendaFixture.lines(text)
        #expect(
            lines.contains(
                "agenda.yaml:\(position(of: "twee", in: text)): error: expected a whole number for 'locations', "
                    + "found the text 'twee'"
            ))
    }

    @Test func unknownRuleInWeights() throws {
        let text = Base.plus("planning:\n  weights:\n    rules: {welfare.lonelines-need: 2, core.goal-weight: 2}\n")
        let lines = try AgendaFixture.lines(text)
        #expect(
            lines == [
                "agenda.yaml:\(position(of: "welfare.lonelines-need", in: text)): error: unknown rule "
                    + "'lonelines-need' in module 'welfare'; did you mean 'loneliness-need'?"
            ])
    }
}
