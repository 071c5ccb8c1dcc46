import AgendaModules
import Foundation
import TestSupport
import Testing

@testable import AgendaCore

/// `Quickscan`: each place's figures, offer and targets, computed by hand on a small agenda.
@Suite struct QuickscanTests {
    /// Two municipalities: Stad with the districts Noord and Zuid, Dorp without. Three targets: one
    /// per 1,000 residents 75+, one plain count, one on a share. 100,000 euros in 2025 pay the three
    /// committed actions (90,000); the 50,000 of plek-dorp and the 15,000 of overal no longer fit.
    static func agendaText(language: String = "en") -> String {
        """
        agenda:
          id: qs-test
          title: Quickscan test
          period: 2025-2026
          language: \(language)
        indicators:
          residents-75plus: {label: Residents 75+, unit: persons, source: CBS, year: 2024}
          meeting-places: {label: Meeting places, unit: count, higher_is: better, source: Gemeente, year: 2025}
          lonely: {label: Lonely 65+, unit: share, higher_is: worse, source: GGD, year: 2022}
          carers: {label: Carers, unit: persons, source: Wijkteam, year: 2024}
        region:
          id: regio
          name: Regio
          municipalities:
            - id: stad
              name: Stad
              indicators: {residents-75plus: 4000, lonely: 0.3}
              districts:
                - id: noord
                  name: Noord
                  indicators: {residents-75plus: 3000, meeting-places: 2, carers: 100}
                - id: zuid
                  name: Zuid
                  indicators: {residents-75plus: 1000, carers: 50}
                  locations:
                    - {id: buurthuis-zuid, name: Buurthuis Zuid, type: buurthuis, partners: [welzijn], coordinator: welzijn}
                    - {id: oud-centrum, name: Oud centrum, type: zorgcentrum, partners: [zorg], closed: 2024}
            - id: dorp
              name: Dorp
              indicators: {meeting-places: 1, lonely: 0.2}
        partners:
          - {id: gemeente, name: Gemeente Stad, kind: municipality}
          - {id: welzijn, name: Welzijn Stad, kind: welfare}
          - {id: zorg, name: Zorg Stad, kind: care}
        goals:
          - id: ontmoeting
            pillar: content
            title: Ontmoeting dichtbij
            target: {indicator: meeting-places, at-least: 1, per: residents-75plus, per-amount: 1000, by: 2026}
          - id: plekken
            pillar: content
            title: Genoeg plekken
            target: {indicator: meeting-places, at-least: 3}
          - id: eenzaamheid
            pillar: content
            title: Minder eenzaam
            target: {indicator: lonely, at-most: 0.25}
          - {id: regie, pillar: organisation, title: Regie}
        funding:
          - id: fonds
            funder: Rijk
            budget: {2025: 100000, 2026: 0}
        actions:
          - id: plek-zuid
            title: Twee plekken in Zuid
            domain: welfare
            pillar: content
            goals: [ontmoeting]
            where: [stad/zuid]
            lead: welzijn
            cost: {2025: 40000}
            status: committed
            welfare: {locations: 2}
          - id: plekken-noord-zuid
            title: Een plek in Noord en een in Zuid
            domain: welfare
            pillar: content
            goals: [ontmoeting]
            where: [stad/noord, stad/zuid]
            lead: welzijn
            partners: [zorg]
            cost: {2025: 30000}
            status: committed
            welfare: {locations: 2}
          - id: plek-dorp
            title: Een plek in Dorp
            domain: welfare
            pillar: content
            goals: [ontmoeting]
            where: [dorp]
            lead: gemeente
            cost: {2025: 50000}
            welfare: {locations: 1}
          - id: stad-breed
            title: Een plek voor heel Stad
            domain: welfare
            pillar: content
            goals: [plekken]
            where: [stad]
            lead: gemeente
            partners: [welzijn]
            cost: {2025: 20000}
            status: committed
            welfare: {locations: 1}
          - id: overal
            title: Overal een plek
            domain: welfare
            pillar: content
            goals: [regie]
            where: [all]
            lead: zorg
            cost: {2025: 15000}
            welfare: {locations: 2}

        """
    }

    struct Fixture {
        var agenda: Agenda
        var plan: Plan
        var quickscan: Quickscan

        var rendering: QuickscanRendering { QuickscanRendering(agenda: agenda, quickscan: quickscan) }

        func place(_ id: String) throws -> Quickscan.Place {
            try #require(quickscan.places.first { $0.id == id }, "no place \(id)")
        }

