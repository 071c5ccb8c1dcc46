import AgendaModules
import TestSupport
import Testing

@testable import AgendaCore

/// The example agendas' locations, frameworks and districts hold what their comments and sources
/// say: agendas/haaglanden (Haags Ontmoeten, the CVO assessments) and agendas/leidschendam-voorburg.
@Suite struct ExampleAgendaLocationTests {
    static func load(_ path: String) throws -> AgendaLoader.Result {
        AgendaLoader(registry: InstalledModules.registry).load(path: Repository.path(path))
    }

    /// Every location of a municipality: its own and its districts', in the order written.
    static func venues(of municipality: Municipality) -> [Venue] {
        municipality.venues + municipality.districts.flatMap(\.venues)
    }

    // MARK: Leidschendam-Voorburg

    @Test func leidschendamVoorburgLoadsWithItsGoalsThemesAndDistricts() throws {
        let result = try Self.load("agendas/leidschendam-voorburg/agenda.yaml")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.rendered))")
        let agenda = try #require(result.agenda)
        #expect(agenda.header.language == .nl)
        // Seed 001: four priority themes and three goals.
        #expect(agenda.goals.count == 3)
        #expect(agenda.themes.count == 4)
        #expect(agenda.goals.allSatisfy { $0.pillar == .content })
        let town = try #require(agenda.region.municipality("leidschendam-voorburg"))
        #expect(agenda.region.municipalities.count == 1)
        #expect(
            town.districts.map(\.id) == [
                "oud-voorburg-midden", "voorburg-west", "damcentrum", "prinsenhof", "de-heuvel", "schakenbosch",
                "stompwijk",
            ])
        #expect(town.districts.allSatisfy { $0.indicator(StandardIndicators.residents75Plus) != nil })
        // Actions in every domain module, and more wanted than the sources can pay in 2026.
        #expect(Set(agenda.actions.map(\.domain.value)) == Set(InstalledModules.registry.domainIDs))
        let cost2026 = agenda.actions.reduce(0) { $0 + $1.cost[2026] }
        let budget2026 = agenda.funding.reduce(0) { $0 + $1.budget[2026] }
        #expect(agenda.funding.count == 3)
        #expect(cost2026 > budget2026)
    }

    @Test func leidschendamVoorburgCountsItsMeetingPlacesFromTheLocations() throws {
        let agenda = try #require(try Self.load("agendas/leidschendam-voorburg/agenda.yaml").agenda)
        let town = try #require(agenda.region.municipality("leidschendam-voorburg"))
        let counted = town.districts.map { district in
            district.indicators.first { $0.indicator == StandardIndicators.meetingPlaces }.map {
                ($0.value, $0.derived)
            }
        }
        // Prinsenhof's buurthuis closed in 2023: counted 0. Stompwijk lists none and writes 0.
        #expect(counted.map { $0?.0 } == [2, 1, 1, 0, 2, 1, 0])
        #expect(counted.map { $0?.1 } == [true, true, true, true, true, true, false])
        // The municipality's written 7 is the sum of its districts (so the validator was silent).
        #expect(town.indicator(StandardIndicators.meetingPlaces) == 7)
    }

    // MARK: Haaglanden

    @Test func haagsOntmoetenHasTheLocationsOfItsSources() throws {
        let result = try Self.load("agendas/haaglanden/agenda.yaml")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.rendered))")
        let agenda = try #require(result.agenda)
        let denHaag = try #require(agenda.region.municipality("den-haag"))
        let venues = Self.venues(of: denHaag)
        // 45 locations in July 2019, 38 when it became permanent in March 2020, more than 40 now.
        #expect(venues.filter { $0.isOpen(in: 2019) }.count == 45)
        #expect(venues.filter { $0.isOpen(in: 2020) }.count == 38)
        #expect(venues.filter { $0.isOpen(in: 2025) }.count == 41)
        // Counted, not written: Den Haag and each of its eight stadsdelen.
        let figure = try #require(denHaag.indicators.first { $0.indicator == StandardIndicators.meetingPlaces })
        #expect(figure.value == 41 && figure.derived)
        #expect(
            denHaag.districts.map { $0.indicator(StandardIndicators.meetingPlaces) } == [5, 8, 5, 4, 3, 6, 4, 5])
        // Every location pairs a welfare and a care organisation; the types are the seed's three.
        for venue in venues {
            let kinds = Set(venue.partners.compactMap { agenda.partner($0.value)?.kind })
            #expect(kinds.isSuperset(of: [.welfare, .care]), "\(venue.id)")
        }
        #expect(Set(venues.map(\.type)) == ["buurthuis", "kringloop", "zorgcentrum"])
        // Seed 000 names the coordinator of Centrum and Laak; elsewhere the coordinating partner.
        for district in denHaag.districts {
            let named = ["centrum", "laak"].contains(district.id)
            let expected = named ? "Jeanette van der Meer" : "xtra"
            #expect(district.venues.allSatisfy { $0.coordinator?.value == expected }, "\(district.id)")
        }
    }

    @Test func theCVOPilotAreasAreAssessedAgainstTheFramework() throws {
        let agenda = try #require(try Self.load("agendas/haaglanden/agenda.yaml").agenda)
        let framework = try #require(agenda.framework("sociale-wijkteams"))
        #expect(framework.criteria.count == 7)
        #expect(framework.criteria.allSatisfy { $0.levels[$0.target].label == "op orde" })
        for area in ["den-haag/escamp", "den-haag/haagse-hout", "den-haag/laak"] {
            let assessments = agenda.assessments(of: area, against: "sociale-wijkteams")
            #expect(!assessments.isEmpty, "\(area)")
            // Every criterion scored, every score with its evidence.
            for assessment in assessments {
                #expect(assessment.scores.count == 7 && assessment.scores.allSatisfy { $0.evidence != nil })
                #expect(assessment.source == "illustrative")
            }
        }
        // Laak twice, so the change shows: integrale aanpak from afwezig to in ontwikkeling.
        let laak = agenda.assessments(of: "den-haag/laak", against: "sociale-wijkteams")
        #expect(laak.map(\.date.description) == ["2013-11-26", "2014-10-14"])
        #expect(laak.map { $0.score("integrale-aanpak")?.level.value } == ["afwezig", "in ontwikkeling"])
        // The actions that address a criterion name existing ones.
        let addressing = agenda.actions.filter { !$0.addresses.isEmpty }
        #expect(addressing.count >= 5)
        #expect(addressing.flatMap(\.addresses).allSatisfy { agenda.criterion($0.value) != nil })
    }
}
