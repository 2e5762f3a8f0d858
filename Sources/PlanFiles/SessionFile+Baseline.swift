import PlanJSON
import PlanKit

/// Baselines in a session file: a name, the day taken, one line per item.
extension SessionFile {
  static func encode(_ entry: PlanDiff.Entry, _ line: inout JSONLine) {
    line.add("end", entry.span.end.day)
    line.add("endPrecision", entry.span.end.precision.rawValue)
    line.add("id", entry.id)
    if entry.span.milestone { line.add("milestone", true) }
    line.add("start", entry.span.start.day)
    line.add("startPrecision", entry.span.start.precision.rawValue)
  }

  static func decodeBaseline(_ value: JSONNode, _ path: ObjectReader.Place) throws(PlanError)
    -> Baseline
  {
    var reader = try ObjectReader(value, path: path)
    let name = try reader.string("name")
    guard !name.isEmpty else {
      throw PlanError(
        nl: "\(path).name: een basislijn heeft een naam", en: "\(path).name: a baseline has a name")
    }
    let taken = try day(try reader.string("taken"), "\(path).taken")
    var seen = Set<String>()
    let items = try reader.array("items").mapChecked { value, path throws(PlanError) in
      var item = try ObjectReader(value, path: path)
      let id = try item.string("id")
      guard Identifier.isCanonical(id, parts: 2), seen.insert(id).inserted else {
        throw PlanError(
          nl: "\(path).id: '\(id)' is geen geldige of is een dubbele naam",
          en: "\(path).id: '\(id)' is not a valid name or appears twice")
      }
      let milestone =
        try item.optional("milestone") { reader, key throws(PlanError) in
          try reader.bool(key)
        } ?? false
      let start = try date(&item, "start", path)
      let end = try date(&item, "end", path)
      try item.finish()
      guard milestone ? start == end : start.day < end.day else {
        throw PlanError(
          nl: "\(path): het einde past niet bij het begin",
          en: "\(path): the end does not fit the start")
      }
      return PlanDiff.Entry(
        id: id, span: PlanDiff.Span(start: start, end: end, milestone: milestone))
    }
    let done: [String] =
      try reader.optional("done") { reader, key throws(PlanError) -> [String] in
        try reader.array(key).mapChecked { value, path throws(PlanError) -> String in
          guard let id = value.string, seen.contains(id) else {
            throw PlanError(
              nl: "\(path): wat gereed was, is een onderdeel van de basislijn",
              en: "\(path): what was done is an item of the baseline")
          }
          return id
        }
      } ?? []
    try reader.finish()
    return Baseline(name: name, taken: taken, items: items, done: Set(done))
  }
}
