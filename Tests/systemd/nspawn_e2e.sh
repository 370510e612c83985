#!/usr/bin/env bash
# End to end under a real systemd: `make install` into a tree, boot a systemd (PID 1) in
# systemd-nspawn on the host's own /usr with the tree's /usr/local and /etc/newsdrop bound in,
# and run newsdrop as the installed unit. Needs root and systemd-container (.ci/run installs it);
# takes about 30 s once the release build is done.
#
# The host keeps nothing: the container runs in a private mount namespace with a tmpfs on
# /run/systemd, --volatile=yes (tmpfs /, host /usr read-only), its own cgroup (removed at exit),
# and the work folder (tree, journal) is deleted at the end unless KEEP=1.
# The only change to the installed unit is a drop-in with WatchdogSec=4s, so the watchdog check
# takes seconds instead of the unit's 30 s.
#
# Every check prints "ok" or "FAIL"; the script exits 1 if any failed (and at once if a check
# that later ones need fails).
set -euo pipefail
REPO=$(cd "$(dirname "$0")/../.." && pwd)
MAKE=${MAKE:-make}
SETTLE_MS=1000
PREFIX=/usr/local

if [ "${1:-}" != --inner ]; then
    [ "$(id -u)" = 0 ] || { echo "FAIL - nspawn_e2e.sh needs root"; exit 1; }
    command -v systemd-nspawn >/dev/null || { echo "FAIL - systemd-nspawn missing (apt-get install systemd-container)"; exit 1; }
    WORK=$(mktemp -d /tmp/newsdrop-nspawn.XXXXXX)
    export WORK
    trap '[ "${KEEP:-}" = 1 ] && echo "kept $WORK" || rm -rf "$WORK"' EXIT
    TREE=$WORK/tree
    failures=0
    pass() { echo "ok   - $*"; }
    fail() { echo "FAIL - $*"; failures=$((failures + 1)); }

    # --- make install into a tree -------------------------------------------------------
    $MAKE -s -C "$REPO" install DESTDIR="$TREE" PREFIX="$PREFIX" > "$WORK/install.log" 2>&1 \
        || { cat "$WORK/install.log"; echo "FAIL - make install DESTDIR=$TREE"; exit 1; }
    for f in bin/newsdrop lib/systemd/system/newsdrop.service lib/sysusers.d/newsdrop.conf \
        lib/tmpfiles.d/newsdrop.conf share/man/man8/newsdrop.8; do
        [ -f "$TREE$PREFIX/$f" ] && pass "installed $PREFIX/$f" || fail "make install did not install $PREFIX/$f"
    done
    [ -f "$TREE/etc/newsdrop/newsdrop.toml" ] && pass "installed /etc/newsdrop/newsdrop.toml" \
        || fail "make install did not install /etc/newsdrop/newsdrop.toml"
    grep -q "^ExecStart=$PREFIX/bin/newsdrop run " "$TREE$PREFIX/lib/systemd/system/newsdrop.service" \
        && pass "installed unit runs $PREFIX/bin/newsdrop" || fail "installed unit's ExecStart is not $PREFIX/bin/newsdrop"
    libs=$(ldd "$TREE$PREFIX/bin/newsdrop" | awk '{print $1}' | tr '\n' ' ')
    if ldd "$TREE$PREFIX/bin/newsdrop" | grep -Eq 'swift|Foundation|dispatch|BlocksRuntime|/opt/'; then
        fail "binary needs the Swift toolchain's libraries: $libs"
    else
        pass "binary links only system libraries: $libs"
    fi
    page=$TREE$PREFIX/share/man/man8/newsdrop.8
    if [ -f "$page" ]; then
        grep -q '^\.Dt NEWSDROP 8' "$page" && grep -q '^\.Nm newsdrop' "$page" && grep -qw verify "$page" \
            && pass "newsdrop(8) is an mdoc page in section 8 naming the subcommands" \
            || fail "newsdrop(8) is not an mdoc page for section 8: $(head -c 300 "$page")"
        if command -v man > /dev/null; then
            MANWIDTH=80 man -l "$page" 2> /dev/null | grep -q 'NEWSDROP(8)' \
                && pass "man -l renders newsdrop(8)" || fail "man -l does not render newsdrop(8)"
        fi
    fi
    # An existing config is never overwritten; uninstall keeps it.
    echo '# edited by the admin' >> "$TREE/etc/newsdrop/newsdrop.toml"
    $MAKE -s -C "$REPO" install-files DESTDIR="$TREE" PREFIX="$PREFIX" > "$WORK/install2.log" 2>&1 \
        || { cat "$WORK/install2.log"; fail "second make install(-files)"; }
    grep -q '^# edited by the admin' "$TREE/etc/newsdrop/newsdrop.toml" \
        && pass "make install keeps an existing config" || fail "make install overwrote the config"
    cp -a "$TREE" "$WORK/tree2"
    $MAKE -s -C "$REPO" uninstall DESTDIR="$WORK/tree2" PREFIX="$PREFIX" > "$WORK/uninstall.log" 2>&1 \
        || { cat "$WORK/uninstall.log"; fail "make uninstall"; }
    left=$(cd "$WORK/tree2" && find . -type f | sort | tr '\n' ' ')
    [ "$left" = "./etc/newsdrop/newsdrop.toml " ] && pass "make uninstall removes all but the config" \
        || fail "make uninstall left: $left"
    rm -rf "$WORK/tree2"
    sed -i '/^# edited by the admin/d' "$TREE/etc/newsdrop/newsdrop.toml"

    # --- what the container gets ----------------------------------------------------------
    mkdir -p "$WORK/journal" "$WORK/articles" "$WORK/dropin"
    printf '[Journal]\nStorage=volatile\nRateLimitBurst=0\n' > "$WORK/journald.conf"
    printf '[Service]\nWatchdogSec=4s\n' > "$WORK/dropin/test.conf"
    article() {  # title, first words
        printf '%s\n\nFebruary 5, 2025\n\n%s said on Wednesday that the talks would go on. ' "$1" "$2"
        printf 'The officials met for three hours in the capital and agreed to meet again next week.\n\n'
        printf 'Neither side gave details of what was discussed, but both called the meeting useful.\n'
    }
    article "Talks go on in the capital" "The minister" > "$WORK/articles/a.txt"
    article "A second meeting is planned" "The spokesman" > "$WORK/articles/b.news"
    article "Written slowly, in place" "The envoy" > "$WORK/articles/c.txt"
    article "Sent in a folder" "The ambassador" > "$WORK/articles/d.txt"
    printf '\0\1\2\3binary\0' > "$WORK/articles/bad.txt"
    echo "$failures" > "$WORK/failures"
    rc=0
    unshare --mount --propagation private "$0" --inner || rc=$?
    failures=$(cat "$WORK/failures")
    if [ "$rc" != 0 ] || [ "$failures" != 0 ]; then
        echo "nspawn e2e: FAILED ($failures failed checks, inner rc $rc); journal: $WORK/journal"
        KEEP=1
        exit 1
    fi
    echo "nspawn e2e: all passed"
    exit 0
