/// What differs between two plans, item by item: dates that moved, items added and removed.
/// The journal records it for every step; `diff` shows it against a baseline or a file.
public struct PlanDiff: Equatable, Sendable {
  public struct Change: Equatable, Sendable {
    public let id: String
    /// Nil when the item was added.
    public let before: Span?
    /// Nil when the item was removed.
    public let after: Span?

    public init(id: String, before: Span?, after: Span?) {
      self.id = id
      self.before = before
      self.after = after
    }

    /// "r1.x 2023-07-01/2024-01-01 → 2023-09-01/2024-03-01", "+ r1.y 2023-01-01",
    /// "- r1.z 2022-05-01/2022-09-01": the form a journal stores.
    ///
    /// - Complexity: O(1); made in one string, as a whole-plan shift makes one per item.
    public var record: String {
      guard before?.isSupported ?? true, after?.isSupported ?? true else { return slowRecord }
      let (head, body): (String, Int)
      switch (before, after) {
      case (let before?, let after?): (head, body) = ("", before.isoCount + 5 + after.isoCount)
      case (nil, let after?): (head, body) = ("+ ", after.isoCount)
      case (let before?, nil): (head, body) = ("- ", before.isoCount)
      case (nil, nil): return id
      }
      var id = id
      return id.withUTF8 { name in
        let count = head.utf8.count + name.count + 1 + body
        return String(unsafeUninitializedCapacity: count) { bytes in
          var at = 0
          for byte in head.utf8 {
            bytes[at] = byte
            at += 1
          }
          for byte in name {
            bytes[at] = byte
            at += 1
          }
          bytes[at] = UInt8(ascii: " ")
          at += 1
          if let before {
            at = before.writeISO(into: bytes, at: at)
            if after != nil {
              // " → ": the arrow is three bytes of UTF-8.
              (bytes[at], bytes[at + 1], bytes[at + 2]) = (0x20, 0xE2, 0x86)
              (bytes[at + 3], bytes[at + 4]) = (0x92, 0x20)
              at += 5
            }
          }
          if let after { at = after.writeISO(into: bytes, at: at) }
          return at
        }
      }
    }

    /// `record` through `String`, for dates outside the years written as four digits.
    ///
    /// - Complexity: O(1).
    var slowRecord: String {
      var text = ""
      text.reserveCapacity(id.utf8.count + 50)
      switch (before, after) {
      case (let before?, let after?):
        text += id
        text += " "
        before.write(to: &text)
        text += " → "
        after.write(to: &text)
      case (nil, let after?):
        text += "+ "
        text += id
        text += " "
        after.write(to: &text)
      case (let before?, nil):
        text += "- "
        text += id
        text += " "
        before.write(to: &text)
      case (nil, nil): return id
      }
      return text
    }
  }

  /// An item's dates, as a diff compares them.
  public struct Span: Hashable, Sendable {
    public let start: PlanDate
    public let end: PlanDate
    public let milestone: Bool

    public init(_ item: Item) {
      start = item.start
      end = item.end
      milestone = item.type == .milestone
    }

    public init(start: PlanDate, end: PlanDate, milestone: Bool) {
      self.start = start
      self.end = end
      self.milestone = milestone
    }

    /// - Complexity: O(1).
    public var iso: String {
      var text = ""
      write(to: &text)
      return text
    }

    /// Whether both days are of `Day.supportedYears`, written in ten bytes each.
    var isSupported: Bool {
      Day.supportedDays.contains(start.day) && Day.supportedDays.contains(end.day)
    }

    /// The bytes `iso` takes.
    var isoCount: Int { milestone ? 10 : 21 }

    /// Writes `iso` at `start`, when `isSupported`; returns where it ended.
    ///
    /// - Complexity: O(1).
    func writeISO(into bytes: UnsafeMutableBufferPointer<UInt8>, at start: Int) -> Int {
      self.start.day.writeISO(into: bytes, at: start)
      guard !milestone else { return start + 10 }
      bytes[start + 10] = UInt8(ascii: "/")
      end.day.writeISO(into: bytes, at: start + 11)
      return start + 21
    }

    /// Appends `iso` to `text`.
    ///
    /// - Complexity: O(1) amortised.
    func write(to text: inout String) {
      text += start.day.iso
      guard !milestone else { return }
      text += "/"
      text += end.day.iso
    }
  }

  public let changes: [Change]

  public init(changes: [Change]) {
    self.changes = changes
  }

  /// Changes in the order of `after`'s items, then the removed ones in `before`'s order.
  public init(from before: Plan, to after: Plan) {
    self.init(from: Self.entries(before), to: Self.entries(after))
  }

  /// Every item's id and dates, in plan order.
  public static func entries(_ plan: Plan) -> [Entry] {
    plan.allItems.map { Entry(id: $0.id, span: Span($0)) }
  }

  public struct Entry: Hashable, Sendable {
    public let id: String
    public let span: Span

    public init(id: String, span: Span) {
      self.id = id
      self.span = span
    }
  }

  public init(from old: [Entry], to new: [Entry]) {
    var changes: [Change] = []
    // The common case after a shift: the same items in the same places.
    if old.map(\.id) == new.map(\.id) {
      for (a, b) in zip(old, new) where a.span != b.span {
        changes.append(Change(id: b.id, before: a.span, after: b.span))
      }
      self.changes = changes
      return
    }
    var spans: [String: Span] = [:]
    for entry in old { spans[entry.id] = entry.span }
    var seen = Set<String>()
    for entry in new {
      seen.insert(entry.id)
      if let previous = spans[entry.id] {
        if previous != entry.span {
          changes.append(Change(id: entry.id, before: previous, after: entry.span))
        }
      } else {
        changes.append(Change(id: entry.id, before: nil, after: entry.span))
      }
    }
    for entry in old where !seen.contains(entry.id) {
      changes.append(Change(id: entry.id, before: entry.span, after: nil))
    }
    self.changes = changes
  }

  public var isEmpty: Bool { changes.isEmpty }
}
