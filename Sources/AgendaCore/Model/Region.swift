/// The region and its municipalities and districts.
public struct Region: Sendable {
    public var id: String
    public var name: String
    public var municipalities: [Municipality]
    public var location: SourceLocation

    public init(id: String, name: String, municipalities: [Municipality], location: SourceLocation) {
        self.id = id
        self.name = name
        self.municipalities = municipalities
        self.location = location
    }

    public func municipality(_ id: String) -> Municipality? { municipalities.first { $0.id == id } }
}

/// A municipality (gemeente).
public struct Municipality: Sendable {
    public var id: String
    public var name: String
    public var indicators: [IndicatorValue]
    public var districts: [District]
    /// Locations of the municipality as a whole (`locations:`); a district's are under the district.
    public var venues: [Venue]
    public var modules: [ModuleFields]
    public var location: SourceLocation

    public init(
        id: String, name: String, indicators: [IndicatorValue] = [], districts: [District] = [],
        venues: [Venue] = [], modules: [ModuleFields] = [], location: SourceLocation
    ) {
        self.id = id
        self.name = name
        self.indicators = indicators
        self.districts = districts
        self.venues = venues
        self.modules = modules
        self.location = location
    }

    /// The value of an indicator, if the municipality gives it.
    public func indicator(_ id: String) -> Double? { indicators.first { $0.indicator == id }?.value }
    public func district(_ id: String) -> District? { districts.first { $0.id == id } }
}

/// A district (stadsdeel or wijk) of a municipality.
public struct District: Sendable {
    public var id: String
    public var name: String
    public var indicators: [IndicatorValue]
    /// The district's locations (`locations:`).
    public var venues: [Venue]
    public var modules: [ModuleFields]
    public var location: SourceLocation

    public init(
        id: String, name: String, indicators: [IndicatorValue] = [], venues: [Venue] = [],
        modules: [ModuleFields] = [], location: SourceLocation
    ) {
        self.id = id
        self.name = name
        self.indicators = indicators
        self.venues = venues
        self.modules = modules
        self.location = location
    }

    public func indicator(_ id: String) -> Double? { indicators.first { $0.indicator == id }?.value }
}
