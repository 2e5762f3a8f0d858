extension Interpreter {
  /// Which journal the session has: the same number means the same journal, grown only at its
  /// end since it was last seen, so the autosave can append what is new instead of comparing
  /// every step it wrote. `open`, `nieuw`, `herhaal` and recovery put a new one in place; undo
  /// and redo bring back the one they recorded, as it was when it was left.
  ///
  /// - Complexity: O(1): the autosave asks after every command.
  public var journalIdentity: Int { journalGeneration }
}
