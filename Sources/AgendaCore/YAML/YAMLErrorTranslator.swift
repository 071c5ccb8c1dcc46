import Yams

/// Turns Yams/libyaml errors into located diagnostics with messages a non-programmer can act on.
struct YAMLErrorTranslator {
    let displayPath: String
    let positions: TextPositions

    func location(_ mark: Mark) -> SourceLocation {
        SourceLocation(file: displayPath, line: mark.line, column: mark.column)
    }

    func diagnostics(for error: YamlError) -> [Diagnostic] {
        switch error {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            if let tabs = tabDiagnostics(), !tabs.isEmpty { return tabs }
            var notes: [Diagnostic.Note] = []
            if let context, context.mark.line > 0, context.mark.line != mark.line || context.mark.column != mark.column
            {
                notes.append(.init(context.text, at: location(context.mark)))
            }
            if problem.contains("Maximum nesting level") {
                return [
                    .error(
                        DiagnosticCode.tooDeep,
                        "YAML nesting is deeper than 1000 levels; agendas nest only a few levels deep",
                        at: location(mark))
                ]
            }
            if let hint = hint(for: problem) { notes.append(.init(hint)) }
            return [
                .error(DiagnosticCode.yamlSyntax, "YAML syntax error: \(problem)", at: location(mark), notes: notes)
            ]
        case .reader(let problem, let offset, let value, let yaml):
            var at = SourceLocation.file(displayPath)
            if let offset, let index = yaml.index(yaml.startIndex, offsetBy: offset, limitedBy: yaml.endIndex) {
                let byteOffset = yaml.utf8.distance(from: yaml.utf8.startIndex, to: index)
                let (line, column) = positions.position(ofByte: byteOffset)
                at = SourceLocation(file: displayPath, line: line, column: column)
            }
            let character = value >= 0 ? " (U+\(String(value, radix: 16, uppercase: true)))" : ""
            return [
                .error(
                    DiagnosticCode.yamlSyntax, "YAML cannot read this text: \(problem)\(character)", at: at,
                    notes: [.init("remove the control character; agendas are plain text")])
            ]
        case .duplicatedKeysInMapping(let duplicates, let context):
            return duplicates.flatMap { key in duplicateKey(key, firstMark: context.mark) }
        case .memory:
            return [.error(DiagnosticCode.yamlMemory, "YAML parser ran out of memory", at: .file(displayPath))]
        default:
            return [.error(DiagnosticCode.yamlSyntax, "cannot parse the YAML: \(error)", at: .file(displayPath))]
        }
    }

    /// Points at each repeat of `key`, with a note at its first occurrence, `firstMark` (all Yams
    /// gives). When no repeat can be found, the error stays at the first occurrence.
    private func duplicateKey(_ key: String, firstMark: Mark) -> [Diagnostic] {
        let message = "duplicate key '\(key)' in this mapping"
        let repeats = DuplicateKeyLocator(positions: positions)
            .repeats(of: key, firstAt: firstMark.line, column: firstMark.column)
        guard !repeats.isEmpty else {
            return [
                .error(
                    DiagnosticCode.duplicateKey, message, at: location(firstMark),
                    notes: [
                        .init(
                            "a key may appear only once in a mapping; the later value would silently replace the first")
                    ])
            ]
        }
        return repeats.map { again in
            .error(
                DiagnosticCode.duplicateKey, message,
                at: SourceLocation(file: displayPath, line: again.line, column: again.column),
                notes: [.init("'\(key)' was first given here", at: location(firstMark))])
        }
    }

    /// Tabs in indentation are the commonest cause of cryptic YAML errors; report every one.
    private func tabDiagnostics() -> [Diagnostic]? {
        var found: [Diagnostic] = []
        for line in 1...max(1, positions.lineCount) {
            guard let text = positions.text(ofLine: line) else { continue }
            var column = 1
            for character in text.unicodeScalars {
                if character == "\t" {
                    found.append(
                        .error(
                            DiagnosticCode.tabIndentation,
                            "tab character in indentation; YAML indents with spaces only",
                            at: SourceLocation(file: displayPath, line: line, column: column),
                            notes: [
                                .init("replace the tab with spaces (most editors: 'convert indentation to spaces')")
                            ]))
                    break
                }
                if character != " " { break }
                column += 1
            }
        }
        return found
    }

    private func hint(for problem: String) -> String? {
        if problem.contains("mapping values are not allowed") {
            return "a value that contains ': ' must be quoted, e.g. title: \"Zorg: thuis\""
        }
        if problem.contains("did not find expected key") || problem.contains("did not find expected '-'") {
            return "check the indentation: items of one mapping or list must start in the same column"
        }
        if problem.contains("found undefined alias") {
            return "an alias '*name' needs an anchor '&name' earlier in the same file"
        }
        if problem.contains("found character that cannot start any token") {
            return "quote values that start with '@' or '`'"
        }
        return nil
    }
}
