import AgendaRules
import Foundation

/// The netwerkkaart as an inline SVG: a band per kind of partner, a card per partner (its name,
/// where it works), and a line between every two partners that share actions, thicker for more
/// money; tooltips name the partners, the shared actions and their cost.
struct NetworkMapChart: SVGChart {
    var map: NetworkMap
    var places: PlaceOrder
    var t: ReportText
    var n: LocalNumbers
    var title: String
    var period: YearRange
    /// The actions' titles by id, for the tooltips.
    var actionTitles: [String: String]
    /// For a plan: its funded actions. A tie none of whose actions is funded is drawn grey and dashed.
    var funded: Set<String>?

    var hasContent: Bool { !map.graph.partners.isEmpty }

    static let maxWidth = 6.0
    static let minWidth = 1.2

    /// A tie's line width: its money's square root against the largest tie's, so that areas of ink
    /// grow with the money.
    static func lineWidth(_ euros: Int, largest: Int) -> Double {
        guard largest > 0, euros > 0 else { return minWidth }
        return minWidth + (maxWidth - minWidth) * (Double(euros) / Double(largest)).squareRoot()
    }

    func svg() -> String {
        let partners = map.graph.partners
        let names = WrappedLabels(
            width: NetworkMapGeometry.card - 8, size: NetworkMapGeometry.nameSize, maxLines: 3
        ).lines(for: partners.map(\.name))
        let placeLines = partners.map { partner in
            let text = places.describe(partner.places, brief: true, t: t).joined(separator: " · ")
            return WrappedLabels(width: NetworkMapGeometry.card - 8, size: NetworkMapGeometry.placeSize, maxLines: 2)
                .cut(text.isEmpty ? t("network.no-places") : text)
        }
        let geometry = NetworkMapGeometry(layout: map.layout, names: names, places: placeLines)
        let legend = self.legend()
        let legendTop = geometry.height + 6
        let height = legendTop + legend.height(width: geometry.width) + 8 + ChartLegend.rowHeight
        var canvas = SVGCanvas(width: geometry.width, height: height, className: "chart network-map")
        drawBands(on: &canvas, geometry)
        drawTies(on: &canvas, geometry)
        drawBandNames(on: &canvas, geometry)
        drawCards(on: &canvas, geometry, names: names, places: placeLines)
        let used = legend.draw(on: &canvas, x: 0, y: legendTop, width: geometry.width)
        drawThicknessKey(on: &canvas, y: legendTop + used + 4)
        return canvas.rendered(title: title)
    }

    // MARK: Parts

    func kindColor(_ kind: PartnerKind) -> String {
        kind == .other ? ChartPalette.muted : ChartPalette.color(NetworkMap.kindOrder.firstIndex(of: kind) ?? 0)
    }

    private func drawBands(on canvas: inout SVGCanvas, _ geometry: NetworkMapGeometry) {
        for (band, kind) in map.kinds.enumerated() where geometry.top.indices.contains(band) {
            let (top, bottom) = (geometry.top[band], geometry.bottom[band])
            canvas.rect(
                x: 0, y: top, width: geometry.width, height: bottom - top, fill: bandFill(kind), radius: 4,
                class: "layer")
        }
    }

    private func bandFill(_ kind: PartnerKind) -> String { ChartPalette.tint(kindColor(kind), 0.08) }

    /// Each band's name at its top left, over a patch of the band's colour so lines passing under
    /// it do not cut through the letters.
    private func drawBandNames(on canvas: inout SVGCanvas, _ geometry: NetworkMapGeometry) {
        for (band, kind) in map.kinds.enumerated() where geometry.top.indices.contains(band) {
            let name = "\(t("network.band.\(kind.rawValue)")) (\(n.integer(map.bands[band].count)))"
            let width = SVGCanvas.textWidth(name, size: 10.5, bold: true)
            canvas.rect(
                x: 2, y: geometry.top[band] + 2, width: width + 10, height: 14, fill: bandFill(kind), radius: 3)
            canvas.text(
                name, x: 7, y: geometry.top[band] + 13, size: 10.5, bold: true, fill: ChartPalette.ink,
                class: "band-label")
        }
    }

    private func drawTies(on canvas: inout SVGCanvas, _ geometry: NetworkMapGeometry) {
        let ties = map.graph.ties
        let largest = ties.map(\.euros).max() ?? 0
        let partners = map.graph.partners.count
        let dimmed = ties.indices.filter { isDimmed(ties[$0]) }
        // Grey ties first; then thick before thin, so thin lines stay visible on top.
        let lit = ties.indices.filter { !isDimmed(ties[$0]) }
            .sorted { ties[$0].euros != ties[$1].euros ? ties[$0].euros > ties[$1].euros : $0 < $1 }
        for index in dimmed + lit {
            let tie = ties[index]
            guard map.layout.paths.indices.contains(index) else { continue }
            let d = geometry.path(map.layout.paths[index], layerOf: map.layout.layerOf, partners: partners)
            guard !d.isEmpty else { continue }
            let grey = isDimmed(tie)
            canvas.path(
                d, stroke: grey ? ChartPalette.dimmed : ChartPalette.muted,
                width: Self.lineWidth(tie.euros, largest: largest),
                dash: grey ? "4 3" : nil, opacity: grey ? 0.9 : 0.55, class: grey ? "tie dimmed" : "tie",
                title: tooltip(tie))
        }
    }

