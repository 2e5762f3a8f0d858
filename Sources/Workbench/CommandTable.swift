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
    byID[id]!
  }

  private static let byID: [CommandID: any Command.Type] = Dictionary(
    uniqueKeysWithValues: commands.map { ($0.spec.id, $0) })

  static let byName: [String: CommandSpec] = {
    var map: [String: CommandSpec] = [:]
    for spec in all {
      for name in spec.allNames { map[name] = spec }
    }
    return map
  }()

  public static func spec(named word: String) -> CommandSpec? {
    byName[word.lowercased()]
  }

  public static func spec(_ id: CommandID) -> CommandSpec {
    all.first { $0.id == id }!
  }
}
