// SwiftPM links an ELF executable with `--defsym main=<Module>_main` (so tests can import it), but
// under -parse-as-library the Swift module emits no entry point. Supply it and hand over to
// libFuzzer's driver, which calls LLVMFuzzerTestOneInput (ParserFuzzer.swift).
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

int ParserFuzzer_main(int argc, char **argv) { return LLVMFuzzerRunDriver(&argc, &argv, LLVMFuzzerTestOneInput); }
