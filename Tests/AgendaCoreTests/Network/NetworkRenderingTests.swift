import AgendaCore
import AgendaModules
import Foundation
import FoundationXML
import TestSupport
import Testing

@testable import AgendaCore

/// `NetworkRendering`: the map and its tables in every form, on the small hand-made agenda, the
/// example and Haaglanden.
@Suite struct NetworkRenderingTests {
    static func rendering(_ text: String = NetworkFixture.text) throws -> NetworkRendering {
        try NetworkRendering(agenda: try NetworkFixture.agenda(text))
    }

    static func json(_ rendering: NetworkRendering) throws -> [String: Any] {
        let data = Data(rendering.rendered(.json).utf8)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func jsonHoldsPartnersTiesAndLayout() throws {
        let object = try Self.json(try Self.rendering())
        #expect(object["agenda"] as? String == "net")
        #expect(object["scenario"] is NSNull)
        let partners = try #require(object["partners"] as? [[String: Any]])
        #expect(partners.map { $0["id"] as? String } == ["gem", "xtra", "pep", "hadoks", "ggd", "zonmw", "huis"])
        let xtra = partners[1]
        #expect(xtra["name"] as? String == "Xtra welzijn" && xtra["kind"] as? String == "welfare")
        #expect(xtra["places"] as? [String] == ["all", "den-haag/laak"])
        #expect(xtra["actions"] as? [String] == ["a1", "a2"])
        #expect(xtra["locations"] as? [String] == ["laak-1"])
        let ties = try #require(object["ties"] as? [[String: Any]])
        #expect(ties.count == 8)
        let xtraPep = try #require(ties.first { ($0["partners"] as? [String]) == ["xtra", "pep"] })
        #expect(xtraPep["actions"] as? [String] == ["a1", "a2"] && xtraPep["euros"] as? Int == 40000)
        let layout = try #require(object["layout"] as? [String: Any])
        let layers = try #require(layout["layers"] as? [[String]])
        #expect(layers.flatMap { $0 }.sorted() == ["gem", "ggd", "hadoks", "huis", "pep", "xtra", "zonmw"])
        #expect((layout["kinds"] as? [String])?.count == layers.count)
        let crossings = try #require(layout["crossings"] as? [String: Int])
        #expect(try #require(crossings["final"]) <= (try #require(crossings["initial"])))
    }

    @Test func textAndMarkdownInTheAgendasLanguage() throws {
        let rendering = try Self.rendering()
        let text = rendering.rendered(.text)
        for dutch in [
            "Netwerkkaart — Netwerk", "7 partners; 8 verbindingen", "Kruisende lijnen", "werkt in", "€40.000",
        ] {
            #expect(text.contains(dutch), "missing '\(dutch)'")
        }
        // Xtra works everywhere and in Laak; it works most with PEP (two actions).
        #expect(text.contains("heel Regio; Den Haag: Laak"))
        #expect(text.contains("PEP (2), Hadoks (1), GGD (1)"))
        let markdown = rendering.rendered(.markdown)
        #expect(markdown.hasPrefix("# Netwerkkaart — Netwerk"))
        #expect(markdown.contains("| Xtra welzijn — PEP | 2 | €40.000 | a1, a2 |"))
    }

    @Test func htmlIsOnePageWithTheMapAndTables() throws {
        let html = try Self.rendering().rendered(.html)
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("<html lang=\"nl\">"))
        #expect(html.contains("class=\"chart network-map\""))
        #expect(html.contains("id=\"partners\"") && html.contains("id=\"ties\""))
        #expect(!html.contains("http") && !html.lowercased().contains("<script"))
        #expect(HTMLReportTests.count("class=\"node\"", in: html) == 7)
        #expect(HTMLReportTests.count("class=\"tie\"", in: html) == 8)
        // The tooltip of a tie names its partners, money and actions.
        #expect(
            html.contains(
                "<title>Xtra welzijn — PEP: 2 gedeelde acties, €40.000 in 2025-2026: Ontmoeting Laak; Valpreventie</title>"
            ))
        HTMLReportTests.expectWellFormed(html)
        #expect(html == (try Self.rendering()).rendered(.html))
    }

    @Test func svgStandsAlone() throws {
        let svg = try Self.rendering().rendered(.svg)
        #expect(svg.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" "))
        #expect(throws: Never.self) { _ = try XMLDocument(xmlString: svg, options: []) }
        // Thicker lines for more money: the xtra–pep tie has the most.
        let widths = HTMLReportTests.attribute("stroke-width", of: "class=\"tie\"", in: svg)
        #expect(widths.max() == NetworkMapChart.maxWidth)
        #expect(widths.min() ?? 0 >= NetworkMapChart.minWidth)
    }

    @Test func dotIsAGraphWithClustersAndEscapedLabels() throws {
        let hostile = NetworkFixture.text.replacingOccurrences(
            of: "name: PEP,", with: #"name: 'PEP "de \N buren" {x}',"#)
        let dot = try Self.rendering(hostile).rendered(.dot)
        #expect(dot.hasPrefix("graph \"net\" {\n") && dot.hasSuffix("}\n"))
        #expect(HTMLReportTests.count("subgraph \"cluster_", in: dot) == 6)
        #expect(dot.contains(#"label="PEP \"de \\N buren\" {x}\nheel Regio""#))
        #expect(dot.contains("\"xtra\" -- \"pep\" [penwidth=6, weight=2,"))
        #expect(HTMLReportTests.count(" -- ", in: dot) == 8)
        // Outside quoted strings the braces balance.
        var depth = 0
        var quoted = false
        var previous: Character = " "
        for character in dot {
            if character == "\"" && previous != "\\" { quoted.toggle() }
            if !quoted && character == "{" { depth += 1 }
            if !quoted && character == "}" { depth -= 1 }
            #expect(depth >= 0)
            previous = previous == "\\" && character == "\\" ? " " : character
        }
        #expect(depth == 0 && !quoted)
        #expect(NetworkRendering.quoted("a\u{7}b\\") == "\"ab\\\\\"")
    }

    @Test func longNamesWithTheSameStartStayApartOnTheMap() throws {
        let start = "Stichting Welzijn en Zorg voor Ouderen in de Regio Haaglanden afdeling"
        let text = NetworkFixture.text
            .replacingOccurrences(of: "name: Xtra welzijn,", with: "name: \(start) Noord,")
            .replacingOccurrences(of: "name: Huis van de wijk,", with: "name: \(start) Zuid,")
        let svg = try Self.rendering(text).rendered(.svg)
        #expect(svg.contains(">Stichting … Noord</text>") && svg.contains(">Stichting … Zuid</text>"))
        // The full names are in the tooltips.
        #expect(svg.contains("<title>\(start) Noord (welzijn)"))
        #expect(svg.contains("<title>\(start) Zuid (welzijn)"))
    }

    @Test func exampleIsEnglishAndTidy() throws {
        let agenda = try #require(
            AgendaLoader(registry: InstalledModules.registry).load(
                text: HTMLReportTests.exampleText, displayPath: "agenda.yaml"
            )
            .agenda)
        let rendering = try NetworkRendering(agenda: agenda)
        let text = rendering.rendered(.text)
        #expect(text.contains("4 partners; 5 ties") && text.contains("works with (shared actions)"))
        #expect(rendering.map.crossings.final <= rendering.map.crossings.initial)
        HTMLReportTests.expectWellFormed(rendering.rendered(.html))
    }

    @Test func haaglandenOrdersToFewerCrossings() throws {
        let path = Repository.root.appendingPathComponent("agendas/haaglanden/agenda.yaml").path
        let agenda = try #require(AgendaLoader(registry: InstalledModules.registry).load(path: path).agenda)
        let rendering = try NetworkRendering(agenda: agenda)
        #expect(rendering.map.crossings.final < rendering.map.crossings.initial)
        #expect(rendering.graph.partners.count == agenda.partners.count)
        let svg = rendering.rendered(.svg)
        // Every partner's card, no name cut to the same text as another's.
        let labels = WrappedLabels(width: NetworkMapGeometry.card - 8, size: NetworkMapGeometry.nameSize, maxLines: 3)
            .lines(for: agenda.partners.map(\.name)).map { $0.joined(separator: "\n") }
        #expect(Set(labels).count == Set(agenda.partners.map(\.name)).count)
        #expect(HTMLReportTests.count("class=\"node\"", in: svg) == agenda.partners.count)
        // Packed to the widest band, so it prints on A4 at a readable size.
        let width = try #require(HTMLReportTests.attribute("width", of: "<svg", in: svg).first)
        #expect(width < 1100)
    }
}
