import CSystemd

/// Whether the service manager expects `WATCHDOG=1` pings, and how often.
///
/// The corresponding C function is `sd_watchdog_enabled(3)`, which reads `$WATCHDOG_USEC` (and
/// `$WATCHDOG_PID`, which must name this process when set).
public enum ServiceManagerWatchdog {
    /// The watchdog timeout in microseconds, or `nil` when no watchdog is armed for this process.
    public static func timeoutMicroseconds() -> UInt64? {
        var microseconds: UInt64 = 0
        let result = sd_watchdog_enabled(0, &microseconds)
        return result > 0 && microseconds > 0 ? microseconds : nil
    }
}
