/// A location where residents meet or find help (a buurthuis, a kringloop, a zorgcentrum), run by
/// partners together, as the more than forty locations of Haags Ontmoeten are: the `locations:`
/// of a municipality or district.
public struct Venue: Sendable {
    public var id: String
    public var name: String
    /// What kind of place it is: an open word such as `buurthuis`, `kringloop` or `zorgcentrum`.
    public var type: String
    /// The partners that run it together.
    public var partners: [Located<String>]
    /// Who coordinates it: a partner id, or a person's name.
    public var coordinator: Located<String>?
    /// The first year it is open, if known; open since before the agenda when absent.
    public var opened: Int?
    /// The last year it is open, if it closes.
    public var closed: Int?
    /// Where its details come from, or `illustrative`.
    public var source: String?
    public var note: String?
    public var location: SourceLocation

    public init(
        id: String, name: String, type: String, partners: [Located<String>] = [], coordinator: Located<String>? = nil,
        opened: Int? = nil, closed: Int? = nil, source: String? = nil, note: String? = nil, location: SourceLocation
    ) {
        self.id = id
        self.name = name
        self.type = type
        self.partners = partners
        self.coordinator = coordinator
        self.opened = opened
        self.closed = closed
        self.source = source
        self.note = note
        self.location = location
    }

    /// Whether it is open in `year`: opened by then (or with no opening year) and not yet closed.
    public func isOpen(in year: Int) -> Bool {
        (opened.map { $0 <= year } ?? true) && (closed.map { year <= $0 } ?? true)
    }
}

/// How to reach a partner's contact person (`contact:`), for the kick-off page of an area.
public struct Contact: Sendable {
    public var name: String?
    public var role: String?
    public var email: String?
    public var phone: String?
    public var location: SourceLocation

    public init(
        name: String? = nil, role: String? = nil, email: String? = nil, phone: String? = nil,
        location: SourceLocation
    ) {
        self.name = name
        self.role = role
        self.email = email
        self.phone = phone
        self.location = location
    }

    /// The parts given, in the order name, role, e-mail, phone, joined by " · ".
    public var summary: String {
        [name, role, email, phone].compactMap { $0 }.joined(separator: " · ")
    }
}
