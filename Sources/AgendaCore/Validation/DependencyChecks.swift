/// Checks that `requires` and `excludes` can hold: no cycles of `requires`, no action that
/// requires something it (or what it requires) excludes, and commitments that do not contradict.
struct DependencyChecks {
    let agenda: Agenda
    private var diagnostics = DiagnosticBag()
    private let index: [String: Int]

    init(agenda: Agenda) {
        self.agenda = agenda
        var index: [String: Int] = [:]
        for (position, action) in agenda.actions.enumerated() where index[action.id] == nil {
            index[action.id] = position
        }
        self.index = index
    }

    mutating func check() -> [Diagnostic] {
        checkSelfReferences()
        checkRequiresCycles()
        checkExclusions()
        return diagnostics.all
    }

    private func requiredIndices(_ position: Int) -> [(Int, Located<String>)] {
        agenda.actions[position].requires.compactMap { reference in index[reference.value].map { ($0, reference) } }
    }

    private mutating func checkSelfReferences() {
        for action in agenda.actions {
            for reference in action.requires where reference.value == action.id {
                diagnostics.error(
                    DiagnosticCode.requiresCycle, "'\(action.id)' requires itself", at: reference.location)
            }
            for reference in action.excludes where reference.value == action.id {
                diagnostics.error(
                    DiagnosticCode.excludesConflict, "'\(action.id)' excludes itself, so it could never be funded",
                    at: reference.location)
            }
        }
    }

    /// Depth-first search with an explicit stack (chains can be long); each cycle is reported once,
    /// at the `requires` entry that closes it.
    private mutating func checkRequiresCycles() {
        let count = agenda.actions.count
        var state = [UInt8](repeating: 0, count: count)  // 0 new, 1 on the path, 2 done
        for start in 0..<count where state[start] == 0 {
            var path: [(node: Int, edges: [(Int, Located<String>)], next: Int)] = [(start, requiredIndices(start), 0)]
            state[start] = 1
            while !path.isEmpty {
                let top = path.count - 1
                if path[top].next == path[top].edges.count {
                    state[path[top].node] = 2
                    path.removeLast()
                    continue
                }
                let (target, reference) = path[top].edges[path[top].next]
                path[top].next += 1
                if target == path[top].node { continue }  // self-reference, reported above
                switch state[target] {
                case 0:
                    state[target] = 1
                    path.append((target, requiredIndices(target), 0))
                case 1:
                    let from = path.firstIndex { $0.node == target }!
                    let chain = path[from...].map { agenda.actions[$0.node].id } + [agenda.actions[target].id]
                    diagnostics.error(
                        DiagnosticCode.requiresCycle, "'requires' forms a cycle: \(chain.joined(separator: " → "))",
                        at: reference.location,
                        notes: [.init("no action in a cycle can be funded before the others; remove one 'requires'")])
                default:
                    break
                }
            }
        }
    }

    /// All actions `position` needs, directly or through others, with the path that leads there.
    private func requiredClosure(_ position: Int) -> [Int: [Int]] {
        var paths: [Int: [Int]] = [position: [position]]
        var queue = [position]
        var head = 0
        while head < queue.count {
            let current = queue[head]
            head += 1
            for (next, _) in requiredIndices(current) where paths[next] == nil {
                paths[next] = (paths[current] ?? [current]) + [next]
                queue.append(next)
            }
        }
        return paths
    }

    private mutating func checkExclusions() {
        let hasExclusions = agenda.actions.contains { !$0.excludes.isEmpty }
        let hasCommitments = agenda.actions.contains { $0.status.mustBeFunded }
        guard hasExclusions || hasCommitments else { return }
        for (position, action) in agenda.actions.enumerated() where index[action.id] == position {
            let closure = requiredClosure(position)
            let actions = agenda.actions
            let describe = { (target: Int) -> String in
                (closure[target] ?? [target]).map { actions[$0].id }.joined(separator: " → ")
            }
            var reported = false
            // An action that needs two actions that exclude each other can never be funded.
            for member in closure.keys.sorted() where !reported {
                for excluded in agenda.actions[member].excludes {
                    guard let target = index[excluded.value], target != member, closure[target] != nil else { continue }
                    let location =
                        member == position
                        ? excluded.location
                        : action.requires.first { index[$0.value] == closure[member]?.dropFirst().first }?.location
                            ?? action.location
                    diagnostics.error(
                        DiagnosticCode.excludesConflict,
                        member == position
                            ? "'\(action.id)' excludes '\(excluded.value)', which it requires (\(describe(target)))"
                            : "'\(action.id)' can never be funded: it requires '\(agenda.actions[member].id)' "
                                + "(\(describe(member))), which excludes '\(excluded.value)' (\(describe(target)))",
                        at: location)
                    reported = true
                    break
                }
            }
            guard action.status.mustBeFunded else { continue }
            for target in closure.keys.sorted() where target != position && agenda.actions[target].status == .stopped {
                diagnostics.error(
                    DiagnosticCode.commitmentConflict,
                    "'\(action.id)' is \(action.status.rawValue) but requires '\(agenda.actions[target].id)', which "
                        + "is stopped (\(describe(target)))",
                    at: action.location)
            }
            for excluded in action.excludes {
                guard let target = index[excluded.value], agenda.actions[target].status.mustBeFunded else { continue }
                diagnostics.error(
                    DiagnosticCode.commitmentConflict,
                    "'\(action.id)' and '\(excluded.value)' must both be funded, but '\(action.id)' excludes "
                        + "'\(excluded.value)'",
                    at: excluded.location)
            }
        }
    }
}
