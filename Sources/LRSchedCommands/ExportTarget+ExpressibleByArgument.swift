import ArgumentParser
import LRSchedExport

extension ExportTarget: ExpressibleByArgument {}
