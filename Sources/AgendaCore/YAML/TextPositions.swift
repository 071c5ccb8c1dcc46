/// Converts byte offsets of a UTF-8 buffer into 1-based lines and columns counted in Unicode
/// scalars, the way libyaml and editors count them.
struct TextPositions {
    private let bytes: [UInt8]
    private let lineStarts: [Int]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        for (index, byte) in bytes.enumerated() where byte == 0x0A { starts.append(index + 1) }
        lineStarts = starts
    }

    /// The line and column of the byte at `offset`.
    func position(ofByte offset: Int) -> (line: Int, column: Int) {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        var column = 1
        var index = lineStarts[low]
        while index < min(offset, bytes.count) {
            // Count only the first byte of each scalar.
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return (low + 1, column)
    }

    /// The byte offset of `line`:`column` (1-based, the column in Unicode scalars), or nil when the
    /// position is not in the text.
    func byteOffset(line: Int, column: Int) -> Int? {
        guard line >= 1, line <= lineStarts.count, column >= 1 else { return nil }
        var index = lineStarts[line - 1]
        var remaining = column - 1
        while remaining > 0, index < bytes.count, bytes[index] != 0x0A {
            index += 1
            // Step over the continuation bytes of a scalar.
            while index < bytes.count, bytes[index] & 0xC0 == 0x80 { index += 1 }
            remaining -= 1
        }
        return remaining == 0 ? index : nil
    }

    /// The text of line `line` (1-based), without its line break.
    func text(ofLine line: Int) -> Substring? {
        guard line >= 1, line <= lineStarts.count else { return nil }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
        if end > start, end <= bytes.count, end - 1 >= start, bytes[end - 1] == 0x0D { end -= 1 }
        return Substring(decoding: bytes[start..<max(start, end)], as: UTF8.self)
    }

    var lineCount: Int { lineStarts.count }
}
