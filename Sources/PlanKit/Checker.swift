/// The rules `controleer` applies. Messages live beside the rule that finds them.
public struct Checker: Sendable {
  let plan: Plan
  let scheduler: Scheduler
  let today: Day?

  public init(_ plan: Plan, scheduler: Scheduler? = nil, today: Day?) {
    self.plan = plan
    self.scheduler = scheduler ?? Scheduler(plan)
    self.today = today
  }

  /// Every finding, lot by lot in plan order, then the plan's own milestones.
  ///
  /// - Complexity: O(plan).
  public func findings() -> [Finding] {
    wholePlan(holds: { _ in false })
  }

  /// `findings()` of a plan every item of which was just scheduled (a whole-plan change, on
  /// the scheduler's graph): a link into an item that is not fixed holds, as the schedule puts
  /// such an item where its links ask (`SchedulerPropertyTests` checks it), so only the links
  /// into fixed items are measured.
  ///
  /// - Complexity: O(plan).
  public func findingsOfScheduledPlan() -> [Finding] {
    let graph = scheduler.graph
    guard graph.to.count == plan.links.count, graph.count > 0 else { return findings() }
    return wholePlan(holds: { k in
      let to = Int(graph.to[k])
      return to >= 0 && !plan.isFixed(at: graph.locations[to])
    })
  }

  /// Every item's, lot's and link's findings; `holds` says which links need no measuring.
  ///
  /// - Complexity: O(plan).
  func wholePlan(holds: (Int) -> Bool) -> [Finding] {
    var found: [Finding] = []
    // Only an item with a deadline, a milestone (a decision's meeting day) or, once there is a
    // vandaag, any item (its status) can have a finding of its own: the rest are passed over
    // where they lie, as a copy of each item was a tenth of a shifted plan.
    let dated = today != nil
    // Through buffers, the items lent where they lie: read through the arrays, each item
    // looked at was copied for the call (every string of it retained and released).
    plan.storedLots.withUnsafeBufferPointer { lots in
      for l in lots.indices {
        lots[l].items.withUnsafeBufferPointer { items in
          for i in items.indices
          where dated || items[i].deadline != nil || items[i].type == .milestone {
            itemFindings(items[i], into: &found)
          }
        }
      }
    }
    for i in plan.milestones.indices { itemFindings(plan.milestones[i], into: &found) }
    return findings(
      lots: Array(plan.lots.indices), items: EmptyCollection(), links: Array(plan.links.indices),
      itemFindings: found, holds: holds)
  }

  /// The findings a change to the items `ids` can affect: about them, their lots and their
  /// links, found through the plan's index. An id of a lot, or of an item not in the plan,
  /// counts for its lot.
  ///
  /// - Complexity: O(what the items, their lots and their links hold).
  public func findings(about ids: [String]) -> [Finding] {
    // What one change touches is a handful: arrays searched, until they grow.
    var lots = SmallSet<Int>()
    var locations = SmallSet<Plan.Location>()
    var links = SmallSet<Int>()
    for (n, id) in ids.enumerated() {
      // A change names what it touched as well as what it changed, mostly the same items: a
      // repeated id is passed over by comparing strings, which costs less than looking it up.
      if n < SmallSet<Int>.arrayLimit, ids[..<n].contains(id) { continue }
      guard let location = plan.location(of: id) else {
        // A lot, or an item that went: its lot still counts.
        if let l = plan.lotIndex(id) ?? id.lotPart.flatMap({ plan.lotIndex($0) }) {
          lots.insert(l)
        }
        continue
      }
      guard locations.insert(location) else { continue }
      if case .lot(let l, _) = location { lots.insert(l) }
      plan.forEachLink(of: id) { links.insert($0) }
    }
    return findings(
      lots: lots.takeSorted(), items: locations.takeSorted().map { plan[$0] },
      links: links.takeSorted())
  }