        func goal(_ goal: String, at place: String) throws -> Quickscan.GoalFigure {
            try #require(try self.place(place).goals.first { $0.goal == goal })
        }
    }

    /// The agenda loaded and planned as `agenda quickscan` plans it.
    static func fixture(language: String = "en", municipality: String? = nil) throws -> Fixture {
        let result = try AgendaFixture(files: ["agenda.yaml": agendaText(language: language)]).load()
        #expect(!result.hasErrors, "\(result.diagnostics.map(\.rendered))")
        let agenda = try #require(result.agenda)
        let plan = try Planner(registry: InstalledModules.registry).plan(agenda).plan
        let quickscan = try Quickscan(
            agenda: agenda, plan: plan, registry: InstalledModules.registry, municipality: municipality)
        return Fixture(agenda: agenda, plan: plan, quickscan: quickscan)
    }

    static func close(_ value: Double?, _ expected: Double) -> Bool {
        guard let value else { return false }
        return abs(value - expected) < 1e-9
    }

    // MARK: Places and figures

    @Test func everyMunicipalityThenItsDistricts() throws {
        let f = try Self.fixture()
        #expect(f.quickscan.places.map(\.id) == ["stad", "stad/noord", "stad/zuid", "dorp"])
        #expect(f.quickscan.targets.map(\.goal) == ["ontmoeting", "plekken", "eenzaamheid"])
        #expect(f.quickscan.referenceYear == 2025)
        #expect(f.quickscan.fundedCount == 3)
    }

    @Test func figuresSayWhereTheyComeFrom() throws {
        let f = try Self.fixture()
        func figure(_ place: String, _ id: String) throws -> Quickscan.IndicatorFigure {
            try #require(try f.place(place).indicators.first { $0.id == id })
        }
        // Zuid lists two locations; only the buurthuis is open in 2025 (the other closed in 2024).
        let zuid = try figure("stad/zuid", "meeting-places")
        #expect(zuid.value == 1 && zuid.derived && !zuid.summed)
        // Stad gives no meeting-places of its own: Noord's 2 + Zuid's 1 = 3, counted from the locations.
        let stad = try figure("stad", "meeting-places")
        #expect(stad.value == 3 && stad.derived)
        #expect(stad.label == "Meeting places" && stad.source == "Gemeente" && stad.year == 2025 && stad.unit == .count)
        // Nor carers: the sum of its districts' 100 + 50, which counts persons and so adds up.
        let carers = try figure("stad", "carers")
        #expect(carers.value == 150 && carers.summed && !carers.derived)
        // A share is never summed over districts: Stad gives its own 0.3; Noord has none.
        #expect(try figure("stad", "lonely").value == 0.3)
        let noord = try figure("stad/noord", "lonely")
        #expect(noord.value == nil && noord.reason == .noFigure("lonely"))
        // Dorp has no residents 75+.
        #expect(try figure("dorp", "residents-75plus").reason == .noFigure("residents-75plus"))
    }

    // MARK: Targets

    /// Funded: plek-zuid (Zuid +2 meeting places), plekken-noord-zuid (+1 Noord, +1 Zuid) and
    /// stad-breed (+1 Stad as a whole). Stad gets all four of its districts' plus its own: +5.
    @Test func perTargetNowAndAfterThePlan() throws {
        let f = try Self.fixture()
        // Stad: 3 places / (4,000 / 1,000) = 0.75; short 0.25, which is 0.25 × 4 = 1 place.
        // After the plan: (3 + 5) / 4 = 2.
        let stad = try f.goal("ontmoeting", at: "stad")
        #expect(Self.close(stad.value, 0.75) && stad.reached == false && Self.close(stad.gap, 0.25))
        #expect(Self.close(stad.gapInIndicator, 1) && stad.added == 5)
        #expect(Self.close(stad.afterPlan, 2) && stad.reachedAfterPlan == true && stad.gapAfterPlan == 0)
        // Noord: 2 / 3 = 0.667; short 1/3 = 1 place; after (2 + 1) / 3 = 1, exactly reached.
        let noord = try f.goal("ontmoeting", at: "stad/noord")
        #expect(Self.close(noord.value, 2.0 / 3) && noord.reached == false && Self.close(noord.gap, 1.0 / 3))
        #expect(Self.close(noord.gapInIndicator, 1) && noord.added == 1)
        #expect(Self.close(noord.afterPlan, 1) && noord.reachedAfterPlan == true)
        // Zuid: 1 / 1 = 1, reached, gap 0; after (1 + 2 + 1) / 1 = 4.
        let zuid = try f.goal("ontmoeting", at: "stad/zuid")
        #expect(zuid.value == 1 && zuid.reached == true && zuid.gap == 0 && zuid.added == 3 && zuid.afterPlan == 4)
        // Dorp has no residents 75+: not measurable, now nor after, and says why.
        let dorp = try f.goal("ontmoeting", at: "dorp")
        #expect(dorp.value == nil && dorp.reached == nil && dorp.gap == nil && dorp.afterPlan == nil)
        #expect(dorp.reason == .noFigure("residents-75plus"))
    }

