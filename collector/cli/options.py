"""The options more than one command takes, and how their values are read."""

from __future__ import annotations

import datetime as dt
import os

import click

by_option = click.option("--by", default=lambda: os.environ.get("USER", "clerk"), help="Who makes the change (audit).")


def wait_option(default: float | None = None, gives_up: str = "exit 75 with one line, having changed nothing"):
    """--wait SECONDS: how long a command waits for the run lock (runlock.exclusive_run);
    by default runlock.LOCK_WAIT_SECONDS."""
    from collector.runlock import LOCK_WAIT_SECONDS

    return click.option(
        "--wait", type=float, default=LOCK_WAIT_SECONDS if default is None else default, show_default=True,
        metavar="SECONDS", help=f"Seconds to wait for a running poll to finish; then {gives_up}.",
    )


def backup_wait_option():
    from collector.runlock import BACKUP_LOCK_WAIT_SECONDS

    return wait_option(BACKUP_LOCK_WAIT_SECONDS, gives_up="exit 1 with one line, no backup made")


def parse_now(value: str | None) -> dt.datetime | None:
    """--now: an ISO 8601 time; without a zone, the office's (UTC+8)."""
    if not value:
        return None
    when = dt.datetime.fromisoformat(value)
    return when if when.tzinfo else when.replace(tzinfo=dt.timezone(dt.timedelta(hours=8)))


def decider(by: str | None) -> str:
    """Who decides: --by, else the login user."""
    import getpass

    return by or getpass.getuser()
