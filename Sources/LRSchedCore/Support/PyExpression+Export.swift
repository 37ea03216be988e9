/// Python's semantics (numbers, arithmetic, `repr`, the C library shim) are PyExpression's;
/// every LRSchedCore file, and every client of LRSchedCore, sees them.
@_exported import PyExpression
