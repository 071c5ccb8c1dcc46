/// Names wrapped onto a few lines of a given width (measured with `SVGCanvas.textWidth`), never
/// two different names to the same lines.
///
/// A name is broken between words, and after a hyphen inside a word ("Leidschendam-" /
/// "Voorburg"). A name that still does not fit is cut at its end with "…"; when that would look
/// like another name's cut, the words it shares with the other name are left out instead
/// ("Stichting … Noord"), so the part that tells them apart stays; what still repeats is numbered.
/// The full name belongs in the tooltip.
struct WrappedLabels {
    var width: Double
    var size: Double
    var maxLines: Int

    /// The lines of each of `names`, in order.
    func lines(for names: [String]) -> [[String]] {
        var result = names.map { cut($0) }
        let words = names.map { $0.split(separator: " ").map(String.init) }
        var shown: [String: String] = [:]
        var clashing = Set<Int>()
        for (index, lines) in result.enumerated() {
            let key = lines.joined(separator: "\n")
            if let other = shown[key], other != names[index] { clashing.insert(index) }
            shown[key] = shown[key] ?? names[index]
        }
        // Every name cut like a clashing one is redone, the first one too.
        let clashingKeys = Set(clashing.map { result[$0].joined(separator: "\n") })
        for index in result.indices where clashingKeys.contains(result[index].joined(separator: "\n")) {
            let shared =
                words.indices.filter { $0 != index && names[$0] != names[index] }
                .map { Self.sharedWords(words[index], words[$0]) }.max() ?? 0
            result[index] = distinguishing(words[index], shared: shared)
        }
        return numbered(result, names: names)
    }

    /// The name on at most `maxLines` lines, cut at its end when it does not fit.
    func cut(_ name: String) -> [String] {
        var lines = wrapped(name)
        guard lines.count > maxLines else { return lines }
        lines = Array(lines.prefix(maxLines))
        let rest = wrapped(name).dropFirst(maxLines - 1).reduce("") { text, line in
            text.isEmpty ? line : text + (text.hasSuffix("-") ? "" : " ") + line
        }
        lines[maxLines - 1] = SVGCanvas.truncated(rest, width: width, size: size)
        return lines
    }

    /// Greedy word wrap; a word wider than a line is split where it must.
    func wrapped(_ text: String) -> [String] {
        var lines: [String] = []
        var line = ""
        for piece in Self.pieces(text) {
            let joined = line.isEmpty ? piece.text : line + (piece.spaced ? " " : "") + piece.text
            if SVGCanvas.textWidth(joined, size: size) <= width {
                line = joined
                continue
            }
            if !line.isEmpty { lines.append(line) }
            line = piece.text
            while SVGCanvas.textWidth(line, size: size) > width, line.count > 1 {
                let head = longestFittingStart(of: line)
                lines.append(head)
                line = String(line.dropFirst(head.count))
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    /// The name with the words it shares with another left out after its first: "Stichting … Noord";
    /// cut at its end if that still does not fit.
    private func distinguishing(_ words: [String], shared: Int) -> [String] {
        guard shared >= 2, shared < words.count else { return tail(words) }
        return cut(([words[0], "…"] + words[shared...]).joined(separator: " "))
    }

    /// The end of the name that fits, after "…": for names that differ only at their end.
    private func tail(_ words: [String]) -> [String] {
        var kept: [String] = []
        for word in words.reversed() {
            let candidate = (["…", word] + kept).joined(separator: " ")
            guard wrapped(candidate).count <= maxLines else { break }
            kept.insert(word, at: 0)
        }
        return kept.isEmpty ? cut(words.joined(separator: " ")) : wrapped((["…"] + kept).joined(separator: " "))
    }

    /// Labels that still repeat for different names get " (2)", " (3)" … on their last line.
    private func numbered(_ labels: [[String]], names: [String]) -> [[String]] {
        var result = labels
        var used: [String: String] = [:]
        for index in result.indices {
            var key = result[index].joined(separator: "\n")
            var number = 2
            while let owner = used[key], owner != names[index] {
                var lines = labels[index]
                let suffix = " (\(number))"
                let last = lines.popLast() ?? ""
                let room = width - SVGCanvas.textWidth(suffix, size: size)
                lines.append(SVGCanvas.textWidth(last, size: size) <= room ? last : truncatedKeepingRoom(last, room))
                lines[lines.count - 1] += suffix
                result[index] = lines
                key = lines.joined(separator: "\n")
                number += 1
            }
            used[key] = names[index]
        }
        return result
    }

    private func truncatedKeepingRoom(_ text: String, _ room: Double) -> String {
        SVGCanvas.truncated(text, width: max(room, 0), size: size)
    }

    private func longestFittingStart(of text: String) -> String {
        var head = ""
        for character in text {
            guard SVGCanvas.textWidth(head + String(character), size: size) <= width else { break }
            head.append(character)
        }
        return head.isEmpty ? String(text.prefix(1)) : head
    }

    /// How many leading words two names share.
    static func sharedWords(_ a: [String], _ b: [String]) -> Int {
        zip(a, b).prefix { $0 == $1 }.count
    }

    /// The text's pieces: words, and the parts of a hyphenated word (the hyphen kept on the left).
    static func pieces(_ text: String) -> [(text: String, spaced: Bool)] {
        var result: [(text: String, spaced: Bool)] = []
        for word in text.split(separator: " ") {
            var parts = word.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
            for index in parts.indices.dropLast() { parts[index] += "-" }
            let kept = parts.filter { !$0.isEmpty }
            for (index, part) in kept.enumerated() { result.append((part, index == 0)) }
        }
        return result
    }
}
