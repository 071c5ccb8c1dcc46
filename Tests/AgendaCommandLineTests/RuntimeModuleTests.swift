import AgendaModules
import AgendaRules
import Foundation
import TestSupport
import Testing

@testable import AgendaCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Modules loaded at run time from shared libraries, none of which is part of the default build:
/// the sample package `Packages/DementieModule`, built here with `swift build`, and small C
/// libraries compiled on the fly that are not (correct) agenda modules.
///
/// Serialized: the tests share one nested build, and two nested builds into one scratch path would
/// fight over its lock.
@Suite(.serialized) struct RuntimeModuleTests {
    // MARK: The sample module

    @Test func dementieModuleLoadsFromItsLibrary() throws {
        let library = try Self.dementieLibrary()
        let loaded = RuntimeModuleLoader.load(path: library)
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics.map(\.rendered))")
        let module = try #require(loaded.module)
        #expect(module.id == "dementie")
        #expect(module.version == "0.1.0")
        #expect(
            module.rules.map(\.ruleDescription.identifier) == [
                "dementia-need", "coverage", "carer-support", "care-welfare-pair",
            ])
        #expect(module.actionFields.map(\.name) == ["clients", "carers"])
        #expect(module.districtFields.map(\.name) == ["people-with-dementia"])
    }

    @Test func dementieModuleScoresAnAgenda() throws {
        let library = try Self.dementieLibrary()
        let assembled = ModuleAssembly(libraries: [library]).assemble(on: InstalledModules.registry)
        #expect(assembled.diagnostics.isEmpty, "\(assembled.diagnostics.map(\.rendered))")
        let registry = try #require(assembled.registry)
        #expect(registry.domainIDs.last == "dementie")
        #expect(registry.origin(of: "dementie") == .runtime(library: library))

        let result = AgendaLoader(registry: registry).load(text: Self.agenda, displayPath: "dementie.yaml")
        #expect(!result.hasErrors, "\(result.diagnostics.map(\.rendered))")
        let agenda = try #require(result.agenda)
        let scores = ScoringEngine(registry: registry).score(agenda)
        #expect(!scores.diagnostics.contains { $0.severity == .error }, "\(scores.diagnostics.map(\.rendered))")

        func raw(_ action: String, _ rule: String) -> Double? {
            scores.action(action)?.contributions.first { $0.qualifiedRule == "dementie.\(rule)" }?.raw
        }
        // Stad: 12,500 residents 65+, so about 1,000 people with dementia, 680 of them at home.
        #expect(isClose(raw("ontmoetingscentrum-stad", "dementia-need"), 1000))
        #expect(isClose(raw("ontmoetingscentrum-stad", "coverage"), 0.5))
        #expect(isClose(raw("ontmoetingscentrum-stad", "carer-support"), 200.0 / 272))
        #expect(isClose(raw("ontmoetingscentrum-stad", "care-welfare-pair"), 1))
        // Dorp gives its own figure (a district field of the module): 500 people with dementia.
        #expect(isClose(raw("casemanagement-dorp", "dementia-need"), 500))
        #expect(isClose(raw("casemanagement-dorp", "coverage"), 170 / (500 * 0.68) / 0.8))
        #expect(isClose(raw("casemanagement-dorp", "care-welfare-pair"), 0.5))
        // The module's rules are recorded with its version, like a built-in module's.
        let contribution = try #require(
            scores.action("casemanagement-dorp")?.contributions.first { $0.module == "dementie" })
        #expect(contribution.moduleVersion == "0.1.0")
        // The core rules apply to its actions too.
        #expect(
            scores.action("ontmoetingscentrum-stad")?.contributions.contains { $0.qualifiedRule == "core.evidence" }
                == true)
    }

    @Test func dementieExamplesPass() throws {
        let library = try Self.dementieLibrary()
        let registry = try #require(
            ModuleAssembly(libraries: [library]).assemble(on: InstalledModules.registry).registry)
        let module = try #require(registry.module("dementie"))
        var count = 0
        for rule in module.rules {
            for example in rule.ruleDescription.examples {
                let outcome = RuleExampleRunner(registry: registry).run(example, of: rule, in: module)
                #expect(
                    outcome.passed,
                    """
                    dementie.\(rule.ruleDescription.identifier), '\(example.title)': expected \(outcome.expected), \
                    got \(outcome.value.map { "\($0)" } ?? "no value"); \(outcome.problems)
                    \(outcome.agendaText)
                    """)
                count += 1
            }
        }
        #expect(count >= 8)
    }

    /// The loader gives the module each time; installing one library twice is a clash naming it.
    /// The sample agenda of the package, planned by the `agenda` executable with `--module`: the
    /// whole route a partner takes, and `explain` names the library the scores came from.
    @Test func agendaPlansTheSampleAgendaWithTheLibrary() throws {
        let library = try Self.dementieLibrary()
        let agenda = Self.repositoryRoot.appendingPathComponent("Packages/DementieModule/agendas/dementie.yaml").path
        let plan = try AgendaExecutable.run(["plan", agenda, "--module", library, "--format", "json"])
        #expect(plan.status == 0, "\(plan.errors)")
        #expect(plan.output.contains(#""id": "ontmoetingscentrum-voorburg""#))
        let explained = try AgendaExecutable.run([
            "explain", agenda, "ontmoetingscentrum-voorburg", "--module", library,
        ])
        #expect(explained.status == 0, "\(explained.errors)")
        #expect(explained.output.contains("module dementie 0.1.0 komt uit: library \(library)"), "\(explained.output)")
        // Without the library the domain is unknown, and the note says how to load a module.
        let without = try AgendaExecutable.run(["validate", agenda])
        #expect(without.status == 1)
        #expect(without.output.contains("error: unknown domain 'dementie'"))
        #expect(without.output.contains("--module (a library)"))
    }

    @Test func sameLibraryTwiceIsAClash() throws {
        let library = try Self.dementieLibrary()
        #expect(RuntimeModuleLoader.load(path: library).module?.id == "dementie")
        #expect(RuntimeModuleLoader.load(path: library).module?.id == "dementie")
        let assembled = ModuleAssembly(libraries: [library, library]).assemble(on: InstalledModules.registry)
        #expect(assembled.registry == nil)
        #expect(
            assembled.diagnostics.map(\.rendered) == [
                "\(library): error: two modules claim the domain 'dementie': one library \(library), one library "
                    + "\(library)"
            ])
    }

    // MARK: Libraries that are refused

    /// A library built against rule API 999 is refused before `agenda_module_create` is called.
    @Test func otherRuleAPIVersionIsRefused() throws {
        let folder = try Self.temporaryFolder()
        let library = try Self.compileC(
            """
            int created = 0;
            int agenda_module_rule_api_version(void) { return 999; }
            void *agenda_module_create(void) { created += 1; return 0; }
            """, named: "libfuture.so", in: folder)
        let loaded = RuntimeModuleLoader.load(path: library)
        #expect(loaded.module == nil)
        #expect(
            loaded.diagnostics.map(\.rendered) == [
                "\(library): error: was built against rule API 999; this agenda program uses rule API "
                    + "\(RuleAPI.hostVersion); rebuild it against Packages/AgendaRules of this version"
            ])
        #expect(loaded.diagnostics.first?.code == "module-library-version")
        // The library stays loaded (never closed), so its counter shows create was never called.
        let handle = try #require(dlopen(library, RTLD_NOW | RTLD_LOCAL))
        let created = try #require(dlsym(handle, "created")).assumingMemoryBound(to: Int32.self)
        #expect(created.pointee == 0)
    }

    @Test func createReturningNullIsRefused() throws {
        let folder = try Self.temporaryFolder()
        let library = try Self.compileC(
            """
            int agenda_module_rule_api_version(void) { return \(RuleAPI.hostVersion); }
            void *agenda_module_create(void) { return 0; }
            """, named: "libempty.so", in: folder)
        let loaded = RuntimeModuleLoader.load(path: library)
        #expect(loaded.module == nil)
        #expect(
            loaded.diagnostics.map(\.rendered) == [
                "\(library): error: agenda_module_create returned no module (a null pointer)"
            ])
    }

    /// A Swift library that hands over some other object (here compiled without AgendaRules at all,
    /// as a library with its own copy of the rule API would be) is refused by the cast.
    @Test func objectThatIsNotTheBoxIsRefused() throws {
        let folder = try Self.temporaryFolder()
        let source = folder.appendingPathComponent("Impostor.swift")
        try Data(
            """
            final class Impostor {}
            @_cdecl("agenda_module_rule_api_version")
            public func agendaModuleRuleAPIVersion() -> Int32 { \(RuleAPI.hostVersion) }
            @_cdecl("agenda_module_create")
            public func agendaModuleCreate() -> UnsafeMutableRawPointer {
                Unmanaged.passRetained(Impostor()).toOpaque()
            }
            """.utf8
        ).write(to: source)
        #if canImport(Darwin)
        let library = folder.appendingPathComponent("libImpostor.dylib").path
        #else
        let library = folder.appendingPathComponent("libImpostor.so").path
        #endif
        try Self.run(
            "/usr/bin/env", ["swiftc", "-emit-library", "-module-name", "Impostor", "-o", library, source.path])
        let loaded = RuntimeModuleLoader.load(path: library)
        #expect(loaded.module == nil)
        #expect(loaded.diagnostics.first?.code == "module-library-create")
        #expect(
            loaded.diagnostics.first?.message.hasPrefix(
                "agenda_module_create returned an object of type Impostor, not an ExportedModule of this "
                    + "agenda's rule API"
            ) == true,
            "\(loaded.diagnostics.map(\.rendered))")
    }

    @Test func libraryWithoutEntryPointsIsRefused() throws {
        let folder = try Self.temporaryFolder()
        let plain = try Self.compileC("int answer(void) { return 42; }", named: "libplain.so", in: folder)
        let loaded = RuntimeModuleLoader.load(path: plain)
        #expect(loaded.module == nil)
        #expect(
            loaded.diagnostics.map(\.rendered) == [
                "\(plain): error: is not an agenda module: it does not export agenda_module_rule_api_version (see "
                    + "docs/modules-runtime.md for the two functions a module library exports)"
            ])
        #expect(loaded.diagnostics.first?.code == "module-library-not-a-module")

        let half = try Self.compileC(
            "int agenda_module_rule_api_version(void) { return 1; }", named: "libhalf.so", in: folder)
        #expect(
            RuntimeModuleLoader.load(path: half).diagnostics.first?.message.contains(
                "it does not export agenda_module_create") == true)
    }

    @Test func textFileIsRefusedWithTheLinkersReason() throws {
        let folder = try Self.temporaryFolder()
        let path = folder.appendingPathComponent("x.so").path
        try Data("not a library\n".utf8).write(to: URL(fileURLWithPath: path))
        let loaded = RuntimeModuleLoader.load(path: path)
        #expect(loaded.module == nil)
        let diagnostic = try #require(loaded.diagnostics.first)
        #expect(loaded.diagnostics.count == 1)
        #expect(diagnostic.code == "module-library-unloadable")
        #expect(diagnostic.location == .file(path))
        // dlerror's own text follows, e.g. "/tmp/…/x.so: invalid ELF header" or "file too short".
        #expect(
            diagnostic.rendered.hasPrefix("\(path): error: cannot load this module library: "), "\(diagnostic.rendered)"
        )
        #expect(diagnostic.message.contains("x.so:"), "dlerror's text is missing: \(diagnostic.message)")
    }

    @Test func missingPathAndFolderAreRefused() throws {
        let missing = RuntimeModuleLoader.load(path: "no/such/libModule.so")
        #expect(missing.module == nil)
        #expect(missing.diagnostics.map(\.rendered) == ["no/such/libModule.so: error: no module library at this path"])

        let folder = try Self.temporaryFolder()
        let loaded = RuntimeModuleLoader.load(path: folder.path)
        #expect(loaded.module == nil)
        #expect(loaded.diagnostics.first?.message.hasPrefix("this is a folder") == true)
    }

    // MARK: Support

    /// A small agenda with two dementie actions; Dorp gives its own estimate of people with dementia.
    static let agenda = """
        agenda: {id: dementie-test, title: Dementie test, period: 2025-2026}
        indicators:
          residents-65plus: {label: Inwoners 65+, unit: persons, higher_is: neutral, source: illustrative}
        region:
          id: regio
          name: Regio
          municipalities:
            - id: stad
              name: Stad
              indicators: {residents-65plus: 12500}
            - id: dorp
              name: Dorp
              indicators: {residents-65plus: 4000}
              dementie: {people-with-dementia: 500}
        partners:
          - {id: welzijn, name: Welzijn, kind: welfare, domains: [dementie]}
          - {id: zorg, name: Zorg, kind: care, domains: [dementie]}
        goals: []
        funding:
          - {id: fonds, funder: Fonds, budget: {2025: 1000000, 2026: 1000000}}
        actions:
          - id: ontmoetingscentrum-stad
            title: Ontmoetingscentrum in Stad
            domain: dementie
            pillar: content
            evidence: effective-strong
            where: [stad]
            lead: welzijn
            partners: [zorg]
            cost: {2025: 60000, 2026: 60000}
            dementie: {clients: 272, carers: 200}
          - id: casemanagement-dorp
            title: Casemanagement in Dorp
            domain: dementie
            pillar: content
            where: [dorp]
            lead: zorg
            cost: {2025: 30000, 2026: 30000}
            dementie: {clients: 170}

        """

    /// The repository's root, from this file's path (Tests/AgendaCoreTests/RuntimeModuleTests.swift).
    static let repositoryRoot = Repository.root

    /// Builds `Packages/DementieModule` once per test run and returns its library's path.
    ///
    /// The scratch path is fixed, under the repository's `.build`, so a rerun only relinks what
    /// changed. The build is the slow part of this suite (see docs/modules-runtime.md).
    static func dementieLibrary() throws -> String {
        try dementieBuild.get()
    }

    private static let dementieBuild: Result<String, SubprocessFailure> = Result {
        () throws(SubprocessFailure) -> String in
        let scratch = repositoryRoot.appendingPathComponent(".build/module-packages/dementie")
        let package = repositoryRoot.appendingPathComponent("Packages/DementieModule")
        try run("/usr/bin/env", ["swift", "build", "--package-path", package.path, "--scratch-path", scratch.path])
        let output = try run(
            "/usr/bin/env",
            [
                "swift", "build", "--package-path", package.path,
                "--scratch-path", scratch.path, "--show-bin-path",
            ])
        let binPath =
            output.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "\n").last.map(String.init) ?? ""
        #if canImport(Darwin)
        let name = "libDementieModule.dylib"
        #else
        let name = "libDementieModule.so"
        #endif
        let library = URL(fileURLWithPath: binPath).appendingPathComponent(name).path
        guard FileManager.default.fileExists(atPath: library) else {
            throw SubprocessFailure(description: "the build succeeded but left no \(library)\n\(output)")
        }
        return library
    }

    /// Compiles C `source` into a shared library `name` in `folder` with `cc -shared -fPIC`.
    static func compileC(_ source: String, named name: String, in folder: URL) throws -> String {
        let sourceFile = folder.appendingPathComponent(name + ".c")
        try Data(source.utf8).write(to: sourceFile)
        let library = folder.appendingPathComponent(name).path
        try run("/usr/bin/env", ["cc", "-shared", "-fPIC", "-o", library, sourceFile.path])
        return library
    }

    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("agenda-runtime-modules-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Runs `executable` in the repository's folder (see `Subprocess.run`).
    @discardableResult
    static func run(_ executable: String, _ arguments: [String]) throws(SubprocessFailure) -> String {
        try Subprocess.run(executable, arguments, in: repositoryRoot)
    }
}

private func isClose(_ value: Double?, _ expected: Double) -> Bool {
    guard let value else { return false }
    return abs(value - expected) <= 1e-9 * max(1, abs(expected))
}
