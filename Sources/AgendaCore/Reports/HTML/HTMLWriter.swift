/// Builds the body of a self-contained HTML page section by section, and wraps it in a document
/// with its language, title and inline style sheet.
///
/// Every `String` parameter is text and is escaped; only parameters named `html` take markup
/// (written by this kit, never by an agenda). The output is also well-formed XML (void elements
/// are self-closed, no named entities), so tests can parse it.
struct HTMLWriter {
    private(set) var body: String = ""

    // MARK: Escaping

    /// Text for HTML text and attribute contexts, also inside SVG: `&`, `<`, `>`, `"` and `'`
    /// become character references; control characters that XML forbids become U+FFFD.
    static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || (0xFFFE...0xFFFF).contains(scalar.value):
                result += "\u{FFFD}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// ` name="value"` for each attribute with a value, in the given order.
    static func attributes(_ pairs: [(String, String?)]) -> String {
        pairs.compactMap { name, value in value.map { " \(name)=\"\(escaped($0))\"" } }.joined()
    }

    // MARK: Document

    /// The complete page: doctype, `<html lang>`, `<head>` with the title and style sheet, the body.
    func document(title: String, language: ReportLanguage, css: String = HTMLStyle.css) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(language.rawValue)">
        <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title>\(Self.escaped(title))</title>
        <style>
        \(css)</style>
        </head>
        <body>
        <main>
        \(body)</main>
        </body>
        </html>

        """
    }

    // MARK: Blocks

    /// Markup written by this kit (an SVG chart, a table), added as is.
    mutating func raw(html: String) {
        body += html
        if !html.hasSuffix("\n") { body += "\n" }
    }

    mutating func heading(_ text: String, level: Int, id: String? = nil) {
        let level = min(max(level, 1), 6)
        body += "<h\(level)\(Self.attributes([("id", id)]))>\(Self.escaped(text))</h\(level)>\n"
    }

    mutating func paragraph(_ text: String, class className: String? = nil) {
        body += "<p\(Self.attributes([("class", className)]))>\(Self.escaped(text))</p>\n"
    }

    /// A paragraph of markup (e.g. text with `<strong>` parts built with `escaped`).
    mutating func paragraph(html: String, class className: String? = nil) {
        body += "<p\(Self.attributes([("class", className)]))>\(html)</p>\n"
    }

    mutating func list(_ items: [String], class className: String? = nil) {
        body += "<ul\(Self.attributes([("class", className)]))>\n"
        for item in items { body += "<li>\(Self.escaped(item))</li>\n" }
        body += "</ul>\n"
    }

    /// A definition list of `(term, value)` pairs, e.g. the key figures of a report.
    mutating func definitions(_ pairs: [(term: String, value: String)], class className: String? = nil) {
        body += "<dl\(Self.attributes([("class", className)]))>\n"
        for pair in pairs {
            body += "<div><dt>\(Self.escaped(pair.term))</dt><dd>\(Self.escaped(pair.value))</dd></div>\n"
        }
        body += "</dl>\n"
    }

    mutating func table(_ table: HTMLTable) {
        body += table.html()
    }

    /// A `<nav>` of in-page links `(anchor id, text)`.
    mutating func contents(_ title: String, links: [(id: String, text: String)]) {
        body += "<nav aria-label=\"\(Self.escaped(title))\"><ul>\n"
        for link in links {
            body += "<li><a href=\"#\(Self.escaped(link.id))\">\(Self.escaped(link.text))</a></li>\n"
        }
        body += "</ul></nav>\n"
    }

    /// A chart in a `<figure>` with its caption, or, when it has nothing to draw, the `empty`
    /// sentence instead of an empty drawing.
    mutating func figure(_ chart: some SVGChart, caption: String?, empty: String) {
        guard chart.hasContent else {
            paragraph(empty, class: "empty")
            return
        }
        body += "<figure>\n"
        raw(html: chart.svg())
        if let caption { body += "<figcaption>\(Self.escaped(caption))</figcaption>\n" }
        body += "</figure>\n"
    }

    /// A `<section id>` holding what `content` writes.
    mutating func section(id: String, _ content: (inout HTMLWriter) -> Void) {
        body += "<section\(Self.attributes([("id", id)]))>\n"
        content(&self)
        body += "</section>\n"
    }
}
