extension DiagnosticCode {
    // MARK: Reading, loading, validating, modules, scoring (alphabetical)

    /// An included fragment has an `agenda:` section, which belongs only in the root file.
    public static let agendaInInclude = "agenda-in-include"
    /// Aliases would make the document expand beyond the limit on values.
    public static let aliasBomb = "alias-bomb"
    /// An alias is used as a mapping key.
    public static let aliasKey = "alias-key"
    /// A scenario commits an action whose status is `stopped`.
    public static let commitStopped = "commit-stopped"
    /// A committed or running action depends on an action that can never be funded.
    public static let commitmentConflict = "commitment-conflict"
    /// A mapping key is a list or a mapping instead of a plain word.
    public static let complexKey = "complex-key"
    /// Two keys that exclude each other are both given.
    public static let conflictingKeys = "conflicting-keys"
    /// A scenario both drops and commits an action.
    public static let conflictingScenario = "conflicting-scenario"
    /// An id is defined twice.
    public static let duplicateId = "duplicate-id"
    /// A mapping has the same key twice.
    public static let duplicateKey = "duplicate-key"
    /// A module file has two rules with the same id.
    public static let duplicateRule = "duplicate-rule"
    /// A top-level section is given in two files of one agenda.
    public static let duplicateSection = "duplicate-section"
    /// A cost names no year.
    public static let emptyCost = "empty-cost"
    /// A file is empty.
    public static let emptyFile = "empty-file"
    /// A rule's example in a module file does not give its expected value.
    public static let exampleFailed = "example-failed"
    /// An action excludes itself or an action it needs.
    public static let excludesConflict = "excludes-conflict"
    /// A file is larger than the input limits allow.
    public static let fileTooLarge = "file-too-large"
    /// An action carries the fields of another domain's module.
    public static let foreignModuleBlock = "foreign-module-block"
    /// No action serves a goal.
    public static let goalWithoutAction = "goal-without-action"
    /// Files include each other in a cycle.
    public static let includeCycle = "include-cycle"
    /// An agenda given as text includes files.
    public static let includeInMemory = "include-in-memory"
    /// An include pattern matches no file.
    public static let includeMissing = "include-missing"
    /// An include path is absolute or leaves the agenda's folder.
    public static let includeOutside = "include-outside"
    /// A file is included twice.
    public static let includeRepeated = "include-repeated"
    /// An indicator does not say where its figures come from.
    public static let indicatorWithoutSource = "indicator-without-source"
    /// A municipality has no value for the allocation key's indicator.
    public static let missingKeyValue = "missing-key-value"
    /// Every municipality's value for the allocation key's indicator is zero.
    public static let zeroAllocationKey = "zero-allocation-key"
    /// Two modules claim one domain.
    public static let moduleClash = "module-clash"
    /// The module library's entry point did not create a module.
    public static let moduleLibraryCreate = "module-library-create"
    /// No module library exists at the path given with `--module`.
    public static let moduleLibraryMissing = "module-library-missing"
    /// The file given with `--module` is not a module library.
    public static let moduleLibraryNotAModule = "module-library-not-a-module"
    /// The module library cannot be loaded.
    public static let moduleLibraryUnloadable = "module-library-unloadable"
    /// The module library was built against another version of the rule API.
    public static let moduleLibraryVersion = "module-library-version"
    /// A module file or folder named in `agenda.modules` does not exist.
    public static let moduleMissing = "module-missing"
    /// An action's domain is left out of `planning.modules`.
    public static let moduleNotPlanned = "module-not-planned"
    /// A module path is absolute.
    public static let modulePath = "module-path"
    /// A module file an agenda names is refused.
    public static let moduleRefused = "module-refused"
    /// An agenda given as text names module files.
    public static let modulesInMemory = "modules-in-memory"
    /// A rule in a module file has no examples.
    public static let noExamples = "no-examples"
    /// A folder given as modules holds no module files.
    public static let noModules = "no-modules"
    /// A module file has no rules.
    public static let noRules = "no-rules"
    /// A rule in a module file has no terms.
    public static let noTerms = "no-terms"
    /// A path names a folder, FIFO, device or socket where a regular file is expected.
    public static let notAFile = "not-a-file"
    /// A file given as a module file is not one.
    public static let notAModule = "not-a-module"
    /// A YAML tag other than `!!str` (`!!int 5`, `!custom x`).
    public static let yamlTag = "yaml-tag"
    /// A file is not UTF-8 text.
    public static let notUtf8 = "not-utf8"
    /// A YAML file in a validated folder is neither an agenda nor included by one.
    public static let orphanFile = "orphan-file"
    /// A year lies outside the agenda's period.
    public static let outsidePeriod = "outside-period"
    /// A location lacks a kind of partner that `planning.location-partners` asks for.
    public static let locationPartnerMissing = "location-partner-missing"
    /// A place's `meeting-places` figure disagrees with the locations it lists.
    public static let meetingPlacesMismatch = "meeting-places-mismatch"
    /// A partner leads or joins no action.
    public static let partnerWithoutAction = "partner-without-action"
    /// An action is still proposed after a pilot of it showed a negative result.
    public static let proposedAfterNegativePilot = "proposed-after-negative-pilot"
    /// Actions require each other in a cycle.
    public static let requiresCycle = "requires-cycle"
    /// A scoring rule failed for an action.
    public static let ruleFailed = "rule-failed"
    /// A line is indented with tabs.
    public static let tabIndentation = "tab-indentation"
    /// The YAML nests deeper than the input limits allow.
    public static let tooDeep = "too-deep"
    /// An agenda or a folder of modules has more files than the input limits allow.
    public static let tooManyFiles = "too-many-files"
    /// The document has more values than the input limits allow.
    public static let tooManyValues = "too-many-values"
    /// A term in a module file has two kinds.
    public static let twoKinds = "two-kinds"
    /// A key that belongs only to another kind of field is given.
    public static let unexpectedKey = "unexpected-key"
    /// A module file names a field its module does not declare.
    public static let unknownField = "unknown-field"
    /// A module file names a parameter its rule does not declare.
    public static let unknownParameter = "unknown-parameter"
    /// A reference names nothing that exists.
    public static let unknownReference = "unknown-reference"
    /// No combination of sources may pay all of an action's cost.
    public static let unpayableAction = "unpayable-action"
    /// A file cannot be read.
    public static let unreadableFile = "unreadable-file"
    /// A rule in a module file declares a parameter no term uses.
    public static let unusedParameter = "unused-parameter"
    /// A value cannot be written back as YAML.
    public static let unwritable = "unwritable"
    /// The YAML parser ran out of memory.
    public static let yamlMemory = "yaml-memory"
    /// The YAML is not well formed.
    public static let yamlSyntax = "yaml-syntax"
    /// The terms of a rule in a module file weigh 0 in total.
    public static let zeroWeight = "zero-weight"

    // MARK: Planning

    /// A commitment that no combination of its allowed sources may pay in full.
    public static let infeasibleIneligible = "infeasible-ineligible"
    /// A commitment that needs more in a year than its sources have left after the others.
    public static let infeasibleUnpayable = "infeasible-unpayable"
    /// A commitment that cannot be paid together with the other commitments.
    public static let infeasibleCommitments = "infeasible-commitments"
    /// Allocation-key floors that no plan meets.
    public static let infeasibleFloors = "infeasible-floors"
    /// The search was stopped (Ctrl-C) before it proved its plan best.
    public static let searchInterrupted = "search-interrupted"
    /// The planner gave up on the allocation key's floors without proving that no plan exists.
    public static let plannerFloorLimit = "planner-floor-limit"
    /// The planner found no payments for its plan that respect every source's `min-payment`,
    /// without proving that none exist.
    public static let plannerMinimumPaymentLimit = "planner-min-payment-limit"
}
