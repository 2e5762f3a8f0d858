/// The decision calendar (DOMAIN §d): every decision of the plan in date order, with the
/// meeting it must be on, the last day to hand in its proposal (the meeting less the lead time
/// of its kind, `Meetings.leadTime`) and whether that is still possible on `today`. A
/// secretariat plans agendas from it; a project leader sees which proposals are due.
public struct DecisionCalendar: Sendable {
  public struct Entry: Sendable, Equatable {
    public enum Status: Sendable, Equatable {
      /// Reported taken (`gereed`).
      case taken
      /// The meeting is past and nobody reported the decision taken: it may not have been.
      case passed
      /// The proposal can still be handed in: so many working days are left, 0 on the day.
      case due(workingDays: Int)
      /// The day to hand in is past, the meeting not: by so many working days, and the first
      /// meeting whose day to hand in is still ahead.
      case late(workingDays: Int, next: Day?)
      /// A regional decision whose colleges are late: it waits for them, and comes no earlier
      /// than the last of their meetings still in reach (nil: one has none in reach).
      case waiting(on: [String], earliest: Day?)
    }

    public let item: Item
    public let kind: DecisionKind
    /// Who decides: the college, a municipality's college in a regional plan ("Baarn"), the
    /// raad.
    public let body: Phrase
    /// The meeting the decision is taken at: the body's meeting on or before its date.
    public let meeting: Day
    /// Whether `meeting` is a known meeting; false for a raad whose dates the plan lacks.
    public let meetingKnown: Bool
    /// The commissie that prepares a raad's decision, when the plan knows its dates: the
    /// proposal is due a lead time before it.
    public let committee: Day?
    public let handIn: Day
    public let status: Status
  }

  public let entries: [Entry]
  /// The day the statuses are of.
  public let today: Day

  /// - Complexity: O(decisions × log decisions) over the plan's items, O(plan) to find them:
  ///   `besluiten` reads the whole plan once by nature.
  public init(_ plan: Plan, today: Day, workdays: WorkdayTable) {
    self.today = today
    var entries: [Entry] = []
    // The colleges a regional decision waits for, each a municipality's own.
    let regional = Set(
      plan.links.filter { plan.item($0.to)?.kind == DecisionKind.regiobesluit.rawValue }.map(\.from)
    )
    for item in plan.allItems where item.type == .milestone {
      guard let kind = DecisionKind(rawValue: item.kind) else { continue }
      entries.append(
        Self.entry(
          item, kind, plan.meetings, regional: regional.contains(item.id), today: today,
          workdays: workdays))
    }
    entries = Self.waiting(entries, plan)
    self.entries = entries.sorted {
      ($0.item.start.day, $0.item.id) < ($1.item.start.day, $1.item.id)
    }
  }

  /// Regional decisions still to take whose colleges are late: waiting on those colleges, no
  /// earlier than the last meeting still in reach of any of them.
  ///
  /// - Complexity: O(decisions + links into regional decisions).
  static func waiting(_ entries: [Entry], _ plan: Plan) -> [Entry] {
    let byID = Dictionary(entries.map { ($0.item.id, $0) }, uniquingKeysWith: { a, _ in a })
    var colleges: [String: [String]] = [:]
    for link in plan.links where byID[link.to]?.kind == .regiobesluit {
      colleges[link.to, default: []].append(link.from)
    }
    return entries.map { entry in
      guard entry.kind == .regiobesluit, entry.status != .taken, entry.status != .passed,
        let from = colleges[entry.item.id]
      else { return entry }
      var late: [String] = []
      var earliest: Day? = entry.meeting
      for id in from {
        guard case .late(_, let next)? = byID[id]?.status else { continue }
        late.append(id)
        earliest = next.flatMap { next in earliest.map { max($0, next) } }
      }
      guard !late.isEmpty else { return entry }
      return Entry(
        item: entry.item, kind: entry.kind, body: entry.body, meeting: entry.meeting,
        meetingKnown: entry.meetingKnown, committee: nil, handIn: entry.handIn,
        status: .waiting(on: late, earliest: earliest))
    }
  }

