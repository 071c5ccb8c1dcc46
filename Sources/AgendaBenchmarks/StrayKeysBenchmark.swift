// `stray-keys`: how `validate` copes with a hostile file of a million keys the format does not know
// (issue 14: it took 23 s and 738 MB). The reference is the cost of parsing alone: Yams composing
// the same text into nodes, which every load must do. Each round runs two fresh child processes,
// in swapped order, each timing its own work and reporting its own peak memory.

import AgendaCore
import AgendaModules
import Foundation
import Yams

/// A child of `stray-keys`: Yams composes the file once; prints milliseconds and peak bytes.
func composeFileChild(path: String) -> Int32 {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return 2 }
    let start = ContinuousClock.now
    let node = try? Yams.compose(yaml: text, Resolver.basic)
    let elapsed = ContinuousClock.now - start
    guard node != nil else { return 1 }
    print("compose_ms=\(milliseconds(elapsed)) peak_bytes=\(peakMemoryBytes() ?? 0)")
    return 0
}

/// A child of `stray-keys`: loads and validates the file as `agenda validate` does, and renders
/// its diagnostics; prints milliseconds, peak bytes and the number of diagnostics.
func validateFileChild(path: String) -> Int32 {
    let start = ContinuousClock.now
    let result = AgendaLoader(registry: InstalledModules.registry).load(path: path)
    let rendered = result.diagnostics.map(\.rendered).joined(separator: "\n")
    let elapsed = ContinuousClock.now - start
    print(
        "validate_ms=\(milliseconds(elapsed)) peak_bytes=\(peakMemoryBytes() ?? 0) "
            + "diagnostics=\(result.diagnostics.count) text_bytes=\(rendered.utf8.count)")
    return 0
}

/// `agenda-benchmarks stray-keys [--keys N] [--runs N] [--timeout S]`.
func strayKeysBenchmark(_ arguments: [String]) -> Int32 {
    var keys = 1_000_000
    var runs = 5
    var timeout = 300.0
    let unknownOption: (String) -> String = { "unknown option '\($0)' for stray-keys\n\n\(usage)" }
    readOptions(arguments, unknown: unknownOption) { value in
        switch value.option {
        case "--keys": keys = value.wholeNumber(atLeast: 1)
        case "--runs": runs = value.wholeNumber(atLeast: 1)
        case "--timeout": timeout = value.seconds()
        default: return false
        }
        return true
    }
    let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("agenda-stray-keys-\(ProcessInfo.processInfo.processIdentifier).yaml")
    var text = ""
    text.reserveCapacity(keys * 16)
    for index in 0..<keys { text += "key\(index): \(index)\n" }
    guard (try? Data(text.utf8).write(to: url)) != nil else { fail("cannot write \(url.path)") }
    defer { try? FileManager.default.removeItem(at: url) }

    let me = Bundle.main.executablePath ?? CommandLine.arguments[0]
    print("agenda-benchmarks stray-keys")
    print("")
    print("  machine     \(machineFacts())")
    print("  file        \(keys) lines 'keyN: N' at the top level, \(megabytes(text.utf8.count)) (temporary)")
    print(
        "  method      \(runs) rounds, each two fresh child processes in swapped order: `validate-file` "
            + "(AgendaLoader.load and rendering every diagnostic) and the reference `compose-file` "
            + "(Yams.compose alone). Medians.")
    print("")
    print("  round   validate (ms, MB)        compose (ms, MB)   diagnostics")
    var validate: [(Double, Double)] = []
    var compose: [(Double, Double)] = []
    for round in 1...runs {
        let order = round % 2 == 1 ? ["validate-file", "compose-file"] : ["compose-file", "validate-file"]
        var fields: [String: [String: String]] = [:]
        for child in order {
            let run = runChild(me, [child, url.path], timeout: timeout)
            guard run.status == 0, !run.timedOut else {
                print("  \(child) failed: \(run.failure)")
                return 1
            }
            fields[child] = run.fields
        }
        let mine = fields["validate-file"] ?? [:]
        let theirs = fields["compose-file"] ?? [:]
        let ours = (Double(mine["validate_ms"] ?? "") ?? .nan, Double(mine["peak_bytes"] ?? "") ?? .nan)
        let reference = (Double(theirs["compose_ms"] ?? "") ?? .nan, Double(theirs["peak_bytes"] ?? "") ?? .nan)
        validate.append(ours)
        compose.append(reference)
        print(
            "  \(padded(String(round), 6))  \(padded(format(ours.0) + ", " + megabytes(Int(ours.1)), 23))  "
                + "\(padded(format(reference.0) + ", " + megabytes(Int(reference.1)), 18)) "
                + "\(mine["diagnostics"] ?? "-")")
    }
    let ourTime = median(validate.map(\.0)) ?? .nan
    let theirTime = median(compose.map(\.0)) ?? .nan
    print("")
    print("  median, validate    \(format(ourTime)) ms, peak \(megabytes(Int(median(validate.map(\.1)) ?? 0)))")
    print("  median, compose     \(format(theirTime)) ms, peak \(megabytes(Int(median(compose.map(\.1)) ?? 0)))")
    print("  validate / compose  \(format(ourTime / theirTime, decimals: 2))x the time")
    return 0
}
