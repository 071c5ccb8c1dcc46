import AgendaCore
import AgendaModules
import Testing

@testable import AgendaCore

/// `NetworkGraph`: partners, the places they work in and their ties, worked out by hand on a small
/// agenda (`NetworkFixture`).
@Suite struct NetworkGraphTests {
    @Test func partnersWorkWhereTheirActionsAndLocationsAre() throws {
        let graph = try NetworkGraph(agenda: NetworkFixture.agenda())
        #expect(graph.partners.map(\.id) == ["gem", "xtra", "pep", "hadoks", "ggd", "zonmw", "huis"])
        let places = Dictionary(uniqueKeysWithValues: graph.partners.map { ($0.id, $0.places) })
        #expect(places["gem"] == ["delft"])  // its actions and its location, once
        #expect(places["xtra"] == ["all", "den-haag/laak"])
        #expect(places["pep"] == ["all", "den-haag/laak"])  // coordinator of laak-1
        #expect(places["hadoks"] == ["all", "delft"])  // the location it ran closed in 2020
        #expect(places["zonmw"] == [])
        #expect(places["huis"] == ["den-haag/laak"])  // a location, no action
        let xtra = try #require(graph.partners.first { $0.id == "xtra" })
        #expect(xtra.actions == ["a1", "a2"] && xtra.leads == 1)  // a4 has stopped
        #expect(xtra.locations == ["laak-1"] && xtra.serves == ["den-haag"])
        #expect(graph.partners.first { $0.id == "pep" }?.serves == nil)
        #expect(graph.locationNames["laak-1"] == "Buurthuis Laak")
    }

    @Test func tiesJoinPartnersThatShareActions() throws {
        let graph = try NetworkGraph(agenda: NetworkFixture.agenda())
        let ties = graph.ties.map { tie in
            "\(graph.partners[tie.first].id)–\(graph.partners[tie.second].id) \(tie.actions) \(tie.euros)"
        }
        // a1 (xtra, pep) costs 10,000 + 20,000; a2 (hadoks, xtra, pep, ggd) 2 × 5,000; a3 (gem,
        // hadoks) 7,000; a5 (ggd, gem) 3,000; a4 has stopped.
        #expect(
            ties == [
                "gem–hadoks [\"a3\"] 7000", "gem–ggd [\"a5\"] 3000", "xtra–pep [\"a1\", \"a2\"] 40000",
                "xtra–hadoks [\"a2\"] 10000", "xtra–ggd [\"a2\"] 10000", "pep–hadoks [\"a2\"] 10000",
                "pep–ggd [\"a2\"] 10000", "hadoks–ggd [\"a2\"] 10000",
            ])
        #expect(graph.actionEuros["a1"] == 30000 && graph.actionEuros["a4"] == nil)
        #expect(graph.agenda == "net" && graph.scenario == nil)
    }

    @Test func aScenarioThatDropsAnActionDropsItsTies() throws {
        let agenda = try ScenarioApplier.apply(["zonder-a5"], to: NetworkFixture.agenda())
        let graph = try NetworkGraph(agenda: agenda)
        #expect(graph.scenario == "zonder-a5")
        #expect(graph.ties.count == 7)
        #expect(!graph.ties.contains { $0.actions.contains("a5") })
    }

    @Test func aMunicipalityShowsItsOwnPart() throws {
        let agenda = try NetworkFixture.agenda()
        let graph = try NetworkGraph(agenda: agenda, focus: try PlanFocus.municipality("delft", in: agenda.region))
        // huis works only in Laak, zonmw nowhere; the others have an action in Delft or everywhere.
        #expect(graph.partners.map(\.id) == ["gem", "xtra", "pep", "hadoks", "ggd"])
        #expect(graph.partners.first { $0.id == "xtra" }?.places == ["all"])
        #expect(graph.partners.first { $0.id == "xtra" }?.locations == [])
        #expect(
            graph.ties.first { graph.partners[$0.first].id == "xtra" && graph.partners[$0.second].id == "pep" }?.euros
                == 10000)
        #expect(graph.ties.count == 8)
    }

    @Test func aDistrictShowsItsOwnPart() throws {
        let agenda = try NetworkFixture.agenda()
        let graph = try NetworkGraph(agenda: agenda, focus: try PlanFocus.district("laak", in: agenda.region))
        #expect(graph.partners.map(\.id) == ["xtra", "pep", "hadoks", "ggd", "huis"])
        #expect(graph.partners.first { $0.id == "hadoks" }?.places == ["all"])
    }

    @Test func costsTooLargeToAddUpAreRefused() throws {
        var agenda = try NetworkFixture.agenda()
        let index = try #require(agenda.actions.firstIndex { $0.id == "a1" })
        let at = agenda.actions[index].location
        agenda.actions[index].cost = YearlyEuros([
            YearAmount(year: 2025, euros: Int.max / 2 + 1, location: at),
            YearAmount(year: 2026, euros: Int.max / 2 + 1, location: at),
        ])
        #expect(throws: NetworkGraph.Failure.overflow) { try NetworkGraph(agenda: agenda) }
        // Each year alone fits, but a tie adds a1 to a2.
        agenda.actions[index].cost = YearlyEuros([YearAmount(year: 2025, euros: Int.max - 5_000, location: at)])
        #expect(throws: NetworkGraph.Failure.overflow) { try NetworkGraph(agenda: agenda) }
    }

    @Test func bandsFollowTheKindsAndTheirTies() throws {
        let map = NetworkMap(graph: try NetworkGraph(agenda: NetworkFixture.agenda()))
        #expect(Set(map.kinds) == [.municipality, .welfare, .informalCare, .care, .publicHealth, .funder])
        #expect(map.bands.flatMap { $0 }.sorted() == Array(0..<7))
        for (band, kind) in map.kinds.enumerated() {
            #expect(map.bands[band].allSatisfy { map.graph.partners[$0].kind == kind })
        }
        #expect(map.crossings.final <= map.crossings.initial)
    }
}

