import AgendaModules
import Foundation
import TestSupport
import Testing

@testable import AgendaCore

/// `agenda assess` on a small agenda whose figures are worked out by hand: Laak assessed twice
/// (2024 and 2025, written newest first), Escamp once, four criteria on levels afwezig (0), basis
/// (1), op orde (2), voorbeeld (3).
@Suite struct AssessmentReportTests {
    static let text = """
        agenda:
          id: toets
          title: Toetsing
          period: 2025-2026
        indicators:
          residents-75plus: {label: Inwoners 75+, unit: persons, source: CBS, year: 2024}
        region:
          id: regio
          name: Regio
          municipalities:
            - id: den-haag
              name: Den Haag
              indicators: {residents-75plus: 32000}
              districts:
                - {id: laak, name: Laak}
                - {id: escamp, name: Escamp}
            - id: delft
              name: Delft
              indicators: {residents-75plus: 9000}
        partners:
          - {id: xtra, name: Xtra, kind: welfare}
          - {id: ggd, name: GGD, kind: public-health}
        goals:
          - {id: ontmoeting, pillar: content, title: Ontmoeting}
        funding:
          - id: wmo
            funder: Gemeente
            budget: {2025: 60000, 2026: 60000}
        frameworks:
          - id: kader
            title: Kader sociale wijkteams
            source: Gemeente Den Haag
            year: 2013
            levels: [{label: afwezig}, {label: basis}, {label: op orde}, {label: voorbeeld}]
            themes:
              - id: werkwijze
                title: Werkwijze
                criteria:
                  - {id: integraal, title: Integrale aanpak, target: op orde}
                  - {id: eigen-kracht, title: Eigen kracht, target: voorbeeld}
              - id: organisatie
                title: Organisatie
                criteria:
                  - {id: netwerk, title: Eigen netwerk, target: op orde}
                  - {id: informatie, title: Informatiedeling, target: basis}
        assessments:
          - framework: kader
            area: den-haag/laak
            date: 2025-03-01
            assessors: [Public Result, Gemeente Den Haag]
            source: illustrative
            scores:
              integraal: {level: afwezig, evidence: Casusoverleg gestopt}
              eigen-kracht: {level: op orde}
              netwerk: {level: basis}
          - framework: kader
            area: den-haag/laak
            date: 2024-03-01
            scores:
              integraal: {level: basis}
              eigen-kracht: {level: op orde}
              netwerk: {level: afwezig}
              informatie: {level: basis}
          - framework: kader
            area: den-haag/escamp
            date: 2025-02-01
            scores:
              integraal: {level: op orde}
              eigen-kracht: {level: afwezig}
        actions:
          - id: ontmoeting-laak
            title: Ontmoeting in Laak
            domain: welfare
            pillar: content
            goals: [ontmoeting]
            where: [den-haag/laak]
            lead: xtra
            addresses: [kader.integraal]
            cost: {2025: 70000, 2026: 70000}
          - id: valpreventie
            title: Valpreventie
            domain: prevention
            pillar: content
            goals: [ontmoeting]
            where: [den-haag]
            lead: ggd
            addresses: [kader.eigen-kracht]
            cost: {per-year: 20000, years: 2025-2026}

        """

    static func agenda(_ text: String = text) throws -> Agenda {
        let result = AgendaLoader(registry: InstalledModules.registry).load(text: text, displayPath: "agenda.yaml")
        #expect(!result.hasErrors, "\(result.diagnostics.map(\.rendered))")
        return try #require(result.agenda)
    }

    /// The report as `agenda assess` makes it: the selection, the plan, the report.
    static func report(_ text: String = text, framework: String? = nil, area: String? = nil) throws
        -> AssessmentReport
    {
        let agenda = try agenda(text)
        let selection = try AssessmentSelection(framework: framework, area: area, in: agenda)
        let planned = try Planner(registry: InstalledModules.registry).plan(agenda)
        return AssessmentReport(
            agenda: agenda, selection: selection, planned: planned, registry: InstalledModules.registry)
    }

    static func part(_ report: AssessmentReport) throws -> AssessedFramework {
        try #require(report.frameworks.first)
    }

    // MARK: Latest levels and changes