  /// The findings a change that moved or recalculated the nodes `nodes` of the scheduler's
  /// graph can affect: about their items, their lots and the links into and out of them,
  /// found through the graph without looking an id up. With `scheduled`, the nodes were just
  /// scheduled, each from all its links: a link into one that is not fixed holds, and is not
  /// measured.
  ///
  /// - Complexity: O(the nodes, their lots and their links), plus O(lots) for a table of them
  ///   and, with `scheduled`, O(plan) for one of the nodes.
  public func findings(aboutNodes nodes: [Int], scheduled: Bool = false) -> [Finding] {
    let graph = scheduler.graph
    var isNode = [Bool](repeating: false, count: scheduled ? graph.count : 0)
    if scheduled { for node in nodes { isNode[node] = true } }
    var lotSeen = [Bool](repeating: false, count: plan.lots.count)
    var lots: [Int] = []
    var links: [Int] = []
    var locations: [Plan.Location] = []
    locations.reserveCapacity(nodes.count)
    // The graph numbers its nodes in plan order: sorted, they list items and lots in order.
    for node in nodes.sorted() {
      let location = graph.locations[node]
      locations.append(location)
      if case .lot(let l, _) = location, !lotSeen[l] {
        lotSeen[l] = true
        lots.append(l)
      }
      for k in graph.linksInto(node) { links.append(Int(k)) }
      for k in graph.linksOutOf(node) { links.append(Int(k)) }
    }
    links.sort()
    var unique: [Int] = []
    unique.reserveCapacity(links.count)
    for k in links where unique.last != k { unique.append(k) }
    return findings(
      lots: lots, items: locations.lazy.map { plan[$0] }, links: unique,
      holds: { k in
        guard scheduled else { return false }
        let to = Int(graph.to[k])
        return to >= 0 && isNode[to] && !plan.isFixed(at: graph.locations[to])
      })
  }

  /// The findings about `lots`, `items` and `links`; `holds` picks links known to hold.
  ///
  /// - Complexity: O(the lots' items, the items and the links).
  private func findings(
    lots: [Int], items: some Sequence<Item>, links: [Int], itemFindings: [Finding] = [],
    holds: (Int) -> Bool = { _ in false }
  ) -> [Finding] {
    var found: [Finding] = []
    // The lots read where they lie: a copy of each (its strings and items retained and
    // released, twice) cost as much as its checks, for every lot of a whole check. Only a lot
    // with a value has a regime to check.
    plan.storedLots.withUnsafeBufferPointer { stored in
      for l in lots {
        let order = phaseOrder(stored[l].items, of: stored[l].id)
        if !order.isEmpty { found += order }
        guard stored[l].value != nil else { continue }
        let regime = regime(stored[l])
        if !regime.isEmpty { found += regime }
      }
    }
    found += itemFindings
    for item in items { self.itemFindings(item, into: &found) }
    for k in links {
      if !holds(k), let finding = violated(plan.links[k], k) { found.append(finding) }
      // Only a link with a statutory period has one to measure: the rest are not copied.
      if plan.storedLinks[k].minimum != nil { found += statutory(plan.links[k], k) }
    }
    // A deadline reached by two statutory periods is one finding.
    var seenKeys = Set<String>()
    found.removeAll { $0.kind == .closedDeadline && !seenKeys.insert($0.key).inserted }
    guard found.count > 1 else { return found }
    // Each finding's lot looked up once, not at every comparison.
    let lots = found.map { $0.lot.flatMap { plan.lotIndex($0) } ?? Int.max }
    return found.indices.sorted {
      lots[$0] != lots[$1] ? lots[$0] < lots[$1] : $0 < $1
    }.map { found[$0] }
  }

  /// What is found about one item: a missed deadline, a decision off its meeting day, a start
  /// before today.
  func itemFindings(_ item: Item, into found: inout [Finding]) {
    if let finding = deadline(item) { found.append(finding) }
    if let finding = meetingDay(item) { found.append(finding) }
    // A fixed date before today is a fact (a decision taken), not a plan to move; what was
    // reported started or done is history. Only what should have happened and has not is late.
    if let today, case .late(let days, let started) = item.status(on: today) {
      found.append(late(item, today, days: days, started: started))
    }
  }

  func name(_ item: Item) -> String {
    item.title.map { "\(item.id) \"\($0)\"" } ?? item.id
  }

