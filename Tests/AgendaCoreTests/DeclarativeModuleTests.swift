import AgendaModules
import AgendaRules
import Foundation
import TestSupport
import Testing

@testable import AgendaCore

/// Declarative modules: a YAML file declares a domain module, its rules are checked like code, and
/// their examples run when the file loads (docs/modules-yaml.md).
@Suite struct DeclarativeModuleTests {
    /// A small valid module whose text the error tests change one piece at a time.
    static let module = """
        module:
          id: vervoer
          name: Vervoer
          version: 1.0.0
          summary: Vervoer voor ouderen.
        action-fields:
          ritten:
            kind: count
            summary: Ritten per jaar.
        rules:
          - id: ritten
            name: Ritten per 75-plusser
            summary: Ritten per jaar per inwoner van 75+.
            rationale: Wie vaker rijdt, helpt meer ouderen.
            sources: [illustratief]
            parameters:
              vol: {default: 4, summary: Ritten per 75-plusser voor de volle waarde.}
            value:
              - field: ritten
                per: residents-75plus
                full-at: vol
            examples:
              - title: Twee ritten per oudere
                action: {vervoer: {ritten: 4000}}
                place: {residents-75plus: 2000}
                expected: 0.5

        """

    /// The module text with `old` replaced by `new` (which must occur exactly once).
    static func module(_ old: String, _ new: String) -> String {
        precondition(module.components(separatedBy: old).count == 2, "'\(old)' must occur once in the test module")
        return module.replacingOccurrences(of: old, with: new)
    }

    /// Loads `text` as `vervoer.yaml` from a fresh folder.
    static func load(_ text: String, limits: InputLimits = .default) throws -> DeclarativeModuleLoader.Result {
        let fixture = try AgendaFixture(files: ["vervoer.yaml": text])
        return DeclarativeModuleLoader(limits: limits, base: InstalledModules.registry).load(
            url: fixture.folder.appendingPathComponent("vervoer.yaml"),
            displayPath: "vervoer.yaml")
    }

    /// Every rendered diagnostic line of loading `text`.
    static func lines(_ text: String) throws -> [String] {
        try load(text).diagnostics.flatMap { $0.rendered.split(separator: "\n").map(String.init) }
    }

    /// `vervoer.yaml:line:column` of `needle` in `text`.
    static func at(_ needle: String, in text: String, occurrence: Int = 1, plus columns: Int = 0) -> String {
        let parts = position(of: needle, in: text, occurrence: occurrence).split(separator: ":")
        return "vervoer.yaml:\(parts[0]):\(Int(parts[1])! + columns)"
    }

    static let sample = Repository.root.appendingPathComponent("agendas/partners/modules/mobiliteit.yaml")

    // MARK: Valid modules

