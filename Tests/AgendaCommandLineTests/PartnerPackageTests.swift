import Foundation
import TestSupport
import Testing

/// A partner's package, built from a temporary folder against this repository: a copy of
/// `Packages/WonenModule`, with a second module scaffolded into it by `new-domain-module`, built
/// with `swift build`, its `agenda` run, and its own tests run with `swift test`.
///
/// This is the path docs/modules-swift.md describes, end to end. It is slow the first time (the
/// nested build compiles the planner once, into `.build/module-packages/partner-build`); reruns
/// are incremental because the scratch path is fixed. Serialized: every test uses the one copy
/// and the one scratch path, and two SwiftPM processes on one scratch path would fight over its lock.
@Suite(.serialized) struct PartnerPackageTests {
    static let repositoryRoot = Repository.root
    static let copy = repositoryRoot.appendingPathComponent(".build/module-packages/partner-copy")
    static let scratch = repositoryRoot.appendingPathComponent(".build/module-packages/partner-build")

    // MARK: The scaffolded module in a partner's build

    @Test func bothModulesAreLinkedIntoThePartnersAgenda() throws {
        let partner = try Self.partner.get()
        let output = try Self.run(partner.agenda, ["rules", "--format", "json"])
        struct Catalog: Decodable {
            struct Module: Decodable {
                struct Origin: Decodable { var kind: String }
                var id: String
                var origin: Origin
            }
            var modules: [Module]
        }
        let catalog: Catalog
        do {
            catalog = try JSONDecoder().decode(Catalog.self, from: Data(output.utf8))
        } catch {
            Issue.record("agenda rules --format json: \(error)\n\(output)")
            return
        }
        func kind(_ id: String) -> String? { catalog.modules.first { $0.id == id }?.origin.kind }
        #expect(kind("wonen") == "linked", "\(output)")
        #expect(kind("housing") == "linked", "\(output)")
        #expect(kind("welfare") == "built-in", "\(output)")
    }

    @Test func theWonenAgendaPlans() throws {
        let partner = try Self.partner.get()
        let agenda = Self.copy.appendingPathComponent("agendas/wonen.yaml").path
        let output = try Self.run(partner.agenda, ["plan", agenda])
        #expect(output.contains("woningaanpassing-escamp"), "\(output)")
    }

