import PlanKit

/// The columns a plan's CSV may have, found by their header in Dutch or English, in any
/// order: those `exporteer csv` writes, and the names project leaders' own Excel sheets use.
public enum CSVColumn: String, CaseIterable, Sendable {
  case lot, id, title, kind, type, start, end, duration, display, predecessors, deadline
  case fixed, procedure, value, owner, note, documents
  /// What really happened: the first day, the last day, how far a running phase is.
  case started, finished, percent

  /// The header `exporteer csv` writes, in Dutch: the file is for Dutch Excel.
  public var header: String {
    switch self {
    case .lot: return "Perceel"
    case .id: return "Onderdeel"
    case .title: return "Titel"
    case .kind: return "Soort"
    case .type: return "Type"
    case .start: return "Begin"
    case .end: return "Einde (t/m)"
    case .duration: return "Duur (dagen)"
    case .display: return "Weergave"
    case .predecessors: return "Voorgangers"
    case .deadline: return "Uiterlijk"
    case .fixed: return "Vast"
    case .procedure: return "Procedure"
    case .value: return "Waarde"
    case .owner: return "Eigenaar"
    case .note: return "Notitie"
    case .documents: return "Documenten"
    case .started: return "Gestart"
    case .finished: return "Gereed"
    case .percent: return "% gereed"
    }
  }

  /// The headers that name the column, lowercased.
  var names: [String] {
    switch self {
    case .lot: return ["perceel", "lot", "route", "percelen"]
    case .id: return ["onderdeel", "item", "id", "code", "naam", "name"]
    case .title:
      return ["titel", "title", "omschrijving", "description", "taak", "task", "activiteit"]
    case .kind: return ["soort", "kind", "fase", "phase"]
    case .type: return ["type"]
    case .start: return ["begin", "start", "begindatum", "startdatum", "start date", "van", "from"]
    case .end:
      return [
        "einde (t/m)", "einde", "eind", "einddatum", "end", "end date", "finish", "tot en met",
        "t/m",
      ]
    case .duration: return ["duur (dagen)", "duur", "duration (days)", "duration", "dagen", "days"]
    case .display: return ["weergave", "display", "periode", "period"]
    case .predecessors:
      return ["voorgangers", "voorganger", "predecessors", "predecessor", "na", "after"]
    case .deadline: return ["uiterlijk", "deadline", "uiterste datum"]
    case .fixed: return ["vast", "fixed", "vaste datum"]
    case .procedure: return ["procedure"]
    case .value: return ["waarde", "value", "geraamde waarde", "estimated value"]
    case .owner: return ["eigenaar", "trekker", "owner", "verantwoordelijke", "resource names"]
    case .note: return ["notitie", "notities", "opmerking", "opmerkingen", "note", "notes"]
    case .documents: return ["documenten", "document", "documents", "links"]
    case .started:
      return ["gestart", "started", "werkelijk begin", "actual start", "begonnen"]
    case .finished:
      return ["gereed", "done", "finished", "werkelijk einde", "actual finish", "klaar"]
    case .percent:
      return [
        "% gereed", "% done", "% complete", "percent complete", "voortgang", "progress",
        "percentage gereed",
      ]
    }
  }

  /// The column a header names, if any: case, spaces and a trailing colon do not matter.
  ///
  /// - Complexity: O(1) (a fixed table).
  static func named(_ header: String) -> CSVColumn? {
    var key = header.trimmedSpaces.lowercased()
    if key.hasSuffix(":") { key.removeLast() }
    return allCases.first { $0.names.contains(key) }
  }
}
