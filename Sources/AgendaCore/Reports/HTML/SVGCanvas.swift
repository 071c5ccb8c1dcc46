import Foundation

/// A chart that draws itself as one inline SVG element.
protocol SVGChart {
    /// Whether there is anything to draw; without it a report shows a sentence instead.
    var hasContent: Bool { get }
    /// `<svg viewBox role="img">` with a `<title>` first.
    func svg() -> String
}

/// Collects SVG elements in drawing order and writes them as one `<svg>`: a `viewBox` (the
/// drawing scales to the page's width), `role="img"`, an `aria-label` and a `<title>`.
///
/// Coordinates are written with at most two decimals, so output is byte-stable. Text from an
/// agenda is escaped; `<title>` children give shortened labels their full text as a tooltip.
struct SVGCanvas {
    var width: Double
    var height: Double
    /// The class of the `<svg>`, e.g. `chart budget-chart`, so styles and tests can find it.
    var className: String
    private var elements: [String] = []

    /// The font size of ordinary labels, in viewBox units.
    static let fontSize = 12.0

    init(width: Double, height: Double, className: String) {
        self.width = width
        self.height = height
        self.className = className
    }

    /// The drawing with its accessible title (and an optional longer description).
    func rendered(title: String, description: String? = nil) -> String {
        var out =
            "<svg class=\"\(HTMLWriter.escaped(className))\" viewBox=\"0 0 \(Self.number(width)) "
            + "\(Self.number(height))\""
        out += " width=\"\(Self.number(width))\" height=\"\(Self.number(height))\""
        out += " role=\"img\" aria-label=\"\(HTMLWriter.escaped(title))\""
        out +=
            " font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif\" "
            + "font-size=\"\(Self.number(Self.fontSize))\">\n"
        out += "<title>\(HTMLWriter.escaped(title))</title>\n"
        if let description { out += "<desc>\(HTMLWriter.escaped(description))</desc>\n" }
        out += elements.joined(separator: "\n")
        return out + (elements.isEmpty ? "" : "\n") + "</svg>\n"
    }

    // MARK: Elements

    /// Adds an element, wrapped in a `<g>` with a tooltip when `title` is given.
    private mutating func add(_ element: String, title: String?) {
        if let title {
            elements.append("<g><title>\(HTMLWriter.escaped(title))</title>\(element)</g>")
        } else {
            elements.append(element)
        }
    }

    mutating func rect(
        x: Double, y: Double, width: Double, height: Double, fill: String,
        stroke: String? = nil, strokeWidth: Double? = nil, dash: String? = nil,
        fillOpacity: Double? = nil, radius: Double? = nil,
        class className: String? = nil, title: String? = nil
    ) {
        let attributes = HTMLWriter.attributes([
            ("class", className),
            ("x", Self.number(x)), ("y", Self.number(y)),
            ("width", Self.number(max(0, width))), ("height", Self.number(max(0, height))),
            ("rx", radius.map(Self.number)),
            ("fill", fill), ("fill-opacity", fillOpacity.map(Self.number)),
            ("stroke", stroke), ("stroke-width", strokeWidth.map(Self.number)), ("stroke-dasharray", dash),
        ])
        add("<rect\(attributes)/>", title: title)
    }

    mutating func line(
        x1: Double, y1: Double, x2: Double, y2: Double, stroke: String,
        width: Double = 1, dash: String? = nil, opacity: Double? = nil,
        class className: String? = nil, title: String? = nil
    ) {
        let attributes = HTMLWriter.attributes([
            ("class", className),
            ("x1", Self.number(x1)), ("y1", Self.number(y1)), ("x2", Self.number(x2)), ("y2", Self.number(y2)),
            ("stroke", stroke), ("stroke-width", Self.number(width)), ("stroke-dasharray", dash),
            ("stroke-opacity", opacity.map(Self.number)),
        ])
        add("<line\(attributes)/>", title: title)
    }

    /// A path from points: `M` to the first, `L` to the others.
    mutating func polyline(
        _ points: [(x: Double, y: Double)], stroke: String, width: Double = 2,
        dash: String? = nil, class className: String? = nil, title: String? = nil
    ) {
        guard let first = points.first else { return }
        var d = "M\(Self.number(first.x)) \(Self.number(first.y))"
        for point in points.dropFirst() { d += " L\(Self.number(point.x)) \(Self.number(point.y))" }
        path(d, stroke: stroke, width: width, dash: dash, class: className, title: title)
    }

    /// A path with the given `d` (built with `number` for its coordinates).
    mutating func path(
        _ d: String, stroke: String, width: Double = 1, dash: String? = nil, fill: String = "none",
        opacity: Double? = nil, class className: String? = nil, title: String? = nil
    ) {
        let attributes = HTMLWriter.attributes([
            ("class", className), ("d", d), ("fill", fill),
            ("stroke", stroke), ("stroke-width", Self.number(width)), ("stroke-dasharray", dash),
            ("stroke-opacity", opacity.map(Self.number)),
        ])
        add("<path\(attributes)/>", title: title)
    }

    mutating func circle(
        cx: Double, cy: Double, r: Double, fill: String, stroke: String? = nil,
        strokeWidth: Double? = nil, class className: String? = nil, title: String? = nil
    ) {
        let attributes = HTMLWriter.attributes([
            ("class", className), ("cx", Self.number(cx)), ("cy", Self.number(cy)), ("r", Self.number(r)),
            ("fill", fill), ("stroke", stroke), ("stroke-width", strokeWidth.map(Self.number)),
        ])
        add("<circle\(attributes)/>", title: title)
    }

