extension ParameterInfo: ParameterDeclaration {
  public var info: ParameterInfo { self }
}
