"""`collector verify`: is the archive still what was filed?

Re-hashes every raw mail and every stored file against the SHA-256 the
database holds, checks the readable tree (filed/) against the record of what
was linked there (collector/tree.py), walks the hash-chained audit log, and
runs SQLite's integrity check. Names the first break of the chain and every
file that is missing or altered -- for filed/, by the path a person sees and
the mail it belongs to.

Everything read from the database is read in one snapshot (one read
transaction), which ends before any file is hashed: a poll filing mail
meanwhile is neither seen half-way nor kept from checkpointing its WAL. An entry
of filed/ the snapshot does not explain is looked up again at the end: a
running poll links a mail's files just before it commits the mail.

``repair_tree`` (`collector verify --repair`) puts filed/ back from the content
store; raw mails and stored files are never "repaired", only reported.
"""

from __future__ import annotations

import collections
import dataclasses
import hashlib
import json
import os
import shutil
import stat
from pathlib import Path

import sqlite_utils

from collector import audit, store, tree

CHUNK = 1024 * 1024
QUARANTINE_DIR = "quarantine"  # where --repair moves what does not belong in filed/


@dataclasses.dataclass
class FiledProblem:
    kind: str  # missing | replaced | altered (its blob is damaged) | unexplained
    path: str  # filed/..., relative to the data dir
    mails: list[str]  # sha256 of the mail(s) it belongs to
    blob: str | None = None  # raw/... or files/... it should be a link of
    text: str = ""

    @property
    def repairable(self) -> bool:
        return self.kind in ("missing", "replaced", "unexplained")


@dataclasses.dataclass
class VerifyReport:
    raw_checked: int = 0
    files_checked: int = 0
    events_checked: int = 0
    filed_checked: int = 0
    problems: list[str] = dataclasses.field(default_factory=list)
    filed: list[FiledProblem] = dataclasses.field(default_factory=list)
    notes: list[str] = dataclasses.field(default_factory=list)
    adopted: list[tuple[str, str, str, str]] = dataclasses.field(default_factory=list)  # (path, mail, blob, sha)
    damaged: set[str] = dataclasses.field(default_factory=set)  # raw/... and files/... missing or altered
    chain_break: str | None = None
    integrity: str = "ok"

    @property
    def ok(self) -> bool:
        return not self.problems and self.chain_break is None and self.integrity == "ok"

    def summary(self) -> str:
        verdict = "OK" if self.ok else "PROBLEMS FOUND"
        return (
            f"verify: {verdict}: {self.raw_checked} raw mails, {self.files_checked} files, "
            f"{self.filed_checked} entries of filed/, {self.events_checked} audit events checked; "
            f"integrity_check: {self.integrity}"
        )

    def add_filed(self, problem: FiledProblem) -> None:
        self.filed.append(problem)
        self.problems.append(problem.text)


@dataclasses.dataclass
class Snapshot:
    """What the database said at one moment."""

    raws: list[tuple[str, str]]  # (raw_path, sha256)
    blobs: list[tuple[str, str]]  # (files/... path, sha256), distinct
    links: dict[str, list[tuple[str, str, str]]]  # filed path -> [(mail, blob, sha256)]
    unrecorded: list[tuple[str, str, str]]  # blobs of mails whose links were never recorded: (mail, blob, sha)
    labels: dict[str, str]  # mail sha256 -> how a person recognises it
    chain: tuple[int, str | None]
    row_problems: list[str]


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def verify_archive(db: sqlite_utils.Database, data_dir: Path, holding_lock: bool = False) -> VerifyReport:
    """``holding_lock``: the caller holds the run lock, so nothing is being filed meanwhile."""
    report = VerifyReport()
    snap = read_snapshot(db)
    for rel, sha in snap.raws:
        _check_blob(data_dir, rel, sha, "raw mail", report)
        report.raw_checked += 1
    for rel, sha in snap.blobs:
        _check_blob(data_dir, rel, sha, "file", report)
        report.files_checked += 1
    _check_filed(db, data_dir, snap, report, holding_lock)
    checked, reason = snap.chain
    if reason is None:
        report.events_checked = checked
        report.problems.extend(snap.row_problems)
    else:
        report.chain_break = f"audit chain broken at event {checked}: {reason}"
        report.problems.append(report.chain_break)
    report.integrity = ", ".join(r[0] for r in db.execute("PRAGMA integrity_check").fetchall())
    return report


