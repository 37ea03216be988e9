/// A scheduler of a spec as lint sees it: its JSON, where it is, which library class it is, and
/// which rows of the run it drives — the whole run for the top level and `ChainedScheduler`'s
/// members, a segment between milestones for `SequentialLR`'s and `optax.join_schedules`'.
///
/// Built leniently from raw JSON: malformed values are read as absent (the simulation reports
/// them), and nesting deeper than `BuildContext.maximumNesting` is not followed.
public struct SchedulerNode: Sendable {
  public let json: JSONValue
  /// The spec path, `scheduler` or `scheduler.schedulers[1]`.
  public let path: String
  /// The `type` as written, or "" when missing.
  public let type: String
  /// The catalog's entry for `type`; `nil` for an unknown type.
  public let descriptor: SchedulerDescriptor?
  /// The first row the scheduler drives.
  public let start: Int
  /// How many rows it drives.
  public let span: Int
  /// Whether `step()` runs once more after its last row (true unless a later scheduler of a
  /// `SequentialLR` takes over).
  public let steppedAfterLast: Bool
  public let children: [SchedulerNode]

  public init(
    _ json: JSONValue, path: String = "scheduler", start: Int = 0, span: Int, steppedAfterLast: Bool = true, depth: Int = 0
  ) {
    self.json = json
    self.path = path
    self.start = start
    self.span = max(span, 0)
    self.steppedAfterLast = steppedAfterLast
    if case .string(let t)? = json["type"] { type = t } else { type = "" }
    descriptor = SchedulerCatalog.lookup(type)
    guard depth < BuildContext.maximumNesting, let composition = descriptor?.composition,
      case .array(let items)? = json[composition.childrenKey]
    else {
      children = []
      return
    }
    let key = composition.childrenKey
    var sequential = false
    var cuts: [Int] = []
    if case .sequential(_, let boundaries) = composition {
      sequential = true
      cuts = Self.ints(json[boundaries]) ?? []
    }
    var out: [SchedulerNode] = []
    for (i, item) in items.enumerated() {
      let childPath = "\(path).\(key)[\(i)]"
      if sequential {
        let lo = i == 0 ? 0 : min(max(i - 1 < cuts.count ? cuts[i - 1] : span, 0), span)
        let hi = i < cuts.count ? min(max(cuts[i], 0), span) : span
        let last = i == items.count - 1 || i >= cuts.count
        out.append(
          SchedulerNode(
            item, path: childPath, start: start + lo, span: hi - lo, steppedAfterLast: last && steppedAfterLast,
            depth: depth + 1))
      } else {
        out.append(SchedulerNode(item, path: childPath, start: start, span: span, steppedAfterLast: steppedAfterLast, depth: depth + 1))
      }
    }
    children = out
  }

  /// `torch.StepLR`, `transformers.get_wsd_schedule`, ...; `nil` for an unknown type.
  public var qualifiedName: String? { descriptor?.qualifiedName }

  public var traits: SchedulerTraits { descriptor?.traits ?? [] }

  /// Whether its library steps it after every optimizer update: the `.perBatch` trait, or a
  /// `t_in_epochs` argument set to false (timm's `step_update`).
  public var stepsPerBatch: Bool {
    if traits.contains(.perBatch) { return true }
    guard descriptor?.parameter("t_in_epochs") != nil, case .bool(false)? = json["t_in_epochs"] else { return false }
    return true
  }

  /// This node and every node below it, parents first.
  public var all: [SchedulerNode] {
    [self] + children.flatMap(\.all)
  }

  /// The class name without the library prefix, `OneCycleLR`.
  public var className: String { descriptor?.bareName ?? type }

  /// An integer argument, or `nil` when absent, not an integer, or beyond ±2^52 (so that sums
  /// and products of a few of them cannot overflow).
  public func int(_ key: String) -> Int? {
    guard case .number(let n)? = json[key] else { return nil }
    return Self.bounded(n)
  }

  /// A numeric argument, or `nil`.
  public func number(_ key: String) -> Double? {
    guard case .number(let n)? = json[key], n.double.isFinite else { return nil }
    return n.double
  }

  /// A list of integers, or `nil` when absent or not all integers.
  public func intList(_ key: String) -> [Int]? {
    Self.ints(json[key])
  }

  private static func ints(_ v: JSONValue?) -> [Int]? {
    guard case .array(let items)? = v else { return nil }
    var out: [Int] = []
    for item in items {
      guard case .number(let n) = item, let i = bounded(n) else { return nil }
      out.append(i)
    }
    return out
  }

  private static func bounded(_ n: JSONNumber) -> Int? {
    guard let i = n.int, i.magnitude <= 1 << 52 else { return nil }
    return i
  }
}
