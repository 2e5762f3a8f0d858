import PlanKit

/// A date and time of day as MSPDI writes them (`2022-08-31T17:00:00`), in minutes of the day.
struct MSPDIMoment: Hashable, Sendable {
  var day: Day
  var minutes: Int

  /// - Complexity: O(1).
  init?(_ text: String) {
    let bytes = Array(text.utf8)
    guard bytes.count >= 10, let day = Day(iso: String(decoding: bytes[0..<10], as: UTF8.self))
    else { return nil }
    self.day = day
    minutes = 0
    if bytes.count >= 16, bytes[10] == UInt8(ascii: "T"),
      let hours = Int(String(decoding: bytes[11..<13], as: UTF8.self)),
      let minutes = Int(String(decoding: bytes[14..<16], as: UTF8.self))
    {
      self.minutes = hours * 60 + minutes
    }
  }

  /// - Complexity: O(1).
  init(day: Day, minutes: Int) {
    self.day = day
    self.minutes = minutes
  }

  /// `08:00:00` as minutes of the day.
  ///
  /// - Complexity: O(time).
  static func minutes(_ time: String?) -> Int? {
    guard let time, time.utf8.count >= 5 else { return nil }
    let parts = time.split(separator: ":")
    guard parts.count >= 2, let hours = Int(parts[0]), let minutes = Int(parts[1]) else {
      return nil
    }
    return hours * 60 + minutes
  }
}

/// One `Task` element with the fields the reader uses.
struct MSPDITask {
  let element: XMLElement
  let uid: Int
  let name: String
  let wbs: String?
  var level: Int
  let start: MSPDIMoment?
  let finish: MSPDIMoment?
  /// Whether the task's Duration is given and zero.
  let zeroDuration: Bool
  /// Working hours of the Duration, when it is whole hours.
  let hours: Int?
  let milestone: Bool
  let summary: Bool
  let constraint: Int
  let constraintDate: MSPDIMoment?
  let deadline: MSPDIMoment?
  let links: [XMLElement]
  /// The value of Planwerk's own field (`Text1` aliased "Planwerk"), when the file has it.
  let planwerk: String?

  /// - Complexity: O(the element's children).
  init(_ element: XMLElement, planwerkField: String?) {
    self.element = element
    uid = element["UID"].flatMap { Int($0) } ?? -1
    name = element.line("Name") ?? ""
    wbs = element["WBS"]
    if let level = element["OutlineLevel"].flatMap({ Int($0) }) {
      self.level = level
    } else if let outline = element["OutlineNumber"] {
      level = outline.split(separator: ".").count
    } else {
      level = 1
    }
    start = element["Start"].flatMap(MSPDIMoment.init)
    finish = element["Finish"].flatMap(MSPDIMoment.init)
    let duration = element["Duration"].map(Self.durationParts)
    zeroDuration = duration.map { $0.allSatisfy { $0 == 0 } } ?? false
    hours = duration.flatMap { $0.count == 3 && $0[1] == 0 && $0[2] == 0 ? $0[0] : nil }
    milestone = element["Milestone"] == "1"
    summary = element["Summary"] == "1"
    constraint = element["ConstraintType"].flatMap { Int($0) } ?? 0
    constraintDate = element["ConstraintDate"].flatMap(MSPDIMoment.init)
    deadline = element["Deadline"].flatMap(MSPDIMoment.init)
    links = element.all("PredecessorLink")
    planwerk =
      planwerkField.flatMap { field in
        element.all("ExtendedAttribute").first { $0["FieldID"] == field }?["Value"]
      }
  }

  /// The numbers of an ISO 8601 duration (`PT40H0M0S` gives 40, 0, 0).
  ///
  /// - Complexity: O(text).
  static func durationParts(_ text: String) -> [Int] {
    text.split { !$0.isNumber }.compactMap { Int($0) }
  }

  /// Whether MS Project leaves the task out of the plan: its project summary (UID 0) and
  /// blank rows.
  ///
  /// - Complexity: O(the element's children).
  var isPlaceholder: Bool { uid == 0 || element["IsNull"] == "1" }
}
