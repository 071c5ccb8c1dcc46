import TestSupport
import Testing

@testable import AgendaCore

/// Every kind of reference that names nothing is an error at the reference, with a suggestion.
@Suite struct ReferenceDiagnosticsTests {
    @Test func unknownPartner() throws {
        let lines = try AgendaFixture.lines(Base.with("    lead: xtra", "    lead: xtr"))
        #expect(lines.contains("agenda.yaml:36:11: error: unknown partner 'xtr'; did you mean 'xtra'?"))
    }

    @Test func unknownPartnerInList() throws {
        let lines = try AgendaFixture.lines(Base.with("    partners: [ggd]", "    partners: [gdd]"))
        #expect(lines.contains("agenda.yaml:37:16: error: unknown partner 'gdd'; did you mean 'ggd'?"))
    }

    @Test func unknownMunicipality() throws {
        let lines = try AgendaFixture.lines(Base.with("    where: [delft]", "    where: [delf]"))
        #expect(lines.contains("agenda.yaml:44:13: error: unknown municipality 'delf'; did you mean 'delft'?"))
    }

    @Test func unknownDistrict() throws {
        let lines = try AgendaFixture.lines(Base.with("    where: [den-haag/laak]", "    where: [den-haag/lak]"))
        #expect(lines.contains("agenda.yaml:35:13: error: unknown district 'lak' in Den Haag; did you mean 'laak'?"))
    }

    @Test func unknownMunicipalityOfADistrict() throws {
        let lines = try AgendaFixture.lines(Base.with("    where: [den-haag/laak]", "    where: [denhaag/laak]"))
        #expect(
            lines.contains(
                "agenda.yaml:35:13: error: unknown municipality 'denhaag' in 'denhaag/laak'; did you mean 'den-haag'?"))
    }

    @Test func unknownGoal() throws {
        let lines = try AgendaFixture.lines(
            Base.with("    goals: [ontmoeting]\n    where: [delft]", "    goals: [ontmoeten]\n    where: [delft]"))
        #expect(lines.contains("agenda.yaml:43:13: error: unknown goal 'ontmoeten'; did you mean 'ontmoeting'?"))
    }

    @Test func unknownTheme() throws {
        let text = Base.with(
            "goals:\n  - {id: ontmoeting, pillar: content, title: Ontmoeting}",
            "themes:\n  - {id: ontmoeting-en-meedoen, title: Ontmoeting}\ngoals:\n  - {id: ontmoeting, pillar: "
                + "content, title: Ontmoeting, theme: ontmoeting-en-medoen}"
        )
        let lines = try AgendaFixture.lines(text)
        #expect(
            lines.contains(
                "agenda.yaml:\(position(of: "ontmoeting-en-medoen", in: text)): error: unknown theme "
                    + "'ontmoeting-en-medoen'; did you mean 'ontmoeting-en-meedoen'?"
            ))
    }

    @Test func unknownDomain() throws {
        let lines = try AgendaFixture.lines(Base.with("    domain: welfare", "    domain: welfar"))
        #expect(lines.contains("agenda.yaml:32:13: error: unknown domain 'welfar'; did you mean 'welfare'?"))
    }

    @Test func unknownDomainInEligibility() throws {
        let text = Base.with(
            "    funder: Gemeente", "    funder: Gemeente\n    eligible: {domains: [welfare, prevension]}")
        let lines = try AgendaFixture.lines(text)
        #expect(
            lines.contains(
                "agenda.yaml:\(position(of: "prevension", in: text)): error: unknown domain 'prevension'; did you "
                    + "mean 'prevention'?"
            ))
    }

    @Test func unknownSource() throws {
        let text = Base.with("    lead: ggd", "    lead: ggd\n    funding-from: [wm]")
        let lines = try AgendaFixture.lines(text)
        #expect(
            lines.contains(
                "agenda.yaml:\(position(of: "wm]", in: text)): error: unknown source 'wm'; did you mean 'wmo'?"))
    }

    @Test func unknownAction() throws {
        let text = Base.with("    lead: ggd", "    lead: ggd\n    requires: [ontmoeting-lak]")
        let lines = try AgendaFixture.lines(text)
        #expect(
            lines.contains("agenda.yaml:46:16: error: unknown action 'ontmoeting-lak'; did you mean 'ontmoeting-laak'?")
        )
    }

    @Test func unknownIndicatorInARegion() throws {
        let lines = try AgendaFixture.lines(Base.with("{residents-75plus: 9000}", "{residents-75-plus: 9000}"))
        #expect(
            lines.contains(
                "agenda.yaml:19:20: error: unknown indicator 'residents-75-plus' in the indicators of Delft; did you "
                    + "mean 'residents-75plus'?"
            ))
    }

    @Test func unknownIndicatorInATarget() throws {
        let text = Base.with(
            "title: Ontmoeting}", "title: Ontmoeting, target: {indicator: meeting-places, at-least: 1}}")
        let lines = try AgendaFixture.lines(text)
        #expect(
            lines.contains(
                "agenda.yaml:\(position(of: "meeting-places", in: text)): error: unknown indicator 'meeting-places'"))
    }

    @Test func unknownCoordinator() throws {
        let lines = try AgendaFixture.lines(
            Base.with("  period: 2025-2026", "  period: 2025-2026\n  coordinator: xtraa"))
        #expect(lines.contains("agenda.yaml:5:16: error: unknown partner 'xtraa'; did you mean 'xtra'?"))
    }

    @Test func unknownPlannedModuleAndWeights() throws {
        let text = Base.plus(
            """
            planning:
              modules: [welfare, primary-cares]
              weights:
                domains: {welfar: 1.5}
                pillars: {organization: 1.2}
                goals: {ontmoetng: 2}
                rules: {welfare.loneliness-need: 1.5, loneliness: 2}
              allocation-key: {indicator: residents-75, min-share: 0.6}

            """)
        let lines = try AgendaFixture.lines(text)
        #expect(
            lines.contains("agenda.yaml:48:22: error: unknown domain 'primary-cares'; did you mean 'primary-care'?"))
        #expect(lines.contains("agenda.yaml:50:15: error: unknown domain 'welfar'; did you mean 'welfare'?"))
        #expect(lines.contains("agenda.yaml:51:15: error: unknown pillar 'organization'; did you mean 'organisation'?"))
        #expect(lines.contains("agenda.yaml:52:13: error: unknown goal 'ontmoetng'; did you mean 'ontmoeting'?"))
        #expect(
            lines.contains(
                "agenda.yaml:\(position(of: "loneliness: 2", in: text)): error: 'loneliness' is not a rule id; write "
                    + "'module.rule-id', e.g. 'welfare.loneliness-need'"
            ))
        #expect(
            lines.contains(
                "agenda.yaml:54:31: error: unknown indicator 'residents-75'; did you mean 'residents-75plus'?"))
    }

    @Test func districtOfAMunicipalityWithoutDistricts() throws {
        let lines = try AgendaFixture.lines(Base.with("    where: [delft]", "    where: [delft/centrum]"))
        #expect(lines.contains("agenda.yaml:44:13: error: unknown district 'centrum' in Delft"))
        #expect(lines.contains("agenda.yaml:44:13: note: Delft has no districts in the agenda's region"))
    }
}