def read_snapshot(db: sqlite_utils.Database) -> Snapshot:
    """One read transaction: every row verify needs, and the chain walked, as of one moment."""
    own = not db.conn.in_transaction  # (a caller's open transaction is a snapshot already)
    if own:
        db.execute("BEGIN")
    try:
        labels, raws = {}, []
        for row in db.query("SELECT sha256, raw_path, unit, state, subject FROM messages ORDER BY received_at"):
            raws.append((row["raw_path"], row["sha256"]))
            labels[row["sha256"]] = _label(row)
        blobs = [(r[1], r[0]) for r in db.execute(
            "SELECT DISTINCT sha256, path FROM attachments WHERE path IS NOT NULL")]
        links, unrecorded = _recorded_links(db)
        chain = audit.verify_chain(db)
        row_problems = _rows_against_the_chain(db) if chain[1] is None else []
    finally:
        if own:
            db.execute("COMMIT")
    return Snapshot(raws, blobs, links, unrecorded, labels, chain, row_problems)


def _label(row: dict) -> str:
    where = row["unit"] or {"needs_review": "待审核", "ignored": "已忽略"}.get(row["state"], row["state"])
    return f"mail {row['sha256'][:12]} ({where}: {(row['subject'] or '')[:40]})"


def _recorded_links(db) -> tuple[dict, list]:
    """filed/ as recorded, and the blobs of mails whose entries are not all recorded:
    filed before filed/ was recorded, or moved by a decision not yet carried out."""
    links: dict[str, list[tuple[str, str, str]]] = collections.defaultdict(list)
    unrecorded_mail = "1"
    if tree.has_tables(db):
        for path, mail, blob, sha in db.execute(f"SELECT path, message_sha256, blob, sha256 FROM {tree.LINKS_TABLE}"):
            links[path].append((mail, blob, sha))
        unrecorded_mail = (f"(m.sha256 NOT IN (SELECT message_sha256 FROM {tree.LINKS_TABLE})"
                           f" OR m.sha256 IN (SELECT message_sha256 FROM {tree.PENDING_TABLE}))")
    unrecorded = [tuple(r) for r in db.execute(
        f"SELECT m.sha256, m.raw_path, m.sha256 FROM messages m WHERE {unrecorded_mail} UNION ALL "
        "SELECT a.message_sha256, a.path, a.sha256 FROM attachments a JOIN messages m ON a.message_sha256 = m.sha256 "
        f"WHERE a.path IS NOT NULL AND {unrecorded_mail}"
    )]
    return dict(links), unrecorded


def _check_blob(data_dir: Path, rel: str, expected: str, what: str, report: VerifyReport) -> None:
    path = data_dir / rel
    if not path.is_file():
        report.problems.append(f"missing {what}: {rel}")
        report.damaged.add(rel)
    elif file_sha256(path) != expected:
        report.problems.append(f"altered {what}: {rel} (content no longer matches sha256 {expected})")
        report.damaged.add(rel)


# ----- filed/ -------------------------------------------------------------------------------


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_dev, st.st_ino


def _check_filed(db, data_dir: Path, snap: Snapshot, report: VerifyReport, holding_lock: bool) -> None:
    inode_of: dict[str, tuple[int, int] | None] = {}

    def blob_identity(blob: str):
        if blob not in inode_of:
            inode_of[blob] = _identity(data_dir / blob)
        return inode_of[blob]

    for path, owners in snap.links.items():
        _check_recorded(data_dir, path, owners, snap, blob_identity, report)
        report.filed_checked += 1
    unexplained = [p for p in tree.walk(data_dir) if p not in snap.links]
    unexplained = _adopt(data_dir, unexplained, snap, report)
    if unexplained:
        unexplained = _still_unrecorded(db, unexplained)
    if unexplained and not holding_lock and run_in_progress(data_dir):
        report.notes.append(
            f"{len(unexplained)} entries of filed/ not recorded yet: a run is filing mail right now; "
            "run verify again after it"
        )
        return
    for path in unexplained:
        report.add_filed(FiledProblem("unexplained", path, [], None,
                                      f"unexplained entry in filed/: {path} (no mail in the database put it there)"))


