import Foundation

/// What `swift package new-domain-module` was asked for: the module's slug, its first rule and,
/// optionally, the target name; with every name the generated files use derived from them.
///
/// Parsing is strict on purpose: an unknown or repeated argument is refused rather than ignored,
/// so a typo never scaffolds something other than what was meant.
struct ScaffoldRequest: Equatable {
    /// The module id: the `domain:` value of its actions and the key of their block of fields.
    var slug: String
    /// The first rule's id, also the action field it reads.
    var rule: String
    /// The Swift target (and module) the sources go in.
    var targetName: String

    static let defaultRule = "people-reached"

    static let usage = """
        usage: swift package --allow-writing-to-package-directory new-domain-module --name <slug> \
        [--rule <slug>] [--target <TargetName>]
          --name    the module id, a slug such as 'housing' or 'mobility-care' (required)
          --rule    the first rule's id, a slug (default: \(defaultRule)); it reads an action field of the same name
          --target  the target to create (default: the module's type name, e.g. HousingModule)
        """

    /// `housing` → `Housing`, `mobility-care` → `MobilityCare`.
    var typeStem: String { Self.camelCase(slug) }
    /// The `DomainModule` type, e.g. `HousingModule`.
    var moduleType: String { typeStem + "Module" }
    /// The rule type, e.g. `AdaptedHomesRule`.
    var ruleType: String { Self.camelCase(rule) + "Rule" }
    /// The test target of a partner package, e.g. `HousingModuleTests`.
    var testTargetName: String { targetName + "Tests" }
    /// `mobility-care` → `Mobility care`, for the module's human name.
    var displayName: String { Self.sentenceCase(slug) }
    /// `adapted-homes` → `adapted homes`, for texts about the rule's count.
    var ruleWords: String { rule.replacingOccurrences(of: "-", with: " ") }
    /// `adapted homes per year`, without saying "per year" twice for `rides-per-year`.
    var ruleWordsPerYear: String { ruleWords.hasSuffix("per year") ? ruleWords : ruleWords + " per year" }

    /// Reads the plugin's arguments, or says exactly what is wrong with them.
    static func parse(_ arguments: [String]) throws(ScaffoldError) -> ScaffoldRequest {
        var values: [String: String] = [:]
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if argument == "-h" || argument == "--help" { throw .help }
            // Both `--name housing` and `--name=housing`.
            let (option, inline) = split(argument)
            guard ["--name", "--rule", "--target"].contains(option) else {
                throw .invalid("unknown argument '\(argument)'")
            }
            guard values[option] == nil else { throw .invalid("\(option) is given more than once") }
            if let inline {
                values[option] = inline
            } else {
                guard index < arguments.count, !arguments[index].hasPrefix("--") else {
                    throw .invalid("\(option) needs a value")
                }
                values[option] = arguments[index]
                index += 1
            }
        }
        guard let name = values["--name"] else { throw .invalid("--name is required, e.g. --name housing") }
        try checkSlug(name, what: "--name")
        guard name != "core" else {
            throw .invalid("'core' is reserved for the planner's own rules; choose another --name")
        }
        let rule = values["--rule"] ?? defaultRule
        try checkSlug(rule, what: "--rule")
        let target = values["--target"] ?? camelCase(name) + "Module"
        guard isIdentifier(target) else {
            throw .invalid(
                "--target '\(target)' is not a valid Swift target name (letters, digits and '_', not starting "
                    + "with a digit)"
            )
        }
        return ScaffoldRequest(slug: name, rule: rule, targetName: target)
    }

    /// A slug here also starts with a letter, because Swift type names are made from it.
    static func isSlug(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = text.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
        return parts.allSatisfy { part in
            !part.isEmpty && part.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
        }
    }

    /// The nearest slug: lower case, every run of other characters one '-', a leading digit
    /// prefixed, e.g. `Wonen & Zorg` → `wonen-zorg`.
    static func slugify(_ text: String) -> String {
        var result = ""
        var pendingDash = false
        for scalar in text.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                if pendingDash && !result.isEmpty { result += "-" }
                pendingDash = false
                result.unicodeScalars.append(scalar)
            } else {
                pendingDash = true
            }
        }
        if let first = result.unicodeScalars.first, ("0"..."9").contains(first) { result = "module-" + result }
        return result
    }

    static func camelCase(_ slug: String) -> String {
        slug.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    static func sentenceCase(_ slug: String) -> String {
        let words = slug.replacingOccurrences(of: "-", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }

    static func isIdentifier(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first,
            ("a"..."z").contains(first) || ("A"..."Z").contains(first) || first == "_"
        else { return false }
        return text.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "_"
        }
    }

    private static func checkSlug(_ text: String, what: String) throws(ScaffoldError) {
        guard !isSlug(text) else { return }
        let suggestion = slugify(text)
        var message =
            "\(what) '\(text)' is not a slug (lower-case letters, digits and single '-', starting with a letter)"
        if !suggestion.isEmpty && isSlug(suggestion) { message += "; did you mean '\(suggestion)'?" }
        throw .invalid(message)
    }

    private static func split(_ argument: String) -> (String, String?) {
        guard argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") else { return (argument, nil) }
        return (String(argument[..<equals]), String(argument[argument.index(after: equals)...]))
    }
}

/// Why the scaffolder did nothing. `swift package` exits non-zero with the message.
enum ScaffoldError: Error, CustomStringConvertible, Equatable {
    /// `--help`: the usage, and nothing written.
    case help
    /// Arguments that cannot be used.
    case invalid(String)
    /// The package already has these files or targets; nothing is overwritten.
    case exists([String])

    var description: String {
        switch self {
        case .help: return ScaffoldRequest.usage
        case .invalid(let message): return "\(message)\n\(ScaffoldRequest.usage)"
        case .exists(let what):
            return "nothing was written, because the package already has:\n"
                + what.map { "  \($0)" }.joined(separator: "\n")
                + "\nchoose another --name or --target, or remove them first"
        }
    }
}