    enum Anchor: String {
        case start, middle, end
    }

    /// Text at a baseline point; `rotate` turns it (degrees) about that point.
    mutating func text(
        _ text: String, x: Double, y: Double, anchor: Anchor = .start, size: Double? = nil,
        bold: Bool = false, fill: String = ChartPalette.ink, rotate: Double? = nil,
        class className: String? = nil, title: String? = nil
    ) {
        let attributes = HTMLWriter.attributes([
            ("class", className), ("x", Self.number(x)), ("y", Self.number(y)),
            ("text-anchor", anchor == .start ? nil : anchor.rawValue),
            ("font-size", size.map(Self.number)), ("font-weight", bold ? "600" : nil), ("fill", fill),
            ("transform", rotate.map { "rotate(\(Self.number($0)) \(Self.number(x)) \(Self.number(y)))" }),
        ])
        add("<text\(attributes)>\(HTMLWriter.escaped(text))</text>", title: title)
    }

    // MARK: Numbers and text size

    /// A coordinate with at most two decimals and no trailing zeros: `12`, `12.5`, `12.25`.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let rounded = (value * 100).rounded() / 100
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        var text = String(format: "%.2f", rounded)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }

    /// A generous estimate of the width of text in a sans-serif font (no font metrics are
    /// available when the page is written), so labels are shortened before they could overlap.
    /// Calibrated on DejaVu Sans, the widest common fallback; narrower fonts leave some room.
    static func textWidth(_ text: String, size: Double = fontSize, bold: Bool = false) -> Double {
        var units = 0.0
        for character in text { units += self.units(character) }
        return units * size * (bold ? 1.1 : 1)
    }

    /// A character's width in ems.
    private static func units(_ character: Character) -> Double {
        switch character {
        case "i", "l", "j", "!", "|", ".", ",", ":", ";", "'":
            return 0.3
        case "f", "t", "r", "(", ")", "[", "]", "/", "-", " ", "I":
            return 0.42
        case "m", "w", "M", "W", "—", "€", "@", "%":
            return 1.0
        case _ where character.isUppercase:
            return 0.74
        case _ where character.isNumber:
            return 0.64
        default:
            return 0.62
        }
    }

    /// `text`, shortened with an ellipsis to fit `width`: the longest start of it that fits with
    /// "…" after it. One pass over the characters (a label of any length costs its length, not its
    /// square), adding widths in the same order as `textWidth`, so the cut falls where it always did.
    static func truncated(_ text: String, width: Double, size: Double = fontSize, bold: Bool = false) -> String {
        guard textWidth(text, size: size, bold: bold) > width else { return text }
        let factor = bold ? 1.1 : 1
        let ellipsis = units("…")
        var kept = 0
        var sum = 0.0
        for character in text {
            sum += units(character)
            guard (sum + ellipsis) * size * factor <= width else { break }
            kept += 1
        }
        var characters = Array(text.prefix(kept))
        while characters.last == " " { characters.removeLast() }
        return characters.isEmpty ? "…" : String(characters) + "…"
    }

    /// Each of `texts` shortened to fit `width`, never two different texts to the same label: a
    /// label that would repeat another keeps its end instead ("Ontmoetingscentrum … Westland"),
    /// where titles of one kind of action usually differ, and one that still repeats gets its place
    /// in the list ("… (2)").
    static func distinctTruncations(_ texts: [String], width: Double, size: Double = fontSize) -> [String] {
        var labels = texts.map { truncated($0, width: width, size: size) }
        var seen: [String: String] = [:]
        var clashes = Set<String>()
        for (text, label) in zip(texts, labels) {
            if let other = seen[label], other != text { clashes.insert(label) }
            seen[label] = seen[label] ?? text
        }
        guard !clashes.isEmpty else { return labels }
        var used = Set(labels.enumerated().filter { !clashes.contains($0.element) }.map(\.element))
        // The same text keeps the same label wherever it stands.
        var given: [String: String] = [:]
        for index in labels.indices where clashes.contains(labels[index]) {
            if let label = given[texts[index]] {
                labels[index] = label
                continue
            }
            var label = keepingEnds(texts[index], width: width, size: size)
            var number = 2
            while used.contains(label) {
                label =
                    truncated(texts[index], width: width - textWidth(" (\(number))", size: size), size: size)
                    + " (\(number))"
                number += 1
            }
            used.insert(label)
            given[texts[index]] = label
            labels[index] = label
        }
        return labels
    }

    /// `text` with its middle replaced by "…" so that its start and its end fit `width`, the end
    /// getting up to half of it.
    static func keepingEnds(_ text: String, width: Double, size: Double = fontSize) -> String {
        guard textWidth(text, size: size) > width else { return text }
        var tail: [Character] = []
        var tailWidth = 0.0
        for character in text.reversed() {
            let next = units(character) * size
            guard tailWidth + next <= width / 2 else { break }
            tailWidth += next
            tail.insert(character, at: 0)
        }
        while tail.first == " " { tail.removeFirst() }
        let head = truncated(text, width: width - tailWidth - units(" ") * size, size: size)
        return head + " " + String(tail)
    }
}
