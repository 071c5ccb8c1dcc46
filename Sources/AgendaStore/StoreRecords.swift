import Foundation

/// One file of an agenda as it was when a run was recorded: its path relative to the run's base
/// folder (`/`-separated) and its bytes.
public struct StoredFile: Sendable, Hashable {
    public var path: String
    public var content: Data

    public init(path: String, content: Data) {
        self.path = path
        self.content = content
    }
}

/// One payment of a plan: what a source pays for an action in a year, in whole euros.
public struct PlannedPayment: Sendable, Hashable {
    public var action: String
    public var source: String
    public var year: Int
    public var euros: Int64

    public init(action: String, source: String, year: Int, euros: Int64) {
        self.action = action
        self.source = source
        self.year = year
        self.euros = euros
    }
}

/// A source's budget for one year, in whole euros, as the run's agenda gave it.
public struct StoredBudget: Sendable, Hashable {
    public var source: String
    public var year: Int
    public var euros: Int64
    /// Whether the source's unspent money moves on to the next year.
    public var carryOver: Bool

    public init(source: String, year: Int, euros: Int64, carryOver: Bool) {
        self.source = source
        self.year = year
        self.euros = euros
        self.carryOver = carryOver
    }
}

/// The git commit an agenda's files were at when a run was recorded.
public struct StoredRevision: Sendable, Hashable {
    public var commit: String
    public var date: String
    /// Whether the files had changes that were not committed.
    public var modified: Bool

    public init(commit: String, date: String, modified: Bool) {
        self.commit = commit
        self.date = date
        self.modified = modified
    }
}

/// What a run is, before the store gives it an id: the agenda's files and the plan made of them.
public struct NewRun: Sendable {
    public var agendaID: String
    /// The agenda's root file, relative to the base folder of `files`.
    public var root: String
    /// Every file the agenda and its modules were read from, so the run can be reproduced.
    public var files: [StoredFile]
    /// The agenda's content hash, as its reports print it.
    public var contentHash: String
    public var revision: StoredRevision?
    /// The scenario applied (`a+b` for a stack), nil for the agenda as written.
    public var scenario: String?
    public var plannerVersion: String
    /// When the run was made, `YYYY-MM-DDTHH:MM:SSZ`.
    public var recordedAt: String
    /// The plan's status word (`optimal`, `feasible`, `infeasible`).
    public var status: String
    /// The plan's total score in ten-thousandths of a point (as the planner keeps it, exact).
    public var scoreTenThousandths: Int
    public var fundedActions: Int
    /// The plan in the JSON of `docs/plan-output.md`.
    public var planJSON: Data
    /// The actions' scores in the JSON of `agenda score --format json`.
    public var scoresJSON: Data
    public var payments: [PlannedPayment]
    public var budgets: [StoredBudget]

    public init(
        agendaID: String, root: String, files: [StoredFile], contentHash: String, revision: StoredRevision?,
        scenario: String?, plannerVersion: String, recordedAt: String, status: String, scoreTenThousandths: Int,
        fundedActions: Int, planJSON: Data, scoresJSON: Data, payments: [PlannedPayment], budgets: [StoredBudget]
    ) {
        self.agendaID = agendaID
        self.root = root
        self.files = files
        self.contentHash = contentHash
        self.revision = revision
        self.scenario = scenario
        self.plannerVersion = plannerVersion
        self.recordedAt = recordedAt
        self.status = status
        self.scoreTenThousandths = scoreTenThousandths
        self.fundedActions = fundedActions
        self.planJSON = planJSON
        self.scoresJSON = scoresJSON
        self.payments = payments
        self.budgets = budgets
    }
}

/// A recorded run as `agenda runs` lists it.
public struct RunSummary: Sendable, Hashable {
    public var id: Int64
    public var recordedAt: String
    public var agendaID: String
    public var contentHash: String
    public var revision: StoredRevision?
    public var scenario: String?
    public var plannerVersion: String
    public var status: String
    /// The plan's total score in ten-thousandths of a point.
    public var scoreTenThousandths: Int
    public var fundedActions: Int
    /// The id of the adoption that made this run the baseline, when it is the current one.
    public var adoptedAs: Int64?
}

/// A recorded run whole: its summary, files and plan.
public struct StoredRun: Sendable {
    public var summary: RunSummary
    public var root: String
    public var files: [StoredFile]
    public var planJSON: Data
    public var scoresJSON: Data
    public var payments: [PlannedPayment]
    public var budgets: [StoredBudget]
}

/// What a network recorded when it adopted a run's plan.
public struct NewAdoption: Sendable {
    public var runID: Int64
    /// Who adopted it, e.g. "regiegroep".
    public var adoptedBy: String
    /// The day of the decision, `YYYY-MM-DD`.
    public var adoptedOn: String
    public var note: String?
    /// When it was recorded, `YYYY-MM-DDTHH:MM:SSZ`.
    public var recordedAt: String

    public init(runID: Int64, adoptedBy: String, adoptedOn: String, note: String?, recordedAt: String) {
        self.runID = runID
        self.adoptedBy = adoptedBy
        self.adoptedOn = adoptedOn
        self.note = note
        self.recordedAt = recordedAt
    }
}

/// A recorded adoption. The newest one is the baseline; earlier ones stay as history.
public struct Adoption: Sendable, Hashable {
    public var id: Int64
    public var runID: Int64
    public var adoptedBy: String
    public var adoptedOn: String
    public var note: String?
    public var recordedAt: String
}

/// One row of actual spending from an imported file: `line` is its line in that file.
public struct ActualRow: Sendable, Hashable {
    public var line: Int
    public var action: String
    public var source: String
    public var year: Int
    /// The amount in euro cents.
    public var cents: Int64

    public init(line: Int, action: String, source: String, year: Int, cents: Int64) {
        self.line = line
        self.action = action
        self.source = source
        self.year = year
        self.cents = cents
    }
}

/// A checked file of actual spending, ready to be stored whole or not at all.
public struct ActualsImport: Sendable {
    /// The file's name as the user gave it.
    public var fileName: String
    /// The file's bytes: the import's identity, so the same file twice is stored once.
    public var content: Data
    public var rows: [ActualRow]
    /// When it was imported, `YYYY-MM-DDTHH:MM:SSZ`.
    public var importedAt: String

    public init(fileName: String, content: Data, rows: [ActualRow], importedAt: String) {
        self.fileName = fileName
        self.content = content
        self.rows = rows
        self.importedAt = importedAt
    }
}

/// What an import did.
public enum ImportOutcome: Sendable, Hashable {
    /// Stored as a new import with this id and this many rows.
    case imported(id: Int64, rows: Int)
    /// The same bytes were imported before, as this import on this day: nothing changed.
    case alreadyImported(id: Int64, importedAt: String)
}

/// What was actually spent on an action from a source in a year, as the store holds it now: the
/// rows of the newest import that gives this action, source and year (a later import of the
/// same key replaces an earlier one; rows of one import add up).
public struct ActualAmount: Sendable, Hashable {
    public var action: String
    public var source: String
    public var year: Int
    public var cents: Int64
    /// Where the figure comes from: the import and the file's lines.
    public var importID: Int64
    public var fileName: String
    public var lines: [Int]
}
