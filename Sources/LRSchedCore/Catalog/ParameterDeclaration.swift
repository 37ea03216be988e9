/// Anything a descriptor lists as a parameter: a `ParameterInfo`, or a typed `Param` that also
/// reads the argument.
public protocol ParameterDeclaration: Sendable {
  var info: ParameterInfo { get }
}