def _check_recorded(data_dir, path, owners, snap, blob_identity, report) -> None:
    mails = [mail for mail, _, _ in owners]
    _, blob, sha = owners[0]
    whose = "; ".join(snap.labels.get(m, f"mail {m[:12]}") for m in mails)
    full = os.path.join(data_dir, path)
    try:
        st = os.lstat(full)
    except FileNotFoundError:
        report.add_filed(FiledProblem("missing", path, mails, blob, f"missing from filed/: {path} — {whose}"))
        return
    if not stat.S_ISREG(st.st_mode):
        report.add_filed(FiledProblem("replaced", path, mails, blob,
                                      f"replaced in filed/: {path} is no longer a plain file — {whose}"))
    elif (st.st_dev, st.st_ino) == blob_identity(blob):
        if blob in report.damaged:
            report.add_filed(FiledProblem("altered", path, mails, blob,
                                          f"altered in filed/: {path} (the same file as {blob}, whose content no "
                                          f"longer matches) — {whose}"))
    elif file_sha256(Path(full)) != sha:
        report.add_filed(FiledProblem("replaced", path, mails, blob,
                                      f"replaced in filed/: {path} (content differs from {blob}) — {whose}"))


def _adopt(data_dir: Path, candidates: list[str], snap: Snapshot, report: VerifyReport) -> list[str]:
    """Mails filed before filed/ was recorded: their entries are recognised as hard
    links of (or, copied without -H, the same bytes as) one of their blobs."""
    if not snap.unrecorded or not candidates:
        return candidates
    by_inode, by_size = collections.defaultdict(list), collections.defaultdict(list)
    for mail, blob, sha in snap.unrecorded:
        try:
            st = (data_dir / blob).stat()
        except OSError:
            continue
        by_inode[(st.st_dev, st.st_ino)].append((mail, blob, sha))
        by_size[st.st_size].append((mail, blob, sha))
    left = []
    for path in candidates:
        try:
            st = (data_dir / path).lstat()
        except OSError:
            continue
        owners = by_inode.get((st.st_dev, st.st_ino), []) if stat.S_ISREG(st.st_mode) else []
        if not owners and stat.S_ISREG(st.st_mode) and st.st_size in by_size:
            digest = file_sha256(data_dir / path)
            owners = [o for o in by_size[st.st_size] if o[2] == digest]
        if owners:
            report.adopted.extend((path, mail, blob, sha) for mail, blob, sha in owners)
            report.filed_checked += 1
        else:
            left.append(path)
    return left


def _still_unrecorded(db, paths: list[str]) -> list[str]:
    """A fresh look (after the snapshot): a poll may have committed these meanwhile."""
    if not tree.has_tables(db):
        return paths
    recorded = set()
    for start in range(0, len(paths), 500):
        chunk = paths[start:start + 500]
        marks = ",".join("?" * len(chunk))
        recorded |= {r[0] for r in db.execute(f"SELECT path FROM {tree.LINKS_TABLE} WHERE path IN ({marks})", chunk)}
    return [p for p in paths if p not in recorded]


def run_in_progress(data_dir: Path) -> bool:
    """Whether some process holds the run lock, without taking it (a poll starting at
    that instant must not find it taken): /proc/locks lists every flock."""
    try:
        st = (data_dir / store.RUN_LOCK_NAME).stat()
        held = Path("/proc/locks").read_text()
    except OSError:
        return False
    ident = f"{os.major(st.st_dev):02x}:{os.minor(st.st_dev):02x}:{st.st_ino}"
    return any(line.split()[1] == "FLOCK" and ident in line.split() for line in held.splitlines() if len(line.split()) > 5)


# ----- the database against the audit chain ----------------------------------------------------


