/// Writes JSON with sorted keys, two-space indentation, and every flat object (an item, the
/// settings) on a line of its own.
public enum JSONWriter {
  public static func write(_ value: JSONValue) -> String {
    var out = ""
    write(value, indent: 0, into: &out)
    out.append("\n")
    return out
  }

  static func write(_ value: JSONValue, indent: Int, into out: inout String) {
    switch value {
    case .null: out.append("null")
    case .bool(let b): out.append(b ? "true" : "false")
    case .int(let n): out.append(String(n))
    case .double(let d): out.append(d.isFinite ? "\(d)" : "null")
    case .string(let s): writeString(s, into: &out)
    case .array(let values):
      if values.isEmpty { return out.append("[]") }
      if value.isFlat && values.count <= 8 {
        out.append("[")
        for (i, v) in values.enumerated() {
          if i > 0 { out.append(", ") }
          write(v, indent: indent, into: &out)
        }
        return out.append("]")
      }
      out.append("[\n")
      for (i, v) in values.enumerated() {
        out.append(String(repeating: " ", count: indent + 2))
        write(v, indent: indent + 2, into: &out)
        out.append(i + 1 < values.count ? ",\n" : "\n")
      }
      out.append(String(repeating: " ", count: indent) + "]")
    case .object(let members):
      if members.isEmpty { return out.append("{}") }
      let keys = members.keys.sorted()
      if value.isFlat && indent > 0 {
        out.append("{")
        for (i, key) in keys.enumerated() {
          if i > 0 { out.append(", ") }
          writeString(key, into: &out)
          out.append(": ")
          write(members[key]!, indent: indent, into: &out)
        }
        return out.append("}")
      }
      out.append("{\n")
      for (i, key) in keys.enumerated() {
        out.append(String(repeating: " ", count: indent + 2))
        writeString(key, into: &out)
        out.append(": ")
        write(members[key]!, indent: indent + 2, into: &out)
        out.append(i + 1 < keys.count ? ",\n" : "\n")
      }
      out.append(String(repeating: " ", count: indent) + "}")
    }
  }

  static func writeString(_ s: String, into out: inout String) {
    out.append("\"")
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\"": out.append("\\\"")
      case "\\": out.append("\\\\")
      case "\n": out.append("\\n")
      case "\r": out.append("\\r")
      case "\t": out.append("\\t")
      case _ where scalar.value < 0x20 || scalar.value == 0x7F:
        let hex = String(scalar.value, radix: 16)
        out.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
      default: out.unicodeScalars.append(scalar)
      }
    }
    out.append("\"")
  }
}