fi

# ------------------------------- inside a private mount namespace ---------------------------
TREE=$WORK/tree
failures=$(cat "$WORK/failures")
pass() { echo "ok   - $*"; }
fail() { echo "FAIL - $*"; failures=$((failures + 1)); echo "$failures" > "$WORK/failures"; }
T0=$(date +%s%N)
mount -t tmpfs -o mode=755 tmpfs /run/systemd
CG=newsdrop-nspawn-$$
for h in systemd unified; do mkdir -p /sys/fs/cgroup/$h/$CG; echo $$ > /sys/fs/cgroup/$h/$CG/cgroup.procs; done
ROOT=$WORK/root
mkdir -p "$ROOT/usr"
mount --bind /usr "$ROOT/usr"
mount -o remount,bind,ro "$ROOT/usr"

cleanup() {
    set +e
    if [ -n "${NSPID:-}" ] && kill -0 "$NSPID" 2>/dev/null; then
        kill -TERM "$NSPID"   # nspawn -> SIGRTMIN+3 -> clean poweroff
        for _ in $(seq 1 100); do kill -0 "$NSPID" 2>/dev/null || break; sleep 0.1; done
        kill -0 "$NSPID" 2>/dev/null && { kill -TERM "$NSPID"; sleep 1; kill -KILL "$NSPID"; }
        wait "$NSPID" 2>/dev/null
    fi
    echo $$ > /sys/fs/cgroup/systemd/cgroup.procs; echo $$ > /sys/fs/cgroup/unified/cgroup.procs
    for h in systemd unified; do find /sys/fs/cgroup/$h/$CG -depth -type d -exec rmdir {} \; 2>/dev/null; done
    # never rm -rf the root here while /usr may still be the host's /usr
    umount "$ROOT/usr" && rmdir "$ROOT/usr" "$ROOT"
}
trap cleanup EXIT

