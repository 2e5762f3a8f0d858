import PlanJSON
import PlanKit

/// The journal in a session file: `{"base": null | plan, "steps": [one line per step]}`.
extension SessionFile {
  static func encode(_ step: Journal.Step, _ line: inout JSONLine) {
    line.add("command", step.command)
    line.add("effect", strings: step.effect)
    if let imported = step.imported {
      line.add("importFile", imported.file)
      line.add("importText", imported.text)
    }
    line.add("time", step.time)
    line.add("today", step.today)
  }

  static func readJournal(_ reader: inout ObjectReader, version: Int) throws(PlanError) -> Journal {
    var journal = Journal()
    journal.base = try reader.optional("base") { reader, key throws(PlanError) in
      var base = try reader.object(key)
      return try readPlan(&base, version: version)
    }
    journal.steps = try reader.array("steps").mapChecked { value, path throws(PlanError) in
      try readStep(value, path)
    }
    try reader.finish()
    return journal
  }

  static func readStep(_ value: JSONNode, _ path: ObjectReader.Place) throws(PlanError)
    -> Journal.Step
  {
    var step = try ObjectReader(value, path: path)
    let command = try step.string("command")
    // By bytes where they lie: a line break is one byte in UTF-8, and a journal holds a
    // hundred thousand commands.
    var bytes = command
    let breaks = bytes.withUTF8 { line in
      line.contains { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }
    }
    guard !command.isEmpty, !breaks else {
      throw PlanError(
        nl: "\(path).command: één regel met een opdracht",
        en: "\(path).command: one line, a command")
    }
    let effect = try step.array("effect").mapChecked { value, path throws(PlanError) in
      guard let text = value.string else {
        throw PlanError(
          nl: "\(path): verwacht string, vond \(value.typeName)",
          en: "\(path): expected string, found \(value.typeName)")
      }
      return text
    }
    let file = try step.optionalString("importFile")
    let text = try step.optionalString("importText")
    guard (file == nil) == (text == nil) else {
      throw PlanError(
        nl: "\(path): importFile en importText horen bij elkaar",
        en: "\(path): importFile and importText go together")
    }
    let time = try step.string("time")
    let today = try day(try step.string("today"), "\(path).today")
    try step.finish()
    let imported = file.flatMap { file in text.map { Journal.Imported(file: file, text: $0) } }
    return Journal.Step(
      command: command, time: time, today: today, effect: effect, imported: imported)
  }
}
