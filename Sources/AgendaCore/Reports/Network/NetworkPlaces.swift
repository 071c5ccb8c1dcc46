/// The places of a network map (`all`, `den-haag`, `den-haag/laak`): which fall within the focus,
/// their order (the region's: everywhere, then each municipality followed by its districts), and
/// how they read.
struct PlaceOrder: Sendable {
    let region: Region
    let focus: PlanFocus?

    /// Whether a place lies within the focus: everywhere does, and so does the focus's municipality
    /// as a whole (it covers the district).
    func contains(_ written: String) -> Bool {
        guard let focus, written != "all" else { return true }
        let parts = written.split(separator: "/", maxSplits: 1).map(String.init)
        guard parts.first == focus.municipality else { return false }
        return parts.count == 1 || focus.district == nil || parts.last == focus.district
    }

    /// The places within the focus, each once, in the region's order (unknown ones last, by text).
    func sorted(_ places: [String]) -> [String] {
        Set(places.filter(contains)).sorted { a, b in
            let (ka, kb) = (key(a), key(b))
            return ka != kb ? ka < kb : a < b
        }
    }

    /// Everywhere first, then by municipality and district in the region's order.
    private func key(_ written: String) -> Key {
        if written == "all" { return Key(municipality: -1, district: -1) }
        let parts = written.split(separator: "/", maxSplits: 1).map(String.init)
        guard let m = region.municipalities.firstIndex(where: { $0.id == parts.first }) else {
            return Key(municipality: Int.max, district: Int.max)
        }
        guard parts.count == 2 else { return Key(municipality: m, district: -1) }
        return Key(
            municipality: m, district: region.municipalities[m].districts.firstIndex { $0.id == parts[1] } ?? Int.max)
    }

    private struct Key: Comparable {
        var municipality: Int
        var district: Int

        static func < (a: Key, b: Key) -> Bool { (a.municipality, a.district) < (b.municipality, b.district) }
    }

    /// The places (sorted) grouped per municipality, for people: "all of Haaglanden", "Den Haag:
    /// Laak, Escamp", "Delft". With `brief`, everywhere stands alone and a municipality as a whole
    /// hides its districts; otherwise the whole is said too ("Den Haag: whole municipality, Laak").
    func describe(_ places: [String], brief: Bool, t: ReportText) -> [String] {
        if brief && places.contains("all") { return [t("network.everywhere", region.name)] }
        var groups: [String] = places.contains("all") ? [t("network.everywhere", region.name)] : []
        var index = 0
        let rest = places.filter { $0 != "all" }
        while index < rest.count {
            let municipality = String(rest[index].split(separator: "/", maxSplits: 1).first ?? "")
            var whole = false
            var districts: [String] = []
            while index < rest.count,
                rest[index].split(separator: "/", maxSplits: 1).first.map(String.init)
                    == municipality
            {
                let parts = rest[index].split(separator: "/", maxSplits: 1).map(String.init)
                if parts.count == 1 { whole = true } else { districts.append(districtName(municipality, parts[1])) }
                index += 1
            }
            let name = region.municipality(municipality)?.name ?? municipality
            if districts.isEmpty || (brief && whole) {
                groups.append(name)
            } else {
                groups.append("\(name): " + ((whole ? [t("network.whole")] : []) + districts).joined(separator: ", "))
            }
        }
        return groups
    }

    private func districtName(_ municipality: String, _ district: String) -> String {
        region.municipality(municipality)?.district(district)?.name ?? district
    }
}
