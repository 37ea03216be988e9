import ArgumentParser
import LRSchedPlot

extension SeriesDrawStyle: ExpressibleByArgument {}
