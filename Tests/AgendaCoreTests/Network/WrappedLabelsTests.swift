import Testing

@testable import AgendaCore

/// `WrappedLabels`: names wrap by word (and after hyphens) onto at most three lines, and names cut
/// short never end up looking the same.
@Suite struct WrappedLabelsTests {
    static let labels = WrappedLabels(width: 110, size: 11, maxLines: 3)

    @Test func wrapsByWordAndAfterHyphens() {
        #expect(Self.labels.lines(for: ["Jalp"]) == [["Jalp"]])
        #expect(
            Self.labels.lines(for: ["Gemeente Leidschendam-Voorburg"]) == [["Gemeente", "Leidschendam-", "Voorburg"]])
        for line in Self.labels.lines(for: ["Stichting Transmurale Zorg Den Haag e.o."])[0] {
            #expect(SVGCanvas.textWidth(line, size: 11) <= 110)
        }
        // A name that fits is never cut.
        #expect(!Self.labels.lines(for: ["Stichting Transmurale Zorg Den Haag e.o."])[0].joined().contains("…"))
    }

    @Test func namesWithALongSharedStartStayApart() {
        let start = "Stichting Welzijn en Zorg voor Ouderen in de Regio Haaglanden, afdeling"
        let names = ["\(start) Noord", "\(start) Zuid", "\(start) Oost", "Jalp"]
        let lines = Self.labels.lines(for: names)
        let shown = lines.map { $0.joined(separator: " ") }
        // Cut at the end, the three would all read "Stichting Welzijn en … afdeling…".
        #expect(Self.labels.cut(names[0]) == Self.labels.cut(names[1]))
        #expect(Set(shown).count == names.count, "\(shown)")
        for (label, part) in zip(shown, ["Noord", "Zuid", "Oost", "Jalp"]) {
            #expect(label.contains(part), "\(label) lost '\(part)'")
        }
        #expect(shown[0].hasPrefix("Stichting …"))
        for label in lines.prefix(3) {
            #expect(label.count <= 3)
            for line in label { #expect(SVGCanvas.textWidth(line, size: 11) <= 110, "\(line)") }
        }
    }

    @Test func namesThatDifferOnlyInsideAWordAreNumbered() {
        let a = String(repeating: "Ontmoetingscentrumdementie", count: 3) + "A"
        let b = String(repeating: "Ontmoetingscentrumdementie", count: 3) + "B"
        let shown = Self.labels.lines(for: [a, b, a]).map { $0.joined(separator: "\n") }
        #expect(shown[0] != shown[1])
        // The same name keeps the same label.
        #expect(shown[0] == shown[2])
    }

    @Test func theSameNameTwiceIsNotAClash() {
        let name = "Gemeente Den Haag"
        #expect(Self.labels.lines(for: [name, name]) == [["Gemeente Den", "Haag"], ["Gemeente Den", "Haag"]])
    }
}
