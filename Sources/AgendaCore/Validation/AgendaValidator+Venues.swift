import AgendaRules

/// Checks the locations (`locations:`): ids, partners and coordinators that exist, the kinds of
/// partner the agenda asks for, and `meeting-places` figures that agree with the locations.
extension AgendaValidator {
    mutating func checkVenues() {
        var ids = IdIndex(kind: "location")
        for municipality in agenda.region.municipalities {
            for venue in municipality.venues { checkVenue(venue, ids: &ids) }
            for district in municipality.districts {
                for venue in district.venues { checkVenue(venue, ids: &ids) }
                checkMeetingPlaces(
                    given: district.indicators, derived: agenda.derivedMeetingPlaces(district), of: district.name)
            }
            checkMeetingPlaces(
                given: municipality.indicators, derived: agenda.derivedMeetingPlaces(municipality),
                of: municipality.name)
        }
    }

    private mutating func checkVenue(_ venue: Venue, ids: inout IdIndex) {
        ids.register(venue.id, at: venue.location, into: &diagnostics)
        for partner in venue.partners {
            partners.check(partner, context: " at location '\(venue.id)'", into: &diagnostics)
        }
        // A coordinator written as an id must be a partner; a person's name has capitals or spaces.
        if let coordinator = venue.coordinator, ValueReader.isSlug(coordinator.value) {
            partners.check(
                coordinator, context: " as the coordinator of '\(venue.id)' (write a person's name as they write it)",
                into: &diagnostics)
        }
        // A location that closed before the agenda's period is history, not something to fix.
        if let closed = venue.closed, closed < agenda.period.from { return }
        let kinds = Set(venue.partners.compactMap { agenda.partner($0.value)?.kind })
        let missing = agenda.planning.locationPartners.filter { !kinds.contains($0.value) }
        guard !missing.isEmpty else { return }
        let names = missing.map { "'\($0.value.rawValue)'" }.joined(separator: " and ")
        let required = agenda.planning.locationPartners.map(\.value.rawValue).joined(separator: ", ")
        diagnostics.warning(
            DiagnosticCode.locationPartnerMissing,
            "location '\(venue.id)' (\(venue.name)) has no partner of kind \(names); "
                + "planning.location-partners asks every location for [\(required)]",
            at: venue.location,
            notes: [.init("the requirement is set here", at: missing[0].location)])
    }

    private mutating func checkMeetingPlaces(given: [IndicatorValue], derived: Int?, of name: String) {
        guard let derived, agenda.indicator(StandardIndicators.meetingPlaces) != nil,
            let value = given.first(where: { $0.indicator == StandardIndicators.meetingPlaces && !$0.derived }),
            value.value != Double(derived)
        else { return }
        diagnostics.warning(
            DiagnosticCode.meetingPlacesMismatch,
            "\(name) gives \(ValueReader.format(value.value)) meeting places, but its locations count "
                + "\(derived) open in \(agenda.meetingPlaceYear); the figure is used as given",
            at: value.valueLocation,
            notes: [
                .init(
                    "leave 'meeting-places' out to count it from the locations, or list every location "
                        + "(a municipality counts its own locations and its districts' figures)")
            ])
    }
}
