import LRSchedCore
import Testing
@testable import LRSchedConfigs

@Suite struct SpecLoaderTests {
  private func number(_ v: JSONValue?) -> JSONNumber? {
    if case .number(let n)? = v { return n }
    return nil
  }

  @Test func readsJSON() throws {
    let v = try SpecLoader.parse("{\"epochs\": 3}", name: "a.json")
    #expect(v["epochs"] != nil)
  }

  @Test func yamlSpecEqualsTheJSONSpec() throws {
    let json = try SpecLoader.parse(
      """
      {"epochs": 90, "interval": "epoch", "optimizer": {"type": "SGD", "lr": 0.1, "momentum": 0.9, "weight_decay": 1e-4},
       "scheduler": {"type": "MultiStepLR", "milestones": [30, 60], "gamma": 0.1}, "name": "step"}
      """, name: "a.json")
    let yaml = try SpecLoader.parse(
      """
      # the same spec in YAML
      epochs: 90
      interval: epoch
      optimizer: {type: SGD, lr: 0.1, momentum: 0.9, weight_decay: 1e-4}
      scheduler:
        type: MultiStepLR
        milestones: [30, 60]
        gamma: 0.1
      name: "step"
      """, name: "a.yaml")
    #expect(yaml == json)
  }

  @Test func yamlNonFiniteMetricsRunAsJSONsNaNAndInfinity() throws {
    let json = try SpecLoader.parse(
      """
      {"epochs": 4, "optimizer": {"type": "SGD", "lr": 0.1}, "scheduler": {"type": "ReduceLROnPlateau", "patience": 0},
       "metrics": [1.0, NaN, Infinity, -Infinity]}
      """, name: "a.json")
    let yaml = try SpecLoader.parse(
      """
      epochs: 4
      optimizer: {type: SGD, lr: 0.1}
      scheduler: {type: ReduceLROnPlateau, patience: 0}
      metrics: [1.0, .nan, .inf, -.inf]
      """, name: "a.yaml")
    func rows(_ doc: JSONValue) throws -> [Double] {
      var out: [Double] = []
      try Simulation(spec: try RunSpec(json: doc)).run { row in out.append(row.lrs[0]) }
      return out
    }
    #expect(try rows(yaml) == rows(json))
  }

  @Test(arguments: [
    ("10", "10", true), ("-3", "-3", true), ("1_000", "1000", true), ("0x1F", "31", true), ("0o17", "15", true),
    ("007", "7", true), ("1e-3", "1e-3", false), ("1E5", "1e5", false), ("1.", "1.0", false), (".5", "0.5", false),
    ("-.5e2", "-0.5e2", false), ("+2.50", "2.50", false), ("3.0", "3.0", false), ("1_0.2_5", "10.25", false),
  ])
  func yamlNumbersKeepTheirKind(_ text: String, _ literal: String, _ isInteger: Bool) throws {
    let v = try SpecLoader.parse("x: \(text)", name: "a.yml")
    let n = try #require(number(v["x"]))
    #expect(n.literal == literal)
    #expect(n.isInteger == isInteger)
    #expect(JSONNumber(literal: literal) != nil)
  }

  @Test func yamlScalarsResolveAsConfigsExpect() throws {
    let v = try SpecLoader.parse(
      """
      a: yes
      b: off
      c: ~
      d:
      e: '10'
      f: "1e-3"
      g: !!str 5
      h: !!float 2
      i: 1e3.5
      j: 12:30
      k: |
        text
      l: end
      """, name: "a.yaml")
    #expect(v["a"] == .bool(true))
    #expect(v["b"] == .bool(false))
    #expect(v["c"] == .null)
    #expect(v["d"] == .null)
    #expect(v["e"] == .string("10"))
    #expect(v["f"] == .string("1e-3"))
    #expect(v["g"] == .string("5"))
    #expect(number(v["h"])?.literal == "2.0")
    #expect(v["i"] == .string("1e3.5"))
    #expect(v["j"] == .string("12:30"))
    #expect(v["k"] == .string("text\n"))
  }

