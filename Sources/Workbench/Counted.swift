/// A number with its noun: "1 onderdeel", "4 onderdelen", "1 lot".
public func count(_ n: Int, _ one: String, _ many: String) -> String {
  "\(n) \(n == 1 ? one : many)"
}
