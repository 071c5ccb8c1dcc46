import AgendaModules
import TestSupport
import Testing

@testable import AgendaCore

/// Locations (`locations:`), the partners they need, the meeting places counted from them, and
/// partners' contacts: what the validator says, and where.
@Suite struct LocationTests {
    /// A valid agenda with locations. Laak lists three: one open, one that opens in 2026 and one
    /// that closed in 2020; Centrum gives its figure; Den Haag has one location of its own.
    static let text = """
        agenda:
          id: test-agenda
          title: Test agenda
          period: 2025-2026
        indicators:
          residents-75plus: {label: Inwoners 75+, unit: persons, source: CBS, year: 2024}
          meeting-places: {label: Ontmoetingsplekken, unit: count, source: illustrative, year: 2025}
        region:
          id: regio
          name: Regio
          municipalities:
            - id: den-haag
              name: Den Haag
              indicators: {residents-75plus: 32000}
              locations:
                - {id: stadhuis, name: Stadhuis, type: buurthuis, partners: [xtra, zorg]}
              districts:
                - id: laak
                  name: Laak
                  locations:
                    - {id: laak-1, name: Buurthuis Laak, type: buurthuis, partners: [xtra, zorg], coordinator: xtra}
                    - {id: laak-2, name: Zorgcentrum Laak, type: zorgcentrum, partners: [xtra, zorg], opened: 2026}
                    - {id: laak-3, name: Oude kringloop, type: kringloop, partners: [xtra, zorg], closed: 2020}
                - id: centrum
                  name: Centrum
                  indicators: {meeting-places: 2}
            - id: delft
              name: Delft
              indicators: {residents-75plus: 9000}
        partners:
          - {id: xtra, name: Xtra, kind: welfare}
          - {id: zorg, name: Zorg, kind: care}
          - {id: ggd, name: GGD, kind: public-health}
        goals:
          - {id: ontmoeting, pillar: content, title: Ontmoeting}
        funding:
          - id: wmo
            funder: Gemeente
            budget: {2025: 100000, 2026: 100000}
        actions:
          - id: ontmoeting-laak
            title: Ontmoeting in Laak
            domain: welfare
            pillar: content
            goals: [ontmoeting]
            where: [den-haag/laak]
            lead: xtra
            partners: [ggd, zorg]
            cost: {2025: 50000, 2026: 50000}
        planning:
          location-partners: [welfare, care]

        """

    /// The base text with `old` (which must occur exactly once) replaced by `new`.
    static func variant(_ old: String, _ new: String) throws -> String {
        try #require(text.components(separatedBy: old).count == 2, "'\(old)' must occur once")
        return text.replacingOccurrences(of: old, with: new)
    }

    static func load(_ text: String) throws -> AgendaLoader.Result {
        try AgendaFixture(files: ["agenda.yaml": text]).load()
    }

    static func meetingPlaces(_ indicators: [IndicatorValue]) -> IndicatorValue? {
        indicators.first { $0.indicator == StandardIndicators.meetingPlaces }
    }

    // MARK: The partners a location needs

    @Test func theBaseIsValidWithoutAWord() throws {
        #expect(try AgendaFixture.lines(Self.text) == [])
    }

