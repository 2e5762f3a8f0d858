/// Markup in pieces: each element a page may put in place of the one with its id is a piece of
/// its own, and the markup between such elements is in pieces without an id. Joined, the pieces
/// are the markup; two versions of a page with the same pieces without an id and the same ids
/// in the same order differ only in elements a page can replace one by one.
public struct MarkupPieces: Sendable, Equatable {
  public struct Piece: Sendable, Equatable {
    /// The id of the one element the piece is; nil for markup between such elements.
    public var id: String?
    public var markup: String

    public init(id: String?, markup: String) {
      self.id = id
      self.markup = markup
    }
  }

  public private(set) var pieces: [Piece] = []

  public init() {}

  public init(_ markup: String) {
    append(markup)
  }

  /// Markup that is no replaceable element: it joins the piece before when that has no id
  /// either, so that such markup is one piece however it was written.
  ///
  /// - Complexity: O(markup's length), amortised.
  public mutating func append(_ markup: String) {
    guard !markup.isEmpty else { return }
    if let last = pieces.indices.last, pieces[last].id == nil {
      pieces[last].markup += markup
    } else {
      pieces.append(Piece(id: nil, markup: markup))
    }
  }

  /// One element, `id` the value of its id attribute.
  ///
  /// - Complexity: O(1), amortised.
  public mutating func append(element markup: String, id: String) {
    pieces.append(Piece(id: id, markup: markup))
  }

  /// - Complexity: O(`other`'s pieces + its first piece's length).
  public mutating func append(contentsOf other: MarkupPieces) {
    for piece in other.pieces {
      if let id = piece.id {
        append(element: piece.markup, id: id)
      } else {
        append(piece.markup)
      }
    }
  }

  /// The markup, joined.
  ///
  /// - Complexity: O(length).
  public var text: String {
    var text = ""
    text.reserveCapacity(pieces.reduce(0) { $0 + $1.markup.utf8.count })
    for piece in pieces { text += piece.markup }
    return text
  }
}
