import Foundation

/// The file formats the Cairo renderer writes.
public enum ImageFormat: String, Sendable, Hashable, CaseIterable {
  case png
  case svg
  case pdf

  /// The format named by a file extension (`png`, `svg`, `pdf`, any case), or `nil`.
  public init?(pathExtension: String) {
    self.init(rawValue: pathExtension.lowercased())
  }

  /// The format implied by a path's extension, or `nil` when it names none.
  public static func inferred(fromPath path: String) -> ImageFormat? {
    ImageFormat(pathExtension: URL(fileURLWithPath: path).pathExtension)
  }

  /// The usual file extension, without the dot.
  public var fileExtension: String { rawValue }
}
