extension PyValue: CustomStringConvertible {
  /// Python's `repr` (``PyRepr/value(_:)``): `3`, `0.5`, `1e-05`, `1000000000000000.0`, `inf`, `True`.
  public var description: String { PyRepr.value(self) }
}
