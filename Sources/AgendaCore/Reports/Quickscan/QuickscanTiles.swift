/// A map-like grid of a municipality's places: each district (or the municipality itself, when it
/// has none) a tile, laid out left to right in rows, coloured by how many of its measurable targets
/// it reaches, with a mark and words on the tile so that colour is never the only sign.
struct QuickscanTiles: SVGChart {
    /// How many of a place's measurable targets it reaches.
    enum Tone: CaseIterable {
        case all, some, none, unmeasured

        /// Okabe–Ito colours: bluish green, orange, vermillion, grey.
        var color: String {
            switch self {
            case .all: return ChartPalette.color(2)
            case .some: return ChartPalette.color(1)
            case .none: return ChartPalette.color(5)
            case .unmeasured: return ChartPalette.color(7)
            }
        }

        var fill: String { ChartPalette.tint(color, 0.3) }

        /// The mark written before the tile's count.
        var symbol: String {
            switch self {
            case .all: return "✓"
            case .some: return "◐"
            case .none: return "✗"
            case .unmeasured: return "–"
            }
        }

        init(reached: Int, measurable: Int) {
            if measurable == 0 {
                self = .unmeasured
            } else if reached == measurable {
                self = .all
            } else {
                self = reached == 0 ? .none : .some
            }
        }
    }

    struct Tile {
        var name: String
        var tone: Tone
        /// Key figures, one per line; the first says how many targets are reached.
        var lines: [String]
    }

    var title: String
    var tiles: [Tile]
    /// The legend's words for each tone, in `Tone.allCases` order.
    var legendLabels: [String]
    var width: Double = 760

    static let gap = 10.0
    static let lineHeight = 15.0

    var hasContent: Bool { !tiles.isEmpty }

    func svg() -> String {
        let columns = max(1, min(4, tiles.count))
        let tileWidth = (width - Self.gap * Double(columns - 1)) / Double(columns)
        let lines = tiles.map(\.lines.count).max() ?? 0
        let tileHeight = 34 + Self.lineHeight * Double(lines)
        let rows = (tiles.count + columns - 1) / columns
        let legend = ChartLegend(
            items: zip(Tone.allCases, legendLabels).map {
                ChartLegend.Item(label: "\($0.symbol) \($1)", swatch: .fill($0.fill))
            })
        let top = Double(rows) * (tileHeight + Self.gap)
        var canvas = SVGCanvas(
            width: width, height: top + legend.height(width: width) + 4, className: "chart quickscan-tiles")
        for (index, tile) in tiles.enumerated() {
            let x = Double(index % columns) * (tileWidth + Self.gap)
            let y = Double(index / columns) * (tileHeight + Self.gap)
            draw(tile, on: &canvas, x: x, y: y, size: (tileWidth, tileHeight))
        }
        legend.draw(on: &canvas, x: 0, y: top, width: width)
        return canvas.rendered(title: title)
    }

    private func draw(_ tile: Tile, on canvas: inout SVGCanvas, x: Double, y: Double, size: (Double, Double)) {
        let (tileWidth, tileHeight) = size
        canvas.rect(
            x: x + 0.75, y: y + 0.75, width: tileWidth - 1.5, height: tileHeight - 1.5, fill: tile.tone.fill,
            stroke: tile.tone.color, strokeWidth: 1.5, radius: 6, class: "tile",
            title: ([tile.name] + tile.lines).joined(separator: "\n"))
        let name = SVGCanvas.truncated(tile.name, width: tileWidth - 20, bold: true)
        canvas.text(
            name, x: x + 10, y: y + 20, bold: true, class: "tile-name", title: name == tile.name ? nil : tile.name)
        for (index, line) in tile.lines.enumerated() {
            let text = SVGCanvas.truncated(line, width: tileWidth - 20, size: 11)
            canvas.text(
                text, x: x + 10, y: y + 20 + Self.lineHeight * Double(index + 1), size: 11, class: "tile-line",
                title: text == line ? nil : line)
        }
    }
}
