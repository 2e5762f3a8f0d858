import PlanRender

/// What a page showing one frame needs to show the next: the elements that changed, each put in
/// place of the one with its id. There is none when the page must take the next frame whole:
/// when the time axis, the rows, their order or anything else between the elements changed
/// (the pieces without an id differ, or the ids do), or when so much changed that one whole
/// body is cheaper for the browser than element after element.
struct FrameDiff: Equatable {
  /// The frame the diff applies to.
  var base: Int
  /// The new elements, in the page's order.
  var replaced: [MarkupPieces.Piece]

  /// - Complexity: O(both bodies' length): each piece compared once.
  init?(from old: MeetingServer.Frame?, to new: MeetingServer.Frame) {
    guard let old, old.body.pieces.count == new.body.pieces.count else { return nil }
    var ids = Set<String>()
    var replaced: [MarkupPieces.Piece] = []
    var size = 0
    var whole = 0
    for (before, after) in zip(old.body.pieces, new.body.pieces) {
      guard before.id == after.id else { return nil }
      whole += after.markup.utf8.count
      guard let id = after.id else {
        guard before.markup == after.markup else { return nil }
        continue
      }
      // An id twice would make the page replace the first element for both.
      guard ids.insert(id).inserted else { return nil }
      if before.markup != after.markup {
        replaced.append(after)
        size += after.markup.utf8.count
      }
    }
    guard size * 2 <= whole else { return nil }
    base = old.serial
    self.replaced = replaced
  }
}
