import AgendaModules
import Foundation
import TestSupport
import Testing

@testable import AgendaCore

/// Frameworks, assessments and `addresses:` as the loader checks them: every mistake at its line
/// and column, with a suggestion where one fits; and an agenda without a framework scores as it did
/// before frameworks existed.
@Suite struct FrameworkLoadingTests {
    static let sections = """
        frameworks:
          - id: kader
            title: Kader sociale wijkteams
            levels: [{label: afwezig}, {label: basis}, {label: op orde}]
            themes:
              - id: werkwijze
                title: Werkwijze
                criteria:
                  - {id: integraal, title: Integrale aanpak, target: op orde}
                  - {id: netwerk, title: Eigen netwerk, target: basis}
        assessments:
          - framework: kader
            area: den-haag/laak
            date: 2025-03-01
            scores:
              integraal: {level: basis}

        """

    /// The base agenda whose first action addresses `kader.integraal`, with the sections above.
    static let text =
        Base.with("    partners: [ggd]\n", "    partners: [ggd]\n    addresses: [kader.integraal]\n") + sections

    /// The text with `old` (which occurs once) replaced by `new`.
    static func with(_ old: String, _ new: String) -> String {
        #expect(text.components(separatedBy: old).count == 2, "'\(old)' must occur once")
        return text.replacingOccurrences(of: old, with: new)
    }

