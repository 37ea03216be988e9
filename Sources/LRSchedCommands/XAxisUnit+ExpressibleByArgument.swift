import ArgumentParser
import LRSchedCharts

extension XAxisUnit: ExpressibleByArgument {}
