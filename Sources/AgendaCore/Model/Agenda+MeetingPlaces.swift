import AgendaRules

/// The `meeting-places` indicator derived from the listed locations.
///
/// The rule (docs/format.md, "Locations"): a place's number of meeting places is the number of its
/// locations open in the reference year, the `meeting-places` indicator's `year` or else the first
/// year of the agenda's period. A municipality that lists locations, or has districts that do,
/// counts its own open locations plus each district's figure (given or derived; 0 for a district
/// with neither). A figure the agenda gives is never replaced; one that disagrees with the
/// locations gets a warning from the validator. The loader derives the figures before it
/// validates, so every check (the allocation key, targets) sees them.
extension Agenda {
    /// The year whose open locations are counted.
    public var meetingPlaceYear: Int { indicator(StandardIndicators.meetingPlaces)?.year ?? period.from }

    /// The number of `venues` open in the reference year.
    public func openCount(_ venues: [Venue]) -> Int {
        venues.filter { $0.isOpen(in: meetingPlaceYear) }.count
    }

    /// A district's count from its locations, or nil when it lists none.
    public func derivedMeetingPlaces(_ district: District) -> Int? {
        district.venues.isEmpty ? nil : openCount(district.venues)
    }

    /// A municipality's count from its own locations and its districts' figures, or nil when
    /// neither it nor any district lists locations.
    public func derivedMeetingPlaces(_ municipality: Municipality) -> Int? {
        guard !municipality.venues.isEmpty || municipality.districts.contains(where: { !$0.venues.isEmpty }) else {
            return nil
        }
        let id = StandardIndicators.meetingPlaces
        return municipality.districts.reduce(openCount(municipality.venues)) { sum, district in
            sum + (district.indicator(id).map { Int($0.rounded()) } ?? derivedMeetingPlaces(district) ?? 0)
        }
    }

    /// Fills in `meeting-places` for every place that lists locations but gives no figure, when the
    /// agenda defines that indicator; the values are marked derived.
    public mutating func deriveMeetingPlaces() {
        let id = StandardIndicators.meetingPlaces
        guard indicator(id) != nil else { return }
        for m in region.municipalities.indices {
            for d in region.municipalities[m].districts.indices {
                let district = region.municipalities[m].districts[d]
                guard district.indicator(id) == nil, let count = derivedMeetingPlaces(district),
                    let first = district.venues.first
                else { continue }
                region.municipalities[m].districts[d].indicators.append(
                    IndicatorValue(indicator: id, value: Double(count), location: first.location, derived: true))
            }
            let municipality = region.municipalities[m]
            guard municipality.indicator(id) == nil, let count = derivedMeetingPlaces(municipality),
                let first = municipality.venues.first ?? municipality.districts.lazy.compactMap(\.venues.first).first
            else { continue }
            region.municipalities[m].indicators.append(
                IndicatorValue(indicator: id, value: Double(count), location: first.location, derived: true))
        }
    }
}
