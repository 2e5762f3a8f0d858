import PlanFiles
import PlanKit
import Testing

@testable import Workbench

/// Each command is a type beside its spec, run on a narrow context: the table lists each one
/// once, and a plan command runs, and answers with what it moved, without an interpreter.
struct CommandTypeTests {
  let may2022 = Day(year: 2022, month: 5, day: 1)!

  @Test func listsEveryCommandOnceInTheTable() {
    let ids = CommandTable.commands.map { $0.spec.id }
    #expect(ids.count == CommandID.allCases.count)
    #expect(Set(ids) == Set(CommandID.allCases))
    for id in CommandID.allCases {
      #expect(CommandTable.command(id).spec.id == id)
    }
  }

  @Test func runsAPlanCommandOnAContextAndReturnsWhatMoved() throws {
    var context = CommandContext(
      files: MemoryFiles(), clock: FixedTime(), today: may2022,
      settings: Settings())
    for line in [
      "perceel r1", "fase r1.voorbereiding van 1 mei 2022 tot 1 sept. 2022",
      "fase r1.inkoopprocedure na r1.voorbereiding tot 1 juli 2023",
    ] {
      let command = try #require(try CommandParser.parse(line, language: .nl))
      let type = try #require(CommandTable.command(command.spec.id) as? any PlanCommand.Type)
      _ = try type.run(command, in: &context)
    }
    let shift = try #require(
      try CommandParser.parse("verschuif r1.voorbereiding 1 maand", language: .nl))
    let outcome = try ShiftCommand.run(shift, in: &context)
    #expect(outcome.moved.map { $0.id } == ["r1.voorbereiding", "r1.inkoopprocedure"])
    #expect(outcome.moved.first?.start.day == may2022)
    #expect(context.plan.item("r1.voorbereiding")?.start.day == Day(year: 2022, month: 6, day: 1)!)
    #expect(context.history.revision == 4)
    #expect(context.committed != nil)
  }

  @Test func answersANewFindingInTheOutcomeNotBesideIt() {
    var interpreter = Interpreter(files: MemoryFiles(), today: may2022)
    _ = interpreter.run("perceel r1")
    _ = interpreter.run(
      "fase r1.voorbereiding van 1 mei 2022 tot 1 sept. 2022 uiterlijk 1 aug. 2022")
    let outcome = interpreter.run("verschuif r1.voorbereiding 1 maand")
    #expect(outcome.findings.map { $0.kind } == [Finding.Kind.missedDeadline])
    #expect(outcome.text.contains("!"))
  }

  /// Commands and clauses are compared and hashed by their case's byte: each case has its
  /// own, and equal cases only are equal.
  @Test func tellsEveryCommandAndClauseApartByItsCase() {
    #expect(MemoryLayout<CommandID>.size == 1 && MemoryLayout<ClauseID>.size == 1)
    #expect(Set(CommandID.allCases).count == CommandID.allCases.count)
    #expect(Set(ClauseID.allCases).count == ClauseID.allCases.count)
    for (a, b) in zip(ClauseID.allCases, ClauseID.allCases.dropFirst()) {
      #expect(a == a && a != b && a.hashValue == ClauseID(rawValue: a.rawValue)!.hashValue)
    }
    for (a, b) in zip(CommandID.allCases, CommandID.allCases.dropFirst()) {
      #expect(a == a && a != b)
    }
  }
}
