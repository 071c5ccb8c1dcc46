/// Finds explicit YAML tags (`!!str 100000`, `!custom x`), which Yams resolves away.
///
/// An agenda's values are typed by the field that holds them, so a tag can only surprise: `!!str
/// 100000` means the text "100000", not a number. The loader honours `!!str` on a scalar (the value
/// is read as quoted text) and refuses every other tag with a located error. libyaml starts a
/// node's mark at its properties (`&anchor !tag`), so the tag is read from the text at that mark.
struct TagReader {
    private let bytes: [UInt8]
    private let positions: TextPositions
    /// Whether the text holds a `!` at all; most agendas do not, and then no node is looked at.
    private let mayHoldTags: Bool

    init(bytes: [UInt8], positions: TextPositions) {
        self.bytes = bytes
        self.positions = positions
        mayHoldTags = bytes.contains(UInt8(ascii: "!"))
    }

    /// The tag written at the start of the node whose mark is `line`:`column`, as written (`!!str`).
    func tag(line: Int, column: Int) -> String? {
        guard mayHoldTags, var index = positions.byteOffset(line: line, column: column) else { return nil }
        if index < bytes.count, bytes[index] == UInt8(ascii: "&") {
            // Skip the anchor and the blanks after it; the tag, if any, follows.
            while index < bytes.count, !Self.isBlank(bytes[index]) { index += 1 }
            while index < bytes.count, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t") {
                index += 1
            }
        }
        guard index < bytes.count, bytes[index] == UInt8(ascii: "!") else { return nil }
        var end = index
        while end < bytes.count, !Self.isBlank(bytes[end]), end - index < 200 { end += 1 }
        return String(decoding: bytes[index..<end], as: UTF8.self)
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == 0x0A || byte == 0x0D
    }

    /// The tags that mean plain text.
    static let textTags: Set<String> = ["!!str", "!<tag:yaml.org,2002:str>"]
}