    @Test func thePartnersTestsPass() throws {
        _ = try Self.partner.get()
        // --skip-build: the setup built the tests already (`swift build --build-tests`).
        let listed = try Self.run(
            "/usr/bin/env",
            [
                "swift", "test", "list", "--package-path", Self.copy.path,
                "--scratch-path", Self.scratch.path, "--skip-build",
            ])
        #expect(
            listed.contains("HousingModuleTests.HousingModuleTests/everyExampleGivesItsExpectedValue()"), "\(listed)")
        #expect(listed.contains("WonenModuleTests.WonenModuleTests/scoresAnAgendaWithAWonenAction()"), "\(listed)")
        // Exit status 0: the scaffolded test and the wonen tests pass (a failure shows their output).
        try Self.swift(["test", "--skip-build"])
    }

    // MARK: Refusals

    @Test func existingFilesAreNeverOverwritten() throws {
        _ = try Self.partner.get()
        let module = Self.copy.appendingPathComponent("Sources/HousingModule/HousingModule.swift")
        let before = try String(contentsOf: module, encoding: .utf8)
        let failure = try Self.failingPlugin(["--name", "housing"])
        #expect(failure.contains("nothing was written, because the package already has:"), "\(failure)")
        #expect(failure.contains("Sources/HousingModule/HousingModule.swift"), "\(failure)")
        #expect(failure.contains("a target named 'HousingModule' in Package.swift"), "\(failure)")
        #expect(try String(contentsOf: module, encoding: .utf8) == before)
    }

    @Test func aNameThatIsNotASlugIsRefusedWithTheSlugForm() throws {
        _ = try Self.partner.get()
        let failure = try Self.failingPlugin(["--name", "Wonen Zorg"])
        #expect(failure.contains("--name 'Wonen Zorg' is not a slug"), "\(failure)")
        #expect(failure.contains("did you mean 'wonen-zorg'?"), "\(failure)")
        #expect(
            !FileManager.default.fileExists(atPath: Self.copy.appendingPathComponent("Sources/WonenZorgModule").path))
    }

    @Test func missingNameAndUnknownArgumentsAreRefused() throws {
        _ = try Self.partner.get()
        #expect(try Self.failingPlugin([]).contains("--name is required"))
        let unknown = try Self.failingPlugin(["--name", "mobiliteit", "--colour", "red"])
        #expect(unknown.contains("unknown argument '--colour'"), "\(unknown)")
        #expect(
            !FileManager.default.fileExists(atPath: Self.copy.appendingPathComponent("Sources/MobiliteitModule").path))
    }

    // MARK: Setting up the partner's package, once per test run

    struct Partner: Sendable {
        /// The partner's build of `agenda`.
        var agenda: String
        /// What the scaffolder printed.
        var pluginOutput: String
    }

    static let partner: Result<Partner, SubprocessFailure> = Result { () throws(SubprocessFailure) -> Partner in
        let started = Date()
        let partner = try setUp()
        // The duration shows in the test log, so a slow nested build is noticed.
        print("PartnerPackageTests: partner package set up in \(Int(Date().timeIntervalSince(started))) s")
        return partner
    }

    /// Copies the sample package, scaffolds `housing` into it, adds the printed lines and builds.
    static func setUp() throws(SubprocessFailure) -> Partner {
        let fileManager = FileManager.default
        let manifestURL = copy.appendingPathComponent("Package.swift")
        do {
            // A fresh copy each run (the scratch path is kept, so the build stays incremental).
            try? fileManager.removeItem(at: copy)
            try fileManager.createDirectory(at: copy.deletingLastPathComponent(), withIntermediateDirectories: true)
            try fileManager.copyItem(at: repositoryRoot.appendingPathComponent("Packages/WonenModule"), to: copy)
            try? fileManager.removeItem(at: copy.appendingPathComponent(".build"))
            // From the temporary folder the relative paths would point elsewhere: make them absolute.
            var manifest = try String(contentsOf: manifestURL, encoding: .utf8)
            manifest = try replacing("path: \"../..\"", with: "path: \"\(repositoryRoot.path)\"", in: manifest)
            manifest = try replacing(
                "path: \"../AgendaRules\"",
                with: "path: \"\(repositoryRoot.appendingPathComponent("Packages/AgendaRules").path)\"", in: manifest)
            try manifest.write(to: manifestURL, atomically: true, encoding: .utf8)
        } catch let failure as SubprocessFailure {
            throw failure
        } catch {
            throw SubprocessFailure(description: "could not copy Packages/WonenModule to \(copy.path): \(error)")
        }

        let pluginOutput = try swift([
            "package", "--allow-writing-to-package-directory", "new-domain-module", "--name", "housing",
        ])

        // Do what the scaffolder says: its target lines into the manifest, the module into the
        // `agenda-wonen` target and its main.swift.
        let printed = pluginOutput.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let targetLines = printed.filter { $0.hasPrefix(".target(") || $0.hasPrefix(".testTarget(") }
        let mainLine = printed.first { $0.hasPrefix("AgendaCommandLine.main(adding:") }
        guard targetLines.count == 2, let mainLine else {
            throw SubprocessFailure(
                description: "the scaffolder did not print two target lines and the main.swift line:\n\(pluginOutput)")
        }
        do {
            var manifest = try String(contentsOf: manifestURL, encoding: .utf8)
            manifest = try replacing(
                "    targets: [\n",
                with: "    targets: [\n" + targetLines.map { "        \($0)\n" }.joined(), in: manifest)
            manifest = try replacing(
                "                \"WonenModule\",\n                .product(name: \"AgendaCommandLine\"",
                with:
                    "                \"WonenModule\",\n                \"HousingModule\",\n                "
                    + ".product(name: \"AgendaCommandLine\"",
                in: manifest)
            try manifest.write(to: manifestURL, atomically: true, encoding: .utf8)
            let mainURL = copy.appendingPathComponent("Sources/agenda-wonen/main.swift")
            var main = try String(contentsOf: mainURL, encoding: .utf8)
            main = try replacing("import WonenModule\n", with: "import WonenModule\nimport HousingModule\n", in: main)
            main = try replacing("AgendaCommandLine.main(adding: [WonenModule()])", with: mainLine, in: main)
            try main.write(to: mainURL, atomically: true, encoding: .utf8)
        } catch let failure as SubprocessFailure {
            throw failure
        } catch {
            throw SubprocessFailure(description: "could not edit the copy's manifest or main.swift: \(error)")
        }

        // The tests too, so that `swift test --skip-build` runs without building again.
        try swift(["build", "--build-tests"])
        let binPath =
            try swift(["build", "--show-bin-path"]).trimmingCharacters(in: .whitespacesAndNewlines)
            .split(separator: "\n").last.map(String.init) ?? ""
        let agenda = URL(fileURLWithPath: binPath).appendingPathComponent("agenda-wonen").path
        guard FileManager.default.fileExists(atPath: agenda) else {
            throw SubprocessFailure(description: "the build succeeded but left no \(agenda)")
        }
        return Partner(agenda: agenda, pluginOutput: pluginOutput)
    }

    static func replacing(_ old: String, with new: String, in text: String) throws(SubprocessFailure) -> String {
        guard text.contains(old) else {
            throw SubprocessFailure(description: "expected to find \(old.debugDescription) in:\n\(text)")
        }
        return text.replacingOccurrences(of: old, with: new)
    }

    // MARK: Subprocesses

    /// `swift <arguments>` on the copy, with the fixed scratch path.
    @discardableResult
    static func swift(_ arguments: [String]) throws(SubprocessFailure) -> String {
        // `swift package <verb>` takes the package options before the verb, like `swift build`.
        let subcommand = arguments[0]
        let rest = Array(arguments.dropFirst())
        return try run(
            "/usr/bin/env", ["swift", subcommand, "--package-path", copy.path, "--scratch-path", scratch.path] + rest)
    }

    /// Runs the scaffolder expecting it to refuse; returns what it printed.
    static func failingPlugin(_ arguments: [String]) throws -> String {
        do {
            let output = try swift(
                ["package", "--allow-writing-to-package-directory", "new-domain-module"] + arguments)
            Issue.record("new-domain-module \(arguments) succeeded but should have refused:\n\(output)")
            return output
        } catch {
            return error.description
        }
    }

    /// Runs `executable` in the repository's folder (see `Subprocess.run`).
    @discardableResult
    static func run(_ executable: String, _ arguments: [String]) throws(SubprocessFailure) -> String {
        try Subprocess.run(executable, arguments, in: repositoryRoot)
    }
}
