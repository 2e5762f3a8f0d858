import PlanJSON
import PlanKit

/// The autosave journal: what changed since the session was last saved, one line per step,
/// appended and flushed before the prompt returns, so that a killed process loses nothing it
/// acknowledged. The first line says where the steps start: after `after` steps of the saved
/// session `session`, or on `base` for a plan that was never saved.
public enum Autosave {
  public static let format = "planwerk-autosave"
  public static let version = 1

  public struct Header: Equatable, Sendable {
    public var session: String?
    public var after: Int
    public var base: Plan?
    /// The steps are the session's whole journal from `base`, not a continuation of the file
    /// `session`: an undone or redone `open` put a journal in place that the file does not
    /// hold the start of.
    public var whole: Bool

    public init(session: String?, after: Int, base: Plan?, whole: Bool = false) {
      self.session = session
      self.after = after
      self.base = base
      self.whole = whole
    }
  }

  /// What a header says without its base plan: all the autosave compares after each command,
  /// made without copying a plan.
  public struct Place: Equatable, Sendable {
    public var session: String?
    public var after: Int
    public var whole: Bool
    /// Whether the header has a base plan.
    public var based: Bool

    /// - Complexity: O(1).
    public init(session: String?, after: Int, whole: Bool, based: Bool) {
      self.session = session
      self.after = after
      self.whole = whole
      self.based = based
    }

    /// - Complexity: O(1).
    public init(_ header: Header) {
      self.init(
        session: header.session, after: header.after, whole: header.whole,
        based: header.base != nil)
    }
  }

  /// What an autosave holds: where it starts and the steps since.
  public struct Contents: Sendable {
    public var header: Header
    public var steps: [Journal.Step]
    /// What could not be read after the last whole step, when the file was damaged.
    public var unread: Unread?

    public init(header: Header, steps: [Journal.Step], unread: Unread? = nil) {
      self.header = header
      self.steps = steps
      self.unread = unread
    }
  }

  /// The damaged rest of an autosave: a step depends on every step before it, so nothing
  /// after the first bad line can be taken back.
  public struct Unread: Sendable {
    /// Lines from the first damaged one to the end.
    public var lines: Int
    /// The file's line number of the first damaged line (the header is line 1).
    public var line: Int
    public var reason: Phrase
  }

  public static func headerLine(_ header: Header) -> String {
    var stream = JSONStream()
    stream.beginObject()
    stream.member("after", .int(header.after))
    if let base = header.base { SessionFile.write(base, "base", into: &stream) }
    stream.member("format", .string(format))
    stream.member("session", header.session.map(JSONValue.string) ?? .null)
    stream.member("version", .int(version))
    if header.whole { stream.member("whole", .bool(true)) }
    stream.endObject()
    // One line: the header is JSON on its own, the steps follow line by line.
    return stream.finish().split(separator: "\n").map { $0.drop { $0 == " " } }.joined(
      separator: " ")
  }

  /// A step's line, without its line break.
  ///
  /// - Complexity: O(the step's text).
  public static func stepLine(_ step: Journal.Step) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(256)
    JSONLine.write(into: &bytes) { SessionFile.encode(step, &$0) }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The lines of `steps[range]`, each with its line break, appended to what waits to be
  /// written: the autosave sends its steps to disk as bytes, with no string made on the way.
  /// The steps are read where they lie in the journal, not copied out one by one.
  ///
  /// - Complexity: O(the steps' text).
  public static func appendStepLines(
    _ steps: [Journal.Step], _ range: Range<Int>, to bytes: inout [UInt8]
  ) {
    for index in range {
      JSONLine.write(into: &bytes) { SessionFile.encode(steps[index], &$0) }
      bytes.append(0x0A)
    }
  }

  /// Reads an autosave up to its last whole step. A last line cut off by a crash is left out
  /// quietly: it was never acknowledged. A damaged line elsewhere ends the reading there, and
  /// `unread` says what was left; only a damaged header refuses the file.
  public static func decode(_ text: String) throws(PlanError) -> Contents {
    // As a script is read: an autosave copied through Windows may carry CRLF and a BOM.
    let lines = ScriptText.lines(text)
    guard let first = lines.first(where: { !$0.isEmpty }) else {
      throw PlanError(nl: "het autosave-bestand is leeg", en: "the autosave file is empty")
    }
    let header = try readHeader(String(first))
    var steps: [Journal.Step] = []
    var unread: Unread?
    let start = lines.firstIndex(of: first)! + 1
    for index in start..<lines.count where !lines[index].isEmpty {
      do {
        steps.append(try readStep(String(lines[index]), path: "steps[\(steps.count)]"))
      } catch {
        let rest = lines[index...].filter { !$0.isEmpty }.count
        if rest == 1 && text.unicodeScalars.last != "\n" { break }
        unread = Unread(lines: rest, line: index + 1, reason: error.message)
        break
      }
    }
    return Contents(header: header, steps: steps, unread: unread)
  }

  /// One line of JSON, or a complaint that names where the damage is.
  static func parse<T>(
    _ line: String, _ place: String, _ read: (JSONNode) throws(PlanError) -> T
  ) throws(PlanError) -> T {
    try JSONDocument.parse(
      line,
      refusing: { error in
        PlanError(
          nl: "het autosave-bestand is beschadigd (\(place)): \(error.message.nl)",
          en: "the autosave file is damaged (\(place)): \(error.message.en)")
      }, read)
  }

  static func readHeader(_ line: String) throws(PlanError) -> Header {
    try parse(line, "header", readHeader)
  }

  static func readHeader(_ root: JSONNode) throws(PlanError) -> Header {
    var reader = try ObjectReader(root, path: "")
    guard try reader.string("format") == format, try reader.int("version") == version else {
      throw PlanError(nl: "dit is geen Planwerk-autosave", en: "this is not a Planwerk autosave")
    }
    let after = try reader.int("after")
    let session = try reader.optionalString("session")
    let base = try reader.optional("base") { reader, key throws(PlanError) in
      var plan = try reader.object(key)
      return try SessionFile.readPlan(&plan, version: SessionFile.version)
    }
    let whole = try reader.optionalBool("whole") ?? false
    try reader.finish()
    return Header(session: session, after: after, base: base, whole: whole)
  }

  static func readStep(_ line: String, path: String) throws(PlanError) -> Journal.Step {
    try parse(line, path) { root throws(PlanError) in
      try SessionFile.readStep(root, ObjectReader.Place(path))
    }
  }
}

extension Journal {
  /// Whether the journal starts from a plan of its own: what an autosave's header says after
  /// every command, asked where the plan lies instead of on a copy of it.
  ///
  /// - Complexity: O(1).
  public var hasBase: Bool {
    if case .some = base { return true }
    return false
  }
}
