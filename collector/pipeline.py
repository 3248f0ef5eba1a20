"""The pipeline: one raw mail through store -> parse -> match -> file -> index.

``ingest`` runs one mail through every stage in this process. With parse
workers (collector/parallel.py, what ``collector poll`` and ``collector import``
use) the same stages are split: ``identify`` and ``stage_raw`` here,
``keep_staged_raw`` and ``parse_in_worker`` in a worker, ``file_and_index``
back here. The promise is the same either way: when
a mail's outcome is returned, the raw bytes and every file are on disk durably
and the rows are committed; on an exception nothing was committed (and the
caller must not advance its position). A mail that cannot be parsed or matched
is not an exception here: it is filed as ``needs_review`` with the reason.
"""

from __future__ import annotations

import dataclasses
import functools
import datetime as dt
import json
import logging
import traceback
from collections.abc import Callable
from pathlib import Path
from zoneinfo import ZoneInfo

import sqlite_utils

from collector import audit, decisions, file, index, store, tree, trust
from collector.faults import crash_point
from collector.dashboard.search import index_message_for_search
from collector.campaign import (Campaign, campaign_files, campaigns_fingerprint, load_campaigns, office_addresses,
                               write_campaign_tables)
from collector.roster import load_roster, remember_campaigns, remembered_campaigns
from collector.match import learn_address, load_learned, match_mail, prepare_scans
from collector.model import Match, Outcome, ParsedMail, RawMail, RunReport
from collector.looks import proof_look, second_look, villages_look
from collector.parsers import ocr
from collector.parsers.sniff import nothing_inside
from collector.status import OwedWhenReceived, refresh_status
from collector.unlock import (note_share_codes_sent_apart, open_shares_with_codes_sent_apart,
                              open_with_passwords_sent_apart)

log = logging.getLogger(__name__)
OFFICE_TZ = ZoneInfo("Asia/Shanghai")


@dataclasses.dataclass
class Context:
    data_dir: Path
    db: sqlite_utils.Database
    campaigns: list[Campaign]
    learned: dict[str, tuple[str, str]]
    dkim: trust.DkimChecker = dataclasses.field(default_factory=trust.DkimChecker)
    # Called inside each mail's transaction: the poll advances its IMAP position
    # there, so position and filing commit together (one fsync, never apart).
    in_transaction: Callable[[sqlite_utils.Database, RawMail], None] | None = None
    campaigns_changed: bool = False  # since the last run: mails waiting in review are matched again
    # remembered by finish_run, with the status it was computed for: a run that dies
    # before leaves the change for the next run to handle
    campaigns_fingerprint: str | None = None
    ocr_seconds_left: float = ocr.BUDGET  # the run's OCR time (second_look), spent mail by mail

    def known_addresses(self) -> set[str]:
        return self.roster_addresses | set(self.learned)

    @functools.cached_property
    def roster_addresses(self) -> set[str]:
        return {a.lower() for c in self.campaigns for u in c.units for a in u.addresses}


def open_context(data_dir: Path, campaign_spec: str | None) -> Context:
    db = index.connect(data_dir)
    campaigns = load_campaigns(campaign_spec, roster=load_roster(db), data_dir=data_dir)
    fingerprint = campaigns_fingerprint(campaign_files(campaign_spec, data_dir))
    with db.atomic():
        changed = remembered_campaigns(db) != fingerprint
        write_campaign_tables(db, campaigns)
    return Context(
        data_dir=data_dir,
        db=db,
        campaigns=campaigns,
        learned=load_learned(db),
        campaigns_changed=changed,
        campaigns_fingerprint=fingerprint,
    )


def office_time(when: dt.datetime) -> str:
    return when.astimezone(OFFICE_TZ).isoformat(timespec="seconds")


@dataclasses.dataclass
class Stored:
    sha256: str
    raw_rel: str
    known: tuple[str, str | None] | None  # (state, unit) when the archive already has these bytes


