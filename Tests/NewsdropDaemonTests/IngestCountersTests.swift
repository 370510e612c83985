import Testing

@testable import NewsdropDaemon

@Suite struct IngestCountersTests {
    @Test func summaryLeadsWithALogFaultWhileItLasts() {
        var counters = IngestCounters()
        counters.ingested = 3
        counters.lastError = "Failed to write to '/l': No space left on device"
        #expect(
            counters.summary
                == "ingested 3, queued 0, rejected 0, duplicates 0, last error Failed to write to '/l': No space left on device"
        )
        counters.logFault = "Failed to write to '/l': No space left on device (free space on the log's file system)"
        #expect(
            counters.summary.hasPrefix(
                "LOG FAILING: Failed to write to '/l': No space left on device (free space on the log's file system); "
                    + "ingested 3, queued 0,"
            )
        )
    }
}
