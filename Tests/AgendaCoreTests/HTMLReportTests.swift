import AgendaModules
import AgendaSolver
import Foundation
import FoundationXML
import TestSupport
import Testing

@testable import AgendaCore

/// `agenda plan --format html`: one self-contained, deterministic, escaped page with five charts,
/// and the chart kit it is drawn with.
@Suite struct HTMLReportTests {
    // MARK: Fixtures

    static let exampleText: String = {
        (try? String(contentsOf: Repository.root.appendingPathComponent("agendas/example.yaml"), encoding: .utf8)) ?? ""
    }()

    /// Loads and plans an agenda from its text.
    static func rendering(text: String) throws -> PlanRendering {
        let result = AgendaLoader(registry: InstalledModules.registry).load(text: text, displayPath: "agenda.yaml")
        #expect(!result.hasErrors, "\(result.diagnostics.map(\.rendered))")
        return try rendering(of: try #require(result.agenda))
    }

    static func rendering(of agenda: Agenda) throws -> PlanRendering {
        let result = try Planner(registry: InstalledModules.registry).plan(agenda)
        return PlanRendering(
            agenda: agenda, problem: result.problem, plan: result.plan, scores: result.scores,
            registry: InstalledModules.registry)
    }

    /// Haaglanden's page, from the plan the suites share (`ExamplePlans`).
    static let haaglanden: Result<String, any Error> = Result { try ExamplePlans.haaglanden.get().rendering.html() }

    static func haaglandenHTML() throws -> String { try haaglanden.get() }

    /// The `<svg …>…</svg>` elements whose class contains `kind`.
    static func charts(_ html: String, _ kind: String) -> [String] {
        html.components(separatedBy: "<svg ").dropFirst()
            .filter { $0.hasPrefix("class=\"chart \(kind)\"") }
            .map { "<svg " + ($0.components(separatedBy: "</svg>").first ?? "") + "</svg>" }
    }

    static func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    /// The value of a numeric attribute of each element that starts with `prefix`.
    static func attribute(_ name: String, of prefix: String, in svg: String) -> [Double] {
        svg.components(separatedBy: prefix).dropFirst().compactMap { element in
            guard let range = element.range(of: " \(name)=\"") else { return nil }
            return Double(element[range.upperBound...].prefix { $0 != "\"" })
        }
    }

    /// Parses the page as XML: it must be well-formed (tags balanced, attributes quoted, escaped).
    static func expectWellFormed(_ html: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #if canImport(FoundationXML) || os(macOS)
        #expect(throws: Never.self, sourceLocation: sourceLocation) {
            _ = try XMLDocument(xmlString: html, options: [])
        }
        #else
        for tag in ["svg", "g", "text", "title", "table", "tbody", "tr", "section", "figure"] {
            #expect(
                count("<\(tag)>", in: html) + count("<\(tag) ", in: html) == count("</\(tag)>", in: html),
                "<\(tag)> is not balanced", sourceLocation: sourceLocation)
        }
        #endif
    }

    // MARK: The Haaglanden report

    @Test func haaglandenHasTheFiveChartsWithContent() throws {
        let html = try Self.haaglandenHTML()
        let budget = try #require(Self.charts(html, "stacked-bar-chart").first)
        let bars = Self.charts(html, "bar-chart")
        let timeline = try #require(Self.charts(html, "timeline-chart").first)
        let network = try #require(Self.charts(html, "network-map").first)
        let coverage = try #require(Self.charts(html, "coverage-grid").first)
        #expect(bars.count == 2)  // money per municipality and per resident 75+

        for svg in [budget, timeline, network, coverage] + bars {
            #expect(svg.contains("viewBox=\"0 0 "))
            #expect(svg.contains("role=\"img\""))
            #expect(svg.contains("<title>"))
            #expect(Self.count("<text", in: svg) > 5)
        }
        // Per year a spent bar and a budget bar, stacked by the seven sources.
        #expect(Self.count("class=\"segment\"", in: budget) > 10)
        #expect(Self.count("class=\"segment light\"", in: budget) > 10)
        for year in 2025...2028 { #expect(budget.contains(">\(year)</text>")) }
        #expect(budget.contains(">wmo-den-haag</text>") && budget.contains(">gala</text>"))
        // Nine municipalities in each bar chart.
        for svg in bars { #expect(Self.count("class=\"bar\"", in: svg) == 9) }
        #expect(bars[0].contains(">Den Haag</text>") && bars[0].contains(">Zoetermeer</text>"))
        // One row per funded action (26 in the optimal plan), with a bar in each paid year.
        let funded = Self.count("<tbody>", in: html.components(separatedBy: "id=\"unfunded\"")[0])
        #expect(Self.count("class=\"label\"", in: timeline) == funded)
        #expect(Self.count("class=\"bar\"", in: timeline) >= funded)
        // Every partner on the map, a line between partners that share actions; grey where none is funded.
        #expect(Self.count("class=\"node\"", in: network) >= 20)
        #expect(Self.count("class=\"tie\"", in: network) >= 40)
        #expect(Self.count("class=\"tie dimmed\"", in: network) > 0)
        #expect(network.contains("Xtra welzijn"))
        // Den Haag's eight districts plus eight municipalities without districts, by eleven goals.
        #expect(Self.count("class=\"cell", in: coverage) == 16 * 11)
        #expect(Self.count("class=\"cell missing\"", in: coverage) > 0)
        #expect(coverage.contains(">Escamp</text>") && coverage.contains(">dekkend-aanbod</text>"))
    }

    @Test func haaglandenIsDutch() throws {
        let html = try Self.haaglandenHTML()
        #expect(html.contains("<html lang=\"nl\">"))
        for label in [
            "Gefinancierde acties", "Niet gefinancierde acties", "Budgetten", "Wat extra geld oplevert", "Gemeenten",
            "Doelen", "Pijlers", "Netwerkkaart", "Quickscan: doelen per wijk", "geen aanbod", "besteed", "benut",
            "€ per Inwoners 75+", "optimaal (bewezen beste)", "Gevonden met", "€ 1 mln", "trekt", "doet mee", "inhoud",
        ] {
            #expect(html.contains(label), "missing Dutch label '\(label)'")
        }
        for english in ["Funded actions", "Network map", "no provision", ">spent<", "Budgets<"] {
            #expect(!html.contains(english), "English label '\(english)' in a Dutch report")
        }
    }

    @Test func haaglandenNeedsNothingFromOutside() throws {
        let html = try Self.haaglandenHTML()
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.contains("http://") && !html.contains("https://"))
        #expect(
            !html.contains(" src=") && !html.contains("url(") && !html.contains("@import") && !html.contains("<link"))
        #expect(!html.lowercased().contains("javascript:") && html.firstMatch(of: #/\son[a-z]+="/#) == nil)
        #expect(html.contains("<style>") && html.contains("@media print"))
        Self.expectWellFormed(html)
    }

    @Test func haaglandenSectionsFollowTheTextReport() throws {
        let html = try Self.haaglandenHTML()
        let order = [
            "id=\"funded\"", "id=\"unfunded\"", "id=\"budgets\"", "id=\"marginal\"", "id=\"municipalities\"",
            "id=\"goals\"", "id=\"pillars\"", "id=\"network\"", "class=\"footnote\"",
        ]
        let positions = order.map { html.range(of: $0)?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil })
        #expect(
            positions.compactMap { $0 }.map { html.distance(from: html.startIndex, to: $0) }
                == positions.compactMap { $0 }
                .map { html.distance(from: html.startIndex, to: $0) }.sorted())
        #expect(html.contains("<th scope=\"col\""))
        #expect(html.contains("<th scope=\"rowgroup\" rowspan=\""))
        #expect(html.contains("<td class=\"num\">€"))
        #expect(html.contains(SearchMethod.lpBranchAndBound.rawValue))
    }

    // MARK: Language, escaping, determinism

    @Test func exampleIsEnglish() throws {
        let html = try Self.rendering(text: Self.exampleText).html()
        #expect(html.contains("<html lang=\"en\">"))
        for label in [
            "Funded actions", "Unfunded actions", "Budgets", "What extra money would add", "Network map",
            "Quick scan: goals per district", "no provision", ">spent<", "€ per Residents aged 75+", "leads",
            "takes part", "content", "euros",
        ] {
            #expect(html.contains(label), "missing English label '\(label)'")
        }
        for dutch in ["Gefinancierde", "Netwerkkaart", "geen aanbod", "besteed", "gemeente", "€ 1"] {
            #expect(!html.contains(dutch), "Dutch '\(dutch)' in an English report")
        }
        #expect(Self.charts(html, "bar-chart").count == 2)
        #expect(Self.charts(html, "coverage-grid").first.map { Self.count("class=\"cell", in: $0) } == 3 * 3)
        Self.expectWellFormed(html)
    }

    @Test func agendaTextIsEscapedEverywhere() throws {
        let attack = #"<script>alert(1)</script> & "double" 'single'"#
        let yaml = "'" + attack.replacingOccurrences(of: "'", with: "''") + "'"
        var text = Self.exampleText
        for (old, new) in [
            ("title: Ageing well at home — Riverside", "title: \(yaml)"),
            ("name: Riverside Welfare Foundation", "name: \(yaml)"),
            ("title: New meeting place in Riverton South", "title: \(yaml)"),
            ("title: Older people stay active and meet others close to home", "title: \(yaml)"),
            ("name: South\n", "name: \(yaml)\n"),
            ("name: Millbrook\n", "name: \(yaml)\n"),
            ("{label: Residents aged 75+,", "{label: \(yaml),"),
        ] {
            #expect(text.contains(old), "the example agenda no longer has '\(old)'")
            text = text.replacingOccurrences(of: old, with: new)
        }
        let html = try Self.rendering(text: text).html()
        #expect(!html.lowercased().contains("<script"))
        let escaped = "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;double&quot; &#39;single&#39;"
        #expect(Self.count(escaped, in: html) >= 10)
        // Inside the charts too: labels, tooltips and the coverage grid's rows.
        for kind in ["network-map", "coverage-grid", "timeline-chart", "bar-chart"] {
            #expect(
                Self.charts(html, kind).contains { $0.contains(escaped) || $0.contains("&lt;script&gt;") }, "\(kind)")
        }
        #expect(html.contains("<title>\(HTMLWriter.escaped("Plan — \(attack)"))</title>"))
        Self.expectWellFormed(html)
    }

    @Test func diagnosticsAreListedAndEscaped() throws {
        let agenda = try #require(
            AgendaLoader(registry: InstalledModules.registry).load(text: Self.exampleText, displayPath: "agenda.yaml")
                .agenda)
        let result = try Planner(registry: InstalledModules.registry).plan(agenda)
        var plan = result.plan
        plan.diagnostics.append(
            .warning(
                "test", "the floor of <b>delft</b> & \"co\" is tight",
                at: SourceLocation(file: "agenda.yaml", line: 3, column: 5)))
        let html = PlanRendering(
            agenda: agenda, problem: result.problem, plan: plan, scores: result.scores,
            registry: InstalledModules.registry
        ).html()
        #expect(html.contains("<a href=\"#diagnostics\">Diagnostics</a>"))
        #expect(
            html.contains(
                "<li>agenda.yaml:3:5: warning: the floor of &lt;b&gt;delft&lt;/b&gt; &amp; &quot;co&quot; is tight</li>"
            ))
        Self.expectWellFormed(html)
    }

    @Test func aPlanWithoutFundedActionsStillReads() throws {
        let agenda = try #require(
            AgendaLoader(registry: InstalledModules.registry).load(text: Self.exampleText, displayPath: "agenda.yaml")
                .agenda)
        let result = try Planner(registry: InstalledModules.registry).plan(agenda)
        var plan = result.plan
        plan.status = .infeasible
        plan.actions = plan.actions.map {
            ActionOutcome(id: $0.id, funded: false, score: $0.score, reason: .budget, payments: [])
        }
        plan.sources = plan.sources.map {
            SourceYear(id: $0.id, year: $0.year, budget: $0.budget, spent: 0, shadowPrice: 0)
        }
        let html = PlanRendering(
            agenda: agenda, problem: result.problem, plan: plan, scores: result.scores,
            registry: InstalledModules.registry
        ).html()
        let t = ReportText(language: .en)
        for sentence in ["html.timeline.empty", "html.money.empty", "html.per-key.empty"] {
            #expect(html.contains("<p class=\"empty\">\(HTMLWriter.escaped(t(sentence)))</p>"), "\(sentence)")
        }
        #expect(Self.charts(html, "timeline-chart").isEmpty && Self.charts(html, "bar-chart").isEmpty)
        // What is still there: the budgets, every action greyed on the map, every cell marked empty.
        let budget = try #require(Self.charts(html, "stacked-bar-chart").first)
        #expect(
            Self.count("class=\"segment light\"", in: budget) > 0 && Self.count("class=\"segment\"", in: budget) == 0)
        let network = try #require(Self.charts(html, "network-map").first)
        #expect(Self.count("class=\"tie dimmed\"", in: network) == 5 && Self.count("class=\"tie\"", in: network) == 0)
        let coverage = try #require(Self.charts(html, "coverage-grid").first)
        #expect(Self.count("class=\"cell missing\"", in: coverage) == 9)
        #expect(html.contains(t("plan.status.infeasible")))
        Self.expectWellFormed(html)
    }

    @Test func sameAgendaSameBytes() throws {
        let first = try Self.rendering(text: Self.exampleText).html()
        let second = try Self.rendering(text: Self.exampleText).html()
        #expect(first == second)
        #expect(!first.isEmpty)
    }

    @Test func emptyChartsBecomeSentences() throws {
        // The base agenda has no allocation key: no chart per unit of it, a sentence instead.
        let html = try Self.rendering(text: Base.text).html()
        #expect(Self.charts(html, "bar-chart").count == 1)
        #expect(html.contains(ReportText(language: .en)("html.per-key.none")))

        var writer = HTMLWriter()
        writer.figure(
            BarChart(title: "t", bars: [], axisLabel: "x", format: .euros(.en)), caption: "c", empty: "Nothing to draw."
        )
        var alone = try #require(
            AgendaLoader(registry: InstalledModules.registry).load(text: Self.exampleText, displayPath: "agenda.yaml")
                .agenda)
        alone.partners = []
        writer.figure(try NetworkRendering(agenda: alone).chart(), caption: nil, empty: "No partners.")
        #expect(writer.body == "<p class=\"empty\">Nothing to draw.</p>\n<p class=\"empty\">No partners.</p>\n")
    }

    @Test func coverageCountsFundedActionsPerPlace() throws {
        let agenda = try #require(
            AgendaLoader(registry: InstalledModules.registry).load(text: Self.exampleText, displayPath: "agenda.yaml")
                .agenda)
        // Goals: active-and-connected, one-network, lasting-funding.
        let counts = PlanHTMLReport.coverage(
            agenda: agenda, funded: ["meeting-place-south", "falls-prevention", "frailty-check"])
        #expect(counts["riverton/north"] == [1, 1, 0])  // falls prevention (all), the frailty check (riverton)
        #expect(counts["riverton/south"] == [2, 1, 0])  // and the meeting place in the south
        #expect(counts["millbrook"] == [1, 0, 0])  // a municipality without districts is one place
        #expect(counts.count == 3)
        #expect(PlanHTMLReport.coverage(agenda: agenda, funded: []).values.allSatisfy { $0 == [0, 0, 0] })
    }

    // MARK: The chart kit

    @Test func escapingCoversTextAndAttributes() {
        #expect(
            HTMLWriter.escaped(#"<a href="x">Tom & 'Jerry'</a>"#)
                == "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;")
        #expect(HTMLWriter.escaped("bell\u{07}") == "bell\u{FFFD}")
        #expect(HTMLWriter.attributes([("title", "a\"b"), ("skip", nil)]) == " title=\"a&quot;b\"")
    }

    @Test func ticksAreOneTwoFiveSteps() {
        #expect(AxisScale.niceStep(0.26) == 0.5)
        #expect(AxisScale.niceStep(1) == 1)
        #expect(AxisScale.niceStep(1.01) == 2)
        #expect(AxisScale.niceStep(37) == 50)
        #expect(AxisScale.niceStep(150) == 200)
        #expect(AxisScale.niceStep(700) == 1000)
        #expect(AxisScale(maximum: 1_300_000).ticks == [0, 500_000, 1_000_000, 1_500_000])
        #expect(AxisScale(maximum: 950).ticks == [0, 200, 400, 600, 800, 1000])
        #expect(AxisScale(maximum: 0.3).ticks == [0, 0.1, 0.2, 0.3])
        #expect(AxisScale(maximum: 0).ticks == [0, 0.2, 0.4, 0.6, 0.8, 1])
        for maximum in [3.0, 17, 230, 4_321, 98_765, 2_500_000] {
            let scale = AxisScale(maximum: maximum)
            let mantissa = scale.step / pow(10, log10(scale.step).rounded(.down))
            #expect([1, 2, 5].contains((mantissa * 1000).rounded() / 1000), "step \(scale.step)")
            #expect(scale.upper >= maximum && scale.upper - scale.step < maximum)
            #expect((3...10).contains(scale.ticks.count))
        }
    }

    @Test func eurosAreAbbreviatedInTheReportLanguage() {
        #expect(ChartFormat.abbreviatedEuros(1_200_000, language: .nl) == "€ 1,2 mln")
        #expect(ChartFormat.abbreviatedEuros(1_200_000, language: .en) == "€1.2M")
        #expect(ChartFormat.abbreviatedEuros(250_000, language: .nl) == "€ 250.000")
        #expect(ChartFormat.abbreviatedEuros(250_000, language: .en) == "€250k")
        #expect(ChartFormat.abbreviatedEuros(1_000_000, language: .nl) == "€ 1 mln")
        #expect(ChartFormat.abbreviatedEuros(2_500_000_000, language: .en) == "€2.5bn")
        #expect(ChartFormat.abbreviatedEuros(950, language: .en) == "€950")
        #expect(ChartFormat.abbreviatedEuros(12.5, language: .nl) == "€ 12,5")
        #expect(ChartFormat.abbreviatedEuros(0, language: .nl) == "€ 0")
    }

    @Test func barLengthsAreProportionalToValues() throws {
        let chart = BarChart(
            title: "Money",
            bars: [
                .init(label: "A", value: 100), .init(label: "B & <C>", value: 240),
                .init(label: "D", value: 50),
            ],
            axisLabel: "euros", format: .euros(.en))
        let svg = chart.svg()
        let widths = Self.attribute("width", of: "class=\"bar\"", in: svg)
        #expect(widths.count == 3)
        #expect(abs(widths[1] / widths[0] - 2.4) < 0.01 && abs(widths[2] / widths[0] - 0.5) < 0.01)
        #expect(svg.contains(">B &amp; &lt;C&gt;</text>"))
        #expect(
            svg.contains("<title>Money</title>") && svg.contains("role=\"img\"") && svg.contains("viewBox=\"0 0 760 "))
        #expect(svg.contains(">€240</text>"))  // the value at the bar's end
        #expect(svg.contains(">€250</text>"))  // the axis ends at a nice tick
        #expect(chart.hasContent)
        #expect(
            !BarChart(title: "", bars: [.init(label: "A", value: 0)], axisLabel: "", format: .euros(.en)).hasContent)

        // A reference line (an average) sits where a bar of its value would end.
        var average = chart
        average.reference = ("average", 120)
        let marked = average.svg()
        let x = try #require(Self.attribute("x", of: "class=\"bar\"", in: marked).first)
        let width = try #require(Self.attribute("width", of: "class=\"bar\"", in: marked).first)
        let line = try #require(Self.attribute("x1", of: "class=\"reference\"", in: marked).first)
        #expect(abs(line - (x + width * 1.2)) < 0.02)
        #expect(marked.contains(">average €120</text>"))
    }

    @Test func stackedBarsStackTheSeriesInOrder() {
        let chart = StackedBarChart(
            title: "Budget",
            series: [
                .init(label: "wmo", color: ChartPalette.color(0)), .init(label: "gala", color: ChartPalette.color(1)),
            ],
            groups: [
                .init(
                    label: "2025",
                    bars: [
                        .init(label: "spent", values: [30, 10]),
                        .init(label: "budget", values: [40, 20], style: .light),
                    ],
                    note: "67% used")
            ],
            axisLabel: "euros", format: .euros(.en))
        let svg = chart.svg()
        let heights = Self.attribute("height", of: "class=\"segment", in: svg)
        #expect(heights.count == 4)
        #expect(abs(heights[0] / heights[1] - 3) < 0.01)  // 30 against 10, drawn solid
        #expect(abs((heights[2] + 1) / (heights[3] + 1) - 2) < 0.01)  // light bars are inset by one unit
        #expect(Self.count("class=\"segment light\"", in: svg) == 2)
        #expect(svg.contains("<title>2025 · spent · wmo: €30</title>"))
        #expect(svg.contains(">67% used</text>") && svg.contains(">wmo</text>") && svg.contains(">gala</text>"))
    }

    @Test func timelineShortensLongTitlesAndKeepsThemAsTooltips() {
        let long = String(repeating: "Een heel lange titel van een actie ", count: 4)
        let chart = TimelineChart(
            title: "Timeline", columns: ["2025", "2026", "2027"],
            rows: [
                .init(label: long, title: long, category: 0, values: [1000, 0, 2000]),
                .init(label: "Kort", title: "Kort", category: 1, values: [0, 500, 0]),
            ],
            categories: [
                .init(label: "content", color: ChartPalette.color(0)),
                .init(label: "funding", color: ChartPalette.color(1)),
            ],
            legendTitle: "pillar:", format: .euros(.en))
        let svg = chart.svg()
        #expect(Self.count("class=\"bar\"", in: svg) == 3)
        #expect(svg.contains("…</text>"))
        #expect(svg.contains("<title>\(long)</title>"))
        #expect(svg.contains(">€2,000</text>"))
        #expect(svg.contains(">Kort</text>"))
    }

    @Test func lineChartDrawsEveryPoint() {
        let chart = LineChart(
            title: "Value for money",
            series: [
                .init(
                    label: "plan",
                    points: [
                        .init(x: 0, y: 0), .init(x: 500_000, y: 40, title: "-20%"),
                        .init(x: 1_000_000, y: 70), .init(x: 1_500_000, y: 82),
                    ])
            ],
            xAxisLabel: "money", yAxisLabel: "points", xFormat: .euros(.en), yFormat: .number(.en))
        let svg = chart.svg()
        #expect(Self.count("class=\"point\"", in: svg) == 4)
        #expect(Self.count("class=\"series\"", in: svg) == 1)
        #expect(svg.contains(">€1.5M</text>") && svg.contains(">100</text>"))
        #expect(svg.contains(">money</text>") && svg.contains(">points</text>"))
        #expect(svg.contains("<title>-20%: €500,000 → 40</title>"))
    }

    @Test func paletteIsStableAndReadable() {
        #expect(ChartPalette.color(0) == "#0072B2" && ChartPalette.color(8) == ChartPalette.color(0))
        #expect(ChartPalette.tint("#0072B2", 0) == "#FFFFFF" && ChartPalette.tint("#0072B2", 1) == "#0072B2")
        #expect(ChartPalette.text(on: "#0072B2") == "#ffffff")
        #expect(ChartPalette.text(on: "#F0E442") == ChartPalette.ink)
    }

    // MARK: Looking at it

    /// With `HTML_REPORT_OUT=/some/folder`, writes the Haaglanden and example reports there to be
    /// looked at in a browser.
    @Test func writeReportsWhenAsked() throws {
        guard let folder = ProcessInfo.processInfo.environment["HTML_REPORT_OUT"] else { return }
        let url = URL(fileURLWithPath: folder, isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        try Self.haaglandenHTML().write(
            to: url.appendingPathComponent("plan-haaglanden.html"), atomically: true, encoding: .utf8)
        try Self.rendering(text: Self.exampleText).html()
            .write(to: url.appendingPathComponent("plan-example.html"), atomically: true, encoding: .utf8)

        // The value-for-money curve the compare and sweep reports will draw, on made-up data.
        var kit = HTMLWriter()
        kit.heading("LineChart", level: 2)
        kit.figure(
            LineChart(
                title: "Score tegen geld",
                series: [
                    .init(
                        label: "plan",
                        points: [(0, 0), (400_000, 38), (800_000, 66), (1_200_000, 84), (1_600_000, 93)]
                            .map { LineChart.Point(x: $0, y: $1) }),
                    .init(
                        label: "bezuiniging-wmo",
                        points: [(0, 0), (400_000, 30), (800_000, 55), (1_200_000, 71)]
                            .map { LineChart.Point(x: $0, y: $1) }, dashed: true),
                ],
                xAxisLabel: "geld", yAxisLabel: "punten", xFormat: .euros(.nl), yFormat: .number(.nl)),
            caption: "Made-up data.", empty: "")
        try kit.document(title: "Chart kit", language: .nl)
            .write(to: url.appendingPathComponent("chart-kit.html"), atomically: true, encoding: .utf8)
    }
}
