/// A JSON document as a value. The writer sorts an object's keys, so files diff cleanly in
/// version control.
public enum JSONValue: Equatable, Sendable {
  case null
  case bool(Bool)
  case int(Int)
  case double(Double)
  case string(String)
  case array([JSONValue])
  case object(JSONObject)

  public var typeName: String {
    switch self {
    case .null: return "null"
    case .bool: return "boolean"
    case .int, .double: return "number"
    case .string: return "string"
    case .array: return "array"
    case .object: return "object"
    }
  }

  /// Scalars only: such an array or object is written on one line.
  var isFlat: Bool {
    switch self {
    case .array(let values): return values.allSatisfy { !$0.isContainer }
    case .object(let members): return members.values.allSatisfy { !$0.isContainer }
    default: return true
    }
  }

  var isContainer: Bool {
    switch self {
    case .array, .object: return true
    default: return false
    }
  }
}