# The container's /etc starts empty, so systemd enables every unit on the host's /usr at first boot; rsyslog
# (.ci/run installs it for the rsyslog example) would start there without its config and fail: masked.
systemd-nspawn --quiet --register=no --keep-unit -D "$ROOT" --volatile=yes -b \
    --private-network --console=pipe --machine=newsdrop-e2e \
    --bind-ro="$TREE$PREFIX":"$PREFIX" \
    --bind="$TREE/etc/newsdrop":/etc/newsdrop \
    --bind-ro="$WORK/dropin":/etc/systemd/system/newsdrop.service.d \
    --bind-ro="$WORK/articles":/srv/articles \
    --bind="$WORK/journal":/run/log/journal \
    --bind-ro="$WORK/journald.conf":/etc/systemd/journald.conf.d/newsdrop-e2e.conf \
    systemd.mask=systemd-firstboot.service systemd.mask=rsyslog.service \
    < /dev/null > "$WORK/console.log" 2>&1 &
NSPID=$!
PID1=
for _ in $(seq 1 200); do
    PID1=$(head -1 /sys/fs/cgroup/unified/$CG/payload/init.scope/cgroup.procs 2>/dev/null) || true
    [ -n "$PID1" ] && break
    sleep 0.05
    kill -0 $NSPID 2>/dev/null || { cat "$WORK/console.log"; echo "FAIL - systemd-nspawn died"; exit 1; }
done
[ -n "$PID1" ] || { echo "FAIL - no container PID 1"; exit 1; }
C() { nsenter -t "$PID1" -a "$@"; }   # run a command inside the container
for _ in $(seq 1 100); do C true 2>/dev/null && C test -S /run/systemd/private && break; sleep 0.1; done
STATE=$(C timeout 60 systemctl is-system-running --wait || true)
echo "container up ($STATE) in $(( ($(date +%s%N) - T0) / 1000000 )) ms"

abort() { fail "$*"; C journalctl --no-pager -u newsdrop -n 40 || true; exit 1; }
prop() { C systemctl show -P "$1" newsdrop; }
wait_for() {  # seconds, command...: true once the command succeeds
    local end=$(($(date +%s) + $1)); shift
    until "$@" >/dev/null 2>&1; do [ "$(date +%s)" -lt "$end" ] || return 1; sleep 0.1; done
}
records() { C sh -c 'cat /var/lib/newsdrop/log/articles.jsonl 2>/dev/null | wc -l'; }
has_records() { [ "$(records)" -ge "$1" ]; }
as_user() {  # user, command... (no PAM needed)
    local user=$1; shift
    C setpriv --reuid="$user" --regid="$user" --init-groups -- "$@"
}

# The package's post-install steps (boot ran them already when the tree was there; idempotent).
C systemd-sysusers || fail "systemd-sysusers"
C systemd-tmpfiles --create newsdrop.conf || fail "systemd-tmpfiles --create newsdrop.conf"
# An uploader in newsdrop-upload, and a user who is not.
C systemd-sysusers --inline 'u alice - "uploader"' 'm alice newsdrop-upload' 'u bob - "not an uploader"'