  static func entry(
    _ item: Item, _ kind: DecisionKind, _ meetings: Meetings, regional: Bool, today: Day,
    workdays: WorkdayTable
  ) -> Entry {
    let day = item.start.day
    let (body, meeting, known) = Self.meeting(of: item, kind, meetings, on: day, workdays)
    let who = kind == .collegebesluit ? college(item, meetings, regional: regional) : body
    let committee = known ? Self.committee(before: meeting, kind, meetings) : nil
    let handIn = Self.handIn(for: meeting, kind, meetings, workdays)
    let status: Entry.Status
    if item.progress?.finished != nil {
      status = .taken
    } else if meeting < today {
      status = .passed
    } else if handIn >= today {
      status = .due(workingDays: workdays.count(from: today, to: handIn))
    } else {
      var next = meeting.adding(days: 1)
      var found: Day?
      // The next meeting of the same body whose proposal can still be handed in; a year of
      // weekly meetings at most.
      for _ in 0..<60 {
        guard let candidate = Self.nextMeeting(of: item, kind, meetings, from: next, workdays)
        else { break }
        if Self.handIn(for: candidate, kind, meetings, workdays) >= today {
          found = candidate
          break
        }
        next = candidate.adding(days: 1)
      }
      status = .late(workingDays: workdays.count(from: handIn, to: today), next: found)
    }
    return Entry(
      item: item, kind: kind, body: who, meeting: meeting, meetingKnown: known,
      committee: committee, handIn: handIn, status: status)
  }

  /// The commissie before a raad meeting, for a decision the raad takes.
  static func committee(before meeting: Day, _ kind: DecisionKind, _ meetings: Meetings) -> Day? {
    guard kind == .raadsbesluit || kind == .wensenEnBedenkingen else { return nil }
    return meetings.committee(before: meeting)
  }

  /// The body, its meeting on or before `day` (the raad's date when the plan knows its dates,
  /// else `day` itself), and whether that meeting is known.
  static func meeting(
    of item: Item, _ kind: DecisionKind, _ meetings: Meetings, on day: Day,
    _ workdays: WorkdayTable
  ) -> (Phrase, Day, Bool) {
    switch kind {
    case .raadsbesluit, .wensenEnBedenkingen:
      let raad = Phrase(nl: "raad", en: "council")
      guard let last = meetings.council.last(where: { $0 <= day }) else {
        return (raad, day, false)
      }
      return (raad, last, true)
    case .regiobesluit:
      // Taken when the last college has decided: its own date, each college listed apart; on
      // the first working day from it, as nobody decides on a holiday.
      return (Phrase(nl: "regio", en: "region"), workdays.nextWorkingDay(onOrAfter: day), true)
    case .portefeuillehouderbesluit:
      // A wethouder decides under mandate on a working day of their own, at no meeting.
      var meeting = day
      while !workdays.isWorkingDay(meeting) { meeting = meeting.adding(days: -1) }
      return (Phrase(nl: "portefeuillehouder", en: "portfolio holder"), meeting, true)
    case .collegebesluit, .raadsinformatiebrief:
      let weekday = meetings.collegeDay(for: item.name)
      var meeting = day
      while meeting.weekday != weekday || !workdays.isWorkingDay(meeting) {
        meeting = meeting.adding(days: -1)
        if day.days(until: meeting) < -14 { return (Phrase("college"), day, false) }
      }
      return (Phrase("college"), meeting, true)
    }
  }

  /// The next meeting of the decision's body from `day` on, on a working day; nil for a raad
  /// without dates.
  static func nextMeeting(
    of item: Item, _ kind: DecisionKind, _ meetings: Meetings, from day: Day,
    _ workdays: WorkdayTable
  ) -> Day? {
    switch kind {
    case .raadsbesluit, .wensenEnBedenkingen: return meetings.council.first { $0 >= day }
    case .regiobesluit: return nil
    case .portefeuillehouderbesluit: return workdays.nextWorkingDay(onOrAfter: day)
    case .collegebesluit, .raadsinformatiebrief:
      let weekday = meetings.collegeDay(for: item.name)
      let first = day.adding(days: (weekday - day.weekday + 7) % 7)
      // Not on a holiday: the meeting after it.
      return meetings.collegeMeetings(
        around: first.adding(days: -1), on: weekday, workdays: workdays
      ).1
    }
  }

  /// "college", or the municipality's own college in a regional plan: `college-baarn`, which
  /// a regional decision waits for or which meets on a day of its own, is the college of Baarn.
  static func college(_ item: Item, _ meetings: Meetings, regional: Bool) -> Phrase {
    let name = item.name
    guard let place = DecisionKind.municipality(ofCollege: name),
      regional || meetings.colleges[name] != nil
    else {
      return Phrase("college")
    }
    return Phrase(nl: "college \(place)", en: "college of \(place)")
  }

  /// The last working day on or before the meeting less the lead time; for a raad's decision
  /// whose commissie the plan knows, the commissie less its lead time.
  static func handIn(
    for meeting: Day, _ kind: DecisionKind, _ meetings: Meetings, _ workdays: WorkdayTable
  ) -> Day {
    var (from, lead) = (meeting, meetings.leadTime(kind))
    if let committee = committee(before: meeting, kind, meetings) {
      (from, lead) = (committee, meetings.committeeLead)
    }
    var day = PlanDate(from).shifted(by: PlanDuration(-lead.amount, lead.unit), in: workdays).day
    while !workdays.isWorkingDay(day) { day = day.adding(days: -1) }
    return day
  }
}
