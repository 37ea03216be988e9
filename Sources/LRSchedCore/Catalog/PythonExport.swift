/// How `lrsched export` writes a scheduler as Python.
public enum PythonExport: Sendable, Equatable {
  /// A class built with the optimizer first: `Name(optimizer, key=value, ...)`, imported from
  /// the library's module. With `childrenFirst`, the wrapped schedulers are the first positional
  /// argument and the optimizer a keyword (`ChainedScheduler([a, b], optimizer=optimizer)`).
  case constructor(childrenFirst: Bool = false)
  /// transformers' `get_scheduler(name, optimizer, ...)`, the Trainer's `lr_scheduler_type`.
  case trainerSchedulerType(String)
  /// A schedule function called with its keyword arguments (optax).
  case function
  /// No export: the library's code is not written by `export`.
  case unsupported
}