# 1. Type=notify: start returns after READY=1, with a STATUS line.
C systemctl start newsdrop || abort "systemctl start newsdrop"
[ "$(prop ActiveState)" = active ] && pass "systemctl start: active" || abort "not active after start"
wait_for 5 sh -c "[ \"\$(nsenter -t $PID1 -a systemctl show -P StatusText newsdrop)\" != '' ]" || true
status=$(prop StatusText)
[[ "$status" =~ ^ingested\ [0-9]+,\ queued\ [0-9]+,\ rejected\ [0-9]+,\ duplicates\ [0-9]+,\ last\ error ]] \
    && pass "StatusText: '$status'" || fail "StatusText is '$status'"
[ "$(prop User)" = newsdrop ] || fail "unit's User= is '$(prop User)'"

# 2. A file dropped by an uploader becomes a record, and moves to processed/.
as_user alice sh -c 'cp /srv/articles/a.txt /var/lib/newsdrop/drop/.a.txt.part && mv /var/lib/newsdrop/drop/.a.txt.part /var/lib/newsdrop/drop/a.txt' \
    && pass "alice (newsdrop-upload) can drop a file" || fail "alice cannot drop a file"
if wait_for 15 has_records 1; then
    rec=$(C head -1 /var/lib/newsdrop/log/articles.jsonl)
    sha=$(sha256sum < "$WORK/articles/a.txt" | cut -d' ' -f1)
    printf '%s' "$rec" | python3 -c 'import json,sys; r=json.load(sys.stdin); sys.exit(not (r["seq"]==1 and r["source"]["path"]=="a.txt" and r["source"]["sha256"]==sys.argv[1] and r["title"]=="Talks go on in the capital"))' "$sha" \
        && pass "alice's file became record seq 1" || fail "unexpected record: $rec"
else
    fail "no record for alice's file after 15 s"
fi
wait_for 5 C test -f /var/lib/newsdrop/processed/a.txt && pass "a.txt moved to processed/" || fail "a.txt not in processed/"
# A subfolder (scp -r, rsync of a tree): with umask 002 it is group-writable, so newsdrop (a
# member of newsdrop-upload) can move files out of it.
as_user alice sh -c 'umask 002; mkdir /var/lib/newsdrop/drop/batch && cp /srv/articles/d.txt /var/lib/newsdrop/drop/batch/d.txt'
wait_for 15 C test -f /var/lib/newsdrop/processed/batch/d.txt && pass "batch/d.txt (in alice's subfolder) moved to processed/batch/" \
    || fail "batch/d.txt not in processed/batch/ ($(records) records)"
as_user bob sh -c 'cp /srv/articles/a.txt /var/lib/newsdrop/drop/bob.txt' 2>/dev/null \
    && fail "bob (not in newsdrop-upload) could write to drop/" || pass "bob (not an uploader) cannot write to drop/"
# A rejected file goes to rejected/ with its reason, which the uploader may read.
as_user alice cp /srv/articles/bad.txt /var/lib/newsdrop/drop/bad.txt
wait_for 10 C test -f /var/lib/newsdrop/rejected/bad.txt.reason && pass "bad.txt rejected with a reason" \
    || fail "bad.txt not in rejected/ with a .reason"
as_user alice cat /var/lib/newsdrop/rejected/bad.txt.reason > /dev/null 2>&1 \
    && pass "alice can read rejected/bad.txt.reason" || fail "alice cannot read rejected/bad.txt.reason"

# 3. The log belongs to the daemon, and consumers (group newsdrop) may read it.
owner=$(C stat -c '%U:%G %a' /var/lib/newsdrop/log/articles.jsonl)
[[ "$owner" == newsdrop:newsdrop* ]] && pass "log is owned by $owner" || fail "log is owned by $owner"
C systemd-sysusers --inline 'u carol - "consumer"' 'm carol newsdrop'
as_user carol head -c1 /var/lib/newsdrop/log/articles.jsonl > /dev/null 2>&1 \
    && pass "carol (group newsdrop) can read the log" || fail "carol (group newsdrop) cannot read the log"

