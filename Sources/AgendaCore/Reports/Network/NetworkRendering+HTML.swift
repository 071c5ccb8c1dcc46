// The network map as a self-contained page: the map, then the partners and their ties as tables.
extension NetworkRendering {
    /// One page: the title, what is counted, the map (inline SVG) and the tables; no scripts, no
    /// network access, the same agenda gives the same bytes.
    func html() -> String {
        var out = HTMLWriter()
        out.heading(title, level: 1)
        for (index, sentence) in summary.enumerated() {
            out.paragraph(sentence, class: index == 0 ? "subtitle" : nil)
        }
        out.paragraph(VersionLine(agenda: agenda).text, class: "muted")
        out.section(id: "map") { out in
            out.heading(t("network.map"), level: 2)
            out.figure(chart(), caption: t("network.caption", agenda.period.description), empty: t("network.empty"))
        }
        out.section(id: "partners") { out in
            out.heading(t("network.partners"), level: 2)
            guard !graph.partners.isEmpty else {
                out.paragraph(t("network.empty"), class: "empty")
                return
            }
            out.table(partnerHTMLTable)
        }
        out.section(id: "ties") { out in
            out.heading(t("network.ties.title"), level: 2)
            guard !graph.ties.isEmpty else {
                out.paragraph(t("network.ties.none"), class: "empty")
                return
            }
            out.table(tieHTMLTable)
        }
        return out.document(title: title, language: agenda.header.language)
    }

    /// The partners by band, in the map's order, each named with its id below.
    private var partnerHTMLTable: HTMLTable {
        let columns = partnerTable.headers.enumerated().map { index, header in
            HTMLTable.Column(header, partnerTable.right[index] ? .right : .left)
        }
        let ordered = map.bands.flatMap { $0 }
        let groups = ordered.map { index -> [[HTMLTable.Cell]] in
            let row = partnerRow(index)
            let partner = graph.partners[index]
            return [[HTMLTable.Cell.titled(partner.id, partner.name)] + row.dropFirst().map { HTMLTable.Cell($0) }]
        }
        return HTMLTable(columns: columns, groups: groups)
    }

    /// The ties, the most money first, with the shared actions' titles.
    private var tieHTMLTable: HTMLTable {
        let titles = Dictionary(agenda.actions.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        let columns = tieTable.headers.enumerated().map { index, header in
            HTMLTable.Column(header, tieTable.right[index] ? .right : .left)
        }
        let ties = graph.ties.indices.sorted { a, b in
            let (ea, eb) = (graph.ties[a].euros, graph.ties[b].euros)
            return ea != eb ? ea > eb : a < b
        }
        let groups = ties.map { index -> [[HTMLTable.Cell]] in
            let tie = graph.ties[index]
            let names = "\(graph.partners[tie.first].name) — \(graph.partners[tie.second].name)"
            let actions = tie.actions.map { id in (titles[id]).map { $0.isEmpty ? id : $0 } ?? id }
            return [
                [
                    HTMLTable.Cell(names, header: true), HTMLTable.Cell(n.integer(tie.actions.count)),
                    HTMLTable.Cell(n.euros(tie.euros)), HTMLTable.Cell(actions.joined(separator: "; ")),
                ]
            ]
        }
        return HTMLTable(columns: columns, groups: groups)
    }
}
