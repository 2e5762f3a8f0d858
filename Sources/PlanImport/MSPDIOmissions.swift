import PlanKit

/// What an MS Project file held that a plan cannot carry, counted, so that the import says
/// so instead of dropping it silently.
struct MSPDIOmissions {
  var resources = 0
  var costs = 0
  /// Hyperlinks that are no web or mail address (a file on a share), which a plan refuses.
  var otherHyperlinks = 0
  var baselines = 0
  var otherFields = 0
  var startToFinish = 0
  var summaryLinks = 0
  var unknownLinks = 0
  var percentLags = 0
  var roundedLags = 0
  var otherConstraints = 0
  var foldedSummaries = 0
  var calendar = MSPDICalendarReader()

  /// Counts what the project and its tasks hold beyond the plan.
  ///
  /// - Complexity: O(elements).
  mutating func count(_ project: XMLElement, tasks: [MSPDITask], planwerkField: String?) {
    // Resources assigned to a task are its owner; only those of no task are left out.
    resources = MSPDIReading.unassignedResources(project)
    for task in tasks {
      let e = task.element
      if [e["Cost"], e["FixedCost"]].contains(where: { ($0.flatMap(Double.init) ?? 0) != 0 }) {
        costs += 1
      }
      if !e.all("Baseline").isEmpty { baselines += 1 }
      otherFields += e.all("ExtendedAttribute").filter { $0["FieldID"] != planwerkField }.count
    }
  }

  /// One line for each kind of thing left out, in Dutch and English.
  ///
  /// - Complexity: O(1).
  /// The first noun of a line in the singular, for a count of one: "1 taak met kosten".
  static let dutch = [
    ("samenvattingstaken", "samenvattingstaak"), ("taken", "taak"), ("resources", "resource"),
    ("hyperlinks die geen web- of mailadres zijn", "hyperlink die geen web- of mailadres is"),
    ("koppelingen", "koppeling"), ("wachttijden", "wachttijd"),
    ("waarden", "waarde"), ("beperkingen", "beperking"),
    ("afwijkende weekdagen", "afwijkende weekdag"),
    ("uitzonderingen die een dag werkdag maken", "uitzondering die een dag werkdag maakt"),
    ("terugkerende uitzonderingen", "terugkerende uitzondering"),
  ]
  static let english = [
    ("summary tasks", "summary task"), ("start-to-finish links", "start-to-finish link"),
    ("tasks", "task"), ("resources", "resource"),
    ("hyperlinks that are not", "hyperlink that is not"), ("links", "link"), ("lags", "lag"),
    ("values", "value"),
    ("constraints", "constraint"), ("weekdays that differ", "weekday that differs"),
    ("exceptions that make", "exception that makes"),
    ("recurring exceptions", "recurring exception"),
  ]

  static func one(_ text: String, _ nouns: [(String, String)]) -> String {
    for (many, single) in nouns where text.hasPrefix(many) {
      return single + text.dropFirst(many.count)
    }
    return text
  }

  var phrases: [Phrase] {
    func line(_ n: Int, _ nl: String, _ en: String) -> Phrase? {
      guard n != 0 else { return nil }
      guard n == 1 else { return Phrase(nl: "\(n) \(nl)", en: "\(n) \(en)") }
      return Phrase(nl: "1 " + Self.one(nl, Self.dutch), en: "1 " + Self.one(en, Self.english))
    }
    return [
      line(
        resources,
        "resources (mensen, middelen) zonder taak: Planwerk plant geen bezetting, een toegewezen resource wordt eigenaar",
        "resources (people, equipment) without a task: Planwerk does not plan staffing, an assigned resource becomes the owner"
      ),
      line(costs, "taken met kosten", "tasks with costs"),
      line(
        otherHyperlinks, "hyperlinks die geen web- of mailadres zijn",
        "hyperlinks that are not a web or mail address"),
      line(
        baselines, "taken met een basislijn van MS Project", "tasks with an MS Project baseline"),
      line(
        otherFields, "waarden in eigen velden (Text, Number, …)",
        "values in custom fields (Text, Number, …)"),
      line(
        startToFinish, "koppelingen begin-tot-einde (SF), die Planwerk niet kent",
        "start-to-finish links (SF), which Planwerk does not have"),
      line(
        summaryLinks, "koppelingen van of naar een samenvattingstaak",
        "links from or to a summary task"),
      line(
        unknownLinks, "koppelingen naar een taak die niet in het bestand staat",
        "links to a task the file does not hold"),
      line(
        percentLags, "wachttijden in procenten (als 0 gelezen)",
        "lags in percent (read as 0)"),
      line(
        roundedLags, "wachttijden in uren of minuten, afgerond op werkdagen",
        "lags in hours or minutes, rounded to working days"),
      line(
        otherConstraints,
        "beperkingen 'niet later beginnen dan', 'niet eerder eindigen dan' of 'zo laat mogelijk'",
        "constraints 'start no later than', 'finish no earlier than' or 'as late as possible'"),
      line(
        foldedSummaries,
        "samenvattingstaken onder een perceel: hun naam staat in de titel van hun taken",
        "summary tasks below a lot: their name is in their tasks' titles"),
      line(
        calendar.otherWeekdays,
        "afwijkende weekdagen in de kalender: Planwerk werkt maandag tot en met vrijdag",
        "weekdays that differ in the calendar: Planwerk works Monday to Friday"),
      line(
        calendar.workingExceptions, "uitzonderingen die een dag werkdag maken",
        "exceptions that make a day a working day"),
      line(
        calendar.recurringExceptions, "terugkerende uitzonderingen in de kalender",
        "recurring exceptions in the calendar"),
    ].compactMap { $0 }
  }
}