    @Test func theLatestAssessmentByDateCountsNotTheOrderWritten() throws {
        let part = try Self.part(try Self.report())
        #expect(part.areas.map(\.area.id) == ["den-haag/laak", "den-haag/escamp"])
        let laak = try #require(part.areas.first)
        #expect("\(laak.latest.date)" == "2025-03-01")
        #expect(laak.previous.map { "\($0.date)" } == "2024-03-01")
        #expect(laak.count == 2)
        #expect(laak.latest.assessors == ["Public Result", "Gemeente Den Haag"])
        #expect(laak.readings.map(\.criterion.id) == ["integraal", "eigen-kracht", "netwerk", "informatie"])
        // afwezig, op orde, basis in 2025; informatie was scored in 2024 only.
        #expect(laak.readings.map(\.level) == [0, 2, 1, nil])
        #expect(laak.readings.map(\.gapLevels) == [2, 1, 1, nil])
        #expect(laak.readings.map(\.gapShare) == [1, 1.0 / 3.0, 0.5, nil])
        #expect(laak.readings[0].evidence == "Casusoverleg gestopt")
    }

    @Test func changesSinceThePreviousAssessment() throws {
        let part = try Self.part(try Self.report())
        let laak = try #require(part.areas.first)
        let since = CalendarDate("2024-03-01")
        #expect(laak.readings[0].change == LevelChange(now: 0, before: 1, previous: since))
        #expect(laak.readings.map(\.change.direction) == [.down, .unchanged, .up, .notAssessedNow])
        #expect(laak.readings.map(\.change.from) == [1, 2, 0, 1])
        #expect(laak.readings.allSatisfy { $0.change.since == since })
        let escamp = try #require(part.areas.last)
        #expect(escamp.previous == nil)
        #expect(escamp.readings.map(\.change.direction) == [.first, .first, .first, .first])
        #expect(escamp.readings.map(\.level) == [2, 0, nil, nil])
    }

    @Test func everyKindOfChange() {
        let day = CalendarDate("2024-03-01")
        #expect(LevelChange(now: 2, before: nil, previous: nil).direction == .first)
        #expect(LevelChange(now: 2, before: 1, previous: day).direction == .up)
        #expect(LevelChange(now: 0, before: 1, previous: day).direction == .down)
        #expect(LevelChange(now: 1, before: 1, previous: day).direction == .unchanged)
        #expect(LevelChange(now: 1, before: nil, previous: day).direction == .notAssessedBefore)
        #expect(LevelChange(now: nil, before: 1, previous: day).direction == .notAssessedNow)
    }

    // MARK: Ranking

    /// eigen-kracht: Laak 1 of 3 levels, Escamp 3 of 3 → mean 2 levels, share (1/3 + 1) / 2 = 2/3.
    /// integraal: Laak 2 of 2, Escamp at target → mean 1 level, share (1 + 0) / 2 = 1/2.
    /// netwerk: Laak 1 of 2 → 1 level, share 1/2: ties with integraal, which comes first in the
    /// framework. informatie: the latest assessments leave it out.
    @Test func criteriaFurthestFromTargetRankedByHand() throws {
        let part = try Self.part(try Self.report())
        #expect(part.gaps.map(\.criterion.id) == ["eigen-kracht", "integraal", "netwerk"])
        #expect(part.gaps.map(\.rank) == [1, 2, 3])
        #expect(part.gaps.map(\.averageLevels) == [2, 1, 1])
        let shares = part.gaps.map(\.averageShare)
        #expect(abs(shares[0] - 2.0 / 3.0) < 1e-12)
        #expect(shares[1] == 0.5 && shares[2] == 0.5)
        #expect(part.gaps.map(\.worst.area.id) == ["den-haag/escamp", "den-haag/laak", "den-haag/laak"])
        #expect(part.gaps.map(\.worst.levels) == [3, 2, 1])
        #expect(part.gaps.map(\.theme.id) == ["werkwijze", "werkwijze", "organisatie"])
        #expect(part.atTarget.isEmpty)
        #expect(part.notAssessed.map(\.id) == ["informatie"])
    }

    /// Equal shares are ordered by the levels still to climb before the framework's order. With
    /// Escamp at basis on eigen-kracht: (1/3 + 2/3) / 2 = 1/2 over 1.5 levels, against 1/2 over 1
    /// level for integraal and netwerk.
    @Test func equalSharesRankByLevelsThenOrder() throws {
        let text = Self.text.replacingOccurrences(
            of: "eigen-kracht: {level: afwezig}", with: "eigen-kracht: {level: basis}")
        let part = try Self.part(try Self.report(text))
        #expect(part.gaps.map(\.criterion.id) == ["eigen-kracht", "integraal", "netwerk"])
        #expect(part.gaps.allSatisfy { abs($0.averageShare - 0.5) < 1e-12 })
        #expect(part.gaps.map(\.averageLevels) == [1.5, 1, 1])
        #expect(part.gaps.first?.worst.area.id == "den-haag/escamp")
    }

