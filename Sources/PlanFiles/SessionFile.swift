import PlanJSON
import PlanKit

/// The session file: `{"format": "planwerk-session", "journal": …, "plan": …, "settings": …,
/// "version": 3}`, keys sorted and one item per line (docs/file-format.md). Reading checks everything and
/// names the key path of the first problem; a file is accepted whole or not at all.
public enum SessionFile {
  public static let format = "planwerk-session"
  /// The newest version read. A file is written at the oldest version that holds it: 7 when
  /// it keeps lead times for decisions, versions given to calendars or a file `importeer`
  /// read; 6 when
  /// a date has a part of a quarter (`late-quarter`) or lies inside its window (a decision
  /// at its meeting, `Plan.landing`), 5 when
  /// the tender's order gave implicit links (`Plan.deriveProcess`), 4 when a shift by days
  /// moved a length or lag in months (`dayShift`), so that a file that needs nothing new still
  /// opens in a Planwerk that reads version 3. A file before version 5 gets its implicit links
  /// when it is read. Version 8 adds the commissie's dates and lead time and decisions of a
  /// portefeuillehouder.
  public static let version = 8
  /// What `exporteer json` writes (`PlanJSONExport.format`, docs/file-format.md), spelled out
  /// here so that the files need not link the exports to know an export when one is opened.
  static let exportFormat = "planwerk-plan"
  /// The key of the commissie's lead time among a plan's lead times, which are otherwise by
  /// kind of decision.
  static let committeeLeadKey = "commissie"

  /// What a session file holds.
  public struct Contents: Sendable {
    public var plan: Plan
    public var settings: Settings
    public var journal: Journal
    /// The version the file was written at.
    public var version = SessionFile.version
    /// The scheduler the plan was checked and scheduled on when it was read: its graph and
    /// working days, for the session to keep rather than build again for its first change.
    public var scheduler: Scheduler?

    public init(plan: Plan, settings: Settings, journal: Journal = Journal()) {
      self.plan = plan
      self.settings = settings
      self.journal = journal
    }
  }

  /// The file's text, streamed: lots, items and links go straight into one buffer.
  ///
  /// - Complexity: O(plan + journal).
  public static func encode(_ plan: Plan, _ settings: Settings, journal: Journal = Journal())
    -> String
  {
    String(decoding: encodedBytes(plan, settings, journal: journal), as: UTF8.self)
  }

  /// The file as UTF-8, in a buffer sized for it up front: growing a buffer of 70 MB by
  /// doubling would hold the old and the new one at once.
  ///
  /// - Complexity: O(plan + journal).
  public static func encodedBytes(
    _ plan: Plan, _ settings: Settings, journal: Journal = Journal()
  ) -> [UInt8] {
    var settingsObject: JSONObject = [
      "ascii": .bool(settings.ascii), "language": .string(settings.language.rawValue),
    ]
    if let today = settings.today { settingsObject["today"] = .string(today.iso) }
    if !settings.published.isEmpty {
      settingsObject["published"] = .array(
        settings.published.sorted { $0.key < $1.key }.map { uid, event in
          .object([
            "uid": .string(uid), "sequence": .int(event.sequence),
            "fingerprint": .string(event.fingerprint), "modified": .string(event.modified),
          ])
        })
    }
    let items = plan.itemCount + (journal.base?.itemCount ?? 0)
    var out = JSONStream(
      capacity: 360 * items + 110 * plan.links.count + estimatedSize(of: journal.steps) + 4096)
    out.beginObject()
    out.member("format", .string(format))
    out.beginObject("journal")
    if let base = journal.base {
      write(base, "base", into: &out)
    } else {
      out.member("base", .null)
    }
    out.beginArray("steps")
    for step in journal.steps { out.line { encode(step, &$0) } }
    out.endArray()
    out.endObject()
    write(plan, "plan", into: &out)
    out.member("settings", .object(settingsObject))
    out.member(
      "version", .int(settings.published.isEmpty ? version(plan, journal: journal) : 7))
    out.endObject()
    return out.finishBytes()
  }

