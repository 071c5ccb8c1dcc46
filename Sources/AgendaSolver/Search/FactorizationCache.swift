import Foundation

/// The factorisations (sparse LU) of the bases re-plans return to, shared by the re-plans of one
/// proof on both cores. Factorising a basis from scratch is much of what re-searching a leaf costs,
/// and the same leaves are searched again by many re-plans. An entry is exactly what a fresh
/// factorisation gives, so which re-plan stored it, and when, never changes a result.
final class FactorizationCache: @unchecked Sendable {
    private var entries: [Int: DualSimplex.Factorization] = [:]
    private var bytes = 0
    private let capacity: Int
    private let lock = NSLock()

    /// The key of the root's basis (leaves count from 0).
    static let root = -1

    /// At most `capacity` bytes of factorisations; later ones are not kept.
    init(capacity: Int = 128 << 20) {
        self.capacity = capacity
    }

    subscript(leaf: Int) -> DualSimplex.Factorization? {
        lock.withLock { entries[leaf] }
    }

    /// Keeps the leaf's factorization while there is room.
    func store(_ factorization: DualSimplex.Factorization, for leaf: Int) {
        lock.withLock {
            guard entries[leaf] == nil, bytes + factorization.bytes <= capacity else { return }
            entries[leaf] = factorization
            bytes += factorization.bytes
        }
    }
}
