import Foundation
import Yams

/// Reads one YAML file into a located `YAMLValue`, turning every way a file can be broken into
/// a diagnostic instead of a crash, a hang or a silent default.
///
/// The checks run cheapest first: size (before reading), encoding, then the YAML parse by Yams
/// (libyaml), guarded against alias bombs, and finally the conversion into `YAMLValue`.
public struct YAMLFileReader: Sendable {
    public var limits: InputLimits

    public init(limits: InputLimits = .default) {
        self.limits = limits
    }

    /// The outcome of reading one file: its root value (absent when the file could not be read
    /// as YAML) and the problems found.
    public struct Result: Sendable {
        public var root: YAMLValue?
        public var diagnostics: [Diagnostic]
        /// FNV-1a (64 bits) of the bytes read, for the agenda's content hash; 0 when none were read.
        public var fingerprint: UInt64 = 0
    }

    /// FNV-1a over `bytes`, continuing from `hash`: a fingerprint of content, not a security hash.
    public static func fingerprint(_ bytes: [UInt8], from hash: UInt64 = 0xcbf2_9ce4_8422_2325) -> UInt64 {
        var hash = hash
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return hash
    }

    /// The UTF-8 encoding of U+FEFF.
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Reads the file at `url`, naming it `displayPath` in diagnostics.
    public func read(url: URL, displayPath: String) -> Result {
        let whole = SourceLocation.file(displayPath)
        switch FileKind.of(url.path) {
        case .regular:
            break
        case .missing:
            return Result(
                root: nil,
                diagnostics: [
                    .error(
                        DiagnosticCode.unreadableFile, "cannot read the file: it does not exist or is not accessible",
                        at: whole)
                ])
        case let kind:
            return Result(
                root: nil, diagnostics: [.error(DiagnosticCode.notAFile, kind.refusal ?? "is not a file", at: whole)])
        }
        let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
        let size = (attributes?[.size] as? NSNumber)?.intValue ?? 0
        if size > limits.maxFileBytes {
            return Result(
                root: nil,
                diagnostics: [
                    .error(
                        DiagnosticCode.fileTooLarge,
                        "file is \(Self.megabytes(size)); agenda files may be at most "
                            + "\(Self.megabytes(limits.maxFileBytes))",
                        at: whole,
                        notes: [.init("split the agenda over several files with 'include:'")])
                ])
        }
        guard let handle = try? FileHandle(forReadingFrom: url),
            let data = try? handle.read(upToCount: limits.maxFileBytes + 1) ?? Data()
        else {
            return Result(
                root: nil, diagnostics: [.error(DiagnosticCode.unreadableFile, "cannot read the file", at: whole)])
        }
        try? handle.close()
        if data.count > limits.maxFileBytes {
            // The file grew between the size check and the read.
            return Result(
                root: nil,
                diagnostics: [
                    .error(
                        DiagnosticCode.fileTooLarge, "file is larger than \(Self.megabytes(limits.maxFileBytes))",
                        at: whole)
                ])
        }
        let bytes = [UInt8](data)
        var result = parse(bytes: bytes, displayPath: displayPath)
        result.fingerprint = Self.fingerprint(bytes)
        return result
    }

