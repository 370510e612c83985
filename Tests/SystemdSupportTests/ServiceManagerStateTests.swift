import SystemdSupport
import Testing

@Suite struct ServiceManagerStateTests {
    @Test func assignmentsAreTheNotifyProtocolsWords() {
        #expect(ServiceManagerState.ready.assignment == "READY=1")
        #expect(ServiceManagerState.stopping.assignment == "STOPPING=1")
        #expect(ServiceManagerState.watchdog.assignment == "WATCHDOG=1")
        #expect(
            ServiceManagerState.reloading(monotonicMicroseconds: 42).assignment == "RELOADING=1\nMONOTONIC_USEC=42"
        )
    }

    @Test func statusIsOneLine() {
        #expect(ServiceManagerState.status("a\nb").assignment == "STATUS=a b")
    }
}
