/// The line every report carries so that readers know which agenda it speaks for: draft or
/// adopted (and when), the content hash of its files, and its git commit when it is in git.
struct VersionLine {
    let agenda: Agenda

    /// "Agenda: draft · content a1b2… · git 8d62566 of 2026-12-04" in the agenda's language.
    var text: String {
        let t = ReportText(language: agenda.header.language)
        var parts: [String] = []
        if agenda.header.status == .adopted {
            parts.append(agenda.header.adoptedOn.map { t("version.adopted-on", "\($0)") } ?? t("version.adopted"))
        } else {
            parts.append(t("version.draft"))
        }
        if let hash = agenda.contentHash { parts.append(t("version.content", hash)) }
        if let revision = agenda.revision {
            parts.append(
                t(revision.modified ? "version.git.modified" : "version.git", revision.commit, revision.date))
        }
        return t("version.line", parts.joined(separator: " · "))
    }

    /// `{status, adopted_on, content_hash, git_commit, git_date, git_modified}`.
    var json: JSONValue {
        .object([
            ("status", .string(agenda.header.status.rawValue)),
            ("adopted_on", agenda.header.adoptedOn.map { .string("\($0)") } ?? .null),
            ("content_hash", agenda.contentHash.map(JSONValue.string) ?? .null),
            ("git_commit", agenda.revision.map { .string($0.commit) } ?? .null),
            ("git_date", agenda.revision.map { .string($0.date) } ?? .null),
            ("git_modified", agenda.revision.map { .bool($0.modified) } ?? .null),
        ])
    }
}