  func deadline(_ item: Item) -> Finding? {
    guard let deadline = item.deadline else { return nil }
    let date = item.dueDate
    let allowed = item.lastDay(for: deadline)
    let over = allowed.days(until: date.day)
    guard over > 0 else { return nil }
    let by = PlanDuration.between(allowed, date.day)
    return Finding(
      kind: .missedDeadline, lot: item.lotID, items: [item.id], days: over,
      message: Phrase(
        nl:
          "\(name(item)) (\(date.text(.nl))) mist de uiterste datum \(deadline.text(.nl)) met \(by.text(.nl)): verkort wat ervoor ligt ('kritiek naar \(item.id)' toont wat telt) of verschuif de uiterste datum",
        en:
          "\(name(item)) (\(date.text(.en))) misses its deadline \(deadline.text(.en)) by \(by.text(.en)): shorten what comes before it ('critical to \(item.id)' shows what counts) or move the deadline"
      ))
  }

  /// Late on `today`: it should have started (or, started, ended) and has not, with what it
  /// holds up and what would put it right.
  func late(_ item: Item, _ today: Day, days: Int, started: Bool) -> Finding {
    let due = started ? item.end : item.start
    // What already started is not held up by it.
    let waiting = plan.linksOutOf(item.id).map { plan.links[$0].to }.filter {
      plan.item($0).map(hasHappened) != true
    }
    let holds =
      waiting.isEmpty
      ? Phrase("")
      : Phrase(
        nl: "; het houdt \(waiting.joined(separator: ", ")) op",
        en: "; it holds up \(waiting.joined(separator: ", "))")
    let overdue = !started && item.type == .phase && item.end.day <= today
    let ends =
      overdue
      ? Phrase(
        nl: " (en vóór \(item.end.text(.nl)) klaar zijn)",
        en: " (and be done before \(item.end.text(.en)))")
      : Phrase("")
    let message =
      started
      ? Phrase(
        nl:
          "\(name(item)) loopt nog en had vóór \(due.text(.nl)) klaar moeten zijn (\(Phrase.days(days).nl) te laat)",
        en:
          "\(name(item)) is still running and was due before \(due.text(.en)) (\(Phrase.days(days).en) late)"
      )
        + holds
        + Phrase(
          nl: ": 'gereed \(item.id) op DATUM' als het klaar is, of verleng het",
          en: ": 'done \(item.id) on DATE' when it is, or lengthen it")
      : item.type == .milestone
        ? Phrase(
          nl:
            "\(name(item)) had \(due.precision == .day ? "op " : "")\(due.text(.nl)) bereikt moeten zijn en is niet als gereed gemeld",
          en:
            "\(name(item)) was due \(due.precision == .day ? "on " : "in ")\(due.text(.en)) and is not reported done"
        ) + holds
          + Phrase(
            nl: ": 'gereed \(item.id) op DATUM', of verschuif het",
            en: ": 'done \(item.id) on DATE', or shift it")
        : Phrase(
          nl:
            "\(name(item)) had \(due.precision == .day ? "op " : "")\(due.text(.nl)) moeten beginnen",
          en: "\(name(item)) was to start \(due.precision == .day ? "on " : "in ")\(due.text(.en))")
          + ends
          + Phrase(nl: " en is niet als gestart gemeld", en: " and is not reported started")
          + holds
          + Phrase(
            nl: ": 'gestart \(item.id) op DATUM', of verschuif het",
            en: ": 'started \(item.id) on DATE', or shift it")
    return Finding(
      kind: .beforeToday, lot: item.lotID, items: [item.id], days: days, message: message)
  }

  /// The items the link at `k` joins, when both exist: through the scheduler's graph of the
  /// plan when it has one, without looking an id up.
  ///
  /// - Complexity: O(1).
  func ends(_ link: Link, _ k: Int) -> (Item, Item)? {
    endLocations(link, k).map { (plan[$0.from], plan[$0.to]) }
  }

  /// Where the items the link at `k` joins lie, when both exist.
  ///
  /// - Complexity: O(1).
  func endLocations(_ link: Link, _ k: Int) -> (from: Plan.Location, to: Plan.Location)? {
    let graph = scheduler.graph
    if graph.from.count == plan.links.count, graph.count > 0 {
      let (from, to) = (Int(graph.from[k]), Int(graph.to[k]))
      guard from >= 0, to >= 0 else { return nil }
      return (graph.locations[from], graph.locations[to])
    }
    guard let from = plan.location(of: link.from), let to = plan.location(of: link.to) else {
      return nil
    }
    return (from, to)
  }