  /// About what `steps` take as lines of the file: their texts and the members' keys.
  ///
  /// - Complexity: O(steps and their effects).
  static func estimatedSize(of steps: [Journal.Step]) -> Int {
    steps.reduce(0) { size, step in
      step.effect.reduce(size + 100 + step.command.utf8.count + step.time.utf8.count) {
        $0 + $1.utf8.count + 4
      }
    }
  }

  /// The oldest version that holds the plan, its journal's base and its baselines' plans.
  ///
  /// - Complexity: O(plan).
  static func version(_ plan: Plan, journal: Journal) -> Int {
    func annotated(_ plan: Plan) -> Bool {
      plan.lots.contains { $0.owner != nil || $0.note != nil || !$0.documents.isEmpty }
        || plan.items.contains {
          $0.owner != nil || $0.note != nil || !$0.documents.isEmpty || $0.progress != nil
        }
    }
    // Version 8: the commissie's dates and lead time, and decisions of a portefeuillehouder.
    func committee(_ plan: Plan) -> Bool {
      !plan.meetings.committee.isEmpty || plan.meetings.committeeLeadTime != nil
        || plan.items.contains { $0.kind == DecisionKind.portefeuillehouderbesluit.rawValue }
    }
    if committee(plan) || journal.base.map(committee) == true {
      return 8
    }
    if !plan.meetings.leadTimes.isEmpty || journal.base?.meetings.leadTimes.isEmpty == false
      || journal.steps.contains(where: { $0.imported != nil }) || annotated(plan)
      || journal.base.map(annotated) == true || plan.baselines.contains(where: { !$0.done.isEmpty })
    {
      return 7
    }
    func shifted(_ plan: Plan) -> Bool {
      plan.links.contains { $0.dayShift != 0 } || plan.items.contains { $0.dayShift != 0 }
    }
    func process(_ plan: Plan) -> Bool {
      !plan.removedLinks.isEmpty || plan.links.contains(where: \.implicit)
    }
    if datesOfVersion6(plan) || journal.base.map(datesOfVersion6) == true { return 6 }
    if process(plan) || journal.base.map(process) == true { return 5 }
    return shifted(plan) || journal.base.map(shifted) == true ? 4 : 3
  }

  /// Whether a date of the plan or of its baselines is one a Planwerk before version 6
  /// refuses: a part of a quarter, or a day inside its window rather than at its start.
  ///
  /// - Complexity: O(plan and baselines).
  static func datesOfVersion6(_ plan: Plan) -> Bool {
    func new(_ date: PlanDate?) -> Bool {
      guard let date, date.precision != .day else { return false }
      switch date.precision {
      case .earlyQuarter, .midQuarter, .lateQuarter: return true
      default: return !date.precision.isWindowStart(date.day)
      }
    }
    return plan.items.contains { item in
      var until: PlanDate?
      if case .until(let date) = item.length { until = date }
      return new(item.start) || new(item.end) || new(item.anchor) || new(item.deadline)
        || new(item.notBefore) || new(until)
    }
      || plan.baselines.contains { baseline in
        baseline.items.contains { new($0.span.start) || new($0.span.end) }
      }
  }

