"""Command line: a thin layer over the library (jobs, views, decisions, serve).

  group.py     the `collector` group and its error handling
  context.py   a command's settings and the archive to read
  options.py   the options commands share (--by, --wait, --now)
  exits.py     one line on stderr and an exit code
  mail.py      poll, import, messages, status; review, assign, ignore
  archive.py   serve, backup, verify, reindex, upgrade, demo
  export.py    export status|files|notice
  outbox.py    outbox (settle), remind
  campaign.py  campaign init|add|list
  roster.py    roster list|add|set|rename|merge|address
  user.py      user add|list|remove
"""

from __future__ import annotations

import os

from collector.cli import archive, campaign, export, mail, outbox, roster, user  # noqa: F401  they add their commands
from collector.cli.group import cli

__all__ = ["cli", "main"]


def main() -> None:
    os.umask(0o027)  # the archive holds every mail's text: owner and group only, whoever starts it
    cli(prog_name="collector")
