"""Parse stage: raw mail bytes -> ParsedMail (see message.parse_message)."""

import importlib

from .message import parse_message

__all__ = ["parse_message", "preload"]

# Imported on first use by the parsers (a poll that finds nothing new never
# pays for them). The commonest of the lot (photos, docx, PDF, xlsx), see preload().
COMMON_LIBRARIES = ("lxml.etree", "pypdf", "openpyxl")


def preload() -> None:
    """Import what parsing most mails needs, now. Called before forking parse
    workers, so the workers share these pages with the poll process instead
    of each loading its own copy (about 35 MB per worker)."""
    for name in COMMON_LIBRARIES:
        importlib.import_module(name)