  static func write(_ plan: Plan, _ key: StaticString, into out: inout JSONStream) {
    out.beginObject(key)
    out.beginArray("baselines")
    for baseline in plan.baselines {
      out.beginObject()
      if !baseline.done.isEmpty {
        out.member("done", .array(baseline.done.sorted().map { .string($0) }))
      }
      out.beginArray("items")
      for entry in baseline.items { out.line { encode(entry, &$0) } }
      out.endArray()
      out.member("name", .string(baseline.name))
      out.member("taken", .string(baseline.taken.iso))
      out.endObject()
    }
    out.endArray()
    out.member("calendar", encode(plan.calendar))
    out.beginArray("links")
    for link in plan.links { out.line { encode(link, &$0) } }
    out.endArray()
    out.beginArray("lots")
    for lot in plan.lots {
      out.beginObject()
      if let annual = lot.annual { out.member("annual", .int(annual)) }
      if !lot.documents.isEmpty {
        out.member("documents", .array(lot.documents.map { .string(documentText($0)) }))
      }
      out.member("id", .string(lot.id))
      out.beginArray("items")
      for item in lot.items { out.line { encode(item, &$0) } }
      out.endArray()
      if let note = lot.note { out.member("note", .string(note)) }
      if let owner = lot.owner { out.member("owner", .string(owner)) }
      if let procedure = lot.procedure { out.member("procedure", .string(procedure.rawValue)) }
      if let term = lot.term {
        out.member("term", .string(term.map(String.init).joined(separator: "+")))
      }
      out.member("title", .string(lot.title))
      if let value = lot.value { out.member("value", .int(value)) }
      out.endObject()
    }
    out.endArray()
    if plan.meetings != Meetings() {
      var meetings: JSONObject = [
        "collegeDay": .int(plan.meetings.collegeDay),
        "council": .array(plan.meetings.council.map { .string($0.iso) }),
      ]
      if !plan.meetings.colleges.isEmpty {
        meetings["colleges"] = .object(JSONObject(plan.meetings.colleges.mapValues { .int($0) }))
      }
      if !plan.meetings.committee.isEmpty {
        meetings["committee"] = .array(plan.meetings.committee.map { .string($0.iso) })
      }
      var leadTimes = Dictionary(
        uniqueKeysWithValues: plan.meetings.leadTimes.map { kind, lead in
          (kind.rawValue, JSONValue.string(durationText(lead)))
        })
      if let lead = plan.meetings.committeeLeadTime {
        leadTimes[Self.committeeLeadKey] = .string(durationText(lead))
      }
      if !leadTimes.isEmpty { meetings["leadTimes"] = .object(JSONObject(leadTimes)) }
      out.member("meetings", .object(meetings))
    }
    out.beginArray("milestones")
    for item in plan.milestones { out.line { encode(item, &$0) } }
    out.endArray()
    if let organisation = plan.organisation { out.member("organisation", .string(organisation)) }
    if !plan.removedLinks.isEmpty {
      out.beginArray("removedLinks")
      for link in plan.removedLinks { out.line { encode(link, &$0) } }
      out.endArray()
    }
    out.member("title", .string(plan.title))
    out.endObject()
  }

  static func encode(_ link: Link, _ line: inout JSONLine) {
    if link.dayShift != 0 { line.add("dayShift", link.dayShift) }
    line.add("from", link.from)
    if link.implicit { line.add("implicit", true) }
    line.add("kind", link.kind.rawValue)
    line.add("lag", durationText(link.lag))
    if let minimum = link.minimum {
      line.add("minimumDays", minimum.days)
      line.add("minimumSource", minimum.source)
    }
    line.add("to", link.to)
  }

  static func encode(_ calendar: WorkCalendar) -> JSONValue {
    .object([
      "holidays": .string(calendar.holidays.rawValue),
      "closings": .array(
        calendar.closings.map { closing in
          var members: JSONObject = [
            "start": .string(closing.days.lowerBound.iso),
            "end": .string(closing.days.upperBound.iso),
          ]
          if let title = closing.title { members["title"] = .string(title) }
          return .object(members)
        }),
    ])
  }

  /// "Collegevoorstel https://…": the name, a space and the address, which has no spaces.
  static func documentText(_ document: Document) -> String {
    "\(document.name) \(document.url)"
  }