# 4. systemctl status shows the STATUS line.
# (STATUS= is sent at most once a second, so give it a moment to catch up with the rejection.)
wait_for 5 sh -c "nsenter -t $PID1 -a systemctl show -P StatusText newsdrop | grep -q '^ingested 2, queued 0, rejected 1,'" || true
st=$(C systemctl status --no-pager newsdrop 2>&1 || true)
printf '%s\n' "$st" | grep -Eq 'Status: "ingested 2, queued [0-9]+, rejected 1, duplicates 0, last error' \
    && pass "systemctl status: $(printf '%s\n' "$st" | grep 'Status:' | sed 's/^ *//')" \
    || { fail "systemctl status lacks 'Status: \"ingested 2, … rejected 1 …'"; printf '%s\n' "$st" | head -12; }

# 5. The journal has the structured fields.
C journalctl --sync
C journalctl --no-pager -o json -u newsdrop NEWSDROP_PATH=a.txt > "$WORK/a.json" || true
python3 - "$WORK/a.json" "$sha" <<'PY' && pass "journal: NEWSDROP_PATH=a.txt has NEWSDROP_SEQ=1, NEWSDROP_SHA256, MESSAGE_ID" \
    || fail "journal lacks NEWSDROP_PATH=a.txt with NEWSDROP_SEQ=1, NEWSDROP_SHA256 and MESSAGE_ID"
import json, re, sys
entries = [json.loads(line) for line in open(sys.argv[1]) if line.strip()]
ok = any(e.get("NEWSDROP_SEQ") == "1" and e.get("NEWSDROP_SHA256") == sys.argv[2]
         and re.fullmatch(r"[0-9a-f]{32}", e.get("MESSAGE_ID", "")) for e in entries)
print("  ", len(entries), "entries;", [{k: v for k, v in e.items() if k.startswith(("NEWSDROP_", "MESSAGE_ID", "PRIORITY"))} for e in entries][:2])
sys.exit(0 if ok else 1)
PY
C journalctl --no-pager -o json -u newsdrop NEWSDROP_PATH=bad.txt > "$WORK/bad.json" || true
python3 - "$WORK/bad.json" <<'PY' && pass "journal: NEWSDROP_PATH=bad.txt has NEWSDROP_REASON and MESSAGE_ID, PRIORITY=4" \
    || fail "journal lacks NEWSDROP_PATH=bad.txt with NEWSDROP_REASON, MESSAGE_ID and PRIORITY=4 (warning)"
import json, re, sys
entries = [json.loads(line) for line in open(sys.argv[1]) if line.strip()]
sys.exit(0 if any(e.get("NEWSDROP_REASON") and e.get("PRIORITY") == "4"
                  and re.fullmatch(r"[0-9a-f]{32}", e.get("MESSAGE_ID", "")) for e in entries) else 1)
PY

# 6. CAP_LEASE: a file still open for writing is not taken, even when a start-up scan finds it
#    and it has been quiet for longer than settle_ms; it is taken once its writer closes it.
C rm -f /run/newsdrop-e2e-release
as_user alice sh -c 'exec 3>/var/lib/newsdrop/drop/c.txt; head -c 100 /srv/articles/c.txt >&3;
    while [ ! -e /run/newsdrop-e2e-release ]; do sleep 0.1; done; tail -c +101 /srv/articles/c.txt >&3' &
WRITER=$!
sleep 0.5
C systemctl restart newsdrop || abort "systemctl restart newsdrop"
sleep $((3 * SETTLE_MS / 1000 + 1))
[ "$(records)" = 2 ] && pass "a file open for writing is not taken (quiet for 3 × settle_ms)" \
    || fail "a file still open for writing was taken: $(records) records"
