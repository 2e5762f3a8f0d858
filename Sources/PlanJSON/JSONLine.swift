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

  private mutating func key(_ key: StaticString) {
    #if DEBUG
      assert(lastKey < key.description, "\(lastKey) before \(key)")
      lastKey = key.description
    #endif
    // Byte by byte: appending small arrays would allocate each time.
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

  private mutating func digits(_ n: Int, _ count: Int) {
    var divisor = 1
    for _ in 1..<count { divisor *= 10 }
    while divisor > 0 {
      bytes.append(UInt8(0x30 + n / divisor % 10))
      divisor /= 10
    }
  }
}
