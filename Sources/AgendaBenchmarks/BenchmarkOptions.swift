// The `--option value` pairs of the benchmark commands, read and checked in one place.

/// One `--option value` pair, with the checks the benchmark commands share. A value that fails its
/// check ends the program with a usage error naming the option.
struct OptionValue {
    let option: String
    let text: String

    /// A whole number of at least `minimum`.
    func wholeNumber(atLeast minimum: Int) -> Int {
        guard let number = Int(text), number >= minimum else {
            fail("\(option) needs a whole number of at least \(minimum), found '\(text)'")
        }
        return number
    }

    /// A number of seconds above 0.
    func seconds() -> Double {
        guard let seconds = Double(text), seconds > 0 else {
            fail("\(option) needs a number of seconds above 0, found '\(text)'")
        }
        return seconds
    }

    /// One of `choices`.
    func oneOf(_ choices: [String]) -> String {
        guard choices.contains(text) else {
            let quoted = choices.map { "'\($0)'" }
            let listed =
                quoted.count > 1 ? quoted.dropLast().joined(separator: ", ") + " or " + quoted.last! : quoted.joined()
            fail("\(option) needs \(listed), found '\(text)'")
        }
        return text
    }
}

/// Hands each `--option value` pair of `arguments` to `read`, which returns false for an option it
/// does not know; that, or an option without a value, ends the program with `unknown`'s message.
func readOptions(_ arguments: [String], unknown: (String) -> String, _ read: (OptionValue) -> Bool) {
    var index = 0
    while index < arguments.count {
        let option = arguments[index]
        guard index + 1 < arguments.count else { fail("option \(option) needs a value") }
        if !read(OptionValue(option: option, text: arguments[index + 1])) { fail(unknown(option)) }
        index += 2
    }
}
