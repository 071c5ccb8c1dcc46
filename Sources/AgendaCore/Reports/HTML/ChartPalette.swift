import Foundation

/// The colours of every chart: the Okabe–Ito palette, which stays distinguishable with the
/// common kinds of colour blindness, assigned by position in a stable order (the agenda's order
/// of sources, pillars, partner kinds), so the same thing has the same colour in every chart.
enum ChartPalette {
    /// Okabe–Ito, strongest contrasts first; black is left out (it is the ink of the text).
    static let colors = [
        "#0072B2",  // blue
        "#E69F00",  // orange
        "#009E73",  // bluish green
        "#CC79A7",  // reddish purple
        "#56B4E9",  // sky blue
        "#D55E00",  // vermillion
        "#F0E442",  // yellow
        "#7F7F7F",  // grey, for a ninth kind
    ]

    static let ink = "#1a1a1a"
    static let muted = "#5f6368"
    static let grid = "#d9dde2"
    static let axis = "#6b7075"
    /// Things that are there but not chosen (unfunded actions).
    static let dimmed = "#b8bcc2"
    /// Marks what is missing (a goal without provision): a light tint of vermillion, which stands
    /// apart from the blue scale for every kind of colour vision.
    static let missing = "#FBE1D1"
    static let missingInk = "#B34700"

    /// The colour of the n-th series; past the palette's end the colours repeat.
    static func color(_ index: Int) -> String { colors[((index % colors.count) + colors.count) % colors.count] }

    /// `color` mixed with white: `amount` 0 is white, 1 the colour itself.
    static func tint(_ color: String, _ amount: Double) -> String {
        guard let (r, g, b) = rgb(color) else { return color }
        let mix = { (channel: Int) in Int((255 - Double(255 - channel) * min(max(amount, 0), 1)).rounded()) }
        return String(format: "#%02X%02X%02X", mix(r), mix(g), mix(b))
    }

    /// Dark or white text, whichever reads better on a fill.
    static func text(on fill: String) -> String {
        guard let (r, g, b) = rgb(fill) else { return ink }
        let luminance = (0.2126 * Double(r) + 0.7152 * Double(g) + 0.0722 * Double(b)) / 255
        return luminance > 0.55 ? ink : "#ffffff"
    }

    private static func rgb(_ color: String) -> (Int, Int, Int)? {
        guard color.hasPrefix("#"), color.count == 7, let value = Int(color.dropFirst(), radix: 16) else { return nil }
        return ((value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF)
    }
}
