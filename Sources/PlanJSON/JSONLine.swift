import PlanKit

/// One flat JSON object on one line, members given in sorted key order (checked in debug
/// builds), written straight into a `JSONStream`'s buffer. Keys are static and dates are
/// written digit by digit: a session of 100,000 items is written in a fraction of a second.
public struct JSONLine {
  var bytes: [UInt8] = []
  private var empty = true
  #if DEBUG
    private var lastKey = ""
  #endif

  mutating func start() { bytes.append(0x7B) }
  mutating func finish() { bytes.append(0x7D) }

  /// One flat object appended to `bytes`, with no line break: an autosave writes its steps
  /// straight into the buffer it sends to disk.
  ///
  /// - Complexity: O(what `build` writes).
  public static func write(into bytes: inout [UInt8], _ build: (inout JSONLine) -> Void) {
    var line = JSONLine()
    swap(&line.bytes, &bytes)
    line.start()
    build(&line)
    line.finish()
    swap(&line.bytes, &bytes)
  }

  private mutating func key(_ key: StaticString) {
    #if DEBUG
      assert(lastKey < key.description, "\(lastKey) before \(key)")
      lastKey = key.description
    #endif
    // Byte by byte: appending small arrays would allocate each time, and even a copy from
    // the stack costs what ten bytes do.
    if !empty {
      bytes.append(0x2C)
      bytes.append(0x20)
    }
    empty = false
    bytes.append(0x22)
    key.withUTF8Buffer { for byte in $0 { bytes.append(byte) } }
    bytes.append(0x22)
    bytes.append(0x3A)
    bytes.append(0x20)
  }

  public mutating func add(_ key: StaticString, _ value: String) {
    self.key(key)
    JSONWriter.writeString(value, into: &bytes)
  }

  public mutating func add(_ key: StaticString, _ value: Bool) {
    self.key(key)
    bytes.append(text: value ? "true" : "false")
  }

  public mutating func add(_ key: StaticString, _ value: Int) {
    self.key(key)
    bytes.append(text: String(value))
  }

  /// A list of strings, on the same line.
  public mutating func add(_ key: StaticString, strings: [String]) {
    self.key(key)
    bytes.append(0x5B)
    for (i, string) in strings.enumerated() {
      if i > 0 {
        bytes.append(0x2C)
        bytes.append(0x20)
      }
      JSONWriter.writeString(string, into: &bytes)
    }
    bytes.append(0x5D)
  }

  /// A day as `"YYYY-MM-DD"`.
  ///
  /// - Complexity: O(1).
  public mutating func add(_ key: StaticString, _ day: Day) {
    self.key(key)
    let (y, m, d) = day.civil
    bytes.append(0x22)
    digits(y, 4)
    bytes.append(0x2D)
    digits(m, 2)
    bytes.append(0x2D)
    digits(d, 2)
    bytes.append(0x22)
  }

  /// The last `count` (2 or 4) decimal digits of `n`, with leading zeros.
  ///
  /// - Complexity: O(1).
  @inline(__always)
  private mutating func digits(_ n: Int, _ count: Int) {
    // Divisions by constants, which the compiler turns into multiplications.
    if count == 4 {
      bytes.append(UInt8(0x30 + n / 1000 % 10))
      bytes.append(UInt8(0x30 + n / 100 % 10))
    }
    bytes.append(UInt8(0x30 + n / 10 % 10))
    bytes.append(UInt8(0x30 + n % 10))
  }
}