    /// Parses YAML text already in memory. `displayPath` names it in diagnostics. A UTF-8 byte-order
    /// mark, which Excel and Windows editors write, is read as if it were absent.
    public func parse(bytes: [UInt8], displayPath: String) -> Result {
        if bytes.starts(with: Self.byteOrderMark) {
            return parse(bytes: Array(bytes.dropFirst(3)), displayPath: displayPath)
        }
        let whole = SourceLocation.file(displayPath)
        guard bytes.count <= limits.maxFileBytes else {
            return Result(
                root: nil,
                diagnostics: [
                    .error(
                        DiagnosticCode.fileTooLarge,
                        "text is \(Self.megabytes(bytes.count)); the limit is \(Self.megabytes(limits.maxFileBytes))",
                        at: whole)
                ])
        }
        let positions = TextPositions(bytes)
        func at(_ offset: Int) -> SourceLocation {
            let (line, column) = positions.position(ofByte: offset)
            return SourceLocation(file: displayPath, line: line, column: column)
        }

        guard let text = String(validating: bytes, as: UTF8.self) else {
            let offset = Self.firstInvalidUTF8Offset(bytes) ?? 0
            return Result(
                root: nil,
                diagnostics: [
                    .error(
                        DiagnosticCode.notUtf8,
                        "file is not UTF-8 text: byte 0x\(String(bytes[offset], radix: 16, uppercase: true)) cannot "
                            + "start or continue a character",
                        at: at(offset),
                        notes: [.init("save the file as UTF-8 (most editors offer this under 'Save with encoding')")])
                ])
        }
        if let nul = bytes.firstIndex(of: 0) {
            return Result(
                root: nil,
                diagnostics: [
                    .error(
                        DiagnosticCode.notUtf8,
                        "file contains a NUL byte, so it is not UTF-8 text (UTF-16 or a binary file?)",
                        at: at(nul), notes: [.init("save the file as UTF-8 text")])
                ])
        }
        if Self.isBlank(text) {
            return Result(
                root: nil,
                diagnostics: [
                    .error(
                        DiagnosticCode.emptyFile,
                        "file is empty; expected an agenda (a mapping with 'agenda:') or an agenda fragment", at: whole)
                ])
        }

        var diagnostics: [Diagnostic] = []
        // Aliases are the one YAML feature whose cost is not linear in the file's size. Check how far
        // they expand on a copy in which they cannot expand, before the real parse.
        if bytes.contains(UInt8(ascii: "*")) {
            diagnostics = AliasGuard(limits: limits, displayPath: displayPath)
                .check(bytes: bytes, positions: positions)
            if diagnostics.contains(where: { $0.severity == .error }) {
                return Result(root: nil, diagnostics: diagnostics)
            }
        }

        let node: Node?
        do {
            node = try Yams.compose(yaml: text, Resolver.basic)
        } catch let error as YamlError {
            diagnostics.append(
                contentsOf: YAMLErrorTranslator(displayPath: displayPath, positions: positions)
                    .diagnostics(for: error))
            return Result(root: nil, diagnostics: diagnostics)
        } catch {
            diagnostics.append(.error(DiagnosticCode.yamlSyntax, "cannot parse the YAML: \(error)", at: whole))
            return Result(root: nil, diagnostics: diagnostics)
        }
        guard let node else {
            return Result(
                root: nil,
                diagnostics: diagnostics + [
                    .error(
                        DiagnosticCode.emptyFile,
                        "file holds no YAML document; expected an agenda or an agenda fragment", at: whole)
                ])
        }
        var converter = NodeConverter(
            displayPath: displayPath,
            budget: limits.expandedValueBudget(forBytes: bytes.count),
            tags: TagReader(bytes: bytes, positions: positions))
        let root = converter.convert(node)
        diagnostics.append(contentsOf: converter.diagnostics)
        return Result(root: converter.exhausted ? nil : root, diagnostics: diagnostics)
    }

    static func isBlank(_ text: String) -> Bool {
        // Stops at the first line with content: a real agenda answers on its first lines.
        var rest = Substring(text)
        while !rest.isEmpty {
            let end = rest.firstIndex { $0 == "\n" || $0 == "\r" } ?? rest.endIndex
            let line = rest[..<end]
            rest = end == rest.endIndex ? "" : rest[rest.index(after: end)...]
            let trimmed = line.drop { $0 == " " || $0 == "\t" || $0 == "\u{FEFF}" }
            if trimmed.isEmpty || trimmed.hasPrefix("#") || trimmed == "---" || trimmed == "..." { continue }
            return false
        }
        return true
    }