    @Test func sampleModuleLoadsWithoutProblems() throws {
        let result = DeclarativeModuleLoader(base: InstalledModules.registry).load(
            url: Self.sample, displayPath: "agendas/partners/modules/mobiliteit.yaml")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.rendered))")
        let module = try #require(result.modules.first as? DeclarativeModule)
        #expect(module.id == "mobiliteit")
        #expect(module.file == "agendas/partners/modules/mobiliteit.yaml")
        #expect(module.rules.map(\.ruleDescription.identifier) == ["behoefte", "bereik", "ritten", "bewezen-aanpak"])
        #expect(module.rules.allSatisfy { !$0.ruleDescription.examples.isEmpty })
        #expect(module.actionFields.map(\.name) == ["ritten-per-jaar", "vervoersvorm"])
        #expect(module.districtFields.map(\.name) == ["opstapplekken"])
    }

    @Test func sampleModuleScoresARealAgenda() throws {
        let loaded = DeclarativeModuleLoader(base: InstalledModules.registry).load(
            url: Self.sample, displayPath: "mobiliteit.yaml")
        let module = try #require(loaded.modules.first)
        let registry = try InstalledModules.registry.adding([(module, .declarative(file: "mobiliteit.yaml"))])
        let agenda = """
            agenda: {id: vervoer, title: Vervoer, period: 2025-2026}
            indicators:
              residents-75plus: {label: Inwoners 75+, unit: persons, source: illustratief}
              living-independently-75plus: {label: Zelfstandig wonend 75+, unit: share, source: CBS, year: 2019}
            region:
              id: regio
              name: Regio
              municipalities:
                - id: delft
                  name: Delft
                  indicators: {residents-75plus: 7200, living-independently-75plus: 0.944}
                  mobiliteit: {opstapplekken: 12}
            partners:
              - {id: vervoerder, name: Vervoerder, kind: welfare}
            goals:
              - {id: mobiel, pillar: content, title: Mobiel blijven}
            funding:
              - {id: wmo, funder: Gemeente, budget: {2025: 100000, 2026: 100000}}
            actions:
              - id: buurtbus-delft
                title: Buurtbus Delft
                domain: mobiliteit
                pillar: content
                goals: [mobiel]
                where: [delft]
                lead: vervoerder
                reach: 180
                evidence: described
                cost: {2025: 40000, 2026: 40000}
                mobiliteit: {ritten-per-jaar: 14400, vervoersvorm: buurtbus}

            """
        let result = try AgendaFixture(files: ["agenda.yaml": agenda]).load(registry: registry)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.rendered))")
        let scores = ScoringEngine(registry: registry).score(try #require(result.agenda))
        let action = try #require(scores.action("buurtbus-delft"))
        let contributions = action.contributions.filter { $0.module == "mobiliteit" }
        #expect(contributions.map(\.rule) == ["behoefte", "bereik", "ritten", "bewezen-aanpak"])
        // behoefte: 7200 of 5000 caps at 1 (weight 3), 94.4% living independently (weight 1).
        // bereik: 180 / 7200 = 2.5% of a full 5%. ritten: 14400 / 7200 = 2 of a full 4. described: 0.3.
        let values = contributions.map { $0.raw ?? -1 }
        let expected = [(3 + 0.944) / 4, 0.5, 0.5, 0.3]
        for (value, want) in zip(values, expected) { #expect(abs(value - want) < 1e-12, "\(values)") }
        #expect(contributions.allSatisfy { $0.moduleOrigin == .declarative(file: "mobiliteit.yaml") })
        #expect(contributions[0].inputs.contains(RuleInput("living-independently-75plus", 0.944)))
        #expect(scores.diagnostics.isEmpty)
    }

    @Test func validModuleLoadsAndItsRuleIsData() throws {
        let result = try Self.load(Self.module)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.rendered))")
        let module = try #require(result.modules.first)
        let rule = try #require(module.rules.first)
        #expect(rule.ruleDescription.identifier == "ritten")
        #expect(
            rule.ruleDescription.parameters == [
                RuleParameter("vol", default: 4, "Ritten per 75-plusser voor de volle waarde.")
            ])
        #expect(rule.ruleDescription.examples.first?.action == "vervoer: {ritten: 4000}")
        #expect(rule.ruleDescription.examples.first?.place == "{residents-75plus: 2000}")
        #expect(DeclarativeRule.description.identifier == "declarative-rule")
    }

    @Test func divisionByZeroIsMissingNeverNaN() throws {
        let module = try #require(try Self.load(Self.module).modules.first)
        let rule = try #require(module.rules.first)
        let lead = PartnerFacts(id: "lead", kind: "welfare")
        let fields = ModuleFieldValues(["ritten": .number(100)])
        for area in [IndicatorReadings(["residents-75plus": 0]), IndicatorReadings()] {
            let facts = ActionFacts(
                id: "a", title: "A", domain: "vervoer", pillar: .content, lead: lead, area: area, fields: fields)
            let result = try rule.evaluate(facts, parameters: RuleParameters(defaultsOf: rule.ruleDescription))
            #expect(result.value == 0)
            #expect(result.inputs.contains(.missing("residents-75plus")))
        }
        // A parameter overridden to 0 divides by nothing: the term counts as missing, not infinite.
        let facts = ActionFacts(
            id: "a", title: "A", domain: "vervoer", pillar: .content, lead: lead,
            area: IndicatorReadings(["residents-75plus": 10]), fields: fields)
        #expect(try rule.evaluate(facts, parameters: RuleParameters(["vol": 0])).value == 0)
    }

    @Test func weightedMeanOfTerms() throws {
        let text = Self.module(
            """
                  - field: ritten
                    per: residents-75plus
                    full-at: vol
            """,
            """
                  - field: ritten
                    per: residents-75plus
                    full-at: vol
                    weight: 3
                  - evidence: {described: 0.9}
                  - indicator: lonely-65plus
                    full-at: 0.5
                    missing: 0.2
            """
        ).replacingOccurrences(of: "expected: 0.5", with: "expected: 0.3")
        // (3 × 0.5 + 1 × 0 + 1 × 0.2) / 5 = 0.34 ≠ 0.3, so the example fails; with 0.34 it passes.
        let failing = try Self.lines(text)
        #expect(
            failing == [
                "\(Self.at("title: Twee", in: text)): error: example 'Twee ritten per oudere' of rule "
                    + "'vervoer.ritten' expects 0.3 but the rule gives 0.34; the module is refused"
            ])
        let passing = try Self.load(text.replacingOccurrences(of: "expected: 0.3", with: "expected: 0.34"))
        #expect(passing.diagnostics.isEmpty && passing.modules.count == 1, "\(passing.diagnostics.map(\.rendered))")
    }

    @Test func examplesKeepQuotedTextAndPunctuation() throws {
        let text = Self.module(
            "action: {vervoer: {ritten: 4000}}",
            "action: {title: \"Bus: 'Ouderen' \\\"thuis\\\"\", vervoer: {ritten: 4000}, years: 2025-2026}")
        let result = try Self.load(text.replacingOccurrences(of: "years: 2025-2026", with: "pillar: content"))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.rendered))")
        let example = try #require(result.modules.first?.rules.first?.ruleDescription.examples.first)
        #expect(example.action == "title: \"Bus: 'Ouderen' \\\"thuis\\\"\"\nvervoer: {ritten: 4000}\npillar: content")
    }

    // MARK: Located errors

    @Test func unknownKeyInARuleSuggestsTheKnownOne() throws {
        let text = Self.module("    name: Ritten per 75-plusser", "    naam: Ritten per 75-plusser")
        let lines = try Self.lines(text)
        #expect(
            lines.contains("\(Self.at("naam", in: text)): error: unknown key 'naam' in a rule; did you mean 'name'?"))
        #expect(lines.contains("\(Self.at("id: ritten", in: text)): error: a rule is missing required key 'name'"))
    }

    @Test func translationsAreTheModulesWordsPerLanguage() throws {
        let text = Self.module + "translations:\n  nl:\n    ritten: ritten per jaar\n  en: {ritten: rides per year}\n"
        let result = try Self.load(text)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.rendered))")
        let module = try #require(result.modules.first)
        #expect(module.translations == [.nl: ["ritten": "ritten per jaar"], .en: ["ritten": "rides per year"]])
    }

    @Test func translationsNameAReportLanguageAndGiveText() throws {
        let text = Self.module + "translations:\n  nk: {ritten: ritten per jaar}\n  en: [ritten]\n"
        let lines = try Self.lines(text)
        #expect(
            lines.contains(
                "\(Self.at("nk:", in: text)): error: unknown key 'nk' in 'translations'; did you mean 'nl'?"),
            "\(lines)")
        #expect(
            lines.contains(
                "\(Self.at("[ritten]", in: text)): error: expected the 'en' translations as a mapping of words to "
                    + "their translation, e.g. {rides per year: ritten per jaar}, found a list"),
            "\(lines)")
    }

    @Test func unknownTermKindSuggestsTheKnownOne() throws {
        let text = Self.module("- field: ritten", "- fiel: ritten")
        #expect(
            try Self.lines(text) == [
                "\(Self.at("fiel:", in: text)): error: unknown key 'fiel' in a term; did you mean 'field'?"
            ])
    }

    @Test func unknownTopLevelAndModuleKeys() throws {
        let text = Self.module("action-fields:", "actions-fields:")
        #expect(
            try Self.lines(text).first
                == "\(Self.at("actions-fields", in: text)): error: unknown key 'actions-fields' in a module file; "
                + "did you mean 'action-fields'?"
        )
    }

    @Test func missingRequiredModuleKey() throws {
        let text = Self.module("  version: 1.0.0\n", "")
        #expect(
            try Self.lines(text) == [
                "\(Self.at("id: vervoer", in: text)): error: the 'module' section is missing required key 'version'"
            ])
    }

    @Test func wrongTypes() throws {
        let text = Self.module("expected: 0.5", "expected: veel").replacingOccurrences(
            of: "sources: [illustratief]", with: "sources: {a: b}")
        let lines = try Self.lines(text)
        #expect(lines.contains("\(Self.at("{a: b}", in: text)): error: expected a list of sources, found a mapping"))
        #expect(
            lines.contains(
                "\(Self.at("veel", in: text)): error: expected a number for 'expected', found the text 'veel'"))
    }

    @Test func nonSlugIdsSuggestASlug() throws {
        let text = Self.module("  - id: ritten", "  - id: Ritten Per Jaar")
        #expect(
            try Self.lines(text) == [
                "\(Self.at("Ritten Per Jaar", in: text)): error: 'Ritten Per Jaar' is not a valid rule id; ids use "
                    + "lower-case letters, digits and '-'; did you mean 'ritten-per-jaar'?"
            ])
    }

    @Test func duplicateRuleIdsNameBothLocations() throws {
        let rule = Self.module.components(separatedBy: "rules:\n")[1]
        let text = Self.module + rule
        #expect(
            try Self.lines(text) == [
                "\(Self.at("- id: ritten", in: text, occurrence: 2, plus: 6)): error: duplicate rule id 'ritten' in "
                    + "module 'vervoer'",
                "\(Self.at("- id: ritten", in: text, plus: 6)): note: 'ritten' is first declared here",
            ])
    }

    @Test func duplicateParameterIdsAreRefused() throws {
        let text = Self.module(
            "      vol: {default: 4, summary: Ritten per 75-plusser voor de volle waarde.}",
            "      vol: {default: 4, summary: Ritten per 75-plusser voor de volle waarde.}\n      vol: {default: 5, "
                + "summary: Nog eens.}"
        )
        let lines = try Self.lines(text)
        #expect(
            lines == [
                "\(Self.at("vol:", in: text, occurrence: 2)): error: duplicate key 'vol' in this mapping",
                "\(Self.at("vol:", in: text)): note: 'vol' was first given here",
            ])
    }

    @Test func termNamingAnUndeclaredParameter() throws {
        let text = Self.module("full-at: vol", "full-at: voll")
        #expect(
            try Self.lines(text) == [
                "\(Self.at("full-at: voll", in: text, plus: 9)): error: 'full-at' names 'voll', which is not a "
                    + "parameter of this rule; did you mean 'vol'?"
            ])
    }

    @Test func fieldTermNamingAnUndeclaredField() throws {
        let text = Self.module("- field: ritten", "- field: ritjes")
        let lines = try Self.lines(text)
        #expect(
            lines.first
                == "\(Self.at("ritjes", in: text)): error: field 'ritjes' is not an action field of this module; did "
                + "you mean 'ritten'?"
        )
    }

    @Test func numbersThatMakeNoSense() throws {
        let negative = Self.module("full-at: vol", "full-at: vol\n        missing: -1")
        #expect(
            try Self.lines(negative) == [
                "\(Self.at("-1", in: negative)): error: 'missing' cannot be negative, found -1"
            ])
        let zero = Self.module("full-at: vol", "full-at: 0")
        #expect(
            try Self.lines(zero) == [
                "\(Self.at("0\n    examples", in: zero)): error: 'full-at' must be greater than 0 (it divides), found 0"
            ])
        // Without the error, the parameter no term uses is a warning.
        let unused = Self.module("full-at: vol", "full-at: 4")
        #expect(
            try Self.lines(unused) == [
                "\(Self.at("vol:", in: unused)): warning: parameter 'vol' of rule 'vervoer.ritten' is not used "
                    + "by any term"
            ])
        let infinite = Self.module("full-at: vol", "full-at: vol\n        weight: .inf")
        #expect(
            try Self.lines(infinite) == [
                "\(Self.at(".inf", in: infinite)): error: 'weight' must be a finite number, found .inf"
            ])
        let zeroDefault = Self.module("{default: 4,", "{default: 0,")
        #expect(
            try Self.lines(zeroDefault) == [
                "\(Self.at("vol\n", in: zeroDefault)): error: 'full-at' must be greater than 0 (it divides), found "
                    + "parameter 'vol' (default 0)"
            ])
    }

    @Test func zeroTotalWeight() throws {
        let text = Self.module("full-at: vol", "full-at: vol\n        weight: 0")
        #expect(
            try Self.lines(text) == [
                "\(Self.at("- field", in: text)): error: the terms of rule 'vervoer.ritten' have a total weight of "
                    + "0, so its value (their weighted mean) is undefined",
                "\(Self.at("- field", in: text)): note: give at least one term a weight above 0",
            ])
    }

    // MARK: Examples

    @Test func failingExampleRefusesTheModule() throws {
        let text = Self.module("expected: 0.5", "expected: 0.25")
        let result = try Self.load(text)
        #expect(result.modules.isEmpty)
        #expect(
            result.diagnostics.map(\.rendered) == [
                "\(Self.at("title: Twee", in: text)): error: example 'Twee ritten per oudere' of rule "
                    + "'vervoer.ritten' expects 0.25 but the rule gives 0.5; the module is refused"
            ])
    }

    @Test func exampleThatCannotRunRefusesTheModule() throws {
        let text = Self.module("action: {vervoer: {ritten: 4000}}", "action: {vervoer: {ritjes: 4000}}")
        let result = try Self.load(text)
        #expect(result.modules.isEmpty)
        let first = try #require(result.diagnostics.first?.rendered.split(separator: "\n").first)
        #expect(
            first
                == "\(Self.at("title: Twee", in: text)): error: example 'Twee ritten per oudere' of rule "
                + "'vervoer.ritten' cannot run: unknown key 'ritjes' in the 'vervoer' fields; did you mean "
                + "'ritten'?; the module is refused"
        )
    }

    @Test func ruleWithoutExamplesIsAWarning() throws {
        let text = Self.module.components(separatedBy: "    examples:")[0]
        let result = try Self.load(text)
        #expect(result.modules.count == 1)
        #expect(
            result.diagnostics.map(\.rendered) == [
                "\(Self.at("ritten\n", in: text)): warning: rule 'vervoer.ritten' has no examples, so nothing checks "
                    + "it when the module loads\n\(Self.at("ritten\n", in: text)): note: add 'examples:' with an "
                    + "action, a place and the value the rule must give"
            ])
    }

    @Test func moduleClashingWithABuiltInIsReported() throws {
        let text = Self.module("  id: vervoer", "  id: welfare").replacingOccurrences(
            of: "{vervoer:", with: "{welfare:")
        let result = try Self.load(text)
        #expect(result.modules.isEmpty)
        #expect(
            result.diagnostics.map(\.rendered) == [
                "\(Self.at("welfare", in: text)): error: module 'welfare' cannot be installed: two modules claim the "
                    + "domain 'welfare': one built in, one YAML vervoer.yaml"
            ])
    }

    // MARK: Files and folders

    @Test func folderLoadsEveryModuleFileAndSkipsTheRest() throws {
        let other = Self.module.replacingOccurrences(of: "vervoer", with: "wonen")
        let fixture = try AgendaFixture(files: [
            "b-vervoer.yaml": Self.module,
            "a-wonen.yml": other,
            "agenda.yaml": Base.text,
            "notes.txt": "module: not yaml",
            "broken-agenda.yaml": "agenda: [",
            "sub/c.yaml": Self.module.replacingOccurrences(of: "vervoer", with: "sub"),
        ])
        let result = DeclarativeModuleLoader(base: InstalledModules.registry).load(
            url: fixture.folder, displayPath: "modules")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.rendered))")
        #expect(result.modules.map(\.id) == ["wonen", "vervoer"])
        #expect(
            result.modules.compactMap { ($0 as? any DeclaredModule)?.file } == [
                "modules/a-wonen.yml", "modules/b-vervoer.yaml",
            ])
        let assembled = ModuleAssembly(moduleFiles: [fixture.folder.path]).assemble(on: InstalledModules.registry)
        #expect(assembled.registry?.domainIDs.suffix(2) == ["wonen", "vervoer"])
    }

    @Test func folderReportsBrokenModuleFilesAndEmptyFolders() throws {
        let fixture = try AgendaFixture(files: ["kapot.yaml": "module:\n  id: [", "agenda.yaml": Base.text])
        let lines = DeclarativeModuleLoader(base: InstalledModules.registry).load(
            url: fixture.folder, displayPath: "modules"
        ).diagnostics.map(\.rendered)
        #expect(lines.first?.hasPrefix("modules/kapot.yaml:") == true, "\(lines)")
        let empty = try AgendaFixture(files: ["agenda.yaml": Base.text])
        #expect(
            DeclarativeModuleLoader(base: InstalledModules.registry).load(url: empty.folder, displayPath: "modules")
                .diagnostics.map(\.rendered)
                == ["modules: error: the folder holds no module files (YAML files with a top-level 'module:' key)"])
    }

    @Test func namedFileWithoutModuleKeyIsAnError() throws {
        let lines = try Self.lines(Base.text)
        #expect(
            lines == [
                "vervoer.yaml:1:1: error: not a module file: it has no top-level 'module:' key",
                "vervoer.yaml:1:1: note: a module file starts with 'module:' (id, name, version, summary) and has "
                    + "'rules:'; see docs/modules-yaml.md",
                "vervoer.yaml:1:1: note: this looks like an agenda; check it with 'agenda validate'",
            ])
        let missing = DeclarativeModuleLoader(base: InstalledModules.registry).load(
            url: URL(fileURLWithPath: "/nonexistent/x.yaml"), displayPath: "x.yaml")
        #expect(
            missing.diagnostics.map(\.rendered) == ["x.yaml: error: cannot read the module file: it does not exist"])
        #expect(
            try Self.lines("# nothing\n") == [
                "vervoer.yaml: error: file is empty; expected a module file (a mapping with 'module:' and 'rules:')"
            ])
    }

    @Test func inputLimitsAreRespected() throws {
        let result = try Self.load(Self.module, limits: InputLimits(maxFileBytes: 100))
        #expect(result.modules.isEmpty)
        #expect(result.diagnostics.first?.code == "file-too-large")
        let bomb =
            "module: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, "
            + "*b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, "
            + "*d, *d, *d, *d]\nf: [*e, *e, *e, *e, *e, *e, *e, *e, *e]\n"
        let bombed = try Self.load(bomb, limits: InputLimits(extraExpandedValues: 1000))
        #expect(bombed.diagnostics.contains { $0.code == "alias-bomb" })
    }
}
