import AgendaRules

/// A network graph laid out for the netwerkkaart: one band per kind of partner present, the bands
/// in the order that keeps ties shortest (`BandOrder`), and the partners of each band ordered to
/// few crossing lines (`LayeredLayout`).
public struct NetworkMap: Sendable {
    /// The kinds in their own order: the order of the bands where ties do not decide it (the
    /// municipality first, the organisations that work with residents next, those that pay or study
    /// last), and of their colours.
    public static let kindOrder: [PartnerKind] = [
        .municipality, .welfare, .care, .publicHealth, .informalCare, .residents, .funder, .knowledge, .other,
    ]

    public var graph: NetworkGraph
    /// The bands' kinds, top to bottom.
    public var kinds: [PartnerKind]
    /// Per band, the indices of its partners in `graph.partners`, left to right.
    public var bands: [[Int]]
    /// Crossing lines in the agenda's order and in the order found.
    public var crossings: (initial: Int, final: Int)
    var layout: LayeredLayout

    public init(graph: NetworkGraph) {
        let present = Set(graph.partners.map(\.kind))
        let found = Self.kindOrder.filter(present.contains)
        let kindTies = graph.ties.compactMap { tie -> (Int, Int)? in
            guard let a = found.firstIndex(of: graph.partners[tie.first].kind),
                let b = found.firstIndex(of: graph.partners[tie.second].kind)
            else { return nil }
            return (a, b)
        }
        let kinds = BandOrder.best(count: found.count, ties: kindTies).map { found[$0] }
        let layerOf = graph.partners.map { partner in kinds.firstIndex(of: partner.kind) ?? 0 }
        let layout = LayeredLayout(
            layers: layerOf, layerCount: max(kinds.count, 1), ties: graph.ties.map { ($0.first, $0.second) })
        let partnerCount = graph.partners.count
        self.graph = graph
        self.kinds = kinds
        self.layout = layout
        bands = kinds.indices.map { band in
            layout.order.indices.contains(band) ? layout.order[band].filter { $0 < partnerCount } : []
        }
        crossings = layout.crossings
    }
}