    static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return index
            }
            guard index + length <= bytes.count else { return index }
            if length > 1 {
                guard let decoded = String(validating: bytes[index..<index + length], as: UTF8.self),
                    !decoded.isEmpty
                else { return index }
            }
            index += length
        }
        return nil
    }

    static func megabytes(_ bytes: Int) -> String {
        let value = Double(bytes) / 1_048_576
        return value >= 10 ? "\(Int(value.rounded())) MB" : String(format: "%.1f MB", value)
    }
}

/// Converts Yams nodes into `YAMLValue`, counting values so that no document, however it was
/// built, can make the conversion run away.
struct NodeConverter {
    let displayPath: String
    var budget: Int
    let tags: TagReader?
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var exhausted = false

    init(displayPath: String, budget: Int, tags: TagReader? = nil) {
        self.displayPath = displayPath
        self.budget = budget
        self.tags = tags
    }

    func location(_ mark: Mark?) -> SourceLocation {
        SourceLocation(file: displayPath, line: mark?.line ?? 0, column: mark?.column ?? 0)
    }

    mutating func convert(_ node: Node) -> YAMLValue {
        budget -= 1
        if budget < 0 {
            if !exhausted {
                exhausted = true
                diagnostics.append(
                    .error(
                        DiagnosticCode.tooManyValues, "the document expands to too many values", at: location(node.mark)
                    ))
            }
            return YAMLValue(.scalar(.init("", isPlain: true)), at: location(node.mark))
        }
        let tag = node.mark.flatMap { tags?.tag(line: $0.line, column: $0.column) }
        if let tag, !(node.isScalar && TagReader.textTags.contains(tag)) { refuse(tag, at: node.mark) }
        switch node {
        case .scalar(let scalar):
            // `!!str 100000` is text, as if it were quoted.
            let plain = (scalar.style == .plain || scalar.style == .any) && tag == nil
            return YAMLValue(.scalar(.init(scalar.string, isPlain: plain)), at: location(scalar.mark))
        case .sequence(let sequence):
            var items: [YAMLValue] = []
            items.reserveCapacity(sequence.count)
            for item in sequence {
                items.append(convert(item))
                if exhausted { break }
            }
            return YAMLValue(.sequence(items), at: location(sequence.mark))
        case .mapping(let mapping):
            var pairs: [YAMLValue.Pair] = []
            pairs.reserveCapacity(mapping.count)
            for (key, value) in mapping {
                guard case .scalar(let keyScalar) = key else {
                    diagnostics.append(
                        .error(
                            DiagnosticCode.complexKey,
                            "mapping keys must be plain words, not \(key.isMapping ? "a mapping" : "a list")",
                            at: location(key.mark)))
                    continue
                }
                pairs.append(.init(key: keyScalar.string, keyLocation: location(keyScalar.mark), value: convert(value)))
                if exhausted { break }
            }
            return YAMLValue(.mapping(pairs), at: location(mapping.mark))
        case .alias(let alias):
            // Yams resolves aliases while composing; a bare alias node only appears in hand-built trees.
            return YAMLValue(.scalar(.init(alias.anchor.rawValue, isPlain: false)), at: location(alias.mark))
        }
    }
}

extension NodeConverter {
    /// A tag other than `!!str` on a scalar: agendas type values by their field, not by tags.
    fileprivate mutating func refuse(_ tag: String, at mark: Mark?) {
        diagnostics.append(
            .error(
                DiagnosticCode.yamlTag, "the YAML tag '\(tag)' is not used in agendas", at: location(mark),
                notes: [
                    .init(
                        "remove it: each field says what it holds; to write a number or a date as text, quote it "
                            + "or tag it '!!str'")
                ]))
    }
}

extension Node {
    fileprivate var isMapping: Bool { if case .mapping = self { return true } else { return false } }
    fileprivate var isScalar: Bool { if case .scalar = self { return true } else { return false } }
}