    @Test func plainTargetNowAndAfterThePlan() throws {
        let f = try Self.fixture()
        // At least 3 meeting places: Stad 3 → 8; Noord 2 → 3; Zuid 1 → 4; Dorp 1 → 1 (plek-dorp and
        // overal are not funded, so nothing is added there).
        let expected: [(String, Double, Bool, Double, Double, Bool)] = [
            ("stad", 3, true, 0, 8, true), ("stad/noord", 2, false, 1, 3, true), ("stad/zuid", 1, false, 2, 4, true),
            ("dorp", 1, false, 2, 1, false),
        ]
        for (place, value, reached, gap, after, reachedAfter) in expected {
            let figure = try f.goal("plekken", at: place)
            #expect(figure.value == value && figure.reached == reached && figure.gap == gap, "\(place)")
            #expect(figure.gapInIndicator == gap, "\(place): without per, the same as the gap")
            #expect(figure.afterPlan == after && figure.reachedAfterPlan == reachedAfter, "\(place)")
        }
        #expect(try f.goal("plekken", at: "dorp").gapAfterPlan == 2)
    }

    /// A share is measured at a place on its own figure: Stad 30% against at most 25% is 0.05 short,
    /// Dorp's 20% reaches it; no action adds to a share, so after the plan it is the same. The
    /// districts give no figure of their own, and shares are never summed: not measurable.
    @Test func aShareIsMeasuredOnThePlacesOwnFigure() throws {
        let f = try Self.fixture()
        let stad = try f.goal("eenzaamheid", at: "stad")
        #expect(stad.value == 0.3 && stad.reached == false && stad.afterPlan == 0.3 && stad.reachedAfterPlan == false)
        #expect(abs((stad.gap ?? 0) - 0.05) < 1e-12 && stad.reason == nil)
        let dorp = try f.goal("eenzaamheid", at: "dorp")
        #expect(dorp.value == 0.2 && dorp.reached == true && dorp.gap == 0)
        for district in ["stad/noord", "stad/zuid"] {
            let figure = try f.goal("eenzaamheid", at: district)
            #expect(figure.value == nil && figure.gap == nil && figure.afterPlan == nil, "\(district)")
            #expect(figure.reason == .noFigure("lonely"), "\(district)")
        }
    }

    @Test func trafficLights() throws {
        let f = try Self.fixture()
        let targets = f.quickscan.targets
        // Stad is short 0.25 of 1 (more than a fifth): far; Zuid reaches it; Dorp cannot be measured.
        #expect(try f.goal("ontmoeting", at: "stad").light(against: targets[0]) == .far)
        #expect(try f.goal("ontmoeting", at: "stad/zuid").light(against: targets[0]) == .reached)
        #expect(try f.goal("ontmoeting", at: "dorp").light(against: targets[0]) == .notMeasurable)
        #expect(Quickscan.Light(reached: false, gap: 0.5, bound: 3) == .close)
        #expect(Quickscan.Light(reached: false, gap: 0.61, bound: 3) == .far)
    }

    /// The municipalities' figures after the plan add up to the region's, as the plan report
    /// measures it (`PlanSummaries.regionValue`): an action's additions are split, never lost.
    @Test func placesAddUpToTheRegion() throws {
        let f = try Self.fixture()
        let funded = f.plan.actions.filter(\.funded).compactMap { f.agenda.action($0.id) }
        let region = PlanSummaries.regionValue(
            of: "meeting-places", agenda: f.agenda, funded: funded, registry: InstalledModules.registry)
        let stad = try f.goal("plekken", at: "stad").afterPlan
        let dorp = try f.goal("plekken", at: "dorp").afterPlan
        #expect(region == 9 && stad == 8 && dorp == 1)
    }

    // MARK: The offer