  func violated(_ link: Link, _ k: Int) -> Finding? {
    guard let (fromPlace, toPlace) = endLocations(link, k) else { return nil }
    // Nearly every link holds: that is asked of the dates where they lie, and only a broken
    // link's items are copied to be described.
    guard
      scheduler.requirement(
        link, from: plan.timing(at: fromPlace), to: plan.timing(at: toPlace)
      ).gap < 0
    else { return nil }
    let (from, to) = (plan[fromPlace], plan[toPlace])
    let (required, gap) = scheduler.requirement(link, from: from, to: to)
    let actual = link.kind == .finishToFinish ? to.end : to.start
    let short = -gap
    guard short > 0 else { return nil }
    // Done on a day and what follows begun (or reached) that same day, both reported: a
    // handover, not a link broken by a day.
    if short == 1, link.kind == .finishToStart, link.lag.amount == 0,
      let finished = from.progress?.finished,
      (to.progress?.started ?? to.progress?.finished) == finished
    {
      return nil
    }
    let by = PlanDuration.between(actual.day, required.day)
    // What was reported is history: the advice is to report what came before, or to unlink
    // what really overlapped, not to move what already happened.
    let reported = link.kind == .finishToFinish ? to.progress?.finished != nil : hasHappened(to)
    if reported {
      return startedEarly(link, from: from, to: to, on: actual, allowed: required, short: short)
    }
    if to.type == .milestone, from.type == .phase, link.kind == .finishToStart, link.lag.amount == 0
    {
      // Moving it past its own 'uiterlijk' is no way out: then only the phase can give.
      let remedy =
        to.deadline.map { required.day > to.lastDay(for: $0) } == true
        ? Phrase(
          nl:
            "maak \(from.id) korter; verschuiven kan niet, \(to.id) moet uiterlijk \(to.deadline!.text(.nl)) bereikt zijn",
          en:
            "shorten \(from.id); it cannot move, \(to.id) is due by \(to.deadline!.text(.en))")
        : Phrase(
          nl: "verschuif \(to.id) \(by.text(.nl)), of maak \(from.id) korter",
          en: "shift \(to.id) by \(by.text(.en)), or shorten \(from.id)")
      return Finding(
        kind: .concludesTooEarly, lot: to.lotID ?? from.lotID, items: [from.id, to.id], days: short,
        message: Phrase(
          nl:
            "\(name(to)) (\(to.start.text(.nl))) ligt vóór het einde van \(from.id) (\(from.end.closingText(.nl))): ",
          en:
            "\(name(to)) (\(to.start.text(.en))) falls before the end of \(from.id) (\(from.end.closingText(.en))): "
        ) + remedy)
    }
    let fixed =
      to.fixed
      ? Phrase(nl: "staat vast", en: "is fixed") : Phrase(nl: "blijft staan", en: "stays put")
    return Finding(
      kind: .brokenLink, lot: to.lotID ?? from.lotID, items: [from.id, to.id], days: short,
      message: Phrase(
        nl:
          "de koppeling \(link.text(.nl)) is verbroken: \(to.id) \(fixed.nl) op \(actual.text(.nl)) maar hoort pas op \(required.text(.nl)) (\(by.text(.nl)) te vroeg); verschuif \(to.id) \(by.text(.nl)), maak het los met 'wijzig \(to.id) vast uit', of ontkoppel",
        en:
          "the link \(link.text(.en)) is broken: \(to.id) \(fixed.en) at \(actual.text(.en)) but belongs at \(required.text(.en)) (\(by.text(.en)) too early); shift \(to.id) by \(by.text(.en)), release it with 'set \(to.id) fixed off', or unlink"
      ))
  }

  /// Whether an item began before `vandaag`: reported started or done, or fixed on a day
  /// that has passed (a decision taken), as `Item.status(on:)` counts it.
  func hasHappened(_ item: Item) -> Bool {
    if item.hasBegun { return true }
    guard let today else { return false }
    switch item.status(on: today) {
    case .done, .running, .passed: return true
    case .planned, .late: return false
    }
  }

