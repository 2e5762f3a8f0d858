import PlanKit
import PlanRender

/// The session file: `{"format": "planwerk-session", "version": 1, "plan": …, "settings": …}`,
/// keys sorted and one item per line (docs/file-format.md). Reading checks everything and
/// names the key path of the first problem; a file is accepted whole or not at all.
public enum SessionFile {
  public static let format = "planwerk-session"
  public static let version = 1

  public static func encode(_ plan: Plan, _ settings: Settings) -> String {
    var settingsObject: [String: JSONValue] = [
      "ascii": .bool(settings.ascii), "language": .string(settings.language.rawValue),
    ]
    if let today = settings.today { settingsObject["today"] = .string(today.iso) }
    var planObject: [String: JSONValue] = [
      "title": .string(plan.title),
      "lots": .array(plan.lots.map(encode)),
      "milestones": .array(plan.milestones.map(encode)),
    ]
    if let organisation = plan.organisation { planObject["organisation"] = .string(organisation) }
    return JSONWriter.write(
      .object([
        "format": .string(format), "version": .int(version), "plan": .object(planObject),
        "settings": .object(settingsObject),
      ]))
  }

  static func encode(_ lot: Lot) -> JSONValue {
    var members: [String: JSONValue] = [
      "id": .string(lot.id), "title": .string(lot.title), "items": .array(lot.items.map(encode)),
    ]
    if let procedure = lot.procedure { members["procedure"] = .string(procedure.rawValue) }
    if let value = lot.value { members["value"] = .int(value) }
    return .object(members)
  }

  static func encode(_ item: Item) -> JSONValue {
    var members: [String: JSONValue] = [
      "id": .string(item.id), "type": .string(item.type.rawValue), "kind": .string(item.kind),
      "start": .string(item.start.day.iso),
      "startPrecision": .string(item.start.precision.rawValue),
    ]
    if item.type == .phase {
      members["end"] = .string(item.end.day.iso)
      members["endPrecision"] = .string(item.end.precision.rawValue)
    }
    if let title = item.title { members["title"] = .string(title) }
    return .object(members)
  }

  // MARK: - Reading

  public static func decode(_ text: String) throws(PlanError) -> (Plan, Settings) {
    let root: JSONValue
    do {
      root = try JSONParser.parse(text)
    } catch {
      throw PlanError(
        nl:
          "het bestand is geen geldige JSON (regel \(error.line), kolom \(error.column)): \(error.message.nl)",
        en:
          "the file is not valid JSON (line \(error.line), column \(error.column)): \(error.message.en)"
      )
    }
    var reader = try ObjectReader(root, path: "")
    let format = try reader.string("format")
    guard format == Self.format else {
      throw PlanError(
        nl: "dit is geen Planwerk-sessie (format is '\(format)')",
        en: "this is not a Planwerk session (format is '\(format)')",
        hint: format == PlanJSONExport.format
          ? Phrase(
            nl: "een export kan niet worden geopend; open de bewaarde sessie",
            en: "an export cannot be opened; open the saved session")
          : nil)
    }
    let version = try reader.int("version")
    guard version <= Self.version else {
      throw PlanError(
        nl:
          "het bestand komt van een nieuwere Planwerk (versie \(version)); deze leest tot en met versie \(Self.version)",
        en:
          "the file comes from a newer Planwerk (version \(version)); this one reads up to version \(Self.version)",
        hint: Phrase(nl: "werk Planwerk bij", en: "update Planwerk"))
    }
    guard version >= 1 else {
      throw PlanError(nl: "versie \(version) bestaat niet", en: "there is no version \(version)")
    }
    var planReader = try reader.object("plan")
    var plan = Plan(title: try planReader.string("title"))
    plan.organisation = try planReader.optionalString("organisation")
    plan.lots = try planReader.array("lots").mapChecked { value, path throws(PlanError) in
      try decodeLot(value, path)
    }
    plan.milestones = try planReader.array("milestones").mapChecked {
      value, path throws(PlanError) in
      try decodeItem(value, path, lot: nil)
    }
    try planReader.finish()
    var settingsReader = try reader.object("settings")
    var settings = Settings()
    settings.language = try settingsReader.choice("language")
    settings.ascii = try settingsReader.bool("ascii")
    if let today = try settingsReader.optionalString("today") {
      settings.today = try day(today, "settings.today")
    }
    try settingsReader.finish()
    try reader.finish()
    if let defect = plan.defect {
      throw PlanError(Phrase(nl: "plan: ", en: "plan: ") + defect)
    }
    return (plan, settings)
  }

  static func decodeLot(_ value: JSONValue, _ path: String) throws(PlanError) -> Lot {
    var reader = try ObjectReader(value, path: path)
    let id = try reader.string("id")
    guard Identifier.isCanonical(id, parts: 1) else {
      throw PlanError(
        nl: "\(path).id: '\(id)' is geen geldige naam",
        en: "\(path).id: '\(id)' is not a valid name")
    }
    var lot = Lot(id: id, title: try reader.string("title"))
    lot.procedure = try reader.optional("procedure") { reader, key throws(PlanError) in
      try reader.choice(key, ProcedureKind.self)
    }
    lot.value = try reader.optionalInt("value")
    if let value = lot.value, value < 0 {
      throw PlanError(
        nl: "\(path).value: een waarde is niet negatief",
        en: "\(path).value: a value is not negative")
    }
    lot.items = try reader.array("items").mapChecked { value, itemPath throws(PlanError) in
      try decodeItem(value, itemPath, lot: id)
    }
    try reader.finish()
    return lot
  }

  static func decodeItem(_ value: JSONValue, _ path: String, lot: String?) throws(PlanError) -> Item
  {
    var reader = try ObjectReader(value, path: path)
    let id = try reader.string("id")
    // In a lot: `lot.name`; at plan level: a single name.
    let wellFormed =
      Identifier.isCanonical(id, parts: lot == nil ? 1 : 2)
      && (lot.map { id.hasPrefix("\($0).") } ?? true)
    guard wellFormed else {
      throw PlanError(
        nl: "\(path).id: '\(id)' is geen geldige naam" + (lot.map { " voor perceel \($0)" } ?? ""),
        en: "\(path).id: '\(id)' is not a valid name" + (lot.map { " for lot \($0)" } ?? ""))
    }
    let type: Item.ItemType = try reader.choice("type")
    let kind = try reader.string("kind")
    let start = try date(&reader, "start", path)
    let end = type == .phase ? try date(&reader, "end", path) : start
    let item = Item(
      id: id, type: type, kind: kind, title: try reader.optionalString("title"), start: start,
      end: end)
    try reader.finish()
    if let defect = item.defect {
      throw PlanError(Phrase("\(path): ") + defect)
    }
    return item
  }

  static func date(_ reader: inout ObjectReader, _ key: String, _ path: String) throws(PlanError)
    -> PlanDate
  {
    let day = try day(try reader.string(key), "\(path).\(key)")
    let precision: DatePrecision = try reader.choice(key + "Precision")
    guard precision.isWindowStart(day) else {
      throw PlanError(
        nl: "\(path).\(key): \(day.iso) is niet het begin van een \(precision.rawValue)",
        en: "\(path).\(key): \(day.iso) does not start a \(precision.rawValue)")
    }
    return PlanDate(day, precision)
  }

  static func day(_ text: String, _ path: String) throws(PlanError) -> Day {
    guard let day = Day(iso: text) else {
      throw PlanError(
        nl: "\(path): '\(text)' is geen datum (JJJJ-MM-DD)",
        en: "\(path): '\(text)' is not a date (YYYY-MM-DD)")
    }
    return day
  }
}
