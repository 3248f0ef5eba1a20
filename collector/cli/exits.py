"""How a command ends when it cannot do what was asked: one line on stderr and an exit code."""

from __future__ import annotations

import sys

import click

EXIT_FAILURE = 1
EXIT_ALREADY_RUNNING = 75  # EX_TEMPFAIL: cron may simply try again later


def fail(message: str, code: int = EXIT_FAILURE) -> None:
    click.echo(f"collector: {message}", err=True)
    sys.exit(code)