    @Test func actionsWorkWhereTheyAreNamed() throws {
        let f = try Self.fixture()
        // A municipality: actions naming it, one of its districts, or all.
        let stad = try f.place("stad")
        #expect(stad.funded.map(\.id) == ["plek-zuid", "plekken-noord-zuid", "stad-breed"])
        #expect(stad.proposed.map(\.id) == ["overal"])
        #expect(stad.proposed.first?.reason == .budget && stad.proposed.first?.share == 0.5)
        #expect(stad.funded.map(\.money) == [40000, 30000, 20000])
        // A district: only actions naming it.
        let noord = try f.place("stad/noord")
        #expect(noord.funded.map(\.id) == ["plekken-noord-zuid"] && noord.proposed.isEmpty)
        let one = [Quickscan.Addition(indicator: "meeting-places", amount: 1)]
        #expect(noord.funded.first?.share == 0.5 && noord.funded.first?.adds == one)
        let dorp = try f.place("dorp")
        #expect(dorp.funded.isEmpty && dorp.proposed.map(\.id) == ["plek-dorp", "overal"])
        #expect(dorp.proposed.first?.adds == one)
    }

    @Test func locationsAndPartners() throws {
        let f = try Self.fixture()
        let zuid = try f.place("stad/zuid")
        #expect(zuid.locations.map(\.id) == ["buurthuis-zuid", "oud-centrum"])
        #expect(zuid.locations.map(\.open) == [true, false])
        #expect(zuid.locations.first?.coordinator == "welzijn" && zuid.locations.first?.district == nil)
        // The municipality lists its districts' locations, each with its district.
        #expect(try f.place("stad").locations.map(\.district) == ["zuid", "zuid"])
        // Partners in the agenda's order, with what they do here.
        let partners = try f.place("stad").partners
        #expect(partners.map(\.id) == ["gemeente", "welzijn", "zorg"])
        #expect(partners[1].leads == ["plek-zuid", "plekken-noord-zuid"] && partners[1].joins == ["stad-breed"])
        #expect(partners[1].locations == ["buurthuis-zuid"])
        #expect(partners[2].leads == ["overal"] && partners[2].joins == ["plekken-noord-zuid"])
        #expect(partners[2].locations == ["oud-centrum"])
        #expect(try f.place("stad/noord").partners.map(\.id) == ["welzijn", "zorg"])
        #expect(try f.place("dorp").partners.map(\.id) == ["gemeente", "zorg"])
    }

    // MARK: Filter and formats