    @Test func aLocationWithoutAKindOfPartnerIsWarnedAtItsID() throws {
        let text = try Self.variant(
            "{id: laak-1, name: Buurthuis Laak, type: buurthuis, partners: [xtra, zorg]",
            "{id: laak-1, name: Buurthuis Laak, type: buurthuis, partners: [xtra]")
        let lines = try AgendaFixture.lines(text)
        #expect(
            lines == [
                "agenda.yaml:\(position(of: "laak-1", in: text)): warning: location 'laak-1' (Buurthuis Laak) has no "
                    + "partner of kind 'care'; planning.location-partners asks every location for [welfare, care]",
                "agenda.yaml:\(position(of: "care]", in: text)): note: the requirement is set here",
            ])
        let result = try Self.load(text)
        #expect(result.diagnostics.map(\.code) == [DiagnosticCode.locationPartnerMissing])
        #expect(!result.hasErrors)
    }

    @Test func bothKindsMissingAreNamedTogether() throws {
        // A partner of another kind does not count; the note points at the first kind missing.
        let text = try Self.variant("partners: [xtra, zorg], coordinator: xtra}", "partners: [ggd], coordinator: xtra}")
        #expect(
            try AgendaFixture.lines(text) == [
                "agenda.yaml:\(position(of: "laak-1", in: text)): warning: location 'laak-1' (Buurthuis Laak) has no "
                    + "partner of kind 'welfare' and 'care'; planning.location-partners asks every location for "
                    + "[welfare, care]",
                "agenda.yaml:\(position(of: "welfare, care]", in: text)): note: the requirement is set here",
            ])
    }

    @Test func aLocationThatOpensLaterIsAskedToo() throws {
        let text = try Self.variant("partners: [xtra, zorg], opened: 2026}", "partners: [zorg], opened: 2026}")
        #expect(
            try AgendaFixture.lines(text).first
                == "agenda.yaml:\(position(of: "laak-2", in: text)): warning: location 'laak-2' (Zorgcentrum Laak) "
                + "has no partner of kind 'welfare'; planning.location-partners asks every location for [welfare, care]"
        )
    }

    @Test func aLocationClosedBeforeThePeriodIsNotAsked() throws {
        // laak-3 closed in 2020, before the period 2025-2026: history, not something to fix.
        let closed = try Self.variant("partners: [xtra, zorg], closed: 2020}", "partners: [ggd], closed: 2020}")
        #expect(try AgendaFixture.lines(closed) == [])
        // Closing in the period's first year, it is still open in it and is asked.
        let closing = try Self.variant("partners: [xtra, zorg], closed: 2020}", "partners: [ggd], closed: 2025}")
        #expect(
            try AgendaFixture.lines(closing).first
                == "agenda.yaml:\(position(of: "laak-3", in: closing)): warning: location 'laak-3' (Oude kringloop) "
                + "has no partner of kind 'welfare' and 'care'; planning.location-partners asks every location for "
                + "[welfare, care]")
    }

    @Test func withoutTheRequirementNoLocationIsAsked() throws {
        let text = try Self.variant("partners: [xtra, zorg], coordinator: xtra}", "partners: [ggd], coordinator: xtra}")
            .replacingOccurrences(of: "planning:\n  location-partners: [welfare, care]\n", with: "")
        #expect(try AgendaFixture.lines(text) == [])
    }

    // MARK: Meeting places counted from the locations

    @Test func districtsAndMunicipalitiesCountTheirOpenLocations() throws {
        let agenda = try #require(try Self.load(Self.text).agenda)
        #expect(agenda.meetingPlaceYear == 2025)
        let denHaag = try #require(agenda.region.municipality("den-haag"))
        // Laak: laak-1 is open in 2025; laak-2 opens in 2026 and laak-3 closed in 2020.
        let laakDistrict = try #require(denHaag.district("laak"))
        let laak = try #require(Self.meetingPlaces(laakDistrict.indicators))
        #expect(laak.value == 1 && laak.derived)
        #expect("\(laak.location.line):\(laak.location.column)" == position(of: "laak-1", in: Self.text))
        // Centrum's own figure stays as written.
        let centrumDistrict = try #require(denHaag.district("centrum"))
        let centrum = try #require(Self.meetingPlaces(centrumDistrict.indicators))
        #expect(centrum.value == 2 && !centrum.derived)
        // Den Haag: its own location (1) plus Laak's count (1) plus Centrum's figure (2).
        let town = try #require(Self.meetingPlaces(denHaag.indicators))
        #expect(town.value == 4 && town.derived)
        // Delft lists no locations and gives no figure: nothing is made up for it.
        #expect(agenda.region.municipality("delft")?.indicator(StandardIndicators.meetingPlaces) == nil)
    }

    @Test func theYearCountedIsTheIndicatorsYearElseThePeriodsFirst() throws {
        let later = try Self.variant("source: illustrative, year: 2025}", "source: illustrative, year: 2026}")
        let agenda = try #require(try Self.load(later).agenda)
        #expect(agenda.meetingPlaceYear == 2026)
        let denHaag = try #require(agenda.region.municipality("den-haag"))
        // In 2026 laak-2 is open too: Laak 2, Den Haag 1 + 2 + 2.
        #expect(denHaag.district("laak")?.indicator(StandardIndicators.meetingPlaces) == 2)
        #expect(denHaag.indicator(StandardIndicators.meetingPlaces) == 5)

        let noYear = try Self.variant("source: illustrative, year: 2025}", "source: illustrative}")
        let first = try #require(try Self.load(noYear).agenda)
        #expect(first.meetingPlaceYear == 2025)
        #expect(
            first.region.municipality("den-haag")?.district("laak")?.indicator(StandardIndicators.meetingPlaces) == 1)
    }

    @Test func aDistrictWhoseLocationsAreAllClosedCountsZero() throws {
        let text = try Self.variant(
            "name: Centrum\n          indicators: {meeting-places: 2}",
            "name: Centrum\n          locations:\n"
                + "            - {id: centrum-1, name: Oud buurthuis, type: buurthuis, partners: [xtra, zorg], closed: 2024}"
        )
        let result = try Self.load(text)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.rendered))")
        let denHaag = try #require(result.agenda?.region.municipality("den-haag"))
        #expect(denHaag.district("centrum")?.indicator(StandardIndicators.meetingPlaces) == 0)
        #expect(denHaag.indicator(StandardIndicators.meetingPlaces) == 2)
    }

    @Test func aDistrictFigureThatDisagreesIsWarnedAndKept() throws {
        let text = try Self.variant(
            "name: Laak\n          locations:",
            "name: Laak\n          indicators: {meeting-places: 3}\n          locations:")
        let lines = try AgendaFixture.lines(text)
        #expect(
            lines == [
                "agenda.yaml:\(position(of: "3}", in: text)): warning: Laak gives 3 meeting places, but its locations "
                    + "count 1 open in 2025; the figure is used as given",
                "agenda.yaml:\(position(of: "3}", in: text)): note: leave 'meeting-places' out to count it from the "
                    + "locations, or list every location (a municipality counts its own locations and its districts' "
                    + "figures)",
            ])
        let laak = try #require(try Self.load(text).agenda?.region.municipality("den-haag")?.district("laak"))
        let figure = try #require(Self.meetingPlaces(laak.indicators))
        #expect(figure.value == 3 && !figure.derived)
    }

    @Test func aMunicipalityFigureIsCheckedAgainstItsOwnLocationsAndItsDistricts() throws {
        let agrees = try Self.variant("{residents-75plus: 32000}", "{residents-75plus: 32000, meeting-places: 4}")
        #expect(try AgendaFixture.lines(agrees) == [])
        let text = try Self.variant("{residents-75plus: 32000}", "{residents-75plus: 32000, meeting-places: 41}")
        #expect(
            try AgendaFixture.lines(text).first
                == "agenda.yaml:\(position(of: "41}", in: text)): warning: Den Haag gives 41 meeting places, but its "
                + "locations count 4 open in 2025; the figure is used as given")
        let denHaag = try #require(try Self.load(text).agenda?.region.municipality("den-haag"))
        #expect(denHaag.indicator(StandardIndicators.meetingPlaces) == 41)
        #expect(try Self.load(text).diagnostics.map(\.code) == [DiagnosticCode.meetingPlacesMismatch])
    }

    // MARK: Ids, partners and coordinators

    @Test func unknownPartnersAndCoordinatorsSuggestTheClosest() throws {
        let text = try Self.variant(
            "partners: [xtra, zorg], coordinator: xtra}", "partners: [xtra, zorg, xtr], coordinator: zrg}")
        #expect(
            try AgendaFixture.lines(text) == [
                "agenda.yaml:\(position(of: "xtr]", in: text)): error: unknown partner 'xtr' at location 'laak-1'; "
                    + "did you mean 'xtra'?",
                "agenda.yaml:\(position(of: "zrg", in: text)): error: unknown partner 'zrg' as the coordinator of "
                    + "'laak-1' (write a person's name as they write it); did you mean 'zorg'?",
            ])
    }

    @Test func aPersonsNameAsCoordinatorIsAccepted() throws {
        let text = try Self.variant("coordinator: xtra}", "coordinator: Jeanette van der Meer}")
        let result = try Self.load(text)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.rendered))")
        let laak = try #require(result.agenda?.region.municipality("den-haag")?.district("laak"))
        #expect(laak.venues.first?.coordinator?.value == "Jeanette van der Meer")
    }

    @Test func locationIdsAreUniqueAcrossTheAgenda() throws {
        // The same id in another district, and in another municipality, is a duplicate.
        let text = try Self.variant(
            "name: Centrum\n          indicators: {meeting-places: 2}",
            "name: Centrum\n          locations:\n"
                + "            - {id: laak-1, name: Buurthuis Centrum, type: buurthuis, partners: [xtra, zorg]}")
        #expect(
            try AgendaFixture.lines(text) == [
                "agenda.yaml:\(position(of: "laak-1", in: text, occurrence: 2)): error: duplicate location id 'laak-1'",
                "agenda.yaml:\(position(of: "laak-1", in: text)): note: 'laak-1' is first defined here",
            ])
    }

    @Test func aLocationThatClosesBeforeItOpensIsAnError() throws {
        let text = try Self.variant(
            "partners: [xtra, zorg], opened: 2026}", "partners: [xtra, zorg], opened: 2026, closed: 2025}")
        #expect(
            try AgendaFixture.lines(text) == [
                "agenda.yaml:\(position(of: "closed: 2025", in: text, plus: 8)): error: the location closes in 2025, "
                    + "before it opens in 2026"
            ])
        #expect(try Self.load(text).diagnostics.map(\.code) == [DiagnosticCode.reversedPeriod])
    }

    @Test func aTypeIsAnOpenWordWrittenAsAnID() throws {
        let open = try Self.variant("type: kringloop", "type: dorpshuis")
        #expect(try AgendaFixture.lines(open) == [])
        let text = try Self.variant("type: kringloop", "type: Kringloop")
        #expect(
            try AgendaFixture.lines(text) == [
                "agenda.yaml:\(position(of: "Kringloop", in: text)): error: 'Kringloop' is not a valid location type; "
                    + "ids use lower-case letters, digits and '-'; did you mean 'kringloop'?"
            ])
    }

    // MARK: Contacts

    @Test func aContactNeedsAtLeastOneKey() throws {
        let text = try Self.variant(
            "{id: xtra, name: Xtra, kind: welfare}", "{id: xtra, name: Xtra, kind: welfare, contact: {}}")
        #expect(
            try AgendaFixture.lines(text) == [
                "agenda.yaml:\(position(of: "{}", in: text)): error: a contact needs at least one of 'name', 'role', "
                    + "'email' or 'phone'"
            ])
        let given = try Self.variant(
            "{id: zorg, name: Zorg, kind: care}",
            "{id: zorg, name: Zorg, kind: care, contact: {name: Mandy Los, role: contactpersoon Haags Ontmoeten}}")
        let result = try Self.load(given)
        #expect(result.diagnostics.isEmpty)
        #expect(result.agenda?.partner("zorg")?.contact?.summary == "Mandy Los · contactpersoon Haags Ontmoeten")
    }
}