  @Test func anchorsAndMergeKeys() throws {
    let v = try SpecLoader.parse(
      """
      base: &b {lr: 0.1, momentum: 0.9}
      optimizer:
        <<: *b
        lr: 0.2
      again: *b
      """, name: "a.yaml")
    #expect(number(v["optimizer"]?["lr"])?.literal == "0.2")
    #expect(number(v["optimizer"]?["momentum"])?.literal == "0.9")
    #expect(v["again"] == v["base"])
  }

  @Test func yamlErrorsCarryLineAndColumn() {
    #expect(throws: SpecError("", "not valid YAML: line 2, column 8: mapping values are not allowed in this context")) {
      try SpecLoader.parse("epochs: 3\nname: a: b\n", name: "a.yaml")
    }
    #expect(throws: SpecError("optimizer.lr", "number inf is out of range")) {
      try RunSpec(json: try SpecLoader.parse("epochs: 3\noptimizer: {type: SGD, lr: .inf}\nscheduler: {type: StepLR}\n", name: "a.yaml"))
    }
    #expect(throws: SpecError("", "not valid YAML: line 1, column 4: unsupported tag !custom")) {
      try SpecLoader.parse("a: !custom 3", name: "a.yaml")
    }
    #expect(throws: SpecError.self) { try SpecLoader.parse("a: 1\na: 2\n", name: "a.yaml") }
    #expect(throws: SpecError.self) { try SpecLoader.parse("", name: "a.yaml") }
    #expect(throws: SpecError.self) { try SpecLoader.parse("a: [1, 2", name: "-") }
  }

  @Test func aliasBombsAreBounded() {
    var doc = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
    for i in 1...9 { doc += "a\(i): &a\(i) [*a\(i - 1), *a\(i - 1), *a\(i - 1), *a\(i - 1), *a\(i - 1), *a\(i - 1), *a\(i - 1), *a\(i - 1), *a\(i - 1), *a\(i - 1)]\n" }
    #expect(throws: SpecError.self) { try SpecLoader.parse(doc, name: "bomb.yaml") }
  }

  @Test func standardInputIsSniffed() throws {
    let json = try SpecLoader.parse("  {\"epochs\": 3, \"lr\": 1e-3}", name: "-")
    let yaml = try SpecLoader.parse("epochs: 3\nlr: 1e-3\n", name: "-")
    #expect(json == yaml)
    let flow = try SpecLoader.parse("{epochs: 3, lr: 1e-3}", name: "-")
    #expect(flow == json)
    #expect(throws: SpecError("", "not valid JSON: line 1, column 13: unexpected end of document; expected a value")) {
      try SpecLoader.parse("{\"epochs\": [", name: "-")
    }
  }

  @Test func lightningConfigsAreRecognisedByTheirKeys() throws {
    let loaded = try SpecLoader.load(
      """
      trainer: {max_epochs: 12}
      optimizer: {class_path: torch.optim.SGD, init_args: {lr: 0.05, momentum: 0.9}}
      lr_scheduler: {class_path: torch.optim.lr_scheduler.StepLR, init_args: {step_size: 4, gamma: 0.5}}
      """, name: "config.yaml")
    #expect(loaded.source == .lightning)
    let spec = try RunSpec(json: loaded.json)
    #expect(spec.epochs == 12)
    #expect(spec.interval == .epoch)
    #expect(loaded.json["scheduler"]?["type"] == .string("StepLR"))
    #expect(try SpecLoader.load("{\"epochs\": 3}", name: "-").source == .spec)
    #expect(try SpecLoader.load("epochs: 3\nmodel: resnet50\n", name: "-").source == .spec)
  }

  @Test func frameworkConfigsPassedAsSpecsPointToTheirFlag() {
    #expect(throws: SpecError("", "this is a timm args.yaml, not a spec: read it with --from-timm")) {
      try SpecLoader.load("sched: cosine\nopt: sgd\nepochs: 100\nmodel: resnet50\n", name: "args.yaml")
    }
    #expect(throws: SpecError("", "this is a Hugging Face TrainingArguments JSON, not a spec: read it with --from-hf")) {
      try SpecLoader.load("{\"learning_rate\": 1e-4, \"lr_scheduler_type\": \"linear\"}", name: "training_args.json")
    }
  }
}