def store_raw(ctx: Context, mail: RawMail) -> Stored:
    """Step one for every mail, before anything else touches it: the raw bytes, durably."""
    stored = identify(ctx, mail)
    keep_raw(ctx.data_dir, stored.raw_rel, mail.raw)
    crash_point("ingest.raw_stored")
    return stored


def identify(ctx: Context, mail: RawMail) -> Stored:
    """The mail's hash, where its bytes are kept, and whether the archive has them
    already. With parse workers the writing is split: stage_raw, keep_staged_raw."""
    sha256 = store.sha256_hex(mail.raw)
    stored = Stored(sha256, store.raw_rel(sha256), None)
    refresh_known(ctx, stored)
    return stored


def keep_raw(data_dir: Path, raw_rel: str, raw: bytes) -> None:
    """The raw bytes at raw_rel, durably (nothing to do if they are there already)."""
    store.write_durably(data_dir / raw_rel, raw, data_dir)


def refresh_known(ctx: Context, stored: Stored) -> bool:
    """Look again whether the archive has these bytes (True if so)."""
    known = ctx.db.execute("SELECT state, unit FROM messages WHERE sha256 = ?", [stored.sha256]).fetchone()
    stored.known = tuple(known) if known else None
    return stored.known is not None


def ingest(ctx: Context, mail: RawMail) -> Outcome:
    """store -> parse -> match -> file -> index, for one mail."""
    return file_stored(ctx, mail, *store_and_parse(ctx, mail))


def store_and_parse(ctx: Context, mail: RawMail) -> tuple[Stored, tuple[ParsedMail | None, str | None] | None]:
    """The raw bytes kept, and (parsed mail, parse error) unless the archive has them already."""
    stored = store_raw(ctx, mail)
    return stored, None if stored.known else parse_safely(mail.raw)


def file_stored(ctx: Context, mail: RawMail, stored: Stored, parsed: tuple | None) -> Outcome:
    """The rest of ingest: where the archive has these bytes (stored.known), only
    where they were seen is noted; otherwise the parsed mail is matched, filed, indexed."""
    if stored.known:
        return record_duplicate(ctx, mail, stored)
    return file_and_index(ctx, mail, stored, *parsed)  # type: ignore[misc]


def record_duplicate(ctx: Context, mail: RawMail, stored: Stored) -> Outcome:
    """Bytes already archived (a rerun, a copy in another folder, a re-import): note where it was seen."""
    with ctx.db.atomic():
        _record_location(ctx.db, stored.sha256, mail)
        if ctx.in_transaction:
            ctx.in_transaction(ctx.db, mail)
    state, unit = stored.known  # type: ignore[misc]
    return Outcome(stored.sha256, new=False, state=state, unit=unit)


