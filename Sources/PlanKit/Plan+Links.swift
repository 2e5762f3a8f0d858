/// Keeping links and start dates consistent when items are linked, unlinked, renamed or
/// removed.
extension Plan {
  /// After links were added: a free item's start now follows them, and a phase that ran until
  /// a date keeps its length instead.
  public mutating func followLinks(_ id: String) {
    let location = self.location(of: id)!
    let item = self[location]
    let startLinked = linksInto(id).contains { links[$0].setsStart(of: id) }
    guard !item.fixed, startLinked else { return }
    self[location].anchor = nil
    if case .until = item.length {
      self[location].length = .duration(PlanDuration.between(item.start.day, item.end.day))
    }
  }

  /// Items that no longer have a link for their start keep the start they had.
  public mutating func anchorOrphans(_ ids: [String]) {
    for id in ids {
      guard let location = location(of: id), self[location].anchor == nil,
        !linksInto(id).contains(where: { links[$0].setsStart(of: id) })
      else { continue }
      self[location].anchor = self[location].start
    }
  }

  /// Renames the ends of the links of renamed items, and of the implicit links the user
  /// removed: a removal follows its items to their new names and stays.
  ///
  /// - Complexity: O(the links of the renamed ids + the links removed on purpose).
  public mutating func renameLinks(_ renamed: [String: String]) {
    for k in Set(renamed.keys.flatMap { linksInto($0) + linksOutOf($0) }).sorted() {
      let link = links[k]
      if let renamedLink = link.renamed(renamed) { setLink(renamedLink, at: k) }
    }
    if removedLinks.contains(where: { $0.renamed(renamed) != nil }) {
      removedLinks = removedLinks.map { $0.renamed(renamed) ?? $0 }
    }
  }

  /// A path of links from `source` to `target`, as ids, if there is one: the shortest.
  ///
  /// - Complexity: O(what `source` reaches before `target`).
  public func path(from source: String, to target: String) -> [String]? {
    var parent: [String: String] = [source: source]
    var queue = [source]
    var head = 0
    while head < queue.count {
      let id = queue[head]
      head += 1
      if id == target {
        var path = [target]
        while path.last! != source { path.append(parent[path.last!]!) }
        return path.reversed()
      }
      for k in linksOutOf(id) where parent[links[k].to] == nil {
        parent[links[k].to] = id
        queue.append(links[k].to)
      }
    }
    return nil
  }

  /// The items outside `ids` that links from `ids` lead to, in the order of the links.
  ///
  /// - Complexity: O(the links out of `ids`).
  public func successors(of ids: Set<String>) -> [String] {
    ids.sorted().flatMap { linksOutOf($0) }.sorted().map { links[$0].to }.filter {
      !ids.contains($0)
    }
  }

  /// Removes the links of items that are going away; what waited for them keeps its dates.
  @discardableResult
  public mutating func dropLinks(of ids: Set<String>) -> [String] {
    let orphans = successors(of: ids)
    removeLinks(of: ids)
    anchorOrphans(orphans)
    return orphans
  }

  /// A phase whose start follows its links and that was just given an end date ("na X tot
  /// 1 juli 2023") takes the length that date gives it now, so that it moves with X instead of
  /// being squeezed against the date later.
  public mutating func settleEndDate(_ id: String, span: Range<Int>?) throws(PlanError) {
    guard let location = location(of: id), case .until(let until) = self[location].length,
      !self[location].fixed,
      linksInto(id).contains(where: { links[$0].setsStart(of: id) })
    else { return }
    _ = Scheduler(self).run(&self, from: [id])
    let start = self[location].start
    guard until.day > start.day else {
      throw PlanError(
        nl: "het einde (\(until.text(.nl))) ligt niet na het begin (\(start.text(.nl)))",
        en: "the end (\(until.text(.en))) is not after the start (\(start.text(.en)))",
        at: span)
    }
    self[location].length = .duration(PlanDuration.between(start.day, until.day))
  }
}

extension Link {
  /// The link with its ends renamed, or nil when neither end is.
  func renamed(_ renamed: [String: String]) -> Link? {
    guard renamed[from] != nil || renamed[to] != nil else { return nil }
    var link = self
    link.from = renamed[from] ?? from
    link.to = renamed[to] ?? to
    return link
  }

  /// Whether the link decides where `id` starts: a typed one into it that is not
  /// finish-to-finish. An implicit link only pushes.
  public func setsStart(of id: String) -> Bool {
    to == id && kind != .finishToFinish && !implicit
  }
}
