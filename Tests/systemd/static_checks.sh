#!/usr/bin/env bash
# Static checks of systemd/ (no running systemd needed; about 1 s):
#  1. `systemd-analyze verify` of the unit prints nothing and exits 0 (it exits 0 on unknown keys
#     and bad values and only warns on stderr, so any output is a failure).
#  2. `systemd-analyze security --offline=yes` scores the unit at or under MAX_EXPOSURE.
#  3. systemd-sysusers and systemd-tmpfiles apply newsdrop's files to an empty root without a
#     word, and the folders get the owners and modes the README promises.
#  4. The folders in tmpfiles.d are the defaults in Config/newsdrop.toml.
# The unit is checked as `make install` writes it, with ExecStart= pointing at an existing binary
# ($NEWSDROP_BIN, default: the release build), since verify insists that it exists.
# Runs in a private mount namespace with a tmpfs on /run/systemd: systemd-analyze otherwise
# leaves /run/systemd/systemd-units-load behind on the host.
set -euo pipefail
# Measured 0.5; 0.4 without CAP_LEASE (README, "Installing as a service"). In tenths.
MAX_EXPOSURE=${MAX_EXPOSURE:-5}
REPO=$(cd "$(dirname "$0")/../.." && pwd)
BIN=${NEWSDROP_BIN:-$REPO/.build/release/newsdrop}

if [ "${NEWSDROP_STATIC_INNER:-}" != 1 ]; then
    NEWSDROP_STATIC_INNER=1 exec unshare --mount --propagation private "$0" "$@"
fi
mount -t tmpfs -o mode=0755 tmpfs /run/systemd
WORK=$(mktemp -d /tmp/newsdrop-static.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

failures=0
pass() { echo "ok   - $*"; }
fail() { echo "FAIL - $*"; failures=$((failures + 1)); }

[ -x "$BIN" ] || { echo "FAIL - no binary at '$BIN' (run make release, or set NEWSDROP_BIN)"; exit 1; }
sed "s|/usr/local/bin/newsdrop|$BIN|g" "$REPO/systemd/newsdrop.service" > "$WORK/newsdrop.service"

# 1. verify
if out=$(systemd-analyze verify --man=no "$WORK/newsdrop.service" 2>&1) && [ -z "$out" ]; then
    pass "systemd-analyze verify prints nothing"
else
    fail "systemd-analyze verify:"; printf '%s\n' "$out"
fi

# 2. exposure
out=$(systemd-analyze security --offline=yes --no-pager --threshold="$MAX_EXPOSURE" \
    "$WORK/newsdrop.service" 2>&1) && rc=0 || rc=$?
score=$(printf '%s\n' "$out" | sed -n 's/.*Overall exposure level for .*: \([0-9.]*\) .*/\1/p')
if [ "$rc" = 0 ] && [ -n "$score" ]; then
    pass "exposure $score (at most $((MAX_EXPOSURE / 10)).$((MAX_EXPOSURE % 10)))"
else
    fail "exposure '${score:-?}' above $((MAX_EXPOSURE / 10)).$((MAX_EXPOSURE % 10)) (rc $rc); failing checks:"
    printf '%s\n' "$out" | grep '✗' | sed 's/  */ /g'
fi
for key in Type=notify NotifyAccess=main 'ExecReload=/bin/kill -HUP $MAINPID' WatchdogSec= \
    Restart=on-failure RestartPreventExitStatus=78 TimeoutStopSec= User=newsdrop; do
    grep -q "^$key" "$REPO/systemd/newsdrop.service" || fail "unit lacks $key"
done

# 3. sysusers.d and tmpfiles.d into an empty root
ROOT=$WORK/root
mkdir -p "$ROOT/etc"
if out=$(systemd-sysusers --root="$ROOT" "$REPO/systemd/newsdrop.sysusers" 2>&1) \
    && out+=$(systemd-tmpfiles --create --root="$ROOT" "$REPO/systemd/newsdrop.tmpfiles" 2>&1) \
    && [ -z "$(printf '%s' "$out" | grep -v '^Creating ')" ]; then
    pass "systemd-sysusers and systemd-tmpfiles --create apply cleanly"
else
    fail "sysusers/tmpfiles:"; printf '%s\n' "$out"
fi
grep -q '^newsdrop-upload:x:[0-9]*:newsdrop$' "$ROOT/etc/group" \
    && pass "group newsdrop-upload exists and has the daemon as member" \
    || fail "group newsdrop-upload: $(grep newsdrop "$ROOT/etc/group" | tr '\n' ' ')"
grep -q '^newsdrop:x:[0-9]*:[0-9]*:.*:/var/lib/newsdrop:/usr/sbin/nologin$' "$ROOT/etc/passwd" \
    && pass "system user newsdrop with no login shell" \
    || fail "user newsdrop: $(grep newsdrop "$ROOT/etc/passwd" || echo missing)"
uid() { sed -n "s/^$1:x:\([0-9]*\):.*/\1/p" "$ROOT/etc/passwd"; }
gid() { sed -n "s/^$1:x:\([0-9]*\):.*/\1/p" "$ROOT/etc/group"; }
expect_dir() {  # path mode user group
    local got want
    got=$(stat -c '%a %u %g' "$ROOT$1" 2>/dev/null || echo missing)
    want="$2 $(uid "$3") $(gid "$4")"
    [ "$got" = "$want" ] && pass "$1 is $2 $3:$4" || fail "$1 is '$got', expected '$want' ($2 $3:$4)"
}
expect_dir /var/lib/newsdrop 755 newsdrop newsdrop
expect_dir /var/lib/newsdrop/drop 2770 newsdrop newsdrop-upload
expect_dir /var/lib/newsdrop/processed 2750 newsdrop newsdrop-upload
expect_dir /var/lib/newsdrop/rejected 2750 newsdrop newsdrop-upload
expect_dir /var/lib/newsdrop/log 2750 newsdrop newsdrop

# 4. the folders are the configuration's defaults, on one file system (one parent)
for key in drop_dir processed_dir rejected_dir log_path; do
    path=$(sed -n "s/^$key *= *\"\(.*\)\"/\1/p" "$REPO/Config/newsdrop.toml")
    [ "$key" = log_path ] && path=$(dirname "$path")
    grep -Eq "^d +$path +" "$REPO/systemd/newsdrop.tmpfiles" \
        && pass "tmpfiles.d creates $key's folder $path" \
        || fail "tmpfiles.d does not create $key's folder '$path'"
done
grep -q "^ReadWritePaths=/var/lib/newsdrop$" "$REPO/systemd/newsdrop.service" \
    || fail "ReadWritePaths= is not the folders' parent /var/lib/newsdrop"

if [ "$failures" -gt 0 ]; then echo "static checks: $failures FAILED"; exit 1; fi
echo "static checks: all passed"