  /// The finding about `to`, reported started (or done: a milestone, or over a
  /// finish-to-finish link) on `actual`, earlier than the link from `from` allows (`allowed`), `short` days.
  func startedEarly(
    _ link: Link, from: Item, to: Item, on actual: PlanDate, allowed: PlanDate, short: Int
  ) -> Finding {
    let done = link.kind == .finishToFinish || to.type == .milestone
    let happened =
      !to.hasBegun
      ? Phrase(
        nl: "stond vast op \(actual.text(.nl)), een dag die voorbij is",
        en: "was fixed on \(actual.text(.en)), a day that has passed")
      : done
        ? Phrase(
          nl: "is op \(actual.text(.nl)) gereed gemeld",
          en: "was reported done on \(actual.text(.en))")
        : Phrase(nl: "is op \(actual.text(.nl)) gestart", en: "started on \(actual.text(.en))")
    let before =
      from.progress?.finished == nil && link.kind == .finishToStart
      ? Phrase(
        nl:
          "; \(from.id) is nog niet als gereed gemeld: 'gereed \(from.id) op DATUM' als het klaar is",
        en: "; \(from.id) is not reported done: 'done \(from.id) on DATE' when it is")
      : Phrase("")
    return Finding(
      kind: .startedEarly, lot: to.lotID ?? from.lotID, items: [from.id, to.id], days: short,
      message: Phrase(nl: "\(name(to)) ", en: "\(name(to)) ") + happened
        + Phrase(
          nl:
            ", \(PlanDuration.between(actual.day, allowed.day).text(.nl)) eerder dan de koppeling \(link.text(.nl)) toelaat (\(allowed.text(.nl)))",
          en:
            ", \(PlanDuration.between(actual.day, allowed.day).text(.en)) earlier than the link \(link.text(.en)) allows (\(allowed.text(.en)))"
        ) + before
        + Phrase(
          nl: "; liepen ze bewust naast elkaar, dan 'ontkoppel \(to.id) van \(from.id)'",
          en: "; if they ran side by side on purpose, 'unlink \(to.id) from \(from.id)'"))
  }

