#ifndef NEWSDROP_CSYSTEMD_SHIM_H
#define NEWSDROP_CSYSTEMD_SHIM_H
// libsystemd's notify and journal APIs. The variadic sd_notifyf and sd_journal_send do not import
// into Swift; newsdrop uses sd_notify and sd_journal_sendv.
#include <systemd/sd-daemon.h>
#include <systemd/sd-journal.h>
#endif