    @Test func oneMunicipalityAndItsDistricts() throws {
        #expect(
            try Self.fixture(municipality: "stad").quickscan.places.map(\.id) == ["stad", "stad/noord", "stad/zuid"])
        #expect(try Self.fixture(municipality: "dorp").quickscan.places.map(\.id) == ["dorp"])
        let f = try Self.fixture()
        #expect(throws: PlanFocus.Problem.unknownMunicipality("stadd", suggestion: "stad")) {
            try Quickscan(agenda: f.agenda, plan: f.plan, registry: InstalledModules.registry, municipality: "stadd")
        }
    }

    @Test func jsonFollowsTheContract() throws {
        let f = try Self.fixture()
        let text = f.rendering.rendered(.json)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["agenda"] as? String == "qs-test")
        #expect(object["scenario"] is NSNull)
        let places = try #require(object["places"] as? [[String: Any]])
        #expect(places.map { $0["id"] as? String } == ["stad", "stad/noord", "stad/zuid", "dorp"])
        let noord = places[1]
        #expect(noord["municipality"] as? String == "stad" && noord["name"] as? String == "Noord")
        let indicators = try #require(noord["indicators"] as? [String: [String: Any]])
        let places75 = try #require(indicators["residents-75plus"])
        #expect(places75["value"] as? Double == 3000 && places75["unit"] as? String == "persons")
        #expect(places75["source"] as? String == "CBS" && places75["year"] as? Int == 2024)
        #expect(places75["derived"] as? Bool == false)
        #expect(indicators["lonely"]?["value"] is NSNull && indicators["lonely"]?["reason"] as? String == "no-figure")
        let actions = try #require(noord["actions"] as? [String: [[String: Any]]])
        #expect(actions["funded"]?.map { $0["id"] as? String } == ["plekken-noord-zuid"])
        #expect(actions["proposed"]?.isEmpty == true)
        #expect((noord["partners"] as? [[String: Any]])?.map { $0["id"] as? String } == ["welzijn", "zorg"])
        let goals = try #require(noord["goals"] as? [[String: Any]])
        #expect(Array(goals[0].keys).count >= 7)
        for key in ["goal", "indicator", "value", "target", "reached", "gap", "after_plan"] {
            #expect(goals[0][key] != nil, "goals[].\(key)")
        }
        #expect(goals[0]["goal"] as? String == "ontmoeting" && goals[0]["value"] as? Double == 0.666667)
        #expect(goals[0]["target"] as? Double == 1 && goals[0]["after_plan"] as? Double == 1)
        #expect(goals[2]["value"] is NSNull && goals[2]["reason"] as? String == "no-figure")
        #expect(goals[2]["reason_indicator"] as? String == "lonely")
    }

    @Test func csvHasARowPerPlaceAndGoal() throws {
        let f = try Self.fixture()
        let csv = f.rendering.rendered(.csv)
        let rows = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows.count == 1 + 4 * 3)
        #expect(rows[0].hasPrefix("place,municipality,district,name,locations,open_locations,funded_actions,"))
        #expect(
            rows[1].hasPrefix(
                "stad,stad,,Stad,2,1,3,1,3,ontmoeting,meeting-places,at-least,1,residents-75plus,1000,0.75,false,0.25,1,5,2,true,0,,"
            ))
        let dutch = f.rendering.rendered(.csv, csv: .dutchExcel)
        #expect(dutch.hasPrefix("\u{FEFF}place;municipality;"))
        #expect(
            dutch.contains("stad;stad;;Stad;2;1;3;1;3;ontmoeting;meeting-places;at-least;1;residents-75plus;1000;0,75;")
        )
    }

    @Test func textMarkdownAndHTML() throws {
        let f = try Self.fixture()
        let text = f.rendering.rendered(.text)
        #expect(text.contains("Stad as a whole (stad)"))
        let stadRow = text.split(separator: "\n").first { $0.hasPrefix("ontmoeting ") }
        #expect(stadRow?.contains(" 0.75 ") == true && stadRow?.contains("✗ short") == true, "\(stadRow ?? "")")
        #expect(text.contains("– not measurable: no figure for lonely"))
        #expect(text.contains("5.0 percentage points") || text.contains("5 percentage points"), "\(text)")
        #expect(text.contains("– not measurable: no figure for residents-75plus"))
        let markdown = f.rendering.rendered(.markdown)
        #expect(markdown.contains("## Stad (stad)") && markdown.contains("### Noord (stad/noord)"))
        let html = f.rendering.rendered(.html)
        #expect(html.hasPrefix("<!DOCTYPE html>") && !html.contains("http"))
        HTMLReportTests.expectWellFormed(html)
        #expect(html.contains("class=\"chart quickscan-tiles\""))
        for light in ["qs-reached", "qs-far", "qs-not-measurable"] { #expect(html.contains("class=\"\(light)\"")) }
        #expect(html.contains("✓ reached") && html.contains("✗ short") && html.contains("– not measurable"))
    }

    @Test func dutchWordsInADutchAgenda() throws {
        let text = try Self.fixture(language: "nl").rendering.rendered(.text)
        #expect(text.contains("Quickscan per wijk"))
        #expect(text.contains("Stad als geheel (stad)"))
        #expect(text.contains("✗ tekort") && text.contains("niet meetbaar"))
        #expect(text.contains("0,75"))
    }

    @Test func sameInputSameBytes() throws {
        let first = try Self.fixture()
        let second = try Self.fixture()
        for format in OutputFormat.allCases {
            #expect(first.rendering.rendered(format) == second.rendering.rendered(format), "\(format)")
        }
    }

    /// Haaglanden, planned once as `agenda quickscan agendas/haaglanden` plans it, in every format.
    @Test func haaglandenInEveryFormat() throws {
        let planned = try ExamplePlans.haaglanden.get()
        let agenda = planned.agenda
        let plan = planned.result.plan
        let quickscan = try Quickscan(agenda: agenda, plan: plan, registry: InstalledModules.registry)
        let districts = agenda.region.municipalities.reduce(0) { $0 + $1.districts.count }
        #expect(quickscan.places.count == agenda.region.municipalities.count + districts)
        // Funded actions only ever add: no place is further from a target after the plan.
        for place in quickscan.places {
            for (target, figure) in zip(quickscan.targets, place.goals) {
                guard let now = figure.value, let after = figure.afterPlan else { continue }
                if case .atLeast = target.bound { #expect(after >= now, "\(place.id) \(target.goal)") }
            }
        }
        let rendering = QuickscanRendering(agenda: agenda, quickscan: quickscan)
        for format in OutputFormat.allCases { #expect(!rendering.rendered(format).isEmpty, "\(format)") }
        #expect(try JSONSerialization.jsonObject(with: Data(rendering.rendered(.json).utf8)) is [String: Any])
        HTMLReportTests.expectWellFormed(rendering.rendered(.html))
        #expect(rendering.rendered(.text).contains("Quickscan per wijk"))
    }
}
