import AgendaModules
import TestSupport
import Testing

@testable import AgendaCore

/// Warnings for the traps real users fall into. Warnings never make an agenda invalid.
@Suite struct WarningTests {
    @Test func dutchThousandsSeparator() throws {
        let result = try AgendaFixture(files: ["agenda.yaml": Base.with("{2025: 100000,", "{2025: 100.000,")]).load()
        let lines = result.diagnostics.flatMap { $0.rendered.split(separator: "\n").map(String.init) }
        #expect(
            lines.contains(
                "agenda.yaml:28:20: warning: YAML reads '100.000' as 100 (a decimal point), not 100000; did you "
                    + "mean 100000?"
            ))
        #expect(!result.hasErrors)
        #expect(result.agenda?.funding.first?.budget[2025] == 100)
    }

    @Test func thousandsSeparatorInAnIndicator() throws {
        let lines = try AgendaFixture.lines(Base.with("{residents-75plus: 9000}", "{residents-75plus: 9.000}"))
        #expect(
            lines.contains(
                "agenda.yaml:19:38: warning: YAML reads '9.000' as 9 (a decimal point), not 9000; did you mean 9000?"))
    }

    @Test func decimalNumbersAreNotMistakenForSeparators() throws {
        #expect(try AgendaFixture.lines(Base.with("lonely: 0.5}", "lonely: 0.125}")) == [])
    }

    /// Issue 15: keep what works, let go of what did not.
    @Test func proposedAfterANegativePilot() throws {
        let text = Base.with("    lead: ggd\n", "    lead: ggd\n    pilot: {result: negative, year: 2023}\n")
        let lines = try AgendaFixture.lines(text)
        #expect(
            lines.contains {
                $0.hasSuffix(
                    "warning: action 'valpreventie' is still proposed after its pilot in 2023 showed a negative result")
            },
            "\(lines)")
        #expect(lines.contains { $0.contains("note: keep what works, let go of what did not: set 'status: stopped'") })
        let stopped = Base.with(
            "    lead: ggd\n", "    lead: ggd\n    status: stopped\n    pilot: {result: negative, year: 2023}\n")
        #expect(try AgendaFixture.lines(stopped).allSatisfy { !$0.contains("negative result") })
        let explained = Base.with(
            "    lead: ggd\n", "    lead: ggd\n    pilot: {result: negative, year: 2023, note: Nu via de huisarts}\n")
        #expect(try AgendaFixture.lines(explained).allSatisfy { !$0.contains("negative result") })
    }

    @Test func goalThatNoActionServes() throws {
        let text = Base.with(
            "title: Ontmoeting}", "title: Ontmoeting}\n  - {id: regie, pillar: organisation, title: Regie}")
        let lines = try AgendaFixture.lines(text)
        #expect(
            lines == [
                "agenda.yaml:25:10: warning: no action serves goal 'regie'",
                "agenda.yaml:25:10: note: add the goal to an action's 'goals:', or drop it from the agenda",
            ])
    }

    @Test func partnerWithoutActions() throws {
        let text = Base.with(
            "kind: public-health}",
            "kind: public-health}\n  - {id: pep, name: PEP, kind: residents}\n  - {id: zonmw, name: ZonMw, "
                + "kind: funder}"
        )
        let lines = try AgendaFixture.lines(text)
        #expect(lines == ["agenda.yaml:23:10: warning: partner 'pep' leads or joins no action"])
    }

    @Test func indicatorWithoutSource() throws {
        let lines = try AgendaFixture.lines(Base.with(", source: GGD, year: 2022}", "}"))
        #expect(lines.contains("agenda.yaml:7:3: warning: indicator 'lonely' does not say where its figures come from"))
    }

    @Test func actionThatNoSourceCouldPayInFull() throws {
        let text = Base.with("    funder: Gemeente", "    funder: Gemeente\n    max-share: 0.5")
        let lines = try AgendaFixture.lines(text)
        #expect(
            lines.contains(
                "agenda.yaml:39:12: warning: no combination of sources can pay all of 'ontmoeting-laak' in 2025: it "
                    + "costs 50000, the sources allowed to pay it can give at most 25000"
            ))
        #expect(lines.contains("agenda.yaml:39:12: note: at most per source, after 'max-share' and budget: wmo 25000"))
    }

    @Test func actionThatNoSourceMayPay() throws {
        let text = Base.with("    funder: Gemeente", "    funder: Gemeente\n    eligible: {domains: [welfare]}")
        let lines = try AgendaFixture.lines(text)
        #expect(
            lines.contains(
                "agenda.yaml:40:9: warning: no source may pay for 'valpreventie' (domain prevention, pillar content, "
                    + "in delft)"
            ))
    }

    @Test func carryOverMakesALaterYearPayable() throws {
        let text = Base.with("budget: {2025: 100000, 2026: 100000}", "budget: {2025: 140000}\n    carry-over: true")
        #expect(try AgendaFixture.lines(text) == [])
    }

    @Test func warningsDoNotFailValidation() throws {
        let fixture = try AgendaFixture(files: ["agenda.yaml": Base.with("{2025: 100000,", "{2025: 100.000,")])
        let report = ValidationRun(loader: AgendaLoader(registry: InstalledModules.registry)).run(paths: [
            fixture.folder.appendingPathComponent("agenda.yaml").path
        ])
        #expect(report.exitCode == 0)
    }
}
