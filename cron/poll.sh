#!/bin/sh
# One poll, as cron or the systemd timer runs it.
# /etc/collector/collector.env holds COLLECTOR_IMAP_USER, COLLECTOR_IMAP_PASSWORD_FILE (or _PASSWORD),
# COLLECTOR_DATA_DIR, ... (see README). It must be readable only by the collector user.
set -eu
ENV_FILE=${COLLECTOR_ENV_FILE:-/etc/collector/collector.env}
set -a
[ -r "$ENV_FILE" ] && . "$ENV_FILE"
set +a
cd "$(dirname "$0")/.."
exec .venv/bin/collector poll
