import AgendaRules

// The network map as a Graphviz graph, for those who lay out or restyle it themselves.
extension NetworkRendering {
    /// An undirected `graph`: a cluster per kind of partner (its nodes on one rank, in the map's
    /// order), an edge per tie with `penwidth` by its money as on the map, and tooltips naming the
    /// shared actions. Every label is escaped; `dot -Tsvg` draws it.
    func dot() -> String {
        let chart = chart()
        let largest = graph.ties.map(\.euros).max() ?? 0
        var lines = [
            "graph \(Self.quoted(graph.agenda)) {",
            "  graph [label=\(Self.quoted(title)), labelloc=t, fontname=\"Helvetica\", newrank=true];",
            "  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fontsize=10, "
                + "fillcolor=\"#ffffff\"];",
            "  edge [color=\"#5f6368\"];",
        ]
        for (band, kind) in map.kinds.enumerated() {
            let color = chart.kindColor(kind)
            lines.append("  subgraph \(Self.quoted("cluster_\(kind.rawValue)")) {")
            lines.append(
                "    graph [label=\(Self.quoted(t("network.band.\(kind.rawValue)"))), style=filled, "
                    + "color=\(Self.quoted(color)), fillcolor=\(Self.quoted(ChartPalette.tint(color, 0.12)))];")
            let ids = map.bands[band].map { graph.partners[$0].id }
            for index in map.bands[band] {
                let partner = graph.partners[index]
                let worksIn = places.describe(partner.places, brief: true, t: t).joined(separator: " · ")
                let label = worksIn.isEmpty ? partner.name : "\(partner.name)\n\(worksIn)"
                lines.append(
                    "    \(Self.quoted(partner.id)) [label=\(Self.quoted(label)), "
                        + "tooltip=\(Self.quoted(chart.tooltip(partner)))];")
            }
            if !ids.isEmpty { lines.append("    { rank=same; \(ids.map(Self.quoted).joined(separator: "; ")); }") }
            lines.append("  }")
        }
        for tie in graph.ties {
            let width = SVGCanvas.number(NetworkMapChart.lineWidth(tie.euros, largest: largest))
            lines.append(
                "  \(Self.quoted(graph.partners[tie.first].id)) -- \(Self.quoted(graph.partners[tie.second].id)) "
                    + "[penwidth=\(width), weight=\(tie.actions.count), tooltip=\(Self.quoted(chart.tooltip(tie)))];")
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// A DOT string: quoted, with `"` and `\` escaped (so a label shows them as written, not as
    /// Graphviz escapes like `\N`), a line break as `\n`, and other control characters left out.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
