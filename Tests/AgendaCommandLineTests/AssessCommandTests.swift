import Foundation
import TestSupport
import Testing

@testable import AgendaCommandLine

/// `agenda assess` in process: every format, the same JSON twice, the scenario applied to the
/// plan, and clear errors for ids that name nothing.
@Suite struct AssessCommandTests {
    /// The base agenda with a framework, two assessments of Laak, an action that addresses the
    /// lowest criterion and costs more than its source has, and a scenario that adds the money.
    static let text =
        Base.with("    partners: [ggd]\n", "    partners: [ggd]\n    addresses: [kader.integraal]\n")
        .replacingOccurrences(of: "budget: {2025: 100000, 2026: 100000}", with: "budget: {2025: 45000, 2026: 45000}")
            + """
            scenarios:
              - id: meer-wmo
                title: Meer Wmo-geld
                budget:
                  - {source: wmo, add: {2025: 30000, 2026: 30000}}
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
                date: 2024-03-01
                scores: {integraal: {level: basis}, netwerk: {level: basis}}
              - framework: kader
                area: den-haag/laak
                date: 2025-03-01
                assessors: [Public Result]
                scores:
                  integraal: {level: afwezig, evidence: Het casusoverleg is gestopt}
                  netwerk: {level: afwezig}

            """

    static func path(_ text: String = text) throws -> String {
        try AgendaFixture(files: ["agenda.yaml": text]).folder.appendingPathComponent("agenda.yaml").path
    }

    static func run(_ arguments: [String]) -> (status: Int32, output: String, errors: String) {
        AgendaCommandLine.run(["assess"] + arguments)
    }

    @Test func showsLevelsChangesGapsAndActions() throws {
        let result = Self.run([try Self.path()])
        #expect(result.status == 0, "\(result.errors)")
        let output = result.output
        #expect(output.contains("Assessment against the framework — Test agenda"))
        #expect(output.contains("Framework: Kader sociale wijkteams (kader)"))
        #expect(output.contains("Assessed on 2025-03-01 by Public Result; previous assessment 2024-03-01"))
        #expect(output.contains("↓ down from basis (2024-03-01)"))
        #expect(output.contains("Het casusoverleg is gestopt"))
        #expect(output.contains("2 criteria in 1 theme; 1 area assessed."))
        // ontmoeting-laak costs 50,000 a year: more than the 45,000 that wmo has.
        #expect(output.contains("Ontmoeting in Laak (ontmoeting-laak)  not funded"))
        #expect(output.contains("- No action addresses 'Eigen netwerk' (target basis) in Laak (Den Haag) (afwezig)."))
    }

    @Test func theScenarioFundsTheAction() throws {
        let path = try Self.path()
        let plain = Self.run([path, "--format", "json"])
        let richer = Self.run([path, "--scenario", "meer-wmo", "--format", "json"])
        #expect(plain.status == 0 && richer.status == 0, "\(plain.errors) \(richer.errors)")
        func funded(_ json: String) throws -> Bool? {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
            let frameworks = try #require(object["frameworks"] as? [[String: Any]])
            let gaps = try #require(frameworks.first?["gaps"] as? [[String: Any]])
            let actions = try #require(gaps.first?["actions"] as? [[String: Any]])
            return actions.first { $0["id"] as? String == "ontmoeting-laak" }?["funded"] as? Bool
        }
        #expect(try funded(plain.output) == false)
        #expect(try funded(richer.output) == true)
        #expect(richer.output.contains("\"scenario\": \"meer-wmo\""))
    }

    @Test func everyFormat() throws {
        let path = try Self.path()
        for format in ["text", "markdown", "json", "csv", "html"] {
            let result = Self.run([path, "--format", format])
            #expect(result.status == 0, "\(format): \(result.errors)")
            switch format {
            case "json":
                #expect((try? JSONSerialization.jsonObject(with: Data(result.output.utf8))) is [String: Any])
            case "csv":
                #expect(result.output.hasPrefix("framework,area,area_name,assessed_on,theme,criterion,level"))
                #expect(result.output.contains("\r\n"))
            case "html":
                #expect(result.output.hasPrefix("<!DOCTYPE html>"))
                #expect(result.output.contains("assessment-heat-map"))
            case "markdown":
                #expect(result.output.contains("## Framework: Kader sociale wijkteams (kader)"))
            default:
                break
            }
        }
    }

    @Test func jsonIsByteIdenticalOnTwoRuns() throws {
        let path = try Self.path()
        let first = Self.run([path, "--format", "json"])
        let second = Self.run([path, "--format", "json"])
        #expect(first.status == 0)
        #expect(first.output == second.output)
        #expect(!first.output.isEmpty)
    }

    @Test func unknownIdsAreErrorsWithASuggestion() throws {
        let path = try Self.path()
        let framework = Self.run([path, "--framework", "kadr"])
        #expect(framework.status == 2)
        #expect(
            framework.errors.contains("error: unknown framework 'kadr'; did you mean 'kader'?"), "\(framework.errors)")
        let area = Self.run([path, "--area", "den-haag/lak"])
        #expect(area.status == 2)
        #expect(area.errors.contains("error: unknown area 'den-haag/lak'; did you mean 'den-haag/laak'?"))
        let scenario = Self.run([path, "--scenario", "meer-wm"])
        #expect(scenario.status == 2)
        #expect(scenario.errors.contains("unknown scenario 'meer-wm'; did you mean 'meer-wmo'?"))
        #expect(framework.output.isEmpty && area.output.isEmpty && scenario.output.isEmpty)
    }

    @Test func anAreaAndAFramework() throws {
        let result = Self.run([try Self.path(), "--framework", "kader", "--area", "delft"])
        #expect(result.status == 0)
        #expect(result.output.contains("Delft has not been assessed against this framework."))
    }

    @Test func anAgendaWithoutFrameworksGetsAFriendlyMessage() throws {
        let path = try Self.path(Base.text)
        let result = Self.run([path])
        #expect(result.status == 0)
        #expect(result.output.contains("This agenda defines no framework to assess against."))
        #expect(result.output.contains("docs/frameworks.md"))
        let named = Self.run([path, "--framework", "kader"])
        #expect(named.status == 2)
        #expect(
            named.errors.contains(
                "unknown framework 'kader' (the agenda defines no frameworks; see docs/frameworks.md)"))
    }
}
