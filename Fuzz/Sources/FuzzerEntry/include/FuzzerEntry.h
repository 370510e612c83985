// Empty: the target only supplies the entry point that SwiftPM links executables to.
