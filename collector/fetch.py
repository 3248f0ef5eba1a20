"""Fetch stage: new mail from an IMAP folder, read-only.

One poll: connect (SSL, STARTTLS or plain), LOGIN, send ID (163 refuses
SELECT/EXAMINE without it), EXAMINE the folder, list UIDs above the last one
filed for this UIDVALIDITY, fetch them in batches with BODY.PEEK[] (never sets
\\Seen) and hand each to the caller in UID order. Nothing on the server is
ever marked, moved or deleted.

The caller decides when a UID counts as done: it records the new position
only after a mail is filed, so a crash in between fetches the mail again next
time (and the content address in the store makes that harmless).
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import imaplib
import logging
import ssl
from collections.abc import Iterable, Iterator

import imapclient
from imapclient.exceptions import IMAPClientError, LoginError

from collector import __version__
from collector.config import Settings
from collector.model import RawMail

FETCH_ITEMS = [b"BODY.PEEK[]", b"INTERNALDATE", b"RFC822.SIZE"]
MAX_UIDS_PER_FETCH = 200


# What a dropped, stalled or reset link raises in the middle of a poll.
CONNECTION_ERRORS = (imaplib.IMAP4.abort, imaplib.IMAP4.error, IMAPClientError, OSError, EOFError)


class FetchError(Exception):
    """The mailbox could not be read; the message is one line, without secrets."""


class ConnectionLost(FetchError):
    """The link dropped or stalled in the middle of a poll."""


@contextlib.contextmanager
def _network(what: str) -> Iterator[None]:
    try:
        yield
    except CONNECTION_ERRORS as exc:
        raise ConnectionLost(f"{what}: {describe(exc)}") from None


@dataclasses.dataclass
class FolderPosition:
    uidvalidity: int
    last_uid: int


@dataclasses.dataclass
class PollResult:
    folder: str
    uidvalidity: int
    uidvalidity_changed: bool
    new_uids: list[int]
    fetched: int = 0


def connect(settings: Settings) -> imapclient.IMAPClient:
    """Log in and identify ourselves. Raises FetchError with a readable reason."""
    settings.require_imap()
    where = f"{settings.imap_host}:{settings.imap_port}"
    try:
        client = imapclient.IMAPClient(
            settings.imap_host,
            port=settings.imap_port,
            ssl=settings.imap_security == "ssl",
            ssl_context=_tls_context(settings) if settings.imap_security == "ssl" else None,
            timeout=settings.imap_timeout,
            use_uid=True,
        )
        # Keep INTERNALDATE's own offset: the default turns it into naive local time,
        # which is wrong for deadlines whenever the machine's zone is not the server's.
        client.normalise_times = False
        quiet_imaplib_debug(client)
    except ssl.SSLError as exc:
        raise FetchError(f"TLS with IMAP server {where} failed (certificate not trusted?): {describe(exc)}") from None
    except CONNECTION_ERRORS as exc:  # refused, unresolvable, timed out, or cut during the greeting
        raise FetchError(f"cannot reach IMAP server {where}: {describe(exc)}") from None
    try:
        if settings.imap_security == "starttls":
            client.starttls(_tls_context(settings))
        client.login(settings.imap_user, settings.imap_password)
    except LoginError:
        _quietly_close(client)
        raise FetchError(
            f"login to {where} as {settings.imap_user} refused: check the authorisation code (授权码) "
            "and that IMAP is enabled for the mailbox"
        ) from None
    except (*CONNECTION_ERRORS, ssl.SSLError) as exc:
        _quietly_close(client)
        raise FetchError(f"cannot log in to {where}: {describe(exc)}") from None
    with _network("sending ID"):
        send_id(client)
    return client


def quiet_imaplib_debug(client: imapclient.IMAPClient) -> None:
    """Stop imaplib formatting every response for a logger that drops it.

    IMAPClient sets imaplib's debug level to 5 and routes its messages to the
    "imapclient.imaplib" logger; imaplib then builds repr() of every FETCH literal
    before logging.debug() discards it. For a 70 MB mail that is a ~280 MB string
    and most of the poll process's fetch time. Left on only when that logger
    would actually print (then the password is still redacted by IMAPClient).
    """
    if not logging.getLogger("imapclient.imaplib").isEnabledFor(logging.DEBUG):
        client._imap.debug = 0  # noqa: SLF001 - no public switch for this


def _tls_context(settings: Settings) -> ssl.SSLContext:
    """Certificates are always verified; a private CA can be added, never verification switched off."""
    return ssl.create_default_context(cafile=settings.imap_ca_file or None)


def send_id(client: imapclient.IMAPClient) -> None:
    """RFC 2971 ID with plain ASCII values, the form 163 is known to accept."""
    try:
        client.id_({"name": "collector", "version": __version__, "vendor": "collector"})
    except IMAPClientError:
        pass  # servers without ID simply do not need it


def examine(client: imapclient.IMAPClient, folder: str) -> int:
    """Open the folder read-only; return its UIDVALIDITY."""
    try:
        info = client.select_folder(folder, readonly=True)
    except IMAPClientError as exc:
        raise FetchError(f"cannot open folder {folder!r}: {describe(exc)}") from None
    return int(info[b"UIDVALIDITY"])


def new_uids(client: imapclient.IMAPClient, last_uid: int) -> list[int]:
    # "UID n:*" always matches the newest message even when n is above every
    # UID (RFC 3501 6.4.8), so filter ourselves.
    uids = client.search(["UID", f"{last_uid + 1}:*"])
    return sorted(uid for uid in uids if uid > last_uid)


def plan_batches(sizes: dict[int, int], max_bytes: int) -> Iterator[list[int]]:
    """Group UIDs (in order) so one FETCH holds at most max_bytes (at least one mail)."""
    batch: list[int] = []
    total = 0
    for uid in sorted(sizes):
        size = sizes[uid]
        if batch and (total + size > max_bytes or len(batch) >= MAX_UIDS_PER_FETCH):
            yield batch
            batch, total = [], 0
        batch.append(uid)
        total += size
    if batch:
        yield batch


def fetch_sizes(client: imapclient.IMAPClient, uids: list[int]) -> dict[int, int]:
    sizes: dict[int, int] = {}
    for chunk in _chunks(uids, 1000):
        for uid, data in client.fetch(chunk, [b"RFC822.SIZE"]).items():
            sizes[uid] = int(data.get(b"RFC822.SIZE", 0))
    return sizes


def fetch_batch(client: imapclient.IMAPClient, uids: list[int]) -> dict[int, dict]:
    return client.fetch(uids, FETCH_ITEMS)


def to_raw_mail(settings: Settings, folder: str, uidvalidity: int, uid: int, data: dict) -> RawMail:
    raw = data.get(b"BODY[]") or b""
    received = data.get(b"INTERNALDATE")
    if received is None:
        # imapclient turns an unparsable INTERNALDATE into None; keep the mail,
        # note the fetch time and let the pipeline flag it.
        received = dt.datetime.now(dt.timezone.utc)
    elif received.tzinfo is None:  # only if normalise_times was turned back on
        received = received.astimezone()
    return RawMail(
        raw=raw,
        received_at=received,
        source="imap",
        folder=folder,
        uidvalidity=uidvalidity,
        uid=uid,
        origin=f"imap://{settings.imap_user}@{settings.imap_host}/{folder};UIDVALIDITY={uidvalidity};UID={uid}",
    )


def open_folder(
    client: imapclient.IMAPClient,
    settings: Settings,
    position: FolderPosition | None,
) -> PollResult:
    """EXAMINE the folder and list the UIDs to fetch (all of them after a UIDVALIDITY change)."""
    folder = settings.imap_folder
    with _network("opening the folder"):
        uidvalidity = examine(client, folder)
    changed = position is not None and position.uidvalidity != uidvalidity
    last_uid = position.last_uid if position and not changed else 0
    with _network("listing new mail"):
        uids = new_uids(client, last_uid)
    return PollResult(folder, uidvalidity, changed, uids)


def iter_mail(client: imapclient.IMAPClient, settings: Settings, result: PollResult) -> Iterator[RawMail]:
    """The listed mails, in UID order, fetched in batches of bounded size."""
    if not result.new_uids:
        return
    with _network("reading message sizes"):
        sizes = fetch_sizes(client, result.new_uids)
    for batch in plan_batches(sizes, settings.imap_batch_bytes):
        with _network(f"fetching UIDs {batch[0]}-{batch[-1]}"):
            messages = fetch_batch(client, batch)
        for uid in batch:
            data = messages.pop(uid, None)
            if data is None:
                continue  # expunged between SEARCH and FETCH
            result.fetched += 1
            yield to_raw_mail(settings, result.folder, result.uidvalidity, uid, data)
        del messages


def logout(client: imapclient.IMAPClient) -> None:
    _quietly_close(client)


def _quietly_close(client: imapclient.IMAPClient) -> None:
    try:
        client.logout()
    except Exception:  # noqa: BLE001 - closing a dead connection must not mask the real error
        try:
            client.shutdown()
        except Exception:  # noqa: BLE001
            pass


def _chunks(items: list[int], size: int) -> Iterable[list[int]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def describe(exc: BaseException) -> str:
    text = str(exc).strip() or exc.__class__.__name__
    if isinstance(text, bytes):  # pragma: no cover - imaplib sometimes hands bytes
        text = text.decode("utf-8", "replace")
    return " ".join(text.split())[:200]
