import Foundation
import TestSupport
import Testing

@testable import AgendaCommandLine

/// The commands run in this process through ArgumentParser's parsing (`AgendaCommandLine.run`):
/// options, validation, exit statuses and outputs, without building or starting the executable.
@Suite struct InProcessCommandTests {
    static let example = Repository.path("agendas/example.yaml")

    static func run(_ arguments: [String]) -> (status: Int32, output: String, errors: String) {
        AgendaCommandLine.run(arguments)
    }

    @Test func inProcessWritesWhatTheExecutableWrites() throws {
        let arguments = ["plan", Self.example, "--format", "json"]
        let inProcess = Self.run(arguments)
        let executable = try AgendaExecutable.run(arguments)
        #expect(inProcess.status == 0)
        #expect(inProcess.status == executable.status)
        #expect(inProcess.output == executable.output)
    }

    /// Every report command writes every format: JSON that parses, CSV with its header row, one
    /// HTML page.
    @Test(arguments: [["score", example], ["explain", example, "meeting-place-south"], ["rules"], ["plan", example]])
    func everyCommandWritesEveryFormat(_ command: [String]) throws {
        for format in ["text", "markdown", "json", "csv", "html"] {
            let result = Self.run(command + ["--format", format])
            #expect(result.status == 0, "\(command) \(format): \(result.errors)")
            #expect(!result.output.isEmpty, "\(command) \(format)")
            switch format {
            case "json":
                #expect(
                    (try? JSONSerialization.jsonObject(with: Data(result.output.utf8))) is [String: Any], "\(command)")
            case "csv":
                #expect(result.output.contains("\r\n"), "\(command): CSV rows end with CRLF")
            case "html":
                #expect(result.output.hasPrefix("<!DOCTYPE html>"), "\(command)")
                #expect(result.output.contains("</html>"), "\(command)")
            default:
                break
            }
        }
    }

    /// `--what-it-takes` adds a figure to every action of the JSON and a sentence to the reports;
    /// without it the plan is as before.
    @Test func whatItTakesOnlyWhenAskedFor() throws {
        func actions(_ arguments: [String]) throws -> [[String: Any]] {
            let result = Self.run(["plan", Self.example, "--format", "json"] + arguments)
            #expect(result.status == 0, "\(result.errors)")
            let object = try #require(
                try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
            return try #require(object["actions"] as? [[String: Any]])
        }
        #expect(try actions([]).allSatisfy { $0["what_it_takes"] == nil })
        let explained = try actions(["--what-it-takes"])
        for action in explained {
            let takes = try #require(action["what_it_takes"] as? [String: Any], "\(action["id"] ?? "")")
            let funded = action["funded"] as? Bool == true
            #expect(takes[funded ? "points_lost_if_dropped" : "points_lost_if_forced"] != nil)
            #expect((takes["text"] as? String)?.isEmpty == false)
        }
        let text = Self.run(["plan", Self.example, "--what-it-takes"]).output
        #expect(text.contains("What each funded action adds"))
        #expect(text.contains("without it, the best total falls by"))
    }

    @Test func scoresAsCSVForDutchExcel() {
        let result = Self.run(["score", Self.example, "--format", "csv", "--dutch-excel"])
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("\u{FEFF}rank;action;title;domain;pillar;status;dropped;score\r\n1;"))
        let first = result.output.split(separator: "\r\n").dropFirst().first.map(String.init) ?? ""
        #expect(first.split(separator: ";").last?.contains(",") == true, "a decimal comma: \(first)")
    }

    @Test func optionsThatDoNotFitAreUsageErrors() {
        let dutch = Self.run(["plan", Self.example, "--dutch-excel"])
        #expect(dutch.status == 2)
        #expect(dutch.errors.contains("--dutch-excel shapes CSV; add --format csv"))
        let nodes = Self.run(["compare", Self.example, "--all", "--max-nodes", "0"])
        #expect(nodes.status == 2)
        #expect(nodes.errors.contains("--max-nodes must be at least 1, found 0"))
        let perYear = Self.run(["plan", Self.example, "--per-year"])
        #expect(perYear.status == 2)
        #expect(perYear.errors.contains("--per-year writes the annual plan in Markdown; add --format markdown"))
        #expect(Self.run(["plan"]).status == 2)
        #expect(Self.run(["no-such-command"]).status == 2)
    }

    @Test func helpGoesToStandardOutput() {
        let help = Self.run(["plan", "--help"])
        #expect(help.status == 0)
        #expect(help.output.contains("agenda plan agendas/haaglanden --format html -o plan.html"))
        #expect(help.errors.isEmpty)
    }

    @Test func quietValidationPrintsOnlyProblems() throws {
        let warned = Base.with("    partners: [ggd]\n", "    partners: [ggd]\n    status: stopped\n")
        let fixture = try AgendaFixture(files: [
            "valid/agenda.yaml": Base.text, "warned/agenda.yaml": warned,
            "invalid/agenda.yaml": Base.with("    lead: xtra", "    lead: xtr"),
        ])
        let all = Self.run(["validate", fixture.folder.path])
        let quiet = Self.run(["validate", "--quiet", fixture.folder.path])
        #expect(all.status == 1)
        #expect(quiet.status == 1)
        #expect(all.output.contains("is valid"))
        #expect(!quiet.output.contains(" is valid"), "\(quiet.output)")
        #expect(quiet.output.contains("error: unknown partner 'xtr'"))
        #expect(quiet.output.contains("is invalid: 1 error"))
        let problems = all.output.split(separator: "\n").filter { !$0.contains(" is valid") }
        #expect(quiet.output.split(separator: "\n") == problems)
    }

    /// A plan whose commitments the money cannot pay: the report says infeasible, and standard
    /// error has the cause at its place in the agenda; the exit status is 1.
    @Test func anInfeasiblePlanNamesItsCause() throws {
        let text = Base.with("budget: {2025: 100000, 2026: 100000}", "budget: {2025: 30000, 2026: 100000}")
            .replacingOccurrences(of: "    partners: [ggd]\n", with: "    partners: [ggd]\n    status: committed\n")
        let fixture = try AgendaFixture(files: ["agenda.yaml": text])
        let result = Self.run(["plan", fixture.folder.appendingPathComponent("agenda.yaml").path])
        #expect(result.status == 1)
        #expect(result.output.contains("infeasible"))
        #expect(
            result.errors.contains(
                "agenda.yaml:\(position(of: "2025: 50000", in: text)): error: 'ontmoeting-laak' must be funded"),
            "\(result.errors)")
    }
}
