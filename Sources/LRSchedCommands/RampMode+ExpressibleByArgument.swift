import ArgumentParser
import LRSchedCore

extension RampMode: ExpressibleByArgument {}