C touch /run/newsdrop-e2e-release
wait "$WRITER" || true
wait_for 15 has_records 3 && pass "taken once its writer closed it" || fail "c.txt not taken after its writer closed it"

# 7. systemctl reload: a bad config is refused (still running, same PID); a good one applies.
PID_A=$(prop MainPID)
C cp /etc/newsdrop/newsdrop.toml /etc/newsdrop/newsdrop.toml.good
C sh -c 'echo "no_such_key = 1" >> /etc/newsdrop/newsdrop.toml'
C systemctl reload newsdrop || true
[ "$(prop ActiveState)" = active ] && [ "$(prop MainPID)" = "$PID_A" ] \
    && pass "reload with a bad config: refused, still running as PID $PID_A" \
    || fail "reload with a bad config: $(prop ActiveState), MainPID $(prop MainPID) (was $PID_A)"
C sh -c 'sed "s/^extensions = .*/extensions = [\"txt\", \"news\"]/" /etc/newsdrop/newsdrop.toml.good > /etc/newsdrop/newsdrop.toml'
C systemctl reload newsdrop && pass "systemctl reload returns 0" || fail "systemctl reload failed"
[ "$(prop ActiveState)" = active ] && [ "$(prop MainPID)" = "$PID_A" ] \
    && pass "after reload: active, same PID" || fail "after reload: $(prop ActiveState), MainPID $(prop MainPID)"
as_user alice cp /srv/articles/b.news /var/lib/newsdrop/drop/b.news
wait_for 15 has_records 4 && pass "reloaded config applies (b.news accepted)" \
    || fail "b.news not accepted after reload (extensions not applied?)"

# 8. A daemon frozen with SIGSTOP is killed by the watchdog and restarted.
PID_A=$(prop MainPID)
RESTARTS=$(prop NRestarts)
C kill -STOP "$PID_A"
if wait_for 20 sh -c "[ \$(nsenter -t $PID1 -a systemctl show -P NRestarts newsdrop) -gt $RESTARTS ]"; then
    wait_for 10 sh -c "[ \"\$(nsenter -t $PID1 -a systemctl show -P SubState newsdrop)\" = running ]" || true
    PID_B=$(prop MainPID)
    [ "$(prop ActiveState)" = active ] && [ "$PID_B" != "$PID_A" ] \
        && pass "watchdog killed frozen PID $PID_A; restarted as PID $PID_B" \
        || fail "after the watchdog: $(prop ActiveState), MainPID $PID_B"
    # journald may take a moment to store systemd's own message about the kill.
    journal_says_watchdog() { C journalctl --no-pager -u newsdrop -o cat | grep -q 'Watchdog timeout'; }
    wait_for 10 journal_says_watchdog \
        && pass "journal says 'Watchdog timeout'" || fail "no 'Watchdog timeout' in the journal"
else
    fail "frozen daemon not restarted within 20 s (WatchdogSec=4s)"
    C kill -CONT "$PID_A" || true
fi

# 9. systemctl stop: STOPPING=1, exit 0, Result=success; the log is sound.
C systemctl stop newsdrop || fail "systemctl stop"
[ "$(prop Result)" = success ] && pass "systemctl stop: Result=success" || fail "stop: Result=$(prop Result)"
[ "$(prop ExecMainStatus)" = 0 ] && pass "exit status 0" || fail "exit status $(prop ExecMainStatus)"
C "$PREFIX/bin/newsdrop" verify --log /var/lib/newsdrop/log/articles.jsonl > "$WORK/verify.txt" 2>&1 \
    && pass "newsdrop verify: $(cat "$WORK/verify.txt")" || fail "newsdrop verify: $(cat "$WORK/verify.txt")"
owner=$(C stat -c '%U' /var/lib/newsdrop/log/articles.jsonl)
[ "$owner" != root ] && pass "log not owned by root ($owner)" || fail "log owned by root"

echo "container and checks took $(( ($(date +%s%N) - T0) / 1000000 )) ms"
[ "$failures" = 0 ] || { C journalctl --no-pager -u newsdrop -n 30 || true; }
