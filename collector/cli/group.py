"""The click group every command hangs on, and the error handling they share.

What the commands share besides: context (their settings, the archive to read),
options (--by, --wait, --now) and exits (one line and an exit code).

Every command reads its settings from the environment / config file
(collector.config); options only override them. Commands import what they run
inside their bodies, so `collector --help` and the reading commands stay quick.
"""

from __future__ import annotations

import logging
from pathlib import Path

import click

from collector import __version__
from collector.cli.exits import EXIT_ALREADY_RUNNING, fail
from collector.config import ConfigError, load_settings

# Commands that read or write the archive: run only by the user who owns it.
ARCHIVE_COMMANDS = {
    "poll", "import", "messages", "status", "serve", "verify", "export", "reindex", "assign", "ignore", "review", "backup",
    "outbox",
}


class _CollectorGroup(click.Group):
    """Errors every command can meet end it with one line: an archive that cannot be
    opened as asked (exit 1) and a run lock held by another run (exit 75)."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except Exception as exc:
            from collector.runlock import AlreadyRunning  # only now: reading commands need not load jobs
            from collector.migrations import ArchiveError

            if isinstance(exc, ArchiveError):
                fail(str(exc))
            if isinstance(exc, AlreadyRunning):
                fail(str(exc), EXIT_ALREADY_RUNNING)
            raise


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
        fail(str(exc))

