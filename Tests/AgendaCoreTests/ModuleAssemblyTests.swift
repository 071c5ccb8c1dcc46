import AgendaModules
import FixtureHousingModule
import Foundation
import TestSupport
import Testing

@testable import AgendaCore

/// The modules of one run: origins, clashes that name both origins, and provenance in reports.
@Suite struct ModuleAssemblyTests {
    /// A module that claims a built-in domain.
    struct ImpostorWelfare: DomainModule {
        let id = "welfare", name = "Impostor", version = "9.9.9", summary = ""
        let rules: [any ScoringRule] = []
    }

    @Test func linkedModuleIsInstalledWithItsOrigin() throws {
        let result = ModuleAssembly(linked: [HousingModule()]).assemble(on: InstalledModules.registry)
        #expect(result.diagnostics.isEmpty)
        let registry = try #require(result.registry)
        #expect(registry.domainIDs == ["prevention", "primary-care", "welfare", "informal-care", "housing"])
        #expect(registry.origin(of: "housing") == .linked)
        #expect(registry.origin(of: "welfare") == .builtIn)
        #expect(registry.origin(of: "core") == .builtIn)
    }

    @Test func clashNamesBothOrigins() {
        let result = ModuleAssembly(linked: [ImpostorWelfare()]).assemble(on: InstalledModules.registry)
        #expect(result.registry == nil)
        #expect(
            result.diagnostics.map(\.rendered) == [
                "agenda: error: two modules claim the domain 'welfare': one built in, one linked into this build"
            ])
        #expect(
            throws: ModuleRegistry.Problem.duplicateModule(
                "housing", first: .declarative(file: "a.yaml"), second: .runtime(library: "b.so"))
        ) {
            try ModuleRegistry(
                core: CoreModule(),
                modules: [
                    (HousingModule(), .declarative(file: "a.yaml")), (HousingModule(), .runtime(library: "b.so")),
                ])
        }
    }

    /// The same module file named twice (in `modules:` and with `--modules`, say) is read once,
    /// not installed twice as a clash with itself (issue 14).
    @Test func theSameModuleFileTwiceIsReadOnce() throws {
        let module = Repository.root.appendingPathComponent("agendas/partners/modules/mobiliteit.yaml").path
        let again = Repository.root.appendingPathComponent("agendas/partners/../partners/modules/mobiliteit.yaml").path
        let result = ModuleAssembly(moduleFiles: [module, again]).assemble(on: InstalledModules.registry)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.rendered))")
        let registry = try #require(result.registry)
        #expect(registry.domainIDs.filter { $0 == "mobiliteit" }.count == 1, "\(registry.domainIDs)")
    }

    @Test func missingLibraryAndModuleFileAreLocatedErrors() {
        let result = ModuleAssembly(moduleFiles: ["no/such/module.yaml"], libraries: ["no/such/libX.so"]).assemble(
            on: InstalledModules.registry)
        #expect(result.registry == nil)
        let lines = result.diagnostics.map(\.rendered)
        #expect(lines.contains { $0.hasPrefix("no/such/module.yaml: error: ") }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("no/such/libX.so: error: ") }, "\(lines)")
    }

    @Test func catalogueAndExplanationShowTheOrigin() throws {
        let registry = try #require(
            ModuleAssembly(linked: [HousingModule()]).assemble(on: InstalledModules.registry).registry)
        let json = RuleCatalog(registry: registry).rendered(.json)
        #expect(json.contains(#""id": "housing""#))
        #expect(json.contains(#""kind": "linked""#))
        #expect(
            RuleCatalog(registry: registry).rendered(.text).contains(
                "housing 0.1.0 — Housing (wonen), test fixture\n  from: linked into this build"))

        let text = Base.with("    domain: welfare", "    domain: housing\n    housing: {homes-adapted: 40}")
        let loaded = try AgendaFixture(files: ["agenda.yaml": text]).load(registry: registry)
        let agenda = try #require(loaded.agenda)
        let report = ScoringEngine(registry: registry).score(agenda)
        let housing = try #require(report.action("ontmoeting-laak")?.contributions.first { $0.module == "housing" })
        #expect(housing.moduleOrigin == .linked)
        let explained = try #require(
            ScoreRendering(agenda: agenda, report: report).explanation(of: "ontmoeting-laak", format: .text))
        #expect(explained.contains("module housing 0.1.0 comes from: linked into this build"))
        let explainedJSON = try #require(
            ScoreRendering(agenda: agenda, report: report).explanation(of: "ontmoeting-laak", format: .json))
        #expect(explainedJSON.contains(#""module_origin": {"#))
    }

    @Test func commandLineRefusesAMissingModuleWithItsPath() throws {
        let result = try AgendaExecutable.run(["rules", "--module", "/no/such/libWonen.so"])
        #expect(result.status == 1)
        #expect(result.errors.contains("/no/such/libWonen.so: error: "), "\(result.errors)")
        #expect(result.output.isEmpty)
    }

    /// Editors get completion for a partner's module too: its domain and its fields.
    @Test func schemaKnowsAPartnersModule() throws {
        let module = Repository.root.appendingPathComponent("agendas/partners/modules/mobiliteit.yaml").path
        let result = try AgendaExecutable.run(["schema", "--modules", module])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains(#""mobiliteit""#))
        #expect(result.output.contains(#""ritten-per-jaar""#))
        let plain = try AgendaExecutable.run(["schema"])
        #expect(!plain.output.contains("ritten-per-jaar"))
    }
}
