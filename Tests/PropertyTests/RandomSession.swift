import PlanKit
import Workbench

/// Turns a list of random numbers into a session of commands on the plan as it is at each
/// step: every number picks a command and, from the items and lots that exist then, what it
/// works on. Many commands fail (a link that would make a circle, a name that is taken): a
/// failing command must leave the plan as it was, which the properties check too. Shrinking
/// the numbers shrinks the session.
struct RandomSession {
  static let today = Day(year: 2023, month: 1, day: 2)!
  static let opening = [
    "nieuw \"Eigenschappen\"", "perceel a \"Perceel A\"",
    "fase a.voorbereiding van 1 feb. 2023 duur 2 maanden",
    "fase a.inkoop na a.voorbereiding duur 40 werkdagen", "mijlpaal a.gunning na a.inkoop",
    "mijlpaal a.start op 1 januari 2024 uiterlijk 1 januari 2024",
  ]

  var interpreter: Interpreter
  private var counter = 0

  init(files: MemoryFiles = MemoryFiles()) {
    interpreter = Interpreter(files: files, today: Self.today)
    for line in Self.opening {
      let outcome = interpreter.run(line)
      precondition(!outcome.failed, outcome.text)
    }
  }

  static let lags = ["", "+ 1 week", "+ 3 werkdagen", "- 2 dagen", "+ 1 maand"]
  static let durations = ["2 weken", "1 maand", "10 werkdagen", "3 maanden", "45 dagen"]
  static let shifts = ["1 week", "-3 dagen", "2 maanden", "-5 wd", "10 werkdagen"]
  static let procedures = ["openbaar", "niet-openbaar", "sas", "meervoudig-onderhands"]

  func date(_ r: Int) -> String { Self.today.adding(days: r % 900).iso }

  /// The command that number `n` asks for now.
  mutating func command(_ n: Int) -> String {
    counter += 1
    let c = counter
    let op = n % 22
    let r = n / 22
    let items = interpreter.plan.allItems.map(\.id)
    let lots = interpreter.plan.lots.map(\.id)
    guard let lot = lots.isEmpty ? nil : lots[r % lots.count], !items.isEmpty else {
      return "perceel p\(c) \"P \(c)\""
    }
    let item = items[r % items.count]
    let other = items[(r / 7) % items.count]
    switch op {
    case 0: return "perceel p\(c) \"Perceel \(c)\""
    case 1: return "fase \(lot).f\(c) van \(date(r)) duur \(Self.durations[r % 5])"
    case 2:
      return "fase \(lot).f\(c) na \(item) \(Self.lags[r % 5]) duur \(Self.durations[r / 5 % 5])"
    case 3: return "mijlpaal \(lot).m\(c) op \(date(r))"
    case 4: return "mijlpaal \(lot).m\(c) na \(item) \(Self.lags[r % 5])"
    case 5: return "verschuif \(item) \(Self.shifts[r % 5])"
    case 6: return "verschuif \(lot) \(Self.shifts[r % 5]) alleen"
    case 7: return "wijzig \(item) uiterlijk \(date(r))"
    case 8: return "wijzig \(item) niet eerder dan \(date(r))"
    case 9: return "koppel \(other) na \(item) \(Self.lags[r % 5])"
    case 10: return "ontkoppel \(item)"
    case 11: return "verwijder \(item)"
    case 12: return "ongedaan"
    case 13: return "opnieuw"
    case 14:
      // A closing taken away again, when there is one, schedules what it held up.
      if r % 4 == 3, let closing = interpreter.plan.calendar.closings.first {
        return "vrij weg \(closing.days.lowerBound.iso)"
      }
      return ["kalender atw", "kalender gemeente", "vrij \(date(r)) tot \(date(r + 9))"][r % 3]
    case 15:
      return "procedure \(lot) \(Self.procedures[r % 4]) vanaf \(date(r))"
    case 16: return r % 2 == 0 ? "hernoem \(item) \(lot).h\(c)" : "wijzig \(item) vast uit"
    case 17: return "wijzig \(lot) waarde \(r % 900 + 100).000 per jaar 2+1+1"
    case 18: return "verschuif plan \(Self.shifts[r % 5])"
    case 19: return "verschuif \(lot) \(Self.shifts[r % 5])"
    case 20: return "bewaar p.json"
    default: return "open p.json"
    }
  }
}
