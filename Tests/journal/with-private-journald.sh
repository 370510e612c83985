#!/bin/bash
# Runs a command under a private systemd-journald, then prints every entry it stored as JSON lines.
#
# Usage: with-private-journald.sh STORE COMMAND [ARG...]
#
# A systemd-journald of its own, in a private mount namespace: /run is a fresh tmpfs (so the journal sockets
# live only in this namespace and the host's /run is untouched), Storage=volatile with its runtime journal
# (/run/log/journal) bound to STORE, and /var/log/journal covered by a tmpfs (the host's persistent journal is
# never written). COMMAND runs inside the namespace with its stdout sent to stderr; sd_journal_sendv() and
# systemd-cat in it reach this journald. Afterwards journald is synced and stopped, and
# `journalctl -D STORE -o json --all` goes to stdout. Needs root, util-linux unshare and systemd (journald,
# journalctl); no systemd as PID 1. Modelled on shared/systemd/a_journald_private_ns.sh.
set -euo pipefail

JOURNALD=${JOURNALD:-/lib/systemd/systemd-journald}

if [ "${1:-}" != "--inner" ]; then
    [ $# -ge 2 ] || { echo "usage: $0 STORE COMMAND [ARG...]" >&2; exit 64; }
    [ "$(id -u)" = 0 ] || { echo "$0: needs root (unshare --mount)" >&2; exit 77; }
    [ -x "$JOURNALD" ] || { echo "$0: no $JOURNALD (install systemd)" >&2; exit 77; }
    mkdir -p "$1"
    exec unshare --mount --propagation private "$0" --inner "$@"
fi
shift
STORE=$(realpath "$1")
shift

# ---- inside the private mount namespace ----
mount -t tmpfs -o mode=755 tmpfs /run
mkdir -p /run/systemd/journal /run/systemd/journald.conf.d /run/log/journal
mount --bind "$STORE" /run/log/journal
if [ -d /var/log/journal ]; then mount -t tmpfs tmpfs /var/log/journal; fi
# A drop-in under /run (private here) sorts after, and so overrides, any /etc/systemd/journald.conf settings.
cat > /run/systemd/journald.conf.d/zz-newsdrop-test.conf <<'CONF'
[Journal]
Storage=volatile
ReadKMsg=no
ForwardToSyslog=no
ForwardToKMsg=no
ForwardToConsole=no
ForwardToWall=no
RateLimitBurst=0
CONF

"$JOURNALD" </dev/null >/dev/null 2>&1 &
JOURNALD_PID=$!
stop_journald() {
    kill "$JOURNALD_PID" 2>/dev/null || true
    wait "$JOURNALD_PID" 2>/dev/null || true
}
trap stop_journald EXIT
trap 'exit 143' TERM INT  # run the EXIT trap (stop journald) on timeout(1) too
for _ in $(seq 1 200); do
    [ -S /run/systemd/journal/socket ] && [ -S /run/systemd/journal/stdout ] && break
    sleep 0.025
done
[ -S /run/systemd/journal/socket ] || { echo "$0: systemd-journald did not come up" >&2; exit 1; }

status=0
"$@" >&2 || status=$?

journalctl --sync
stop_journald
trap - EXIT
journalctl -D "$STORE" -o json --all --no-pager
exit "$status"
