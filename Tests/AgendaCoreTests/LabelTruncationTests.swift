import Testing

@testable import AgendaCore

/// Chart labels are cut to fit in one pass (issue 14, class 7: a title of 4,000 characters took
/// 48 s to render as HTML). The cut falls exactly where the former character-by-character search
/// put it.
@Suite struct LabelTruncationTests {
    /// The former way: drop the last character until the rest and "…" fit.
    static func reference(_ text: String, width: Double, size: Double, bold: Bool) -> String {
        guard SVGCanvas.textWidth(text, size: size, bold: bold) > width else { return text }
        var characters = Array(text)
        while !characters.isEmpty, SVGCanvas.textWidth(String(characters) + "…", size: size, bold: bold) > width {
            characters.removeLast()
        }
        while characters.last == " " { characters.removeLast() }
        return characters.isEmpty ? "…" : String(characters) + "…"
    }

    @Test func theCutFallsWhereItAlwaysDid() {
        let alphabet = Array("aiIlmMW €—.,:-1 Ontmoeting én zorg")
        var generator = SplitMix64(seed: 7)
        for _ in 0..<2_000 {
            let length = Int(generator.next() % 60)
            let text = String((0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
            let width = Double(generator.next() % 400)
            let bold = generator.next() % 2 == 0
            let size = [10.0, 11, 12.5][Int(generator.next() % 3)]
            #expect(
                SVGCanvas.truncated(text, width: width, size: size, bold: bold)
                    == Self.reference(text, width: width, size: size, bold: bold), "'\(text)' in \(width)")
        }
    }

    @Test func aVeryLongLabelIsCutToItsWidth() {
        let label = SVGCanvas.truncated(String(repeating: "Ontmoeting ", count: 10_000), width: 200)
        #expect(label.hasSuffix("…"))
        #expect(SVGCanvas.textWidth(label) <= 200)
        #expect(SVGCanvas.textWidth(String(label.dropLast()) + "O…") > 200 || label.count < 5)
    }

    /// Titles that share a long start are never cut to the same label (issue 15): the repeats keep
    /// their ends, and labels that were distinct stay as they were.
    @Test func titlesAreNeverCutToTheSameLabel() {
        let titles = [
            "Ontmoetingscentrum voor mensen met dementie en hun mantelzorgers in Westland",
            "Ontmoetingscentrum voor mensen met dementie en hun mantelzorgers in Zoetermeer",
            "Ontmoetingscentrum voor mensen met dementie en hun mantelzorgers in Zoetermeer",
            "Valpreventie",
        ]
        let labels = SVGCanvas.distinctTruncations(titles, width: 200)
        #expect(labels[0] != labels[1])
        #expect(labels[1] == labels[2], "the same title keeps the same label")
        #expect(labels[3] == "Valpreventie")
        #expect(labels[0].hasSuffix("Westland") && labels[1].hasSuffix("Zoetermeer"), "\(labels)")
        #expect(labels.allSatisfy { SVGCanvas.textWidth($0) <= 200 }, "\(labels)")
    }
}
