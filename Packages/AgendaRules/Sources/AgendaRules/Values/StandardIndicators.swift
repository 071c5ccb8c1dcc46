/// Indicator ids with an agreed meaning, which the built-in modules read when an agenda defines
/// them. An agenda may define any other indicators too; these are the shared vocabulary.
public enum StandardIndicators {
    /// All residents (persons).
    public static let residents = "residents"
    /// Residents aged 65 and over (persons).
    public static let residents65Plus = "residents-65plus"
    /// Residents aged 75 and over (persons).
    public static let residents75Plus = "residents-75plus"
    /// Share of residents 65+ who are moderately to (very) severely lonely (GGD monitor).
    public static let lonely65Plus = "lonely-65plus"
    /// Share of adults who give informal care (mantelzorg).
    public static let carers = "carers"
    /// Share of carers who are heavily or over-burdened (zwaarbelast).
    public static let overburdenedCarers = "overburdened-carers"
    /// Share of residents 75+ who live independently (zelfstandig wonend).
    public static let livingIndependently75Plus = "living-independently-75plus"
    /// Meeting places (ontmoetingsplekken) for older residents (count).
    public static let meetingPlaces = "meeting-places"

    /// The definitions, for examples and generated agendas: id, label, unit, higher_is.
    public static let definitions: [(id: String, label: String, unit: IndicatorUnit, higherIs: Direction)] = [
        (residents, "Residents", .persons, .neutral),
        (residents65Plus, "Residents 65+", .persons, .neutral),
        (residents75Plus, "Residents 75+", .persons, .neutral),
        (lonely65Plus, "Lonely 65+", .share, .worse),
        (carers, "Informal carers", .share, .neutral),
        (overburdenedCarers, "Overburdened carers", .share, .worse),
        (livingIndependently75Plus, "75+ living independently", .share, .better),
        (meetingPlaces, "Meeting places", .count, .better),
    ]
}
