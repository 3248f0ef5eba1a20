"""What a command finds in its click context: the settings the group loaded, and the
archive's database to read."""

from __future__ import annotations

import click

from collector.config import Settings


def settings_of(ctx: click.Context) -> Settings:
    return ctx.obj["settings"]


def open_db(ctx: click.Context):
    """For reading commands: never creates or migrates (index.open_readonly)."""
    from collector import index

    return index.open_readonly(settings_of(ctx).data_dir)