  static func readDocuments(_ reader: inout ObjectReader) throws(PlanError) -> [Document] {
    guard reader.has("documents") else { return [] }
    return try reader.array("documents").mapChecked { value, place throws(PlanError) in
      guard let text = value.string, let space = text.lastIndex(of: " ") else {
        throw PlanError(
          nl: "\(place): verwacht \"NAAM ADRES\"", en: "\(place): expected \"NAME ADDRESS\"")
      }
      let url: String
      do throws(PlanError) {
        url = try Document.validate(String(text[text.index(after: space)...]))
      } catch {
        throw PlanError(
          nl: "\(place): \(error.message.nl)", en: "\(place): \(error.message.en)")
      }
      return Document(name: String(text[..<space]), url: url)
    }
  }

  /// "6 months", "-2 weeks", "20 working-days".
  static func durationText(_ duration: PlanDuration) -> String {
    "\(duration.amount) \(duration.unit.rawValue)"
  }

  /// One line per item, keys in sorted order.
  static func encode(_ item: Item, _ line: inout JSONLine) {
    if let date = item.anchor {
      line.add("anchor", date.day)
      line.add("anchorPrecision", date.precision.rawValue)
    }
    if item.dayShift != 0 { line.add("dayShift", item.dayShift) }
    if let date = item.deadline {
      line.add("deadline", date.day)
      line.add("deadlinePrecision", date.precision.rawValue)
    }
    if !item.documents.isEmpty { line.add("documents", strings: item.documents.map(documentText)) }
    if case .duration(let duration) = item.length {
      line.add("duration", durationText(duration))
    }
    if item.type == .phase {
      line.add("end", item.end.day)
      line.add("endPrecision", item.end.precision.rawValue)
    }
    if let finished = item.progress?.finished { line.add("finished", finished) }
    if item.fixed { line.add("fixed", true) }
    line.add("id", item.id)
    line.add("kind", item.kind)
    if let date = item.notBefore {
      line.add("notBefore", date.day)
      line.add("notBeforePrecision", date.precision.rawValue)
    }
    if let note = item.note { line.add("note", note) }
    if let owner = item.owner { line.add("owner", owner) }
    if let percent = item.progress?.percent { line.add("percent", percent) }
    if let percentOn = item.progress?.percentOn { line.add("percentOn", percentOn) }
    line.add("start", item.start.day)
    line.add("startPrecision", item.start.precision.rawValue)
    if let started = item.progress?.started { line.add("started", started) }
    if let title = item.title { line.add("title", title) }
    line.add("type", item.type.rawValue)
    if case .until(let until) = item.length {
      line.add("until", until.day)
      line.add("untilPrecision", until.precision.rawValue)
    }
  }

  // MARK: - Reading

  public static func decode(_ text: String) throws(PlanError) -> Contents {
    var text = text
    return try text.withTypedUTF8(decode)
  }

  /// A session from its UTF-8 bytes, as `FileAccess.withBytes` lends them.
  public static func decode(_ bytes: UnsafeBufferPointer<UInt8>) throws(PlanError) -> Contents {
    try JSONDocument.parse(withoutByteOrderMark(bytes), refusing: notJSON, decode)
  }

  /// The bytes after a UTF-8 byte-order mark, which Notepad writes before hand-edited JSON:
  /// an offset into the same bytes, so a large session is not copied to skip three.
  static func withoutByteOrderMark(_ bytes: UnsafeBufferPointer<UInt8>)
    -> UnsafeBufferPointer<UInt8>
  {
    guard bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF else {
      return bytes
    }
    return UnsafeBufferPointer(rebasing: bytes[3...])
  }

  static func notJSON(_ error: JSONParser.Failure) -> PlanError {
    PlanError(
      nl: "geen geldige JSON (regel \(error.line), kolom \(error.column)): \(error.message.nl)",
      en: "not valid JSON (line \(error.line), column \(error.column)): \(error.message.en)")
  }

