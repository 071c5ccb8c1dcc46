// The proven gap of a search over time: the best plan and the best bound it knew at each moment,
// the same measure for this planner, CBC and HiGHS, so their times to 1 % and 0.1 % compare.

/// The best plan and the best bound a search reported over time, and when its proven gap first
/// reached a threshold. The gap is `(bound − objective) / max(|objective|, 1e-9)` for a
/// maximisation (`(objective − bound) / …` for a minimisation), with the best of each known then.
struct GapTrace {
    /// What the search reported at one moment: a plan's objective, a bound, or both.
    struct Point {
        var seconds: Double
        var objective: Double?
        var bound: Double?
    }

    var maximises = true
    private(set) var points: [Point] = []

    init(maximises: Bool = true) {
        self.maximises = maximises
    }

    /// Adds a report; `seconds` since the search started. Values beyond ±1e40 are the solvers'
    /// markers for "none yet" (CBC prints 1e+50), not numbers.
    mutating func add(seconds: Double, objective: Double? = nil, bound: Double? = nil) {
        let objective = objective.flatMap { abs($0) < 1e40 ? $0 : nil }
        let bound = bound.flatMap { abs($0) < 1e40 ? $0 : nil }
        guard objective != nil || bound != nil else { return }
        points.append(Point(seconds: seconds, objective: objective, bound: bound))
    }

    /// The relative gap between a plan and a bound; 0 when the bound is reached.
    static func gap(objective: Double, bound: Double, maximises: Bool = true) -> Double {
        max(0, (maximises ? bound - objective : objective - bound) / max(abs(objective), 1e-9))
    }

    /// The best plan and bound known after all the points, in the order they came.
    var best: (objective: Double?, bound: Double?) {
        var objective: Double?
        var bound: Double?
        for point in points {
            objective = better(objective, point.objective, higher: maximises)
            bound = better(bound, point.bound, higher: !maximises)
        }
        return (objective, bound)
    }

    /// The first moment at which the best plan and the best bound known were within `threshold`
    /// (0.01 is 1 %); nil when they never were.
    func firstSeconds(atMost threshold: Double) -> Double? {
        var objective: Double?
        var bound: Double?
        // In time order; reports of the same moment keep the order they came in.
        let ordered = points.indices.sorted { (points[$0].seconds, $0) < (points[$1].seconds, $1) }.map { points[$0] }
        for point in ordered {
            objective = better(objective, point.objective, higher: maximises)
            bound = better(bound, point.bound, higher: !maximises)
            guard let objective, let bound else { continue }
            // A hair of slack: a bound printed with fewer decimals than the plan still counts.
            if Self.gap(objective: objective, bound: bound, maximises: maximises) <= threshold + 1e-12 {
                return point.seconds
            }
        }
        return nil
    }

    /// The better of a known value and a new one: the higher, or the lower.
    private func better(_ known: Double?, _ new: Double?, higher: Bool) -> Double? {
        guard let new else { return known }
        guard let known else { return new }
        return higher ? max(known, new) : min(known, new)
    }
}
