import Foundation
import TestSupport
import Testing

@testable import AgendaCommandLine

/// `agenda network`: every format, the place options, and clear errors for places and scenarios
/// that do not exist, run in process.
@Suite struct NetworkCommandTests {
    static let example = Repository.path("agendas/example.yaml")
    static let haaglanden = Repository.path("agendas/haaglanden")

    static func run(_ arguments: [String]) -> (status: Int32, output: String, errors: String) {
        AgendaCommandLine.run(["network"] + arguments)
    }

    @Test func writesEveryFormat() throws {
        for format in ["text", "markdown", "json", "html", "svg", "dot"] {
            let result = Self.run([Self.example, "--format", format])
            #expect(result.status == 0, "\(format): \(result.errors)")
            switch format {
            case "json":
                let object = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any]
                #expect(object?["agenda"] as? String == "riverside-2025-2028")
            case "html": #expect(result.output.hasPrefix("<!DOCTYPE html>") && result.output.contains("network-map"))
            case "svg": #expect(result.output.hasPrefix("<?xml") && result.output.hasSuffix("</svg>\n"))
            case "dot": #expect(result.output.hasPrefix("graph \"riverside-2025-2028\" {"))
            case "markdown": #expect(result.output.hasPrefix("# Network map — Ageing well at home"))
            default: #expect(result.output.hasPrefix("Network map — Ageing well at home"))
            }
        }
        // CSV is not one of them.
        #expect(Self.run([Self.example, "--format", "csv"]).status == 2)
    }

    @Test func aMunicipalityOrDistrictNarrowsTheMap() throws {
        let whole = try Self.partners(Self.run([Self.haaglanden, "--format", "json"]))
        let delft = try Self.partners(Self.run([Self.haaglanden, "--municipality", "delft", "--format", "json"]))
        let laak = try Self.partners(Self.run([Self.haaglanden, "--district", "den-haag/laak", "--format", "json"]))
        // Only partners that work in Delft (or everywhere) or serve it by name.
        #expect(delft.map(\.id).contains("gemeente-delft"))
        for partner in delft {
            #expect(
                partner.places.contains { $0 == "all" || $0 == "delft" } || partner.serves?.contains("delft") == true,
                "\(partner.id) \(partner.places)")
        }
        #expect(laak.map(\.id).contains("xtra") && !laak.map(\.id).contains("gemeente-delft"))
        #expect(laak.allSatisfy { $0.places.allSatisfy { ["all", "den-haag", "den-haag/laak"].contains($0) } })
        #expect(delft.count < whole.count && laak.count < whole.count)
        let both = Self.run([Self.haaglanden, "--municipality", "delft", "--district", "laak"])
        #expect(both.status == 2 && both.errors.contains("give one of them"))
    }

    @Test func unknownPlacesAndScenariosSayWhatWasMeant() {
        let municipality = Self.run([Self.haaglanden, "--municipality", "delfd"])
        #expect(municipality.status == 2)
        #expect(municipality.errors.contains("unknown municipality 'delfd'; did you mean 'delft'?"))
        let district = Self.run([Self.haaglanden, "--district", "den-haag/lak"])
        #expect(district.status == 2 && district.errors.contains("did you mean 'den-haag/laak'?"))
        let scenario = Self.run([Self.example, "--scenario", "council-cut"])
        #expect(scenario.status == 2 && scenario.errors.contains("did you mean 'council-cuts'?"))
        #expect(Self.run(["no-such-agenda.yaml"]).status == 2)
    }

    @Test func writesToAFileAndNeverOverAnInput() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("network-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("netwerkkaart.html").path
        let result = Self.run([Self.example, "--format", "html", "-o", path])
        #expect(result.status == 0 && result.output.isEmpty)
        #expect(
            try String(contentsOfFile: path, encoding: .utf8) == Self.run([Self.example, "--format", "html"]).output)
        #expect(Self.run([Self.example, "-o", Self.example]).status == 2)
    }

    @Test func aScenarioIsNamedInTheOutput() throws {
        let result = Self.run([Self.example, "--scenario", "council-cuts", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(object["scenario"] as? String == "council-cuts")
    }

    struct Partner {
        var id: String
        var places: [String]
        var serves: [String]?
    }

    static func partners(_ result: (status: Int32, output: String, errors: String)) throws -> [Partner] {
        #expect(result.status == 0, "\(result.errors)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        return try #require(object["partners"] as? [[String: Any]]).compactMap { partner in
            guard let id = partner["id"] as? String, let places = partner["places"] as? [String] else { return nil }
            return Partner(id: id, places: places, serves: partner["serves"] as? [String])
        }
    }
}