def file_and_index(
    ctx: Context, mail: RawMail, stored: Stored, parsed: ParsedMail | None, parse_error: str | None,
    scans: dict | None = None, sender: trust.TrustResult | None = None,
) -> Outcome:
    """match -> file -> index for a stored and parsed mail; one transaction.
    ``scans`` and ``sender``: a worker's share of the work (Prepared), if it did it."""
    sha256 = stored.sha256
    sender = sender or _check_sender_safely(ctx.dkim, mail.raw)
    match = match_safely(ctx, parsed, parse_error, mail.received_at, scans)
    warning = trust.sender_warning(sender, parsed.from_addr if parsed else None, ctx.known_addresses())
    syncs, links = store.DeferredSyncs(), tree.Links()
    attachment_rows = (
        file.file_attachments(ctx.data_dir, parsed, match, mail.received_at, sha256, syncs, links) if parsed else []
    )
    subject = parsed.subject if parsed else ""
    file.file_raw_mail(ctx.data_dir, stored.raw_rel, match, mail.received_at, sha256, subject, syncs, links)
    syncs.flush()  # every file and link is durable before the rows that point at them
    crash_point("ingest.files_stored")

    with ctx.db.atomic():
        _write_message(ctx.db, sha256, stored.raw_rel, mail, parsed, parse_error, match, sender, warning)
        _record_location(ctx.db, sha256, mail)
        for row in attachment_rows:
            ctx.db["attachments"].insert({**row, "message_sha256": sha256})
        _write_submissions(ctx.db, sha256, mail, match)
        tree.record_links(ctx.db, sha256, links)
        audit.record(
            ctx.db,
            "filed",
            message_sha256=sha256,
            origin=mail.origin,
            received_at=office_time(mail.received_at),
            raw_sha256=sha256,
            state=match.state,
            unit=match.unit,
            requirements=match.requirements,
            attachments=len(attachment_rows),
        )
        learned_something = False
        if parsed is not None and match.state == "filed":
            learned_something = learn_address(ctx.db, parsed, match, sha256, office=office_addresses(ctx.campaigns))
        index_message_for_search(ctx.db, sha256)
        if ctx.in_transaction:
            ctx.in_transaction(ctx.db, mail)
        crash_point("ingest.rows_written")
    crash_point("ingest.committed")
    if learned_something:
        ctx.learned = load_learned(ctx.db)
    return Outcome(sha256, new=True, state=match.state, unit=match.unit, match=match)


def _check_sender_safely(dkim: trust.DkimChecker, raw: bytes) -> trust.TrustResult:
    try:
        return dkim.check(raw)
    except Exception as exc:  # noqa: BLE001 - a hostile header must not stop the run
        log.warning("DKIM check failed: %s", exc)
        return trust.TrustResult("temperror", None, None)


def parse_safely(raw: bytes, texts_apart: tuple[str, ...] = ()) -> tuple[ParsedMail | None, str | None]:
    # Imported here: with parse workers (collector/parallel.py) only they load the
    # parsing libraries (Pillow, pillow-heif, NumPy/SciPy, pypdf, ...), not the poll process.
    from collector.parsers import parse_message

    try:
        return without_lone_surrogates(parse_message(raw, texts_apart)), None
    except Exception as exc:  # noqa: BLE001 - one bad mail must never stop a run
        log.warning("parse failed: %s", exc)
        return None, f"{exc.__class__.__name__}: {exc}"[:2000]


@dataclasses.dataclass
class Prepared:
    """A parse worker's share of one mail, handed back to the poll process."""

    parsed: ParsedMail | None
    parse_error: str | None
    scans: dict | None = None  # match.prepare_scans
    sender: trust.TrustResult | None = None  # DKIM


def keep_staged_raw(staged: Path, data_dir: Path, raw_rel: str) -> bytes:
    """In a parse worker: the raw mail the poll process wrote to a temp file
    (stage_raw), put durably at raw_rel, and its bytes. Handing the bytes over
    this way (the page cache) costs a third of the CPU of pickling them through
    a pipe, where they are copied four times into fresh memory."""
    raw = staged.read_bytes()
    store.settle(staged, data_dir / raw_rel)
    return raw


def stage_raw(data_dir: Path, raw_rel: str, raw: bytes) -> Path:
    """In the poll process: the raw bytes into a temp file for a worker (not
    fsynced; keep_staged_raw does that). The next run sweeps any left behind."""
    staged = store.temp_path(data_dir, data_dir / raw_rel)
    store.write_temp(staged, raw, sync=False)
    return staged