  /// The procurement regime a lot's value puts it under, on the day its procedure starts, and
  /// whether its procedure fits (DOMAIN §b). A lot with no dates yet is measured against the
  /// thresholds in force `vandaag`, or the newest Planwerk knows, and the answer says so.
  func regime(_ lot: Lot) -> [Finding] {
    guard let value = lot.value else { return [] }
    let dated =
      (lot.items.first { $0.name == "publicatie" }
      ?? lot.items.first { $0.kind == PhaseKind.inkoopprocedure.rawValue }
      ?? lot.items.min { $0.start.day < $1.start.day })?.start.day
    let set =
      dated.map(Thresholds.inForce) ?? today.map(Thresholds.inForce) ?? Thresholds.table.last!
    let day = dated ?? today ?? Day(year: set.from, month: 1, day: 1)!
    let amount = MoneyParser.text(value)
    let services = MoneyParser.text(set.services)
    let sas = MoneyParser.text(set.sas)
    var found: [Finding] = []
    let info: Phrase
    if value >= set.sas {
      info = Phrase(
        nl:
          "\(lot.id): \(amount) over de hele looptijd ligt boven de SAS-drempel (\(sas), \(set.period)): Europees aanbesteden; voor sociale en andere specifieke diensten mag dat met de SAS-procedure",
        en:
          "\(lot.id): \(amount) over the whole term is above the SAS threshold (\(sas), \(set.period)): a European procurement; for social and other specific services the SAS procedure may be used"
      )
    } else if value >= set.services {
      info = Phrase(
        nl:
          "\(lot.id): \(amount) ligt boven de Europese drempel voor diensten (\(services), \(set.period)) en onder de SAS-drempel (\(sas)): voor SAS-diensten (zorg, maatschappelijke dienstverlening) nationaal, voor andere diensten Europees",
        en:
          "\(lot.id): \(amount) is above the European threshold for services (\(services), \(set.period)) and below the SAS threshold (\(sas)): national for SAS services (care, social services), European for other services"
      )
    } else {
      info = Phrase(
        nl:
          "\(lot.id): \(amount) ligt onder de Europese drempels (diensten \(services), SAS \(sas), \(set.period)): nationaal, volgens het eigen inkoopbeleid",
        en:
          "\(lot.id): \(amount) is below the European thresholds (services \(services), SAS \(sas), \(set.period)): national, under the municipality's own policy"
      )
    }
    let undated =
      dated != nil
      ? Phrase("")
      : Phrase(
        nl: " (de procedure heeft nog geen datum: gemeten met de drempels van \(set.period))",
        en: " (the procedure has no date yet: measured by the thresholds of \(set.period))")
    found.append(
      Finding(kind: .regime, lot: lot.id, items: [lot.id], days: 0, message: info + undated))
    let earliest = Thresholds.table[0]
    if day.year < earliest.from {
      found.append(
        Finding(
          kind: .unknownThresholds, lot: lot.id, items: [lot.id], days: 0,
          message: Phrase(
            nl:
              "\(lot.id): de procedure begint in \(day.year), vóór de drempels die Planwerk kent (vanaf \(earliest.from)); de drempels van \(earliest.period) zijn gebruikt: controleer de drempels van toen",
            en:
              "\(lot.id): the procedure starts in \(day.year), before the thresholds Planwerk knows (from \(earliest.from)); those of \(earliest.period) were used: check the thresholds of the time"
          )))
    }
    let informal = [ProcedureKind.meervoudigOnderhands, .enkelvoudigOnderhands]
    if let procedure = lot.procedure, informal.contains(procedure), value >= set.services {
      let above = value >= set.sas
      found.append(
        Finding(
          kind: .procedureMismatch, lot: lot.id, items: [lot.id], days: 0,
          message: above
            ? Phrase(
              nl:
                "\(lot.id): \(procedure.rawValue) past niet bij \(amount), boven de SAS-drempel (\(sas)): kies een Europese procedure of de SAS-procedure",
              en:
                "\(lot.id): \(procedure.rawValue) does not fit \(amount), above the SAS threshold (\(sas)): choose a European procedure or the SAS procedure"
            )
            : Phrase(
              nl:
                "\(lot.id): \(procedure.rawValue) kan bij \(amount) alleen voor SAS-diensten; voor andere diensten ligt het boven de Europese drempel (\(services))",
              en:
                "\(lot.id): \(procedure.rawValue) at \(amount) suits SAS services only; for other services it is above the European threshold (\(services))"
            )))
    }
    return found
  }

  static let atw = WorkCalendar(holidays: .atw)

  /// A statutory period shorter than the law's minimum, and a statutory deadline that falls
  /// on a Saturday, a Sunday or an Atw holiday (flagged, never moved: DOMAIN §a2).
  func statutory(_ link: Link, _ k: Int) -> [Finding] {
    guard let minimum = link.minimum, let (from, to) = ends(link, k) else { return [] }
    var found: [Finding] = []
    let days = (link.kind == .startToStart ? from.start.day : from.end.day).days(
      until: to.start.day)
    if days < minimum.days {
      let earliest = (link.kind == .startToStart ? from.start.day : from.end.day).adding(
        days: minimum.days)
      found.append(
        Finding(
          kind: .shortPeriod, lot: to.lotID, items: [from.id, to.id], days: minimum.days - days,
          message: Phrase(
            nl:
              "de termijn van \(from.id) tot \(to.id) is \(days) dagen; de wet vraagt ten minste \(minimum.days) dagen, \(minimum.source): \(to.id) kan op zijn vroegst op \(earliest.text(.nl))",
            en:
              "the period from \(from.id) to \(to.id) is \(days) days; the law asks at least \(minimum.days) days, \(minimum.source): \(to.id) can be on \(earliest.text(.en)) at the earliest"
          )))
    }
    if !Self.atw.isWorkingDay(to.start.day) {
      var next = to.start.day
      while !Self.atw.isWorkingDay(next) { next = next.adding(days: 1) }
      let weekday = ["ma", "di", "wo", "do", "vr", "za", "zo"][to.start.day.weekday - 1]
      found.append(
        Finding(
          kind: .closedDeadline, lot: to.lotID, items: [to.id],
          days: to.start.day.days(until: next),
          message: Phrase(
            nl:
              "\(name(to)) valt op \(weekday) \(to.start.text(.nl)), geen werkdag volgens de Algemene termijnenwet: zet de termijn op de eerstvolgende werkdag, \(next.text(.nl)) (Planwerk verschuift het niet zelf)",
            en:
              "\(name(to)) falls on \(to.start.text(.en)), not a working day under the Algemene termijnenwet: set the deadline on the next working day, \(next.text(.en)) (Planwerk does not move it by itself)"
          )))
    }
    return found
  }

