import TestSupport
import Testing

@testable import AgendaCore

/// `requires` and `excludes` that can never hold.
@Suite struct DependencyDiagnosticsTests {
    /// The base agenda with a third action `c` and `requires`/`excludes`/`status` lines added.
    static func agenda(a: String = "", b: String = "", c: String = "") -> String {
        var text = Base.with("    partners: [ggd]\n", "    partners: [ggd]\n" + a)
        text = text.replacingOccurrences(of: "    lead: ggd\n", with: "    lead: ggd\n" + b)
        return text + """
              - id: netwerkkaart
                title: Netwerkkaart
                domain: welfare
                pillar: organisation
                goals: [ontmoeting]
                where: [all]
                lead: xtra
                cost: {2025: 10000}
            \(c)
            """
    }

    @Test func requiresCycleOfTwo() throws {
        let text = Self.agenda(a: "    requires: [valpreventie]\n", b: "    requires: [ontmoeting-laak]\n")
        let lines = try AgendaFixture.lines(text)
        #expect(
            lines.contains(
                "agenda.yaml:\(position(of: "ontmoeting-laak]", in: text)): error: 'requires' forms a cycle: "
                    + "ontmoeting-laak → valpreventie → ontmoeting-laak"
            ))
        #expect(lines.count { $0.contains("forms a cycle") } == 1)
    }

    @Test func requiresCycleOfThree() throws {
        let text = Self.agenda(
            a: "    requires: [valpreventie]\n", b: "    requires: [netwerkkaart]\n",
            c: "    requires: [ontmoeting-laak]")
        let lines = try AgendaFixture.lines(text)
        #expect(
            lines.contains(
                "agenda.yaml:\(position(of: "ontmoeting-laak]", in: text)): error: 'requires' forms a cycle: "
                    + "ontmoeting-laak → valpreventie → netwerkkaart → ontmoeting-laak"
            ))
    }

    @Test func requiresItself() throws {
        let text = Self.agenda(b: "    requires: [valpreventie]\n")
        let lines = try AgendaFixture.lines(text)
        #expect(
            lines.contains(
                "agenda.yaml:\(position(of: "valpreventie]", in: text)): error: 'valpreventie' requires itself"))
    }

    @Test func excludesWhatItRequires() throws {
        let text = Self.agenda(a: "    requires: [valpreventie]\n    excludes: [valpreventie]\n")
        let lines = try AgendaFixture.lines(text)
        #expect(
            lines.contains(
                "agenda.yaml:\(position(of: "valpreventie]", in: text, occurrence: 2)): error: 'ontmoeting-laak' "
                    + "excludes 'valpreventie', which it requires (ontmoeting-laak → valpreventie)"
            ))
    }

    @Test func excludesWhatItRequiresIndirectly() throws {
        let text = Self.agenda(
            a: "    requires: [valpreventie]\n    excludes: [netwerkkaart]\n", b: "    requires: [netwerkkaart]\n")
        let lines = try AgendaFixture.lines(text)
        #expect(
            lines.contains(
                "agenda.yaml:\(position(of: "netwerkkaart]", in: text)): error: 'ontmoeting-laak' excludes "
                    + "'netwerkkaart', which it requires (ontmoeting-laak → valpreventie → netwerkkaart)"
            ))
    }

    @Test func requiresTwoActionsThatExcludeEachOther() throws {
        let text = Self.agenda(a: "    requires: [valpreventie, netwerkkaart]\n", b: "    excludes: [netwerkkaart]\n")
        let lines = try AgendaFixture.lines(text)
        #expect(
            lines.contains(
                "agenda.yaml:\(position(of: "valpreventie,", in: text)): error: 'ontmoeting-laak' can never be "
                    + "funded: it requires 'valpreventie' (ontmoeting-laak → valpreventie), which excludes "
                    + "'netwerkkaart' (ontmoeting-laak → netwerkkaart)"
            ))
    }

    @Test func committedActionRequiresStoppedAction() throws {
        let text = Self.agenda(a: "    status: committed\n    requires: [netwerkkaart]\n", c: "    status: stopped")
        let lines = try AgendaFixture.lines(text)
        #expect(
            lines.contains(
                "agenda.yaml:30:9: error: 'ontmoeting-laak' is committed but requires 'netwerkkaart', which is "
                    + "stopped (ontmoeting-laak → netwerkkaart)"
            ))
    }

    @Test func twoCommitmentsThatExcludeEachOther() throws {
        let text = Self.agenda(a: "    status: running\n    excludes: [valpreventie]\n", b: "    status: committed\n")
        let lines = try AgendaFixture.lines(text)
        #expect(
            lines.contains(
                "agenda.yaml:\(position(of: "valpreventie]", in: text)): error: 'ontmoeting-laak' and 'valpreventie' "
                    + "must both be funded, but 'ontmoeting-laak' excludes 'valpreventie'"
            ))
    }

    @Test func longRequiresChainIsNotACycle() throws {
        // A chain of 3,000 actions: checked without deep recursion and without false cycles.
        var text = Base.text
        for index in 0..<3_000 {
            text += """
                  - id: chain-\(index)
                    title: Chain \(index)
                    domain: welfare
                    pillar: content
                    goals: [ontmoeting]
                    where: [delft]
                    lead: xtra
                    cost: {2025: 1}
                    requires: [\(index == 0 ? "valpreventie" : "chain-\(index - 1)")]

                """
        }
        let result = try AgendaFixture(files: ["agenda.yaml": text]).load()
        #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty)
        #expect(result.agenda?.actions.count == 3_002)
    }
}
