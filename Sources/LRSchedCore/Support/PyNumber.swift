/// A number as Python holds it, an exact `int` or a `float`: ``PyValue``, under the name the
/// engine's schedulers use. Spec values keep the type their JSON literal has (`3` is an int,
/// `3.0` a float), as Python's `json` gives them to the library.
public typealias PyNumber = PyValue
