import PlanKit

/// Every command, once. Parsing, `help`, tab completion and docs/commands.md all read this
/// table; a test fails when docs/commands.md no longer matches it.
public enum CommandTable {
  /// Every command type, in the order `help` and docs/commands.md list them.
  static let commands: [any Command.Type] = [
    NewCommand.self,
    LotCommand.self,
    CopyCommand.self,
    PhaseCommand.self,
    MilestoneCommand.self,
    DecisionCommand.self,
    ShowCommand.self,
    ListCommand.self,
    SetCommand.self,
    RenameCommand.self,
    OwnerCommand.self,
    NoteCommand.self,
    DocumentCommand.self,
    RemoveCommand.self,
    ShiftCommand.self,
    StartedCommand.self,
    FinishedCommand.self,
    LinkCommand.self,
    UnlinkCommand.self,
    CheckCommand.self,
    CriticalCommand.self,
    FeasibleCommand.self,
    CalendarCommand.self,
    ClosedCommand.self,
    UndoCommand.self,
    RedoCommand.self,
    SaveCommand.self,
    OpenCommand.self,
    ReadCommand.self,
    ImportCommand.self,
    HistoryCommand.self,
    ReplayCommand.self,
    ProcedureCommand.self,
    MeetingCommand.self,
    DecisionsCommand.self,
    ReportCommand.self,
    LeadTimeCommand.self,
    BaselineCommand.self,
    BaselinesCommand.self,
    DiffCommand.self,
    GanttCommand.self,
    PresentCommand.self,
    ExportCommand.self,
    LanguageCommand.self,
    TodayCommand.self,
    SettingCommand.self,
    HelpCommand.self,
    QuitCommand.self,
  ]

  public static let all: [CommandSpec] = commands.map { $0.spec }

  /// The type that runs the command with this id.
  ///
  /// - Complexity: O(1).
  static func command(_ id: CommandID) -> any Command.Type {
    byOrdinal[Int(id.ordinal)]!
  }

  /// The command types by their id's case number: asked at every line, read without hashing.
  private static let byOrdinal: [(any Command.Type)?] = {
    var types = [(any Command.Type)?](repeating: nil, count: CommandID.allCases.count)
    for command in commands { types[Int(command.spec.id.ordinal)] = command }
    return types
  }()

  static let byName: [String: CommandSpec] = {
    var map: [String: CommandSpec] = [:]
    for spec in all {
      for name in spec.allNames { map[name] = spec }
    }
    return map
  }()

  /// The commands by the key of each name: a typed verb is short ASCII, found without being
  /// lowered into a new string or hashed.
  static let byKey = WordKeyTable(
    all.flatMap { spec in spec.allNames.compactMap { name in WordKey(name).map { ($0, spec) } } })

  /// The command a word names, in either language and any case.
  ///
  /// - Complexity: O(log n) in the names for a short ASCII word; O(word) otherwise.
  public static func spec(named word: String) -> CommandSpec? {
    if let key = WordKey(word) { return byKey[key] }
    return byName[word.lowercased()]
  }

  public static func spec(_ id: CommandID) -> CommandSpec {
    all.first { $0.id == id }!
  }
}
