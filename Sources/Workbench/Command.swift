import PlanKit

/// A command: what it looks like (`spec`, which parsing, `help`, completion and
/// docs/commands.md read) and what it does, in one type. Adding one is a file and an entry in
/// `CommandTable.commands`.
protocol Command: SendableMetatype {
  static var spec: CommandSpec { get }

  /// Runs the command on the session. Nothing changes when it throws.
  static func execute(_ command: ParsedCommand, in interpreter: inout Interpreter)
    throws(PlanError) -> Outcome
}

/// A command on the plan alone: it sees the plan and its settings through a context, and
/// changes the plan only by committing a change there. The journal and the session file stay
/// out of its reach.
protocol PlanCommand: Command {
  static func run(_ command: ParsedCommand, in context: inout CommandContext)
    throws(PlanError) -> Outcome
}

extension Command {
  /// A positional argument of `spec`, named in both languages.
  static func arg(_ nl: String, _ en: String, _ kind: ArgumentSpec.Kind, optional: Bool = false)
    -> ArgumentSpec
  {
    ArgumentSpec(name: Phrase(nl: nl, en: en), kind: kind, optional: optional)
  }
}

extension PlanCommand {
  static func execute(_ command: ParsedCommand, in interpreter: inout Interpreter)
    throws(PlanError) -> Outcome
  {
    try run(command, in: &interpreter.context)
  }
}
