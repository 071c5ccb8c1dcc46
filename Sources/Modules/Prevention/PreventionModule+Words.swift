import AgendaRules

extension PreventionModule {
    /// The prevention rules' inputs in Dutch, for `explain` on a Dutch agenda.
    public var translations: [ReportLanguage: [String: String]] {
        [
            .nl: [
                "75+ not living independently": "75+ niet zelfstandig wonend", "about falls": "gaat over vallen",
                "age group counted": "getelde leeftijdsgroep", "course places": "cursusplaatsen",
                "screenings": "screenings", "{} per year": "{} per jaar", "target {} per year": "doel {} per jaar",
                "fall-prevention courses": "valpreventiecursussen", "full at": "vol bij",
                "home-dwelling {}": "thuiswonend {}", "lowest level that counts": "laagste niveau dat telt",
                "places counted": "getelde plaatsen", "{} of {}": "{} van {}",
                "recognised": "erkend", "reference": "referentie", "residents": "inwoners",
                "residents {}": "inwoners {}", "share home-dwelling 75+": "aandeel thuiswonende 75+",
                "share reached": "aandeel bereikt", "target share": "beoogd aandeel", "yes": "ja", "no": "nee",
                "no (fall-prevention: false)": "nee (fall-prevention: false)",
                "{} and {} (in any place)": "{} en {} (in een of meer plaatsen)",
                "{} or {} (for every place)": "{} of {} (voor elke plaats)",
                "65+ ({})": "65+ ({})",
                "75+ ({}; no residents-65plus figure for every place)":
                    "75+ ({}; niet voor elke plaats een cijfer voor residents-65plus)",
            ]
        ]
    }
}
