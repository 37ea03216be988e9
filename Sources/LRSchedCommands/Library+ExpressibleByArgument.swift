import ArgumentParser
import LRSchedCore

extension Library: ExpressibleByArgument {}