/// A small agenda whose network is worked out by hand in the tests.
enum NetworkFixture {
    static let text = """
        agenda:
          id: net
          title: Netwerk
          period: 2025-2026
          language: nl
        region:
          id: regio
          name: Regio
          municipalities:
            - id: den-haag
              name: Den Haag
              locations:
                - {id: oud, name: Oud centrum, type: buurthuis, partners: [hadoks], closed: 2020}
              districts:
                - id: laak
                  name: Laak
                  locations:
                    - {id: laak-1, name: Buurthuis Laak, type: buurthuis, partners: [xtra, huis], coordinator: pep}
                - {id: escamp, name: Escamp}
            - id: delft
              name: Delft
              locations:
                - {id: delft-1, name: Stadhuis, type: dorpshuis, partners: [gem], coordinator: Jan de Vries}
        partners:
          - {id: gem, name: Gemeente Delft, kind: municipality, serves: [delft]}
          - {id: xtra, name: Xtra welzijn, kind: welfare, serves: [den-haag]}
          - {id: pep, name: PEP, kind: informal-care}
          - {id: hadoks, name: Hadoks, kind: care}
          - {id: ggd, name: GGD, kind: public-health}
          - {id: zonmw, name: ZonMw, kind: funder}
          - {id: huis, name: Huis van de wijk, kind: welfare}
        goals:
          - {id: ontmoeting, pillar: content, title: Ontmoeting}
        funding:
          - {id: wmo, funder: gem, budget: {2025: 100000, 2026: 100000}}
        actions:
          - {id: a1, title: Ontmoeting Laak, domain: welfare, pillar: content, goals: [ontmoeting], where: [den-haag/laak], lead: xtra, partners: [pep], cost: {2025: 10000, 2026: 20000}}
          - {id: a2, title: Valpreventie, domain: prevention, pillar: content, goals: [ontmoeting], where: [all], lead: hadoks, partners: [xtra, pep, ggd], cost: {per-year: 5000, years: 2025-2026}}
          - {id: a3, title: Ouderenzorg Delft, domain: primary-care, pillar: content, goals: [ontmoeting], where: [delft], lead: gem, partners: [hadoks], cost: {2025: 7000}}
          - {id: a4, title: Gestopt, domain: welfare, pillar: content, goals: [ontmoeting], where: [den-haag/escamp], lead: xtra, partners: [pep], cost: {2025: 1000}, status: stopped}
          - {id: a5, title: Mantelzorg Delft, domain: informal-care, pillar: content, goals: [ontmoeting], where: [delft], lead: ggd, partners: [gem], cost: {2026: 3000}}
        scenarios:
          - {id: zonder-a5, title: Zonder a5, drop: [a5]}

        """

    static func agenda(_ text: String = text) throws -> Agenda {
        let result = AgendaLoader(registry: InstalledModules.registry).load(text: text, displayPath: "agenda.yaml")
        #expect(!result.hasErrors, "\(result.diagnostics.map(\.rendered))")
        return try #require(result.agenda)
    }
}
