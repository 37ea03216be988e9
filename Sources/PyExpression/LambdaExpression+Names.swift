extension LambdaExpression {
  /// The names `source` reads, found with the expression ``Lexer``: those read bare (not an
  /// attribute after `.`, not a lambda parameter) and whether `module.` is read.
  ///
  /// Scanning stops at the first token the lexer cannot read, so text the evaluator would
  /// refuse yields the names before it; a source longer than ``maximumLength`` bytes, which the
  /// evaluator refuses whole, yields none.
  public static func names(in source: String, module: String) -> (bare: Set<String>, usesModule: Bool) {
    guard source.utf8.count <= maximumLength else { return ([], false) }
    let tokens = Lexer.tokenize(Array(source))
    var bare: Set<String> = []
    var usesModule = false
    var parameters: Set<String> = []
    var inParameters = false
    for (index, token) in tokens.enumerated() {
      switch token.kind {
      case .keyword("lambda"): inParameters = true
      case .symbol(":"): inParameters = false
      case .name(let name):
        let isAttribute = index > 0 && tokens[index - 1].isSymbol(".")
        let hasAttribute = index + 1 < tokens.count && tokens[index + 1].isSymbol(".")
        if inParameters {
          parameters.insert(name)
        } else if name == module && hasAttribute {
          usesModule = true
        } else if !isAttribute && !parameters.contains(name) {
          bare.insert(name)
        }
      default: break
      }
    }
    return (bare, usesModule)
  }
}
