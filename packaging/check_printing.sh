#!/usr/bin/env bash
# Real printing: the agreement to mediate goes through the program's own print path
# (gui/printing.py: QPrinter set to a CUPS queue by name, as the print dialog leaves it) to a
# CUPS-PDF queue on a cupsd this script starts; what comes out is checked (page count, page
# size for Letter and A4, the four exceptions' words) and deleted, and no job file, spool
# file or temporary file may remain. Needs root (apt-get, cupsd); about a minute.
#   bash packaging/check_printing.sh
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PY=$ROOT/.venv/bin/python
fail() { printf 'check_printing: %s\n' "$*" >&2; exit 1; }
[ "$(id -u)" = 0 ] || fail "run as root: it installs CUPS and starts its own cupsd"
[ -x "$PY" ] || fail "no .venv; run the README's set-up first"
source packaging/checks/apt.sh
need_packages cups printer-driver-cups-pdf poppler-utils tesseract-ocr tesseract-ocr-eng

QUEUE=cms-print-check
WORK=$(mktemp -d /tmp/cms-print-check.XXXXXX)
CUPSD_PID=""
cleanup() {
    local status=$?
    if [ "$status" != 0 ] && [ -f "$WORK/log/error_log" ]; then
        echo "--- cupsd's error log:" >&2
        tail -n 30 "$WORK/log/error_log" >&2
    fi
    [ -n "$CUPSD_PID" ] && kill "$CUPSD_PID" 2> /dev/null && wait "$CUPSD_PID" 2> /dev/null || true
    rm -f "/etc/cups/cups-pdf-$QUEUE.conf"
    rm -rf "$WORK"
}
trap cleanup EXIT
chmod 0755 "$WORK"
mkdir -p "$WORK"/{etc,spool/tmp,cache,state,log,out,pdf-spool,tmp}
chgrp lp "$WORK/spool" "$WORK/spool/tmp" && chmod 0710 "$WORK/spool" && chmod 1770 "$WORK/spool/tmp"
chmod 0700 "$WORK/tmp"

# A cupsd of our own (its own config, spool and socket): the machine's CUPS, if any, is
# left alone. It keeps no job files and no job history once a job is done.
cat > "$WORK/etc/cupsd.conf" << CONF
Listen $WORK/cups.sock
LogLevel ${CUPS_LOG_LEVEL:-warn}
PreserveJobFiles No
PreserveJobHistory No
Browsing No
WebInterface No
DefaultAuthType Basic
<Location />
  Order allow,deny
  Allow all
</Location>
CONF
cat > "$WORK/etc/cups-files.conf" << CONF
ServerRoot $WORK/etc
RequestRoot $WORK/spool
TempDir $WORK/spool/tmp
CacheDir $WORK/cache
StateDir $WORK/state
ErrorLog $WORK/log/error_log
AccessLog $WORK/log/access_log
PageLog $WORK/log/page_log
Printcap $WORK/printcap
ServerBin /usr/lib/cups
DataDir /usr/share/cups
User lp
Group lp
SystemGroup root lpadmin
CONF
# cups-pdf reads the settings of device cups-pdf:/NAME from /etc/cups/cups-pdf-NAME.conf:
# its output and its own spool go in $WORK.
cat > "/etc/cups/cups-pdf-$QUEUE.conf" << CONF
Out $WORK/out
AnonDirName $WORK/out
Spool $WORK/pdf-spool
Label 0
UserUMask 0077
AnonUMask 0077
Grp root
CONF
cp "/etc/cups/cups-pdf-$QUEUE.conf" "$WORK/etc/"

/usr/sbin/cupsd -f -c "$WORK/etc/cupsd.conf" -s "$WORK/etc/cups-files.conf" &
CUPSD_PID=$!
export CUPS_SERVER="$WORK/cups.sock"
for _ in $(seq 100); do lpstat -r 2> /dev/null | grep -q "is running" && break; sleep 0.1; done
lpstat -r | grep -q "is running" || { cat "$WORK/log/error_log" >&2 || true; fail "cupsd did not start"; }
lpadmin -p "$QUEUE" -E -v "cups-pdf:/$QUEUE" -P /usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd 2> /dev/null
lpstat -p "$QUEUE"

# The program prints with its temporary folder inside $WORK, so whatever Qt or CUPS's
# client library leaves behind is seen.
QT_QPA_PLATFORM=offscreen TMPDIR="$WORK/tmp" "$PY" packaging/checks/print_agreement.py \
    "$QUEUE" "$WORK/out" "$WORK/report.json"

# Nothing of the jobs may remain: no queued job, no job or control file in cupsd's spool,
# nothing in cups-pdf's spool or output folder, nothing in the program's temporary folder.
for _ in $(seq 50); do
    [ -z "$(lpstat -o "$QUEUE")" ] && [ -z "$(find "$WORK/spool" -type f)" ] && break
    sleep 0.1
done
[ -z "$(lpstat -o "$QUEUE")" ] || fail "jobs still queued: $(lpstat -o "$QUEUE")"
leftovers=$(find "$WORK/spool" "$WORK/pdf-spool" "$WORK/out" "$WORK/tmp" /var/spool/cups-pdf -type f 2> /dev/null || true)
[ -z "$leftovers" ] || fail "files remain after printing: $leftovers"
"$PY" - "$WORK/report.json" << 'PYEOF'
import json, sys
report = json.load(open(sys.argv[1]))
for r in report["results"]:
    print(f"{r['paper']}: {r['printed_pages']} pages of {r['page_size_pt']} pt; from Print "
          f"pressed: sent in {r['seconds_to_send']} s ({r['cpu_seconds_to_send']} s CPU), out of the queue in "
          f"{r['seconds_to_output']} s (dialog open: {r['seconds_dialog_open']} s); "
          f"exceptions read back: {', '.join(f'{k} {v:.0%}' for k, v in r['exceptions_found'].items())}")
PYEOF
echo "printing check passed"