    // MARK: Actions and open questions

    @Test func addressingActionsAsThePlanDecidedThem() throws {
        let part = try Self.part(try Self.report())
        let byCriterion = Dictionary(uniqueKeysWithValues: part.gaps.map { ($0.criterion.id, $0) })
        let strength = try #require(byCriterion["eigen-kracht"]?.actions)
        #expect(strength.map(\.id) == ["valpreventie"])
        #expect(strength.first?.funded == true)
        #expect(strength.first?.paid == 40_000)
        #expect(strength.first?.areas.map(\.id) == ["den-haag/laak", "den-haag/escamp"])
        let integral = try #require(byCriterion["integraal"]?.actions)
        #expect(integral.map(\.id) == ["ontmoeting-laak"])
        let meeting = try #require(integral.first)
        #expect(!meeting.funded)
        #expect(meeting.paid == nil)
        #expect(meeting.reason == .budget)
        // 60,000 a year less the 20,000 of valpreventie leaves 40,000 for a cost of 70,000.
        #expect(meeting.reasonText.contains("in 2025 'wmo' has €30,000 too little for it"))
        #expect(meeting.areas.map(\.id) == ["den-haag/laak"])
        #expect(byCriterion["netwerk"]?.actions.isEmpty == true)
        #expect(byCriterion["eigen-kracht"]?.areas.map(\.coverage) == [.funded, .funded])
        #expect(byCriterion["integraal"]?.areas.map(\.coverage) == [.unfundedOnly, nil])
        #expect(byCriterion["netwerk"]?.areas.map(\.coverage) == [.noAction])
    }