  /// The names of the standard phases, in their order: made once, not for every lot checked.
  static let standardKinds = PhaseKind.allCases.map(\.rawValue)
  static let standardLengths = standardKinds.map(\.utf8.count)

  /// The standard phases of the lot `lot`, its items `items`, in their order: voorbereiding,
  /// inkoopprocedure, implementatie, uitvoering. Two that a link joins are left to the link's check, which
  /// reports the same overlap once.
  ///
  /// - Complexity: O(items of the lot), plus the links into each standard phase.
  func phaseOrder(_ items: [Item], of lot: String) -> [Finding] {
    // Places, not copies of the items: a whole check asks every lot, and a sound one finds
    // nothing, so an item is copied only for a finding's words. Each standard phase is
    // compared with the one before it as they are found, without a list of them.
    var found: [Finding] = []
    var previous: Int?
    // The first item of each standard kind, found in one pass from kept names; a name is
    // compared only with those of its length, so that no two different names are compared
    // byte by byte (a whole check asks this of every lot).
    let kinds = Self.standardKinds
    let lengths = Self.standardLengths
    assert(kinds.count == 4, "four standard kinds, one lane each")
    var first = SIMD4<Int32>(repeating: -1)
    items.withUnsafeBufferPointer { items in
      for i in items.indices {
        let length = items[i].kind.utf8.count
        for k in 0..<4 where first[k] < 0 && lengths[k] == length && items[i].kind == kinds[k] {
          first[k] = Int32(i)
          break
        }
      }
    }
    for k in 0..<4 {
      guard first[k] >= 0 else { continue }
      let l = Int(first[k])
      defer { previous = l }
      guard let e = previous else { continue }
      let (earlierStart, earlierEnd) = (items[e].start.day, items[e].end.day)
      let laterStart = items[l].start.day
      guard laterStart < earlierStart || earlierEnd > laterStart else { continue }
      let (earlier, later) = (items[e], items[l])
      if later.start.day < earlier.start.day {
        found.append(
          Finding(
            kind: .outOfOrder, lot: lot, items: [earlier.id, later.id],
            days: later.start.day.days(until: earlier.start.day),
            message: Phrase(
              nl:
                "\(later.id) (\(later.kind), \(later.start.text(.nl))) begint vóór \(earlier.id) (\(earlier.kind), \(earlier.start.text(.nl))): de volgorde is voorbereiding, inkoopprocedure, implementatie, uitvoering; verschuif er een of koppel ze met 'koppel \(later.id) na \(earlier.id)'",
              en:
                "\(later.id) (\(later.kind), \(later.start.text(.en))) starts before \(earlier.id) (\(earlier.kind), \(earlier.start.text(.en))): the order is voorbereiding, inkoopprocedure, implementatie, uitvoering; shift one or link them with 'link \(later.id) after \(earlier.id)'"
            )))
      } else if earlier.end.day > later.start.day,
        // A link between the two says it already, in its own words.
        !plan.linksInto(later.id).contains(where: { plan.links[$0].from == earlier.id })
      {
        let by = PlanDuration.between(later.start.day, earlier.end.day)
        found.append(
          Finding(
            kind: .overlap, lot: lot, items: [earlier.id, later.id],
            days: later.start.day.days(until: earlier.end.day),
            message: Phrase(
              nl:
                "\(earlier.id) (tot \(earlier.end.closingText(.nl))) overlapt \(by.text(.nl)) met \(later.id) (vanaf \(later.start.text(.nl))): laat \(later.id) daarna beginnen met 'koppel \(later.id) na \(earlier.id)', of verkort \(earlier.id)",
              en:
                "\(earlier.id) (until \(earlier.end.closingText(.en))) overlaps \(later.id) (from \(later.start.text(.en))) by \(by.text(.en)): start \(later.id) after it with 'link \(later.id) after \(earlier.id)', or shorten \(earlier.id)"
            )))
      }
    }
    return found
  }
}
