import Foundation

/// Factorises the bases of the regions a recording search closes, on the other core while the
/// search goes on, into its proof's `FactorizationCache`.
///
/// The search itself runs on one core. The re-plans that follow it (`sensitivity`) return to
/// nearly every leaf, the first of them to most leaves at once, before they have taught the proof
/// better bounds: on Haaglanden the first re-plan reopened 1,810 of 2,273 leaves, and the first
/// round of eight re-plans took 0.49 s with their bases factorised there, 0.30 s with them
/// factorised here. A cached entry is exactly what the re-plan would compute itself, so what the
/// factoriser finishes in time changes only how long the re-plans take.
final class LeafFactorizer: @unchecked Sendable {
    private let queue = DispatchQueue(label: "agenda.leaf-factorizer", qos: .utility)
    /// Touched on `queue` only.
    private var factorizer: DualSimplex.Factorizer
    /// Weak: once the proof and every re-plan are gone, the work left is dropped.
    private weak var cache: FactorizationCache?

    /// A factoriser for bases of `simplex`'s program, into `cache`; nil on a single core, where it
    /// would only slow the search down.
    init?(_ simplex: DualSimplex, into cache: FactorizationCache) {
        guard ProcessInfo.processInfo.activeProcessorCount > 1 else { return nil }
        factorizer = DualSimplex.Factorizer(simplex)
        self.cache = cache
    }

    /// Factorises `basis` for leaf `leaf`, later, unless a re-plan has done so by then.
    func submit(_ basis: DualSimplex.Basis, leaf: Int) {
        queue.async { [self] in
            guard let cache, cache[leaf] == nil else { return }
            cache.store(factorizer.factorization(of: basis), for: leaf)
        }
    }
}
