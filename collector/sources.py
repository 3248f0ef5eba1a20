"""Fetch stage for files: .eml files, mbox files and Maildir folders.

For back-filling and for mails a unit sent somewhere else. A file has no
INTERNALDATE, so the receipt time is taken, in this order, from the newest
Received: header (what the receiving server wrote), the mbox From_ line,
the Date: header, and finally the file's modification time.

Single files (a folder of .eml files, a Maildir) are taken oldest first by that
time, as IMAP hands mails over in the order they arrived: what the collector
decides of a mail leans on the ones before it (addresses learned, what a unit has
already sent). The mails of an mbox file keep the file's order.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import mailbox
from collections.abc import Iterator
from pathlib import Path

from collector.model import RawMail
from collector.rawmail import header_block, header_values


class SourceError(Exception):
    pass


def iter_path(path: Path, skip: Path | None = None) -> Iterator[RawMail]:
    """Every mail under path: a Maildir, an mbox file, an .eml file, or a folder of them. A folder ``skip`` inside
    it (the archive itself, when a folder holding it is imported) is left out: its database is no mail."""
    if not path.exists():
        raise SourceError(f"{path} does not exist")
    skip = skip.resolve() if skip is not None else None
    if path.is_dir():
        if _is_maildir(path):
            yield from iter_maildir(path)
        else:
            files = [p for p in sorted(path.rglob("*")) if p.is_file() and not _inside(p, skip)
                     and not any(part in MAILDIR_PARTS for part in p.relative_to(path).parts[:-1])]
            mboxes = [p for p in files if _is_mbox(p)]
            for child in _oldest_first([p for p in files if p not in mboxes]):
                yield _read(child)
            for child in mboxes:
                yield from iter_mbox(child)
            for maildir in sorted({p.parent for p in path.rglob("*") if p.name in ("cur", "new") and p.is_dir()
                                   and not _inside(p, skip)}):
                yield from iter_maildir(maildir)
    else:
        yield from iter_file(path)


def _inside(path: Path, folder: Path | None) -> bool:
    return folder is not None and path.resolve().is_relative_to(folder)


def iter_file(path: Path) -> Iterator[RawMail]:
    if _is_mbox(path):
        yield from iter_mbox(path)
    else:
        yield _read(path)


def _is_mbox(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(5) == b"From "


def _read(path: Path) -> RawMail:
    return _imported(path.read_bytes(), str(path.resolve()), fallback=_mtime(path))


HEAD_LIMIT = 256 * 1024  # a header block longer than this is read whole only when the mail is


def _oldest_first(paths: list[Path]) -> list[Path]:
    """Single-mail files by receipt time (read from their headers only), then by name."""
    def when(path: Path) -> dt.datetime:
        with path.open("rb") as fh:
            head = fh.read(HEAD_LIMIT)
        return receipt_time(head, fallback=_mtime(path))
    return sorted(paths, key=lambda p: (when(p), p.name))


def iter_mbox(path: Path) -> Iterator[RawMail]:
    box = mailbox.mbox(str(path), create=False)
    try:
        for index, key in enumerate(box.iterkeys()):
            # One read: the "From " line and the mail (get_message would parse the mail for that line).
            from_line, _, raw = box.get_bytes(key, from_=True).partition(b"\n")
            sender_and_time = from_line[5:].decode("ascii", "replace")
            yield _imported(raw, f"{path.resolve()}#{index}",
                            fallback=_from_line_time(sender_and_time) or _mtime(path))
    finally:
        box.close()


MAILDIR_PARTS = ("cur", "new", "tmp")


def _is_maildir(path: Path) -> bool:
    return (path / "cur").is_dir() or (path / "new").is_dir()


def iter_maildir(path: Path) -> Iterator[RawMail]:
    """Delivered mails of a Maildir (new/ and cur/; tmp/ holds deliveries in progress)."""
    files = [f for part in ("new", "cur") if (path / part).is_dir() for f in (path / part).iterdir() if f.is_file()]
    for file_path in _oldest_first(files):
        yield _read(file_path)


def _imported(raw: bytes, origin: str, fallback: dt.datetime) -> RawMail:
    return RawMail(raw=raw, received_at=receipt_time(raw, fallback=fallback), source="import", origin=origin)


def receipt_time(raw: bytes, fallback: dt.datetime) -> dt.datetime:
    header = header_block(raw)
    for when in (_newest_received(header), _date_header(header)):
        if when is not None:
            return when
    return fallback


def _newest_received(header: bytes) -> dt.datetime | None:
    for value in header_values(header, "Received"):  # the first one is the newest
        when = _parse_date(value.rpartition(";")[2])
        if when is not None:
            return when
    return None


def _date_header(header: bytes) -> dt.datetime | None:
    values = header_values(header, "Date")
    return _parse_date(values[0]) if values else None


def _parse_date(text: str) -> dt.datetime | None:
    try:
        when = email.utils.parsedate_to_datetime(text.strip())
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    return when if when.tzinfo else when.replace(tzinfo=dt.timezone.utc)


def _from_line_time(from_line: str | None) -> dt.datetime | None:
    if not from_line:
        return None
    parts = from_line.split(None, 1)
    if len(parts) < 2:
        return None
    try:
        return dt.datetime.strptime(parts[1].strip(), "%a %b %d %H:%M:%S %Y").replace(tzinfo=dt.timezone.utc)
    except ValueError:
        return None


def _mtime(path: Path) -> dt.datetime:
    return dt.datetime.fromtimestamp(path.stat().st_mtime, tz=dt.timezone.utc)
