import PlanFiles
import PlanKit

/// `lees`: runs a script's lines as if they were typed, each its own step of the journal and
/// of undo, so that a replay never needs the script file. It stops at the first line that fails:
/// the lines after it were written to follow from it.
enum ReadCommand: Command {
  static let spec = CommandSpec(
    id: .read, group: .session, names: [.nl: ["lees"], .en: ["read"]],
    arguments: [arg("bestand", "file", .file(["plan", "txt"]))], clauses: [],
    summary: Phrase(
      nl:
        "Voert de opdrachten van een script (.plan) uit alsof ze getypt worden; stopt bij de eerste fout.",
      en: "Runs the commands of a script (.plan) as if they were typed; stops at the first error."),
    usage: Phrase(nl: "lees BESTAND.plan", en: "read FILE.plan"),
    examples: [.nl: ["lees routes.plan"], .en: ["read routes.plan"]])

  static func execute(_ command: ParsedCommand, in interpreter: inout Interpreter)
    throws(PlanError) -> Outcome
  {
    let word = command.argument(0)[0]
    guard !interpreter.reading else {
      throw PlanError(
        nl: "een script kan geen ander script lezen", en: "a script cannot read another script",
        at: command.verb.span,
        hint: Phrase(
          nl: "zet de regels van \(word.text) in dit script",
          en: "put the lines of \(word.text) in this script"))
    }
    if word.text.lowercased().hasSuffix(".json") {
      throw PlanError(
        nl: "\(word.text) is een sessie, geen script",
        en: "\(word.text) is a session, not a script",
        at: word.span,
        hint: Phrase(nl: "open het met 'open \(word.text)'", en: "open it with 'open \(word.text)'")
      )
    }
    let lines = ScriptText.lines(try interpreter.files.read(word.text))
    // A step-by-step replay in the script runs through: nobody answers its steps.
    let interactive = interpreter.interactive
    (interpreter.reading, interpreter.interactive) = (true, false)
    defer { (interpreter.reading, interpreter.interactive) = (false, interactive) }
    var answers: [String] = []
    var ran = 0
    for (number, line) in lines.enumerated() {
      let outcome = interpreter.run(line)
      if outcome.failed {
        answers.append("\(word.text):\(number + 1): " + outcome.text)
        answers.append(
          interpreter.text(
            ran == 0
              ? Phrase(
                nl: "Gestopt bij regel \(number + 1) van \(word.text); er is niets uitgevoerd.",
                en: "Stopped at line \(number + 1) of \(word.text); nothing ran.")
              : Phrase(
                nl:
                  "Gestopt bij regel \(number + 1) van \(word.text); \(count(ran, "opdracht", "opdrachten")) ervoor \(ran == 1 ? "is" : "zijn") uitgevoerd ('ongedaan' neemt ze een voor een terug).",
                en:
                  "Stopped at line \(number + 1) of \(word.text); \(count(ran, "command", "commands")) before it ran ('undo' takes them back one by one)."
              )))
        var outcome = Outcome(text: answers.joined(separator: "\n"), failed: true)
        outcome.journalsItself = true
        return outcome
      }
      if !outcome.text.isEmpty { answers.append(outcome.text) }
      if outcome.quit { break }
      let typed = line.trimmedWhitespace
      if !typed.isEmpty && !typed.hasPrefix("#") { ran += 1 }
    }
    answers.append(
      interpreter.text(
        Phrase(
          nl: "\(word.text) gelezen: \(count(ran, "opdracht", "opdrachten")).",
          en: "Read \(word.text): \(count(ran, "command", "commands")).")))
    var outcome = Outcome(text: answers.joined(separator: "\n"))
    outcome.journalsItself = true
    return outcome
  }
}
