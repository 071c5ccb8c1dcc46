import Foundation
import TestSupport
import Testing

@testable import AgendaCommandLine

/// `agenda quickscan`: formats, the municipality filter, refusals with a suggestion, and the same
/// bytes on every run.
@Suite struct QuickscanCommandTests {
    static let example = Repository.path("agendas/example.yaml")

    static func run(_ arguments: [String]) -> (status: Int32, output: String, errors: String) {
        AgendaCommandLine.run(arguments)
    }

    /// A small agenda of two municipalities, one with two districts (the one `QuickscanTests` computes
    /// by hand, in short): what the command adds is parsing, filtering and writing.
    static let agendaText = """
        agenda: {id: qs-cli, title: Quickscan CLI, period: 2025-2026, language: en}
        indicators:
          residents-75plus: {label: Residents 75+, unit: persons, source: CBS, year: 2024}
          meeting-places: {label: Meeting places, unit: count, source: Gemeente, year: 2025}
          lonely: {label: Lonely 65+, unit: share, source: GGD, year: 2022}
        region:
          id: regio
          name: Regio
          municipalities:
            - id: stad
              name: Stad
              indicators: {residents-75plus: 4000, lonely: 0.3}
              districts:
                - {id: noord, name: Noord, indicators: {residents-75plus: 3000, meeting-places: 2}}
                - {id: zuid, name: Zuid, indicators: {residents-75plus: 1000, meeting-places: 1}}
            - id: dorp
              name: Dorp
              indicators: {residents-75plus: 500, meeting-places: 1, lonely: 0.2}
        partners:
          - {id: welzijn, name: Welzijn, kind: welfare}
        goals:
          - id: ontmoeting
            pillar: content
            title: Ontmoeting
            target: {indicator: meeting-places, at-least: 1, per: residents-75plus, per-amount: 1000}
          - {id: eenzaamheid, pillar: content, title: Minder eenzaam, target: {indicator: lonely, at-most: 0.25}}
        funding:
          - {id: fonds, funder: Rijk, budget: {2025: 50000, 2026: 0}}
        actions:
          - {id: plek-zuid, title: Plek Zuid, domain: welfare, pillar: content, goals: [ontmoeting],
             where: [stad/zuid], lead: welzijn, cost: {2025: 40000}, status: committed, welfare: {locations: 1}}
          - {id: plek-dorp, title: Plek Dorp, domain: welfare, pillar: content, goals: [ontmoeting],
             where: [dorp], lead: welzijn, cost: {2025: 30000}, welfare: {locations: 1}}
        scenarios:
          - {id: krapte, title: Krapte, budget: [{source: fonds, scale: 0.9}]}

        """

    static func agenda() throws -> String {
        try AgendaFixture(files: ["agenda.yaml": agendaText]).folder.appendingPathComponent("agenda.yaml").path
    }

    static func places(_ output: String) throws -> [[String: Any]] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        return try #require(object["places"] as? [[String: Any]])
    }

    @Test(arguments: [example, "fixture"])
    func everyFormat(_ agenda: String) throws {
        let path = agenda == "fixture" ? try Self.agenda() : agenda
        for format in ["text", "markdown", "json", "csv", "html"] {
            let result = Self.run(["quickscan", path, "--format", format])
            #expect(result.status == 0, "\(format): \(result.errors)")
            #expect(!result.output.isEmpty, "\(format)")
            switch format {
            case "json": #expect(try Self.places(result.output).count >= 2)
            case "csv": #expect(result.output.hasPrefix("place,municipality,district,name,"))
            case "html": #expect(result.output.hasPrefix("<!DOCTYPE html>") && result.output.hasSuffix("</html>\n"))
            default: #expect(result.output.contains("Quickscan"))
            }
        }
    }

    /// Stad: 3 meeting places for 4,000 residents 75+ = 0.75 per 1,000; plek-zuid (committed, the
    /// only action the 50,000 pays) adds 1: 4 / 4 = 1, reached after the plan. Dorp: 1 / 0.5 = 2.
    @Test func computedFiguresAndTheFilter() throws {
        let path = try Self.agenda()
        let all = try Self.places(Self.run(["quickscan", path, "--format", "json"]).output)
        #expect(all.map { $0["id"] as? String } == ["stad", "stad/noord", "stad/zuid", "dorp"])
        let goals = try #require(all[0]["goals"] as? [[String: Any]])
        #expect(goals[0]["value"] as? Double == 0.75 && goals[0]["gap"] as? Double == 0.25)
        #expect(goals[0]["reached"] as? Bool == false && goals[0]["after_plan"] as? Double == 1)
        // A share is measured on the place's own figure: Stad's 30% lonely against at most 25%.
        #expect(goals[1]["value"] as? Double == 0.3 && goals[1]["reached"] as? Bool == false)
        let filtered = Self.run(["quickscan", path, "--municipality", "stad", "--format", "json"])
        #expect(filtered.status == 0)
        #expect(try Self.places(filtered.output).map { $0["id"] as? String } == ["stad", "stad/noord", "stad/zuid"])
        let dorp = try Self.places(Self.run(["quickscan", path, "--municipality", "dorp", "--format", "json"]).output)
        #expect(dorp.map { $0["id"] as? String } == ["dorp"])
        #expect((dorp[0]["goals"] as? [[String: Any]])?.first?["value"] as? Double == 2)
    }

    @Test func unknownMunicipalityOrScenarioIsRefused() throws {
        let path = try Self.agenda()
        let municipality = Self.run(["quickscan", path, "--municipality", "stadd"])
        #expect(municipality.status == 2 && municipality.output.isEmpty)
        #expect(municipality.errors.contains("error: unknown municipality 'stadd'; did you mean 'stad'?"))
        let scenario = Self.run(["quickscan", path, "--scenario", "krapt"])
        #expect(scenario.status == 2 && scenario.output.isEmpty)
        #expect(
            scenario.errors.contains("error: unknown scenario 'krapt'; did you mean 'krapte'?"), "\(scenario.errors)")
        #expect(Self.run(["quickscan", path, "--dutch-excel"]).status == 2)
        #expect(Self.run(["quickscan", path, "--scenario", "krapte", "--format", "json"]).status == 0)
    }

    @Test func sameBytesOnEveryRun() throws {
        let path = try Self.agenda()
        for format in ["text", "json", "csv", "html"] {
            let first = Self.run(["quickscan", path, "--format", format])
            let second = Self.run(["quickscan", path, "--format", format])
            #expect(first.status == 0 && first.output == second.output, "\(format)")
        }
        let dutch = Self.run(["quickscan", path, "--format", "csv", "--dutch-excel"])
        #expect(dutch.output.hasPrefix("\u{FEFF}place;municipality;"))
    }
}
