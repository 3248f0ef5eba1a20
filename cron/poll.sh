#!/bin/sh
# One poll, as cron runs it (where systemd is not running; the timer runs `collector poll`
# itself and the journal timestamps its lines). Settings come from config.toml, as for
# `collector` run by hand. Usage: poll.sh LOGFILE
# Every line of the run goes to LOGFILE with the time in front; a failed run's lines also
# go to stderr, so cron mails them. Exit status: collector's (75: another run holds the lock).
set -u
log=${1:?usage: poll.sh LOGFILE}
out=$("$(dirname "$0")/../.venv/bin/collector" poll 2>&1)
code=$?
stamp=$(date '+%Y-%m-%dT%H:%M:%S%z')
printf '%s\n' "$out" | sed "s/^/$stamp exit=$code /" >>"$log"
[ "$code" -eq 0 ] || [ "$code" -eq 75 ] || printf '%s\n' "$out" >&2
exit "$code"
