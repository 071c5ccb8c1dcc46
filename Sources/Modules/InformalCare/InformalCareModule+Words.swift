import AgendaRules

extension InformalCareModule {
    /// The informal-care rules' inputs in Dutch, for `explain` on a Dutch agenda.
    public var translations: [ReportLanguage: [String: String]] {
        [
            .nl: [
                "assumption": "aanname",
                OverburdenedCoverageRule.assumption:
                    "het aandeel mantelzorgers geldt voor volwassenen (19+) maar is op alle inwoners toegepast: de "
                    + "schatting is dus hoog en het bereikte aandeel valt laag uit, voor elke actie gelijk",
                "carer support": "mantelzorgondersteuning", "carers reached": "mantelzorgers bereikt",
                "carers share used": "gebruikt aandeel mantelzorgers",
                "estimated overburdened carers": "geschat aantal overbelaste mantelzorgers", "full at": "vol bij",
                "hours per carer": "uren per mantelzorger",
                "overburdened carers (share of carers)": "overbelaste mantelzorgers (aandeel van de mantelzorgers)",
                "overburdened share used": "gebruikt aandeel overbelast", "reference": "referentie",
                "residents": "inwoners", "respite hours per year": "respijturen per jaar",
                "share reached": "aandeel bereikt", "target hours per carer": "beoogde uren per mantelzorger",
                "(place figure)": "(cijfer van de plaats)",
                "(default, Haaglanden GGD 2016)": "(standaard, GGD Haaglanden 2016)",
                "(support point, leads)": "(steunpunt, trekker)", "(support point, joins)": "(steunpunt, doet mee)",
                "(welfare with carer work, leads)": "(welzijn met mantelzorgwerk, trekker)",
                "(welfare with carer work, joins)": "(welzijn met mantelzorgwerk, doet mee)",
            ]
        ]
    }
}
