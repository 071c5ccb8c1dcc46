import AgendaRules

/// Informal-care actions led or joined by a carer support point (steunpunt mantelzorg) score higher.
struct SupportPointRule: ScoringRule {
    static let description = RuleDescription(
        identifier: "support-point",
        name: "Carer support point involved",
        summary:
            "1 when a carer support point leads the action, less when one joins it or when a welfare organisation "
            + "with carer work leads, otherwise 0.",
        rationale: """
            Every Haaglanden municipality has a carer support point that knows the local carers and \
            the offer: Den Haag Mantelzorg, Jalp, Mantelzorg Midden-Delfland, ZoSamen and others. \
            Movisie stresses that carers use support only once they recognise their need and know \
            the offer, which is what a support point works on; an action it carries reaches carers \
            through an organisation they already trust, and its results stay in the local offer. A \
            partner of kind informal-care counts as a support point. In several municipalities a \
            welfare organisation runs the support point (Vitis Welzijn in Westland, Welzijn \
            Rijswijk, SMO Wassenaar); a welfare partner whose domains include informal-care counts \
            for a part. Leading weighs more than joining. The best partner sets the value.
            """,
        sources: [
            "Movisie, 'Wat werkt bij mantelzorgondersteuning' (2017)",
            "Movisie and Expertisecentrum Mantelzorg, 'Wat geeft een adempauze aan de mantelzorger?' (2016): "
                + "recognising the need and knowing the offer come before using it",
            "GGD Haaglanden Gezondheidsmonitor, mantelzorg pages (2018): the support points per municipality (Den "
                + "Haag Mantelzorg, Jalp, Mantelzorg Midden-Delfland, Welzijn Rijswijk, ZoSamen, SMO Wassenaar, "
                + "Vitis Welzijn Mantelzorg)",
        ],
        parameters: [
            RuleParameter(
                "joined", default: 0.5, "The factor for a support point that takes part without leading (illustrative)."
            ),
            RuleParameter(
                "welfare-carer-work", default: 0.5,
                "How much a welfare partner whose domains include informal-care counts as a support point "
                    + "(illustrative)."
            ),
        ],
        examples: [
            RuleExample(
                "Den Haag Mantelzorg leads",
                action: "lead: den-haag-mantelzorg",
                partners:
                    "[{id: den-haag-mantelzorg, name: Den Haag Mantelzorg, kind: informal-care, domains: "
                    + "[informal-care]}]",
                expected: 1),
            RuleExample(
                "Jalp joins an action the municipality leads",
                action: "lead: gemeente\npartners: [jalp]",
                partners:
                    "[{id: gemeente, name: Gemeente, kind: municipality, domains: [informal-care]}, {id: jalp, name: "
                    + "Jalp, kind: informal-care, domains: [informal-care, welfare]}]",
                expected: 0.5),
            RuleExample(
                "Vitis Welzijn, a welfare organisation with carer work, leads",
                action: "lead: vitis",
                partners:
                    "[{id: vitis, name: Vitis Welzijn, kind: welfare, domains: [welfare, informal-care, prevention]}]",
                expected: 0.5),
            RuleExample(
                "the municipality alone",
                action: "lead: gemeente",
                partners: "[{id: gemeente, name: Gemeente, kind: municipality, domains: [informal-care]}]",
                expected: 0),
        ]
    )

    func evaluate(_ action: ActionFacts, parameters: RuleParameters) throws -> RuleResult {
        var best = 0.0
        var found: [String] = []
        for partner in action.allPartners {
            let strength = Self.strength(of: partner, parameters: parameters)
            guard strength > 0 else { continue }
            let leads = partner.id == action.lead.id
            best = max(best, strength * (leads ? 1 : parameters["joined"]))
            let what = partner.kind == "informal-care" ? "support point" : "welfare with carer work"
            found.append("\(partner.id) (\(what), \(leads ? "leads" : "joins"))")
        }
        return RuleResult(
            best, inputs: [RuleInput("carer support", found.isEmpty ? "none" : found.joined(separator: ", "))])
    }

    /// How much a partner counts as a carer support point: fully for kind informal-care, in part for
    /// a welfare organisation that works in informal care.
    private static func strength(of partner: PartnerFacts, parameters: RuleParameters) -> Double {
        if partner.kind == "informal-care" { return 1 }
        if partner.kind == "welfare" && partner.domains.contains("informal-care") {
            return parameters["welfare-carer-work"]
        }
        return 0
    }
}
