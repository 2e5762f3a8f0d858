/// When the municipality decides: the college meets weekly (on Tuesdays in most places) and
/// the raad on the dates of its own cycle (DOMAIN §d).
public struct Meetings: Hashable, Sendable {
  /// ISO weekday of the college's meeting: 2 is Tuesday.
  public var collegeDay = 2
  /// The raad's meeting days, when known.
  public var council: [Day] = []
  /// The days the raad's commissie meets, when known: a raadsvoorstel passes it before the
  /// raad, so its proposal is due a lead time before the commissie rather than the raad.
  public var committee: [Day] = []
  /// How long before the commissie a raadsvoorstel is due, where the municipality's own
  /// differs from `defaultCommitteeLeadTime`.
  public var committeeLeadTime: PlanDuration?
  /// In a regional plan, the meeting day of another municipality's college, by the id of
  /// its decision (`college-baarn`), where it differs from `collegeDay`.
  public var colleges: [String: Int] = [:]
  /// How long before its meeting a decision's proposal must be handed in, by kind, where the
  /// municipality's own differs from `defaultLeadTimes` (`aanlevertermijn`).
  public var leadTimes: [DecisionKind: PlanDuration] = [:]

  /// Lead times as most municipalities keep them: a collegeadvies three weeks before the
  /// college meets; a raadsvoorstel eight weeks before the raad, as it passes the college and a
  /// commissie first; a raadsinformatiebrief one week, as the college sends it. [PROP]: each
  /// municipality sets its own.
  public static let defaultLeadTimes: [DecisionKind: PlanDuration] = [
    .collegebesluit: PlanDuration(3, .weeks), .raadsbesluit: PlanDuration(8, .weeks),
    .wensenEnBedenkingen: PlanDuration(8, .weeks), .raadsinformatiebrief: PlanDuration(1, .weeks),
    .regiobesluit: PlanDuration(3, .weeks), .portefeuillehouderbesluit: PlanDuration(1, .weeks),
  ]

  /// A raadsvoorstel reaches the griffie about three weeks before the commissie that
  /// prepares the raad's meeting. [PROP]: each municipality sets its own.
  public static let defaultCommitteeLeadTime = PlanDuration(3, .weeks)

  /// The lead time before the commissie: the plan's own, else the usual one.
  public var committeeLead: PlanDuration { committeeLeadTime ?? Self.defaultCommitteeLeadTime }

  /// The commissie's meeting that prepares the raad meeting `raad`: its last before that day.
  ///
  /// - Complexity: O(log commissie days).
  public func committee(before raad: Day) -> Day? {
    var low = 0
    var high = committee.count
    while low < high {
      let middle = (low + high) / 2
      if committee[middle] < raad { low = middle + 1 } else { high = middle }
    }
    return low > 0 ? committee[low - 1] : nil
  }

  /// The lead time of a kind of decision: the plan's own, else the usual one.
  public func leadTime(_ kind: DecisionKind) -> PlanDuration {
    leadTimes[kind] ?? Self.defaultLeadTimes[kind]!
  }

  public init(collegeDay: Int = 2, council: [Day] = []) {
    self.collegeDay = collegeDay
    self.council = council
  }

  public static let weekdays: [Language: [String]] = [
    .nl: ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    .en: ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
  ]

  /// The weekday on which the college that takes decision `id` meets.
  public func collegeDay(for id: String) -> Int { colleges[id] ?? collegeDay }

  /// The meetings of the college that meets on `weekday` just before and after a day; with
  /// `workdays`, only meetings on working days (the college does not meet on Tweede Kerstdag).
  ///
  /// - Complexity: O(1): a few weeks at most.
  public func collegeMeetings(
    around day: Day, on weekday: Int, workdays: WorkdayTable? = nil
  ) -> (Day, Day) {
    let back = (day.weekday - weekday + 7) % 7
    var before = day.adding(days: -(back == 0 ? 7 : back))
    var after = before.adding(days: 7)
    // Christmas and the new year can take two Tuesdays in a row; a closing longer than a month
    // leaves the day it gives.
    var weeks = 0
    while let workdays, weeks < 4, !workdays.isWorkingDay(before) {
      before = before.adding(days: -7)
      weeks += 1
    }
    weeks = 0
    while let workdays, weeks < 4, !workdays.isWorkingDay(after) {
      after = after.adding(days: 7)
      weeks += 1
    }
    return (before, after)
  }
}