  static func decode(_ root: JSONNode) throws(PlanError) -> Contents {
    var reader = try ObjectReader(root, path: "")
    let format = try reader.string("format")
    guard format == Self.format else {
      throw PlanError(
        nl: "dit is geen Planwerk-sessie (format is '\(format)')",
        en: "this is not a Planwerk session (format is '\(format)')",
        hint: format == exportFormat
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
    let (plan, scheduler) = try readScheduled(&planReader, version: version)
    var journal = Journal()
    if version >= 3 {
      var journalReader = try reader.object("journal")
      journal = try readJournal(&journalReader, version: version)
    }
    var settingsReader = try reader.object("settings")
    var settings = Settings()
    settings.language = try settingsReader.choice("language")
    settings.ascii = try settingsReader.bool("ascii")
    if settingsReader.has("published") {
      let events = try settingsReader.array("published").mapChecked {
        value, path throws(PlanError) in
        var event = try ObjectReader(value, path: path)
        let read = (
          try event.string("uid"),
          PublishedEvent(
            sequence: try event.int("sequence"), fingerprint: try event.string("fingerprint"),
            modified: try event.string("modified"))
        )
        try event.finish()
        return read
      }
      settings.published = Dictionary(events, uniquingKeysWith: { _, last in last })
    }
    if let today = try settingsReader.optionalString("today") {
      settings.today = try day(today, "settings.today")
    }
    try settingsReader.finish()
    try reader.finish()
    var contents = Contents(plan: plan, settings: settings, journal: journal)
    contents.version = version
    contents.scheduler = scheduler
    return contents
  }

  /// A plan object, checked whole and scheduled.
  ///
  /// - Complexity: O(plan).
  static func readPlan(_ reader: inout ObjectReader, version: Int) throws(PlanError) -> Plan {
    try readScheduled(&reader, version: version).plan
  }

  /// A plan object, checked whole and scheduled, with the scheduler that did it.
  ///
  /// - Complexity: O(plan).
  static func readScheduled(_ reader: inout ObjectReader, version: Int) throws(PlanError) -> (
    plan: Plan, scheduler: Scheduler
  ) {
    let path = reader.path
    let title = try reader.string("title")
    let organisation = try reader.optionalString("organisation")
    let lots = try reader.array("lots").mapChecked { value, path throws(PlanError) in
      try decodeLot(value, path, version: version)
    }
    let milestones = try reader.array("milestones").mapChecked { value, path throws(PlanError) in
      try decodeItem(value, path, lot: nil, version: version)
    }
    // Made whole at once: the plan indexes its items once.
    var plan = Plan(title: title, organisation: organisation, lots: lots, milestones: milestones)
    if version >= 2 {
      plan.links = try reader.array("links").mapChecked { value, path throws(PlanError) in
        try decodeLink(value, path, version: version)
      }
      var calendarReader = try reader.object("calendar")
      plan.calendar = try decodeCalendar(&calendarReader)
    }
    if version >= 3, reader.has("meetings") {
      var meetings = try reader.object("meetings")
      func weekday(_ reader: inout ObjectReader, _ key: String) throws(PlanError) -> Int {
        let day = try reader.int(key)
        guard (1...7).contains(day) else {
          throw PlanError(
            nl: "\(reader.path).\(key): een weekdag is 1 (maandag) tot en met 7",
            en: "\(reader.path).\(key): a weekday is 1 (Monday) to 7")
        }
        return day
      }
      plan.meetings.collegeDay = try weekday(&meetings, "collegeDay")
      if meetings.has("colleges") {
        var colleges = try meetings.object("colleges")
        for id in colleges.keys {
          guard Identifier.isValidPart(id) else {
            throw PlanError(
              nl: "\(colleges.path).\(id): geen geldige naam",
              en: "\(colleges.path).\(id): not a valid name")
          }
          plan.meetings.colleges[id] = try weekday(&colleges, id)
        }
        try colleges.finish()
      }
      let dates = { (key: String) throws(PlanError) -> [Day] in
        try meetings.array(key).mapChecked { value, place throws(PlanError) in
          guard let text = value.string else {
            throw PlanError(nl: "\(place): verwacht een datum", en: "\(place): expected a date")
          }
          return try day(text, place.description)
        }.sorted()
      }
      if meetings.has("committee") { plan.meetings.committee = try dates("committee") }
      plan.meetings.council = try dates("council")
      if meetings.has("leadTimes") {
        var leadTimes = try meetings.object("leadTimes")
        for key in leadTimes.keys {
          if key == Self.committeeLeadKey {
            plan.meetings.committeeLeadTime = try duration(
              try leadTimes.string(key), "\(leadTimes.path).\(key)")
            continue
          }
          guard let kind = DecisionKind(rawValue: key) else {
            throw PlanError(
              nl: "\(leadTimes.path).\(key): geen soort besluit (\(DecisionKind.allNames))",
              en: "\(leadTimes.path).\(key): not a kind of decision (\(DecisionKind.allNames))")
          }
          plan.meetings.leadTimes[kind] = try duration(
            try leadTimes.string(key), "\(leadTimes.path).\(key)")
        }
        try leadTimes.finish()
      }
      try meetings.finish()
    }
    if version >= 3, reader.has("baselines") {
      plan.baselines = try reader.array("baselines").mapChecked { value, path throws(PlanError) in
        try decodeBaseline(value, path)
      }
    }
    if version >= 5, reader.has("removedLinks") {
      plan.removedLinks = try reader.array("removedLinks").mapChecked {
        value, path throws(PlanError) in try decodeLink(value, path, version: version)
      }
    }
    try reader.finish()
    // Before version 5 the tender's order was not kept: it comes now, from the kinds.
    if version < 5 { plan.deriveProcess() }
    let graph = PlanGraph(plan)
    if let defect = plan.structuralDefect(graph) {
      throw PlanError(Phrase("\(path): ") + defect)
    }
    let scheduler = Scheduler(plan, graph: graph)
    if case .failure(let cycle) = scheduler.run(&plan, from: nil) {
      let text = scheduler.graph.text(cycle, in: plan)
      throw PlanError(
        nl: "\(path).links: de koppelingen vormen een kring: \(text)",
        en: "\(path).links: the links form a cycle: \(text)")
    }
    // Scheduling may carry a derived date out of the years a plan can hold.
    for item in plan.items {
      if let defect = item.defect { throw PlanError(Phrase("\(path): \(item.id): ") + defect) }
    }
    return (plan, scheduler)
  }

  static func decodeLot(_ value: JSONNode, _ path: ObjectReader.Place, version: Int)
    throws(PlanError) -> Lot
  {
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
    lot.annual = try reader.optionalInt("annual")
    lot.documents = try readDocuments(&reader)
    lot.note = try reader.optionalString("note")
    lot.owner = try reader.optionalString("owner")
    if let text = try reader.optionalString("term") {
      let term = text.split(separator: "+").compactMap { Int($0) }
      guard term.count == text.split(separator: "+", omittingEmptySubsequences: false).count,
        term.allSatisfy({ (1...20).contains($0) }), lot.annual != nil
      else {
        throw PlanError(
          nl: "\(path).term: '\(text)' is geen looptijd in jaren (zoals 1+1+1), bij 'annual'",
          en: "\(path).term: '\(text)' is not a term in years (like 1+1+1), with 'annual'")
      }
      lot.term = term
    }
    if let value = lot.value, value < 0 {
      throw PlanError(
        nl: "\(path).value: een waarde is niet negatief",
        en: "\(path).value: a value is not negative")
    }
    lot.items = try reader.array("items").mapChecked { value, itemPath throws(PlanError) in
      try decodeItem(value, itemPath, lot: id, version: version)
    }
    try reader.finish()
    return lot
  }

  static func decodeItem(_ value: JSONNode, _ path: ObjectReader.Place, lot: String?, version: Int)
    throws(PlanError) -> Item
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
    // From here on the keys are read in the file's (sorted) order, which the reader finds
    // fastest. Version 1 held given dates only; version 2 adds how the item is scheduled.
    let scheduled = version >= 2
    let kind = try reader.string("kind")
    let notBefore = scheduled ? try optionalDate(&reader, "notBefore", path) : nil
    let start = try date(&reader, "start", path)
    let title = try reader.optionalString("title")
    let type: Item.ItemType = try reader.choice("type")
    let phase = scheduled && type == .phase
    let until = phase ? try optionalDate(&reader, "until", path) : nil
    let anchor = scheduled ? try optionalDate(&reader, "anchor", path) : nil
    let deadline = scheduled ? try optionalDate(&reader, "deadline", path) : nil
    let duration = phase ? try reader.optionalString("duration") : nil
    let end = type == .phase ? try date(&reader, "end", path) : start
    var item = Item(id: id, type: type, kind: kind, title: title, start: start, end: end)
    item.dayShift = try dayShift(&reader, version, path)
    if scheduled {
      item.anchor = anchor
      item.fixed =
        try reader.optional("fixed") { reader, key throws(PlanError) in try reader.bool(key) }
        ?? false
      item.notBefore = notBefore
      item.deadline = deadline
    }
    item.documents = try readDocuments(&reader)
    item.note = try reader.optionalString("note")
    item.owner = try reader.optionalString("owner")
    let finished = try reader.optionalString("finished").map { text throws(PlanError) in
      try day(text, "\(path).finished")
    }
    let started = try reader.optionalString("started").map { text throws(PlanError) in
      try day(text, "\(path).started")
    }
    let percent = try reader.optionalInt("percent")
    if let percent, !(0...100).contains(percent) {
      throw PlanError(
        nl: "\(path).percent: 0 tot en met 100", en: "\(path).percent: 0 to 100")
    }
    let percentOn = try reader.optionalString("percentOn").map { text throws(PlanError) in
      try day(text, "\(path).percentOn")
    }
    if finished != nil || started != nil || percent != nil {
      item.progress = Progress(
        started: started, finished: finished, percent: percent, percentOn: percentOn)
    }
    if phase {
      switch (until, duration) {
      case (let until?, nil): item.length = .until(until)
      case (nil, let text?): item.length = .duration(try self.duration(text, "\(path).duration"))
      default:
        throw PlanError(
          nl: "\(path): een fase heeft 'until' of 'duration', precies één van beide",
          en: "\(path): a phase has 'until' or 'duration', exactly one of them")
      }
    }
    try reader.finish()
    // From version 2 on, start and end are derived and recomputed: the rules must hold.
    if let defect = version >= 2 ? item.ruleDefect : item.defect {
      throw PlanError(Phrase("\(path): ") + defect)
    }
    return item
  }

  /// Days a shift moved a length or lag in months by (`Item.dayShift`), from version 4 on.
  static func dayShift(_ reader: inout ObjectReader, _ version: Int, _ path: ObjectReader.Place)
    throws(PlanError) -> Int
  {
    guard version >= 4, let days = try reader.optionalInt("dayShift") else { return 0 }
    guard abs(days) <= 3_652_425 else {
      throw PlanError(
        nl: "\(path).dayShift: \(days) dagen ligt buiten de jaren 1000–9999",
        en: "\(path).dayShift: \(days) days fall outside the years 1000–9999")
    }
    return days
  }

  static func optionalDate(_ reader: inout ObjectReader, _ key: String, _ path: ObjectReader.Place)
    throws(PlanError) -> PlanDate?
  {
    guard reader.has(key) else { return nil }
    return try date(&reader, key, path)
  }

  static func duration(_ text: String, _ path: @autoclosure () -> String) throws(PlanError)
    -> PlanDuration
  {
    // By bytes: a session file holds one per phase and link.
    let utf8 = text.utf8
    let space = utf8.firstIndex(of: UInt8(ascii: " ")) ?? utf8.endIndex
    let rest = space < utf8.endIndex ? Substring(utf8[utf8.index(after: space)...]) : ""
    guard let amount = Int(Substring(utf8[..<space])),
      let unit = PlanDuration.Unit(rawValue: String(rest)), abs(amount) <= unit.limit
    else {
      throw PlanError(
        nl: "\(path()): '\(text)' is geen duur (zoals '6 months' of '20 working-days')",
        en: "\(path()): '\(text)' is not a duration (like '6 months' or '20 working-days')")
    }
    return PlanDuration(amount, unit)
  }

  static func decodeLink(_ value: JSONNode, _ path: ObjectReader.Place, version: Int)
    throws(PlanError) -> Link
  {
    var reader = try ObjectReader(value, path: path)
    // In the file's (sorted) order, which the reader finds fastest.
    let from = try reader.string("from")
    let kind: Link.Kind = try reader.choice("kind")
    let lag = try duration(try reader.string("lag"), "\(path).lag")
    var minimum: StatutoryPeriod?
    if let days = try reader.optionalInt("minimumDays") {
      guard (0...3650).contains(days) else {
        throw PlanError(
          nl: "\(path).minimumDays: \(days) dagen kan geen wettelijke termijn zijn",
          en: "\(path).minimumDays: \(days) days cannot be a statutory period")
      }
      minimum = StatutoryPeriod(days: days, source: try reader.string("minimumSource"))
    }
    var link = Link(from: from, to: try reader.string("to"), kind: kind, lag: lag)
    link.minimum = minimum
    link.dayShift = try dayShift(&reader, version, path)
    if version >= 5 { link.implicit = try reader.optionalBool("implicit") ?? false }
    try reader.finish()
    return link
  }

  static func decodeCalendar(_ reader: inout ObjectReader) throws(PlanError) -> WorkCalendar {
    var calendar = WorkCalendar(holidays: try reader.choice("holidays"))
    calendar.closings = try reader.array("closings").mapChecked { value, path throws(PlanError) in
      var closing = try ObjectReader(value, path: path)
      let start = try day(try closing.string("start"), "\(path).start")
      let end = try day(try closing.string("end"), "\(path).end")
      guard start < end, start.days(until: end) <= 366 else {
        throw PlanError(
          nl: "\(path): een sluiting loopt van 'start' tot een latere 'end', hoogstens een jaar",
          en: "\(path): a closing runs from 'start' to a later 'end', a year at most")
      }
      let title = try closing.optionalString("title")
      try closing.finish()
      return Closing(days: start..<end, title: title)
    }
    try reader.finish()
    return calendar
  }

  /// The precision key of a date key, spelled out: building it, or hashing the key to look it
  /// up, showed up when opening large plans.
  static func precisionKey(_ key: String) -> String {
    switch key {
    case "start": "startPrecision"
    case "end": "endPrecision"
    case "anchor": "anchorPrecision"
    case "notBefore": "notBeforePrecision"
    case "deadline": "deadlinePrecision"
    case "until": "untilPrecision"
    default: key + "Precision"
    }
  }

  static func date(_ reader: inout ObjectReader, _ key: String, _ path: ObjectReader.Place)
    throws(PlanError)
    -> PlanDate
  {
    let day = try reader.string(key, as: Day.init(isoUTF8:)) { text in
      notADate(text, "\(path).\(key)")
    }
    let precision: DatePrecision = try reader.choice(precisionKey(key))
    // A date starts its window; from version 6 a decision may lie inside it (at its meeting).
    guard precision.isWindowStart(day) || precision.windowStart(of: day) != nil else {
      throw PlanError(
        nl: "\(path).\(key): \(day.iso) ligt in geen \(precision.rawValue)",
        en: "\(path).\(key): \(day.iso) lies in no \(precision.rawValue)")
    }
    return PlanDate(day, precision)
  }

  static func day(_ text: String, _ path: @autoclosure () -> String) throws(PlanError) -> Day {
    guard let day = Day(iso: text) else { throw notADate(text, path()) }
    return day
  }

  static func notADate(_ text: String, _ path: String) -> PlanError {
    PlanError(
      nl: "\(path): '\(text)' is geen datum (JJJJ-MM-DD)",
      en: "\(path): '\(text)' is not a date (YYYY-MM-DD)")
  }
}
