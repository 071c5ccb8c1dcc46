import AgendaModules
import Foundation
import TestSupport
import Testing

@testable import AgendaCore

/// YAML-level problems and hostile input: a clear located error, fast, never a crash or a hang.
@Suite struct HostileInputTests {
    @Test func yamlSyntaxError() throws {
        let lines = try AgendaFixture.lines(
            Base.with("    title: Ontmoeting in Laak", "    title: Ontmoeting: in Laak"))
        #expect(
            lines.contains(
                "agenda.yaml:31:22: error: YAML syntax error: mapping values are not allowed in this context"))
        #expect(
            lines.contains(
                "agenda.yaml:31:22: note: a value that contains ': ' must be quoted, e.g. title: \"Zorg: thuis\""))
    }

    @Test func badIndentation() throws {
        let lines = try AgendaFixture.lines(Base.with("    title: Ontmoeting in Laak", "   title: Ontmoeting in Laak"))
        #expect(lines.first?.hasPrefix("agenda.yaml:31:") == true)
        #expect(lines.first?.contains("error: YAML syntax error") == true)
    }

    @Test func tabsInIndentationAreEachReported() throws {
        let lines = try AgendaFixture.lines("agenda:\n\tid: x\n  title: y\n\tperiod: 2025\n")
        #expect(
            lines.filter { $0.contains("error:") } == [
                "agenda.yaml:2:1: error: tab character in indentation; YAML indents with spaces only",
                "agenda.yaml:4:1: error: tab character in indentation; YAML indents with spaces only",
            ])
    }

    @Test func duplicateKeyPointsAtTheRepeat() throws {
        let lines = try AgendaFixture.lines(Base.with("    lead: xtra", "    lead: xtra\n    title: Nog eens"))
        #expect(lines.contains("agenda.yaml:37:5: error: duplicate key 'title' in this mapping"))
        #expect(lines.contains("agenda.yaml:31:5: note: 'title' was first given here"))
    }

    @Test func emptyFile() throws {
        #expect(
            try AgendaFixture.lines("") == [
                "agenda.yaml: error: file is empty; expected an agenda (a mapping with 'agenda:') or an agenda fragment"
            ])
    }

    @Test func fileWithOnlyComments() throws {
        #expect(
            try AgendaFixture.lines("# nothing yet\n\n---\n") == [
                "agenda.yaml: error: file is empty; expected an agenda (a mapping with 'agenda:') or an agenda fragment"
            ])
    }

    @Test func bytesThatAreNotUTF8() throws {
        let fixture = try AgendaFixture(files: [:])
        try fixture.write("agenda.yaml", Data("agenda:\n  title: caf".utf8) + Data([0xE9]) + Data("\n".utf8))
        #expect(
            fixture.lines().first
                == "agenda.yaml:2:13: error: file is not UTF-8 text: byte 0xE9 cannot start or continue a character")
    }

    @Test func utf16FileIsRefused() throws {
        let fixture = try AgendaFixture(files: [:])
        try fixture.write("agenda.yaml", "agenda: x\n".data(using: .utf16LittleEndian)!)
        #expect(
            fixture.lines().first
                == "agenda.yaml:1:2: error: file contains a NUL byte, so it is not UTF-8 text (UTF-16 or a "
                + "binary file?)"
        )
    }

    @Test func controlCharacter() throws {
        let lines = try AgendaFixture.lines("agenda:\n  title: a\u{7}b\n")
        #expect(
            lines.first
                == "agenda.yaml:2:11: error: YAML cannot read this text: control characters are not allowed (U+7)")
    }

    @Test func billionLaughs() throws {
        var text = "agenda:\n  id: x\nlol: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        let names = Array("abcdefghij")
        for index in 1..<names.count {
            let alias = "*\(names[index - 1])"
            text += "l\(index): &\(names[index]) [\(Array(repeating: alias, count: 10).joined(separator: ", "))]\n"
        }
        let started = ContinuousClock.now
        let lines = try AgendaFixture.lines(text)
        #expect(lines.first?.hasPrefix("agenda.yaml:") == true)
        #expect(lines.first?.contains("error: alias '*") == true)
        #expect(lines.first?.contains("billion laughs") == true)
        // Not a timing assertion of speed, only a guard that the expansion did not happen.
        #expect(ContinuousClock.now - started < .seconds(30))
    }

    @Test func aliasAsKeyIsRefusedBeforeItCanBeHashed() throws {
        let text = "a: &a [x, y]\n? *a\n: 1\nagenda: {id: x}\n"
        let lines = try AgendaFixture.lines(text)
        #expect(lines.first == "agenda.yaml:2:3: error: an alias ('*a') cannot be used as a mapping key")
    }

    @Test func modestAliasesAreFine() throws {
        let text = Base.with(
            "    funder: Gemeente", "    funder: Gemeente\n    eligible: &alles {domains: all, pillars: all}")
        #expect(try AgendaFixture.lines(text) == [])
    }

    @Test func undefinedAlias() throws {
        let lines = try AgendaFixture.lines("agenda:\n  id: *nope\n")
        #expect(lines.first?.hasPrefix("agenda.yaml:2:7: error: YAML syntax error: found undefined alias") == true)
    }

    @Test func flowNestingThousandsOfLevelsDeep() throws {
        let text = "agenda: " + String(repeating: "[", count: 20_000) + String(repeating: "]", count: 20_000) + "\n"
        let lines = try AgendaFixture.lines(text)
        #expect(lines.first?.hasPrefix("agenda.yaml:1:") == true)
        #expect(
            lines.first?.hasSuffix(
                "error: YAML nesting is deeper than 1000 levels; agendas nest only a few levels deep") == true)
    }

    @Test func blockNestingThousandsOfLevelsDeep() throws {
        var text = "agenda:\n"
        for depth in 0..<3_000 { text += String(repeating: " ", count: depth + 1) + "k:\n" }
        let lines = try AgendaFixture.lines(text)
        #expect(
            lines.first?.hasSuffix(
                "error: YAML nesting is deeper than 1000 levels; agendas nest only a few levels deep") == true)
    }

    @Test func hugeFileIsRefusedBeforeReading() throws {
        // A sparse file of 400 MB: refused by its size, without reading or even allocating it.
        let fixture = try AgendaFixture(files: ["agenda.yaml": ""])
        let handle = try FileHandle(forWritingTo: fixture.folder.appendingPathComponent("agenda.yaml"))
        try handle.truncate(atOffset: 400 << 20)
        try handle.close()
        #expect(
            fixture.lines() == [
                "agenda.yaml: error: file is 400 MB; agenda files may be at most 32 MB",
                "agenda.yaml: note: split the agenda over several files with 'include:'",
            ])
    }

    @Test func twoDocumentsInOneFile() throws {
        let lines = try AgendaFixture.lines("agenda: {id: a}\n---\nagenda: {id: b}\n")
        #expect(lines.first?.hasPrefix("agenda.yaml:2:1: error: YAML syntax error: but found another document") == true)
    }

    @Test func folderInsteadOfFile() throws {
        let fixture = try AgendaFixture(files: ["agenda.yaml/inner.yaml": "x: 1\n"])
        #expect(fixture.lines() == ["agenda.yaml: error: is a folder, not a YAML file"])
    }

    /// Thousands of random corruptions of a valid agenda: every one gives diagnostics or a clean
    /// load, never a crash or a hang.
    @Test func randomCorruptionsNeverCrash() throws {
        var generator = SplitMix64(seed: 42)
        let original = Array(Base.text.utf8)
        let alphabet = Array("{}[],:-&*!|>'\"#%@` \t\n\r\u{0}aZ09.~?".utf8)
        let reader = YAMLFileReader()
        for _ in 0..<3_000 {
            var bytes = original
            for _ in 0..<Int(generator.next() % 4) + 1 {
                let index = Int(generator.next() % UInt64(bytes.count))
                switch generator.next() % 3 {
                case 0: bytes[index] = alphabet[Int(generator.next() % UInt64(alphabet.count))]
                case 1: bytes.remove(at: index)
                default: bytes.insert(alphabet[Int(generator.next() % UInt64(alphabet.count))], at: index)
                }
            }
            if generator.next() % 10 == 0 { bytes = Array(bytes.prefix(Int(generator.next() % UInt64(bytes.count)))) }
            let result = reader.parse(bytes: bytes, displayPath: "fuzz.yaml")
            if let root = result.root {
                var decoder = AgendaDecoder(reader: ValueReader(domains: InstalledModules.registry.domainIDs))
                var sections = Sections()
                for pair in root.mapping ?? [] {
                    if let items = pair.value.sequence { sections.lists[pair.key] = items }
                    if pair.key == "region" || pair.key == "planning" { sections.singles[pair.key] = pair }
                }
                if let agenda = decoder.decode(
                    sections: sections, agendaValue: root["agenda"] ?? root, files: ["fuzz.yaml"])
                {
                    var validator = AgendaValidator(agenda: agenda, registry: InstalledModules.registry)
                    _ = validator.validate()
                }
            } else {
                #expect(result.diagnostics.contains { $0.severity == .error })
            }
        }
    }
}
