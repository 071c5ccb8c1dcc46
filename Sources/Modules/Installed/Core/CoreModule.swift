import AgendaRules

/// The rules that apply to every action, whatever its domain: what the network wants (goal and
/// pillar weight), what is known to work (evidence, pilot result), and who stands behind it
/// (partner commitment, collaboration across domains), and, in agendas that assess practice
/// against a framework, how large a gap the action addresses.
public struct CoreModule: DomainModule {
    public init() {}

    public let id = ModuleRegistry.coreID
    public let name = "Core rules"
    public let version = "1.0.0"
    public let summary = """
        Rules for every action: how much the network's goals weigh, the evidence and pilot results \
        behind the action, and the partners that commit to it and work together across domains.
        """
    public let rules: [any ScoringRule] = [
        GoalWeightRule(), PillarWeightRule(), EvidenceRule(), PilotResultRule(), PartnerCommitmentRule(),
        CollaborationRule(), FrameworkGapRule(),
    ]
}