    private func isDimmed(_ tie: NetworkGraph.Tie) -> Bool {
        funded.map { funded in !tie.actions.contains(where: funded.contains) } ?? false
    }

    private func drawCards(
        on canvas: inout SVGCanvas, _ geometry: NetworkMapGeometry, names: [[String]], places: [[String]]
    ) {
        for (index, partner) in map.graph.partners.enumerated() {
            let (x, y) = (geometry.x[index], geometry.dotY[index])
            let tooltip = tooltip(partner)
            canvas.circle(
                cx: x, cy: y, r: NetworkMapGeometry.radius, fill: kindColor(partner.kind), stroke: "#ffffff",
                strokeWidth: 1.5, class: "node", title: tooltip)
            var baseline = y + NetworkMapGeometry.radius + 4 + NetworkMapGeometry.nameLine - 2
            for line in names[index] {
                canvas.text(
                    line, x: x, y: baseline, anchor: .middle, size: NetworkMapGeometry.nameSize, class: "label",
                    title: tooltip)
                baseline += NetworkMapGeometry.nameLine
            }
            baseline += 1
            for line in places[index] {
                canvas.text(
                    line, x: x, y: baseline - 2, anchor: .middle, size: NetworkMapGeometry.placeSize,
                    fill: ChartPalette.muted, class: "places")
                baseline += NetworkMapGeometry.placeLine
            }
        }
    }

    // MARK: Legend and tooltips

    private func legend() -> ChartLegend {
        var items = map.kinds.map { kind in
            ChartLegend.Item(label: t("network.kind.\(kind.rawValue)"), swatch: .dot(kindColor(kind)))
        }
        if funded != nil {
            items.append(
                ChartLegend.Item(label: t("network.unfunded"), swatch: .line(ChartPalette.dimmed, dashed: true)))
        }
        return ChartLegend(items: items, title: t("network.legend.kinds"))
    }

    /// Three lines of the map's own widths: its smallest, middle and largest tie.
    private func drawThicknessKey(on canvas: inout SVGCanvas, y: Double) {
        let amounts = Array(Set(map.graph.ties.map(\.euros))).sorted()
        guard let largest = amounts.last else { return }
        let samples = Array(Set([amounts[0], amounts[amounts.count / 2], largest])).sorted()
        let middle = y + ChartLegend.rowHeight / 2
        let lead = t("network.legend.lines", period.description)
        canvas.text(lead, x: 0, y: middle + 4, fill: ChartPalette.muted, class: "legend")
        var x = SVGCanvas.textWidth(lead) + 12
        for amount in samples {
            canvas.line(
                x1: x, y1: middle, x2: x + 26, y2: middle, stroke: ChartPalette.muted,
                width: Self.lineWidth(amount, largest: largest), opacity: 0.55)
            let label = n.euros(amount)
            canvas.text(label, x: x + 31, y: middle + 4, class: "legend")
            x += 31 + SVGCanvas.textWidth(label) + 16
        }
    }

    func tooltip(_ partner: NetworkGraph.Partner) -> String {
        let kind = t("network.kind.\(partner.kind.rawValue)")
        let joins = partner.actions.count - partner.leads
        var text =
            "\(partner.name) (\(kind)): "
            + t("network.node.actions", n.integer(partner.leads), n.integer(joins))
        let worksIn = places.describe(partner.places, brief: false, t: t)
        if !worksIn.isEmpty { text += " · \(t("network.places")): \(worksIn.joined(separator: "; "))" }
        if !partner.locations.isEmpty {
            let names = partner.locations.map { map.graph.locationNames[$0] ?? $0 }
            text += " · \(t("network.locations")): \(names.joined(separator: ", "))"
        }
        return text
    }

    func tooltip(_ tie: NetworkGraph.Tie) -> String {
        let partners = map.graph.partners
        let names = [tie.first, tie.second].map { partners.indices.contains($0) ? partners[$0].name : "?" }
        let actions = tie.actions.map { id in
            let title = actionTitles[id] ?? ""
            let state = funded.map { $0.contains(id) ? "" : " (\(t("network.not-funded")))" } ?? ""
            return (title.isEmpty ? id : title) + state
        }
        return "\(names[0]) — \(names[1]): "
            + t("network.tie.summary", n.integer(tie.actions.count), n.euros(tie.euros), period.description)
            + ": " + actions.joined(separator: "; ")
    }
}
