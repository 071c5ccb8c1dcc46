/// What a proven search keeps for solving the same problem with other scores: its plans and, for
/// every leaf of its tree, bounds that can be re-evaluated for other scores (see `SearchProof`).
/// Only the leaves whose bound beats the best of those plans are searched again, and what those
/// searches find out can be added (`learn`), so that later searches search less.
public struct SearchMemory: Sendable {
    let problem: PlanningProblem
    var proof: SearchProof

    /// What one search that started from the memory found out.
    public struct Lessons: Sendable {
        var content = SearchProof.Lessons()

        public init() {}
        init(content: SearchProof.Lessons) { self.content = content }
    }

    /// Adds what searches found out, in the order given: the prices at the leaves they searched
    /// again, and their plans. A fixed order keeps later searches deterministic.
    public mutating func learn(_ lessons: [Lessons]) {
        proof.learn(lessons.map(\.content))
    }

    /// The proof, when `problem` has the plans of the problem it was made for (only the scores may
    /// differ), or some of them (it also fixes actions that one left free: an action forced in or
    /// left out); nil otherwise.
    func proof(for problem: PlanningProblem) -> SearchProof? {
        self.problem.hasSameConstraints(as: problem, tighterFixings: true) ? proof : nil
    }
}
