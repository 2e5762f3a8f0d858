import CLibEdit

#if canImport(Glibc)
  import Glibc
#endif

/// A line editor over libedit's histedit API: a prompt, emacs key bindings, history kept in a
/// file across runs, Tab completion through a callback, Ctrl-C that discards the line, and
/// UTF-8 editing.
public final class LineEditor {
  public enum Input: Equatable {
    case line(String)
    /// Ctrl-C: the line was discarded.
    case interrupted
    /// Ctrl-D on an empty line, or the end of input.
    case endOfInput
  }

  /// Given the text before the cursor: how many characters to replace, and the candidates.
  public typealias Completion = (String) -> (replacing: Int, candidates: [String])

  private let editLine: OpaquePointer
  private let history: OpaquePointer
  private let historyFile: String?
  private var promptBuffer: UnsafeMutablePointer<CChar>?
  public var completion: Completion?
  /// Longer lines (in UTF-8 bytes) are not kept in the history.
  public var longestRemembered = Int.max

  /// - Parameter input: the stream to read, standard input unless given.
  public init(
    program: String, historyFile: String?, input: UnsafeMutablePointer<FILE>? = nil
  ) {
    LineEditor.useUTF8()
    LineEditor.catchInterrupts()
    editLine = input.map { pw_el_init_reading(program, $0) } ?? pw_el_init(program)
    history = history_init()
    self.historyFile = historyFile
    pw_history_set_size(history, 1000)
    pw_history_set_unique(history, 1)
    if let historyFile { pw_history_load(history, historyFile) }
    pw_el_set_editor(editLine, "emacs")
    pw_el_set_signal(editLine, 1)
    pw_el_set_history(editLine, history)
    pw_el_set_client_data(editLine, Unmanaged.passUnretained(self).toOpaque())
    pw_el_set_prompt(editLine) { el in
      guard let el, let data = pw_el_get_client_data(el) else { return nil }
      return Unmanaged<LineEditor>.fromOpaque(data).takeUnretainedValue().promptBuffer
    }
    pw_el_add_function(editLine, "planwerk-complete", "Complete the word before the cursor") {
      el, _ in
      guard let el, let data = pw_el_get_client_data(el) else { return UInt8(CC_ERROR) }
      return Unmanaged<LineEditor>.fromOpaque(data).takeUnretainedValue().complete()
    }
    pw_el_bind(editLine, "^I", "planwerk-complete")
  }

  deinit {
    el_end(editLine)
    history_end(history)
    free(promptBuffer)
  }

  /// Reads a line; `remember` is false for answers to questions, which are no commands.
  public func read(prompt: String, remember: Bool = true) -> Input {
    free(promptBuffer)
    promptBuffer = strdup(prompt)
    var count: Int32 = 0
    errno = 0
    guard let raw = el_gets(editLine, &count) else {
      if count == -1 || errno == EINTR {
        pw_print("\n")
        return .interrupted
      }
      return .endOfInput
    }
    var line = String(cString: raw)
    if line.hasSuffix("\n") { line.removeLast() }
    if remember, line.utf8.count <= longestRemembered, !line.trimmingSpaces.isEmpty {
      pw_history_enter(history, line)
      if let historyFile { pw_history_save(history, historyFile) }
    }
    return .line(line)
  }

  private func complete() -> UInt8 {
    guard let completion, let info = el_line(editLine)?.pointee else { return UInt8(CC_ERROR) }
    let length = info.cursor - info.buffer
    let before = String(
      decoding: UnsafeRawBufferPointer(start: info.buffer, count: length).bindMemory(
        to: UInt8.self),
      as: UTF8.self)
    let (replacing, candidates) = completion(before)
    guard !candidates.isEmpty else { return UInt8(CC_REFRESH_BEEP) }
    let typed = String(before.suffix(replacing))
    let common = LineEditor.commonPrefix(candidates)
    var insert = String(common.dropFirst(typed.count))
    if candidates.count == 1, !common.hasSuffix("/"), !common.hasSuffix(".") { insert += " " }
    if !insert.isEmpty {
      el_insertstr(editLine, insert)
      return UInt8(CC_REFRESH)
    }
    pw_print("\n" + candidates.joined(separator: "  ") + "\n")
    return UInt8(CC_REDISPLAY)
  }

  static func commonPrefix(_ candidates: [String]) -> String {
    guard var prefix = candidates.first else { return "" }
    for candidate in candidates.dropFirst() {
      while !candidate.hasPrefix(prefix) { prefix.removeLast() }
    }
    return prefix
  }

  /// libedit reads multibyte input only under a UTF-8 locale; fall back to C.UTF-8.
  static func useUTF8() {
    setlocale(LC_CTYPE, "")
    let codeset = String(cString: nl_langinfo(nl_item(CODESET)))
    if codeset.uppercased().filter({ $0 != "-" }) != "UTF8" {
      setlocale(LC_CTYPE, "C.UTF-8")
    }
  }

  /// Ctrl-C must interrupt the read, not end the program: a handler without SA_RESTART makes
  /// libedit's read return, and `read` reports `.interrupted`.
  static func catchInterrupts() {
    var action = sigaction()
    action.__sigaction_handler.sa_handler = { _ in }
    sigemptyset(&action.sa_mask)
    action.sa_flags = 0
    sigaction(SIGINT, &action, nil)
  }
}

extension String {
  var trimmingSpaces: Substring {
    drop { $0 == " " || $0 == "\t" }
  }
}
