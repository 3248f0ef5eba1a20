"""Fetch stage for files: .eml files, mbox files and Maildir folders.

For back-filling and for mails a unit sent somewhere else. A file has no
INTERNALDATE, so the receipt time is taken, in this order, from the newest
Received: header (what the receiving server wrote), the mbox From_ line,
the Date: header, and finally the file's modification time.
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


def iter_path(path: Path) -> Iterator[RawMail]:
    """Every mail under path: a Maildir, an mbox file, an .eml file, or a folder of them."""
    if not path.exists():
        raise SourceError(f"{path} does not exist")
    if path.is_dir():
        if _is_maildir(path):
            yield from iter_maildir(path)
        else:
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if any(part in MAILDIR_PARTS for part in child.relative_to(path).parts[:-1]):
                    continue
                yield from iter_file(child)
            for maildir in sorted({p.parent for p in path.rglob("*") if p.name in ("cur", "new") and p.is_dir()}):
                yield from iter_maildir(maildir)
    else:
        yield from iter_file(path)


def iter_file(path: Path) -> Iterator[RawMail]:
    with path.open("rb") as fh:
        head = fh.read(5)
    if head == b"From ":
        yield from iter_mbox(path)
    else:
        yield _imported(path.read_bytes(), str(path.resolve()), fallback=_mtime(path))


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
    for file_path in sorted(files, key=lambda f: f.name):
        yield _imported(file_path.read_bytes(), str(file_path.resolve()), fallback=_mtime(file_path))


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
