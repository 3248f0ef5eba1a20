"""The click group every command hangs on, the error handling they share, and the
options and helpers more than one command uses.

Every command reads its settings from the environment / config file
(collector.config); options only override them. Commands import what they run
inside their bodies, so `collector --help` and the reading commands stay quick.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sys
from pathlib import Path

import click

from collector import __version__
from collector.config import ConfigError, Settings, load_settings

EXIT_FAILURE = 1
EXIT_ALREADY_RUNNING = 75  # EX_TEMPFAIL: cron may simply try again later
# Commands that read or write the archive: run only by the user who owns it.
ARCHIVE_COMMANDS = {
    "poll", "import", "messages", "status", "serve", "verify", "export", "reindex", "assign", "ignore", "review", "backup",
    "outbox",
}


def _settings(ctx: click.Context) -> Settings:
    return ctx.obj["settings"]


def _fail(message: str, code: int = EXIT_FAILURE) -> None:
    click.echo(f"collector: {message}", err=True)
    sys.exit(code)


class _CollectorGroup(click.Group):
    """Errors every command can meet end it with one line: an archive that cannot be
    opened as asked (exit 1) and a run lock held by another run (exit 75)."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except Exception as exc:
            from collector.jobs import AlreadyRunning  # only now: reading commands need not load jobs
            from collector.migrations import ArchiveError

            if isinstance(exc, ArchiveError):
                _fail(str(exc))
            if isinstance(exc, AlreadyRunning):
                _fail(str(exc), EXIT_ALREADY_RUNNING)
            raise


_by_option = click.option("--by", default=lambda: os.environ.get("USER", "clerk"), help="Who makes the change (audit).")


def _wait_option(default: float | None = None, gives_up: str = "exit 75 with one line, having changed nothing"):
    """--wait SECONDS: how long a command waits for the run lock (jobs.exclusive_run);
    by default jobs.LOCK_WAIT_SECONDS."""
    from collector.jobs import LOCK_WAIT_SECONDS

    return click.option(
        "--wait", type=float, default=LOCK_WAIT_SECONDS if default is None else default, show_default=True,
        metavar="SECONDS", help=f"Seconds to wait for a running poll to finish; then {gives_up}.",
    )


def _backup_wait_option():
    from collector.jobs import BACKUP_LOCK_WAIT_SECONDS

    return _wait_option(BACKUP_LOCK_WAIT_SECONDS, gives_up="exit 1 with one line, no backup made")


def _parse_now(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    when = dt.datetime.fromisoformat(value)
    return when if when.tzinfo else when.replace(tzinfo=dt.timezone(dt.timedelta(hours=8)))


@click.group(cls=_CollectorGroup)
@click.version_option(__version__)
@click.option("--data-dir", type=click.Path(path_type=Path), help="Data root (default $COLLECTOR_DATA_DIR or ./archive).")
@click.option("--campaign", help="Campaign file(s), comma-separated (default: the built-in 5·15 campaign).")
@click.option("-v", "--verbose", is_flag=True, help="Log progress to stderr.")
@click.pass_context
def cli(ctx: click.Context, data_dir: Path | None, campaign: str | None, verbose: bool) -> None:
    """Collect, archive and track the materials units email in answer to a notice."""
    from collector import service

    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        ctx.obj = {"settings": load_settings(data_dir=data_dir, campaign=campaign)}
        if ctx.invoked_subcommand in ARCHIVE_COMMANDS:
            service.require_owner(ctx.obj["settings"].data_dir, "the archive")
    except (ConfigError, service.NotOwner) as exc:
        _fail(str(exc))


def _open_db(ctx: click.Context):
    """For reading commands: never creates or migrates (index.open_readonly)."""
    from collector import index

    return index.open_readonly(_settings(ctx).data_dir)


def _decider(by: str | None) -> str:
    import getpass

    return by or getpass.getuser()
