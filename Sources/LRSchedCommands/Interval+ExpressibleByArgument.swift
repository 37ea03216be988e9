import ArgumentParser
import LRSchedCore

extension Interval: ExpressibleByArgument {}