    @Test func openQuestionsSayWhatNoFundedActionAddresses() throws {
        let report = try Self.report()
        let part = try Self.part(report)
        #expect(part.openQuestions.map(\.gap.criterion.id) == ["integraal", "netwerk"])
        #expect(part.openQuestions.map(\.coverage) == [.unfundedOnly, .noAction])
        #expect(part.openQuestions.first?.actions.map(\.id) == ["ontmoeting-laak"])
        let text = AssessmentRendering(report).rendered(.text)
        #expect(
            text.contains(
                "- Only unfunded actions address 'Integrale aanpak' (target op orde) in Laak (Den Haag) (afwezig): "
                    + "ontmoeting-laak."))
        #expect(text.contains("- No action addresses 'Eigen netwerk' (target op orde) in Laak (Den Haag) (basis)."))
        #expect(text.contains("- Not assessed in any area: Informatiedeling."))
    }

    // MARK: Selection

    @Test func oneAreaOnly() throws {
        let part = try Self.part(try Self.report(area: "den-haag/escamp"))
        #expect(part.areas.map(\.area.id) == ["den-haag/escamp"])
        #expect(part.gaps.map(\.criterion.id) == ["eigen-kracht"])
        #expect(part.gaps.first?.averageLevels == 3)
        #expect(part.atTarget.map(\.id) == ["integraal"])
        #expect(part.notAssessed.map(\.id) == ["netwerk", "informatie"])
    }

    /// For one area, only the actions that work there; for all, every action that addresses the gap.
    @Test func oneAreaShowsTheActionsThatWorkThere() throws {
        let text = Self.text.replacingOccurrences(
            of: "addresses: [kader.integraal]", with: "addresses: [kader.integraal, kader.eigen-kracht]")
        let all = try Self.part(try Self.report(text))
        let strength = try #require(all.gaps.first { $0.criterion.id == "eigen-kracht" })
        #expect(strength.actions.map(\.id) == ["ontmoeting-laak", "valpreventie"])
        #expect(
            strength.actions.map { $0.areas.map(\.id) } == [["den-haag/laak"], ["den-haag/laak", "den-haag/escamp"]])
        let escamp = try Self.part(try Self.report(text, area: "den-haag/escamp"))
        #expect(escamp.gaps.first?.actions.map(\.id) == ["valpreventie"])
        #expect(escamp.gaps.first?.actions.first?.areas.map(\.id) == ["den-haag/escamp"])
    }

    @Test func anAreaNeverAssessedIsSaidSo() throws {
        let report = try Self.report(area: "delft")
        #expect(try Self.part(report).areas.isEmpty)
        #expect(
            AssessmentRendering(report).rendered(.text).contains("Delft has not been assessed against this framework."))
    }

    @Test func unknownFrameworkAndAreaSuggestTheClosest() throws {
        let agenda = try Self.agenda()
        let framework = AssessmentSelection.Problem.unknownFramework("kadr", suggestion: "kader", known: ["kader"])
        #expect(throws: framework) { try AssessmentSelection(framework: "kadr", area: nil, in: agenda) }
        #expect("\(framework)" == "unknown framework 'kadr'; did you mean 'kader'? (its frameworks: kader)")
        let area = AssessmentSelection.Problem.unknownArea("den-haag/lak", suggestion: "den-haag/laak")
        #expect(throws: area) { try AssessmentSelection(framework: nil, area: "den-haag/lak", in: agenda) }
        #expect(
            "\(area)"
                == "unknown area 'den-haag/lak'; did you mean 'den-haag/laak'? (an area is a municipality id, "
                + "'municipality/district', or a partner id)")
    }

    @Test func anAgendaWithoutFrameworksGetsTheWayToAddOne() throws {
        let agenda = try Self.agenda(Base.text)
        let selection = try AssessmentSelection(framework: nil, area: nil, in: agenda)
        #expect(selection.frameworks.isEmpty)
        let report = AssessmentReport(
            agenda: agenda, selection: selection, planned: nil, registry: InstalledModules.registry)
        let rendering = AssessmentRendering(report)
        #expect(rendering.rendered(.text).contains("docs/frameworks.md shows how."))
        #expect(rendering.rendered(.json).contains("\"frameworks\": []"))
        #expect(rendering.rendered(.html).contains("docs/frameworks.md"))
    }

    // MARK: Formats

    @Test func dutchAgendaSpeaksDutch() throws {
        let text = Self.text.replacingOccurrences(
            of: "  period: 2025-2026", with: "  period: 2025-2026\n  language: nl")
        let rendered = AssessmentRendering(try Self.report(text)).rendered(.text)
        #expect(rendered.contains("Toetsing aan het kader — Toetsing"))
        #expect(rendered.contains("↓ gedaald van basis (2024-03-01)"))
        #expect(rendered.contains("2 niveaus (100%)"))
        #expect(rendered.contains("€40.000"))
    }

    @Test func heatMapShowsLabelsArrowsAndHatching() throws {
        let html = AssessmentRendering(try Self.report()).rendered(.html)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("class=\"chart assessment-heat-map\""))
        // Laak's integraal: afwezig, down, deep red at the lowest level, the evidence in the tooltip.
        #expect(html.contains(">afwezig ↓</text>"))
        #expect(html.contains("fill=\"#A50026\""))
        #expect(html.contains("evidence: Casusoverleg gestopt"))
        // Escamp's integraal at target: green, first assessment.
        #expect(html.contains(">op orde •</text>"))
        #expect(html.contains("fill=\"#1A9850\""))
        #expect(html.contains("class=\"cell missing\""))
        #expect(html.contains("class=\"hatch\""))
        #expect(!html.contains("<script") && !html.contains("src="))
    }

    @Test func colourScaleRunsFromGreenToDeepRed() {
        #expect(AssessmentHeatMap.color(share: 0) == "#1A9850")
        #expect(AssessmentHeatMap.color(share: 0.5) == "#FEE08B")
        #expect(AssessmentHeatMap.color(share: 1) == "#A50026")
        #expect(AssessmentHeatMap.color(share: 2) == "#A50026")
    }

    @Test func jsonIsTheSameTwice() throws {
        let first = AssessmentRendering(try Self.report()).rendered(.json)
        let second = AssessmentRendering(try Self.report()).rendered(.json)
        #expect(first == second)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any])
        let frameworks = try #require(object["frameworks"] as? [[String: Any]])
        let gaps = try #require(frameworks.first?["gaps"] as? [[String: Any]])
        #expect(gaps.map { $0["criterion"] as? String } == ["eigen-kracht", "integraal", "netwerk"])
        #expect(gaps.first?["mean_gap_share"] as? Double == 0.666667)
    }
}