    @Test func theFixtureIsValid() throws {
        let result = try AgendaFixture(files: ["agenda.yaml": Self.text]).load()
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.rendered))")
        let agenda = try #require(result.agenda)
        #expect(agenda.frameworks.map(\.id) == ["kader"])
        #expect(agenda.action("ontmoeting-laak")?.addresses.map(\.value) == ["kader.integraal"])
    }

    @Test func unknownFrameworkInAddresses() throws {
        let text = Self.with("addresses: [kader.integraal]", "addresses: [kadr.integraal]")
        let lines = try AgendaFixture.lines(text)
        #expect(position(of: "kadr.integraal", in: text) == "38:17")
        #expect(
            lines.contains("agenda.yaml:38:17: error: unknown framework 'kadr' in 'addresses'; did you mean 'kader'?"))
    }

    @Test func unknownCriterionInScores() throws {
        let text = Self.with("integraal: {level: basis}", "integral: {level: basis}")
        let lines = try AgendaFixture.lines(text)
        #expect(
            lines.contains(
                "agenda.yaml:\(position(of: "integral:", in: text)): error: unknown criterion 'integral' of framework "
                    + "'kader'; did you mean 'integraal'?"))
    }

    @Test func unknownCriterionInAddresses() throws {
        let text = Self.with("addresses: [kader.integraal]", "addresses: [kader.netwerkk]")
        let lines = try AgendaFixture.lines(text)
        #expect(
            lines.contains(
                "agenda.yaml:38:17: error: unknown criterion 'netwerkk' of framework 'kader'; did you mean "
                    + "'kader.netwerk'?"))
    }

    @Test func unknownLevel() throws {
        let text = Self.with("integraal: {level: basis}", "integraal: {level: bassis}")
        let lines = try AgendaFixture.lines(text)
        let at = position(of: "bassis", in: text)
        #expect(
            lines.contains(
                "agenda.yaml:\(at): error: unknown level 'bassis' of criterion 'integraal'; did you mean 'basis'?"))
        #expect(lines.contains("agenda.yaml:\(at): note: its levels are: afwezig, basis, op orde"))
    }

    @Test func unknownArea() throws {
        let text = Self.with("area: den-haag/laak", "area: den-haag/lak")
        let lines = try AgendaFixture.lines(text)
        #expect(
            lines.contains(
                "agenda.yaml:\(position(of: "den-haag/lak", in: text)): error: unknown area 'den-haag/lak'; did you "
                    + "mean 'den-haag/laak'?"))
    }

    @Test func targetThatIsNotALevel() throws {
        let text = Self.with("target: op orde}", "target: op-orde}")
        let lines = try AgendaFixture.lines(text)
        #expect(
            lines.contains(
                "agenda.yaml:\(position(of: "op-orde", in: text)): error: unknown level 'op-orde' as the target of "
                    + "criterion 'integraal'; did you mean 'op orde'?"))
    }

    @Test func fewerThanTwoLevels() throws {
        let text = Self.with(
            "{id: netwerk, title: Eigen netwerk, target: basis}",
            "{id: netwerk, title: Eigen netwerk, levels: [{label: ja}], target: ja}")
        let lines = try AgendaFixture.lines(text)
        #expect(
            lines.contains(
                "agenda.yaml:\(position(of: "[{label: ja}]", in: text)): error: a criterion needs at least two levels "
                    + "to measure a gap, found 1"))
    }

    @Test func duplicateCriterionIds() throws {
        let text = Self.with("{id: netwerk, title: Eigen netwerk", "{id: integraal, title: Eigen netwerk")
        let lines = try AgendaFixture.lines(text)
        let second = position(of: "integraal, title: Eigen netwerk", in: text)
        #expect(second == "57:18")
        #expect(lines.contains("agenda.yaml:\(second): error: duplicate criterion id 'integraal'"))
        #expect(
            lines.contains(
                "agenda.yaml:\(position(of: "integraal, title: Integrale", in: text)): note: 'integraal' is first "
                    + "defined here"))
    }

    @Test func sameAreaTwiceOnOneDay() throws {
        let again = """
              - framework: kader
                area: den-haag/laak
                date: 2025-03-01
                scores: {netwerk: {level: basis}}

            """
        let text = Self.text + again
        let lines = try AgendaFixture.lines(text)
        #expect(
            lines.contains(
                "agenda.yaml:\(position(of: "framework: kader", in: text, occurrence: 2)): error: 'den-haag/laak' is "
                    + "assessed against 'kader' twice on 2025-03-01"))
        #expect(
            lines.contains(
                "agenda.yaml:\(position(of: "framework: kader", in: text)): note: the first assessment of that day "
                    + "is here"))
    }

    @Test func invalidDate() throws {
        let text = Self.with("date: 2025-03-01", "date: 2025-02-30")
        let lines = try AgendaFixture.lines(text)
        #expect(
            lines.contains(
                "agenda.yaml:\(position(of: "2025-02-30", in: text)): error: '2025-02-30' is not a date for the "
                    + "assessment's date; write it as YYYY-MM-DD, e.g. 2026-03-12"))
    }

    // MARK: Scoring without frameworks

    /// The core rules as they were before frameworks: every rule but `framework-gap`.
    struct CoreBeforeFrameworks: DomainModule {
        let core = InstalledModules.registry.core
        var id: String { core.id }
        var name: String { core.name }
        var version: String { core.version }
        var summary: String { core.summary }
        var rules: [any ScoringRule] { core.rules.filter { $0.ruleDescription.identifier != "framework-gap" } }
    }

    static func scores(_ text: String, _ registry: ModuleRegistry) throws -> ScoreReport {
        let result = AgendaLoader(registry: registry).load(text: text, displayPath: "agenda.yaml")
        #expect(!result.hasErrors, "\(result.diagnostics.map(\.rendered))")
        return ScoringEngine(registry: registry).score(try #require(result.agenda))
    }

    @Test func anAgendaWithoutFrameworksScoresAsBefore() throws {
        let before = try ModuleRegistry(core: CoreBeforeFrameworks(), modules: InstalledModules.modules)
        let example = try String(
            contentsOf: Repository.root.appendingPathComponent("agendas/example.yaml"), encoding: .utf8)
        for text in [Base.text, example] {
            let now = try Self.scores(text, InstalledModules.registry)
            let then = try Self.scores(text, before)
            #expect(!now.actions.isEmpty)
            #expect(now.actions.map(\.id) == then.actions.map(\.id))
            #expect(now.actions.map(\.score) == then.actions.map(\.score))
            for (a, b) in zip(now.actions, then.actions) {
                #expect(a.contributions.map(\.qualifiedRule) == b.contributions.map(\.qualifiedRule), "\(a.id)")
                #expect(a.contributions.map(\.points) == b.contributions.map(\.points), "\(a.id)")
            }
            #expect(now.actions.allSatisfy { !$0.contributions.contains { $0.qualifiedRule == "core.framework-gap" } })
        }
        // With a framework the rule takes part, so the comparison above could tell.
        let framed = try Self.scores(Self.text, InstalledModules.registry)
        #expect(framed.actions.allSatisfy { $0.contributions.contains { $0.qualifiedRule == "core.framework-gap" } })
    }
}
