import ArgumentParser
import LRSchedCore

extension OutputFormat: ExpressibleByArgument {}
