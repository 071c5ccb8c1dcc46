import AgendaRules

/// The forms of `agenda network`: the reports of every command but CSV, and the map alone as SVG
/// or as a Graphviz graph.
public enum NetworkFormat: String, CaseIterable, Sendable {
    case text, markdown, json, html, svg, dot
}

/// The netwerkkaart of an agenda in the agenda's language (`agenda network`): who works with whom
/// and where, as a map, tables, JSON (`docs/quickscan.md`, "Network map") or a Graphviz graph.
public struct NetworkRendering: Sendable {
    public var agenda: Agenda
    public var map: NetworkMap

    /// The network of `agenda`, or of the municipality or district `focus`. Throws when a sum of
    /// the shared actions' costs does not fit.
    public init(agenda: Agenda, focus: PlanFocus? = nil) throws(NetworkGraph.Failure) {
        self.agenda = agenda
        map = NetworkMap(graph: try NetworkGraph(agenda: agenda, focus: focus))
    }

    /// The rendering of a map already made (the plan's, of its own actions).
    init(agenda: Agenda, map: NetworkMap) {
        self.agenda = agenda
        self.map = map
    }

    public func rendered(_ format: NetworkFormat) -> String {
        switch format {
        case .text, .markdown: return document(markdown: format == .markdown)
        case .json: return json.rendered()
        case .html: return html()
        case .svg: return standaloneSVG()
        case .dot: return dot()
        }
    }

    var t: ReportText { ReportText(language: agenda.header.language) }
    var n: LocalNumbers { LocalNumbers(language: agenda.header.language) }
    var graph: NetworkGraph { map.graph }
    var places: PlaceOrder { PlaceOrder(region: agenda.region, focus: graph.focus) }

    /// "Network map — Title", and the focus's name when there is one.
    var title: String {
        "\(t("network.title")) — \(agenda.header.title)" + (graph.focus.map { " — \($0.name)" } ?? "")
    }

    /// The map as a chart; for a plan, `funded` greys the ties without a funded action.
    func chart(funded: Set<String>? = nil) -> NetworkMapChart {
        NetworkMapChart(
            map: map, places: places, t: t, n: n, title: title, period: agenda.period,
            actionTitles: Dictionary(agenda.actions.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first }),
            funded: funded)
    }

    /// The map as an SVG file of its own: with its XML declaration and namespace, which a page
    /// holding the drawing inline does without.
    func standaloneSVG() -> String {
        var svg = chart().svg()
        if svg.hasPrefix("<svg ") { svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" " + svg.dropFirst(5) }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg
    }

    /// The sentences under the title: what is counted, the figures, where they come from.
    var summary: [String] {
        var lines = [
            [agenda.region.name, agenda.period.description, agenda.id].joined(separator: " · ")
                + (graph.scenario.map { " · \(t("scenario")) \($0)" } ?? ""),
            t("network.summary", n.integer(graph.partners.count), n.integer(graph.ties.count)),
            t("network.crossings", n.integer(map.crossings.initial), n.integer(map.crossings.final)),
        ]
        if let focus = graph.focus { lines.append(t("network.focus", focus.name)) }
        lines.append(t("network.source", agenda.period.description))
        return lines
    }

    // MARK: Tables

    /// Per partner: its kind, where it works, what it leads and joins, its locations, its ties.
    var partnerTable: PlanTable {
        PlanTable(
            headers: [
                t("partner"), t("network.kind"), t("network.places"), t("network.leads"), t("network.joins"),
                t("network.locations"), t("network.ties"),
            ],
            right: [false, false, false, true, true, false, false],
            rows: graph.partners.indices.map(partnerRow))
    }

    func partnerRow(_ index: Int) -> [String] {
        let partner = graph.partners[index]
        let worksIn = places.describe(partner.places, brief: false, t: t)
        return [
            partner.name, t("network.kind.\(partner.kind.rawValue)"),
            worksIn.isEmpty ? "—" : worksIn.joined(separator: "; "), n.integer(partner.leads),
            n.integer(partner.actions.count - partner.leads),
            locationsText(partner),
            worksWith(index).joined(separator: ", "),
        ]
    }

    /// The locations a partner runs: their names, or with more than three their number and the
    /// first two (JSON lists them all).
    func locationsText(_ partner: NetworkGraph.Partner) -> String {
        let names = partner.locations.map { graph.locationNames[$0] ?? $0 }
        guard names.count > 3 else { return names.joined(separator: ", ") }
        return t("network.locations.more", n.integer(names.count), names.prefix(2).joined(separator: ", "))
    }

    /// The partners one works with, most shared actions first: "PEP Den Haag (3)".
    func worksWith(_ index: Int) -> [String] {
        let own = graph.ties.filter { $0.first == index || $0.second == index }
            .map { (other: $0.first == index ? $0.second : $0.first, count: $0.actions.count) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.other < $1.other }
        return own.map { "\(graph.partners[$0.other].name) (\(n.integer($0.count)))" }
    }

    /// Per tie: the two partners, how many actions they share, what those cost, which they are.
    var tieTable: PlanTable {
        PlanTable(
            headers: [
                t("network.between"), t("network.shared"), t("network.cost", agenda.period.description),
                t("actions"),
            ],
            right: [false, true, true, false],
            rows: graph.ties.map { tie in
                [
                    "\(graph.partners[tie.first].name) — \(graph.partners[tie.second].name)",
                    n.integer(tie.actions.count), n.euros(tie.euros), tie.actions.joined(separator: ", "),
                ]
            })
    }

    private func document(markdown: Bool) -> String {
        var out = PlanReportWriter(markdown: markdown)
        out.heading(title, level: 1)
        out.paragraph(summary, separated: true)
        out.heading(t("network.partners"), level: 2)
        if graph.partners.isEmpty { out.paragraph([t("network.empty")]) } else { out.table(partnerTable) }
        out.heading(t("network.ties.title"), level: 2)
        if graph.ties.isEmpty { out.paragraph([t("network.ties.none")]) } else { out.table(tieTable) }
        out.heading(t("network.layers"), level: 2)
        out.bullets(
            map.kinds.enumerated().map { band, kind in
                "\(t("network.band.\(kind.rawValue)")): "
                    + map.bands[band].map { graph.partners[$0].name }.joined(separator: ", ")
            })
        return out.result
    }
}