def parse_in_worker(raw: bytes, data_dir: Path, campaigns: list[Campaign], dkim: trust.DkimChecker) -> Prepared:
    """What a parse worker does with a mail (its raw bytes already kept:
    keep_staged_raw), so the poll process need not: parse, store the
    attachments' bytes, scan the mail's texts for unit names (match.prepare_scans)
    and check its DKIM signature (hashing the whole body: ~40 ms for a 1.6 MB
    mail signed relaxed/relaxed, as 163 signs)."""
    sender = _check_sender_safely(dkim, raw)
    parsed, error = parse_safely(raw)
    if parsed is None:
        return Prepared(None, error, None, sender)
    file.store_all_attachments(data_dir, parsed)
    try:
        scans = prepare_scans(parsed, campaigns)
    except Exception:  # noqa: BLE001 - the poll process matches it again and reports why
        scans = None
    return Prepared(parsed, error, scans, sender)


def _clean_text(text: str) -> str:
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        # Undecodable header bytes kept as surrogates (surrogateescape): back to bytes,
        # then decoded with U+FFFD where they are not UTF-8. SQLite cannot store them.
        try:
            return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
        except UnicodeEncodeError:
            return text.encode("utf-8", "surrogatepass").decode("utf-8", "replace")


def without_lone_surrogates(value):
    """Every string inside a parse result made storable (the raw mail keeps the original bytes)."""
    if isinstance(value, str):
        return _clean_text(value)
    if isinstance(value, list):
        return [without_lone_surrogates(v) for v in value]
    if isinstance(value, dict):
        return {without_lone_surrogates(k): without_lone_surrogates(v) for k, v in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {
            f.name: without_lone_surrogates(getattr(value, f.name))
            for f in dataclasses.fields(value)
            if isinstance(getattr(value, f.name), (str, list, dict)) or dataclasses.is_dataclass(getattr(value, f.name))
        }
        return dataclasses.replace(value, **changes)
    return value


def match_safely(
    ctx: Context, parsed: ParsedMail | None, parse_error: str | None, received_at: dt.datetime,
    scans: dict | None = None,
) -> Match:
    """The match stage for one mail, with its second looks; a mail that could not be parsed, or that the matcher
    fails on, goes to 待审核 saying so. Also called at the end of a run for a mail opened later (unlock.py)."""
    if parsed is None:
        return Match(None, None, [], "needs_review", f"邮件无法解析，请人工查看原件（{parse_error}）")
    try:
        match = match_mail(
            parsed, ctx.campaigns, ctx.learned, received_at=received_at,
            open_requirements=OwedWhenReceived(ctx.db, ctx.campaigns, received_at),
            scans=scans,
        )
    except Exception as exc:  # noqa: BLE001
        log.error("matcher failed: %s", traceback.format_exc())
        return Match(None, None, [], "needs_review", f"自动匹配出错，请人工判断（{exc.__class__.__name__}）")
    match = villages_look(ctx, parsed, second_look(ctx, parsed, match, received_at), received_at)
    return hold_if_damaged(parsed, proof_look(ctx, parsed, match))


def hold_if_damaged(parsed: ParsedMail, match: Match) -> Match:
    """A mail with a damaged structure or a dangerous file goes to a person even when
    the matcher is sure of the unit: a part may be missing or unreadable, and only a
    person can tell whether the unit must send it again. A file with nothing inside (0 bytes, an
    owner file, a shortcut) is no such doubt: it counts for nothing, the match's reason says so, and
    the receipt and reminder ask for the part; any other problem on it still holds the mail."""
    if match.state != "filed":
        return match
    troubles = [f"{a.filename}：{a.problem}" for a in parsed.attachments
                if a.problem and a.problem != nothing_inside(a.filename, a.kind)] + parsed.problems
    if not troubles:
        return match
    return dataclasses.replace(
        match,
        state="needs_review",
        reason=f"看似{match.unit}的报送，但邮件有问题，请人工核对：{'；'.join(troubles)[:500]}",
        suggestions=[match.unit] if match.unit else [],
    )


def _write_message(
    db: sqlite_utils.Database,
    sha256: str,
    raw_rel: str,
    mail: RawMail,
    parsed: ParsedMail | None,
    parse_error: str | None,
    match: Match,
    sender: trust.TrustResult,
    warning: str | None,
) -> None:
    p = parsed
    db["messages"].insert(
        {
            "sha256": sha256,
            "message_id": p.message_id if p else None,
            "received_at": office_time(mail.received_at),
            "from_addr": p.from_addr if p else None,
            "from_name": p.from_name if p else None,
            "from_raw": p.from_raw if p else None,
            "to_addrs": json.dumps(p.to if p else [], ensure_ascii=False),
            "subject": p.subject if p else None,
            "date_header": p.date_header if p else None,
            "body_text": p.body_text if p else None,
            "campaign": match.campaign,
            "unit": match.unit,
            "state": match.state,
            "reason": match.reason,
            "confidence": match.confidence,
            "signals": json.dumps(match.signals, ensure_ascii=False),
            "suggestions": json.dumps(match.suggestions, ensure_ascii=False),
            "is_correction": int(match.is_correction),
            "parse_error": parse_error,
            "problems": json.dumps(p.problems if p else [], ensure_ascii=False),
            "received_chain": json.dumps(p.received_chain if p else [], ensure_ascii=False),
            "raw_path": raw_rel,
            "size": len(mail.raw),
            "dkim": sender.dkim,
            "dkim_domain": sender.dkim_domain,
            "auth_results": sender.auth_results,
            "sender_warning": warning,
            "filed_at": audit.now_iso(),
        }
    )


def _record_location(db: sqlite_utils.Database, sha256: str, mail: RawMail) -> None:
    db.execute(
        "INSERT OR IGNORE INTO locations (message_sha256, source, folder, uidvalidity, uid, origin, seen_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [sha256, mail.source, mail.folder or "", mail.uidvalidity or 0, mail.uid or 0, mail.origin, audit.now_iso()],
    )


def _write_submissions(db: sqlite_utils.Database, sha256: str, mail: RawMail, match: Match) -> None:
    if match.state != "filed" or not match.unit:
        return
    for requirement in match.requirements:
        db["submissions"].insert(
            {
                "message_sha256": sha256,
                "campaign": match.campaign,
                "unit": match.unit,
                "requirement": requirement,
                "received_at": office_time(mail.received_at),
                "is_current": 1,
            },
            replace=True,
        )


def finish_run(ctx: Context, report: RunReport, started_at: str, now: dt.datetime | None = None) -> None:
    """Recompute the status table and record the run."""
    now = now or dt.datetime.now(dt.timezone.utc)
    # a locked zip whose password, or a share whose 提取码, came in a later mail of its sender
    open_with_passwords_sent_apart(ctx, parse_safely, match_safely)
    open_shares_with_codes_sent_apart(ctx, parse_safely, match_safely)
    note_share_codes_sent_apart(ctx)
    if ctx.campaigns_changed:
        from collector.rematch import rematch_waiting

        rematch_waiting(ctx)  # marks what it files as pending refiles, carried out just below
    refiled = decisions.carry_out_pending(ctx.db, ctx.data_dir)  # what a decision or a rematch (maybe one that died) left
    audit.absorb_spool(ctx.db, ctx.data_dir)  # e.g. exports made on the dashboard
    with ctx.db.atomic():
        decisions.mark_carried_out(ctx.db, refiled)  # with the status refresh that shows them
        refresh_status(ctx.db, ctx.campaigns, now)
        if ctx.campaigns_fingerprint is not None:
            remember_campaigns(ctx.db, ctx.campaigns_fingerprint)
            ctx.campaigns_changed = False
        ctx.db["runs"].insert(
            {
                "kind": report.kind,
                "started_at": started_at,
                "finished_at": audit.now_iso(),
                "fetched": report.seen,
                "new": report.new,
                "duplicates": report.duplicates,
                "needs_review": report.needs_review,
                "errors": 0,
                "detail": report.summary(),
                "messages_through": ctx.db.execute("SELECT coalesce(max(rowid), 0) FROM messages").fetchone()[0],
            }
        )
