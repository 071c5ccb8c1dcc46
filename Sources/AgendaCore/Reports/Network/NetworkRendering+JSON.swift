// The network map as JSON: the fields are documented in docs/quickscan.md ("Network map").
extension NetworkRendering {
    /// `{agenda, scenario, focus, partners, ties, layout}`.
    var json: JSONValue {
        .object([
            ("agenda", .string(graph.agenda)),
            ("scenario", graph.scenario.map(JSONValue.string) ?? .null),
            ("focus", graph.focus.map { .string(Self.written($0)) } ?? .null),
            ("partners", .array(graph.partners.map(partnerJSON))),
            ("ties", .array(graph.ties.map(tieJSON))),
            (
                "layout",
                .object([
                    ("kinds", .array(map.kinds.map { .string($0.rawValue) })),
                    ("layers", .array(map.bands.map { band in .array(band.map { .string(graph.partners[$0].id) }) })),
                    (
                        "crossings",
                        .object([("initial", .int(map.crossings.initial)), ("final", .int(map.crossings.final))])
                    ),
                ])
            ),
        ])
    }

    /// The focus as written on the command line: `delft` or `den-haag/laak`.
    static func written(_ focus: PlanFocus) -> String {
        focus.district.map { "\(focus.municipality)/\($0)" } ?? focus.municipality
    }

    private func partnerJSON(_ partner: NetworkGraph.Partner) -> JSONValue {
        .object([
            ("id", .string(partner.id)), ("name", .string(partner.name)), ("kind", .string(partner.kind.rawValue)),
            ("places", .array(partner.places.map(JSONValue.string))),
            ("actions", .array(partner.actions.map(JSONValue.string))),
            ("leads", .int(partner.leads)),
            ("locations", .array(partner.locations.map(JSONValue.string))),
            ("serves", partner.serves.map { .array($0.map(JSONValue.string)) } ?? .null),
        ])
    }

    private func tieJSON(_ tie: NetworkGraph.Tie) -> JSONValue {
        .object([
            ("partners", .array([.string(graph.partners[tie.first].id), .string(graph.partners[tie.second].id)])),
            ("actions", .array(tie.actions.map(JSONValue.string))),
            ("euros", .int(tie.euros)),
        ])
    }
}
