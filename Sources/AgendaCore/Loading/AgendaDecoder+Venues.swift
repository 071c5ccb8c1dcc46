/// Reads the `locations:` of municipalities and districts, and partners' `contact:`.
extension AgendaDecoder {
    mutating func decodeVenues(_ value: YAMLValue?) -> [Venue] {
        reader.list(value, what: "locations") { reader, item -> Venue? in
            var decoder = AgendaDecoder(reader: reader)
            defer { reader = decoder.reader }
            return decoder.decodeVenue(item)
        } ?? []
    }

    mutating func decodeVenue(_ value: YAMLValue) -> Venue? {
        guard let f = reader.fields(value, "venue", what: "a location") else { return nil }
        let id = reader.slug(f["id"], what: "location id")
        let name = reader.name(f["name"], what: "the location's name")
        let type = reader.slug(f["type"], what: "location type")
        let partners = reader.references(f["partners"], what: "partners") ?? []
        let coordinator = reader.reference(f["coordinator"], what: "the location's coordinator")
        let opened = reader.year(f["opened"], what: "'opened'")
        let closed = reader.year(f["closed"], what: "'closed'")
        if let opened, let closed, closed < opened {
            reader.diagnostics.error(
                DiagnosticCode.reversedPeriod, "the location closes in \(closed), before it opens in \(opened)",
                at: f["closed"]?.location ?? value.location)
        }
        let source = reader.text(f["source"], what: "the location's source")
        let note = reader.text(f["note"], what: "note")
        guard let id, let name, let type else { return nil }
        return Venue(
            id: id, name: name, type: type, partners: partners, coordinator: coordinator, opened: opened,
            closed: closed, source: source, note: note, location: f["id"]?.location ?? f.location)
    }

    mutating func decodeContact(_ value: YAMLValue) -> Contact? {
        guard let f = reader.fields(value, "contact", what: "a contact") else { return nil }
        let contact = Contact(
            name: reader.name(f["name"], what: "the contact's name"),
            role: reader.name(f["role"], what: "the contact's role"),
            email: reader.name(f["email"], what: "the contact's e-mail address"),
            phone: reader.name(f["phone"], what: "the contact's phone number"), location: f.location)
        guard !contact.summary.isEmpty else {
            reader.diagnostics.error(
                DiagnosticCode.missingField, "a contact needs at least one of 'name', 'role', 'email' or 'phone'",
                at: value.location)
            return nil
        }
        return contact
    }
}