def _placements_from_the_chain(db: sqlite_utils.Database) -> dict[str, dict]:
    """What the (verified) audit chain says each mail's unit, state and receipt time are."""
    placed: dict[str, dict] = {}
    for row in db.query(
        "SELECT event, message_sha256, detail FROM audit_log WHERE message_sha256 IS NOT NULL"
        f" OR event IN ({', '.join(repr(e) for e in ROSTER_MOVES)}) ORDER BY seq"
    ):
        detail = json.loads(row["detail"] or "{}")
        sha = row["message_sha256"]
        if row["event"] in ROSTER_MOVES:  # a unit renamed or merged: its mails follow
            old = detail.get(ROSTER_MOVES[row["event"]])
            for place in placed.values():
                if place["unit"] == old:
                    place["unit"] = detail.get("unit")
        elif row["event"] == "filed":
            placed[sha] = {"unit": detail.get("unit"), "state": detail.get("state"),
                           "received_at": detail.get("received_at")}
        elif row["event"] in ("reassigned", "rematched") and sha in placed:
            placed[sha].update(unit=detail.get("unit"), state="filed")
        elif row["event"] == "ignored_by_person" and sha in placed:
            placed[sha]["state"] = "ignored"
        elif row["event"] == "reopened_by_person" and sha in placed:  # a decision undone: 待审核 again
            placed[sha].update(unit=None, state="needs_review")
    return placed


ROSTER_MOVES = {"roster_unit_renamed": "old_name", "roster_units_merged": "merged"}  # event -> the old name's key


def _rows_against_the_chain(db: sqlite_utils.Database) -> list[str]:
    """A row edited behind the collector's back (unit, state or receipt time) no longer
    matches the chain, which cannot be edited without breaking it."""
    problems = []
    placed = _placements_from_the_chain(db)
    for row in db.query("SELECT sha256, unit, state, received_at FROM messages"):
        expected = placed.get(row["sha256"])
        if expected is None:
            problems.append(f"mail {row['sha256'][:12]} is in the database but was never recorded as filed")
            continue
        for field in ("unit", "state", "received_at"):
            if field == "received_at" and expected[field] is None:
                continue  # filed before receipt times were recorded in the chain
            if row[field] != expected[field]:
                problems.append(
                    f"mail {row['sha256'][:12]}: {field} is {row[field]!r} in the database "
                    f"but {expected[field]!r} in the audit chain"
                )
    return problems


# ----- --repair ---------------------------------------------------------------------------------


def repair_tree(db: sqlite_utils.Database, data_dir: Path, report: VerifyReport) -> tuple[list[str], list[str]]:
    """Put filed/ back from the content store: a missing or replaced entry is linked
    again from its (intact) blob, an entry nothing explains is moved aside to
    quarantine/; each recorded in the audit chain. Call holding the run lock, with the
    report of verify_archive(..., holding_lock=True). Returns (what was done, what
    could not be repaired)."""
    done, left = [], []
    aside = data_dir / QUARANTINE_DIR / audit.now_iso().replace(":", "")
    if report.adopted:
        with db.atomic():
            for path, mail, blob, sha in report.adopted:
                tree.record_links(db, mail, [(path, blob, sha)])
        done.append(f"recorded {len(report.adopted)} entries of filed/ of mails filed before filed/ was recorded")
    for problem in report.filed:
        if not problem.repairable or problem.blob in report.damaged:
            left.append(problem.text)
            continue
        done.append(_repair_one(db, data_dir, problem, aside))
    return done, left


def _repair_one(db, data_dir: Path, problem: FiledProblem, aside: Path) -> str:
    target = data_dir / problem.path
    moved = None
    if os.path.lexists(target):
        moved = aside / problem.path
        store._make_dirs(moved.parent)
        shutil.move(target, moved)  # a rename; across filesystems (EXDEV) a copy, then the original removed
        store.fsync_dir(moved.parent)
        store.fsync_dir(target.parent)
    if problem.kind == "unexplained":
        if moved is None:
            return f"{problem.path}: gone already (inside something moved aside before it)"
        tree.prune_empty_dirs(data_dir, problem.path)
        with db.atomic():
            audit.record(db, "filed_tree_repaired", action="moved_aside", path=problem.path,
                         moved_to=moved.relative_to(data_dir).as_posix())
        return f"moved {problem.path} aside to {moved.relative_to(data_dir).as_posix()} (nothing in the database put it there)"
    store._make_dirs(target.parent)
    store.link_or_copy(data_dir / problem.blob, target)
    store.fsync_dir(target.parent)
    with db.atomic():
        audit.record(db, "filed_tree_repaired", message_sha256=problem.mails[0], action="relinked",
                     path=problem.path, blob=problem.blob, kind=problem.kind,
                     moved_to=moved.relative_to(data_dir).as_posix() if moved else None)
    was = f" (the file found there moved aside to {moved.relative_to(data_dir).as_posix()})" if moved else ""
    return f"put {problem.path} back from {problem.blob}{was}"
