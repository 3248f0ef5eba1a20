"""`collector verify`: is the archive still what was filed?

Re-hashes every raw mail and every stored file against the SHA-256 the
database holds, walks the hash-chained audit log, and runs SQLite's
integrity check. Names the first break of the chain and every file that
is missing or altered.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from pathlib import Path

import sqlite_utils

from collector import audit

CHUNK = 1024 * 1024


@dataclasses.dataclass
class VerifyReport:
    raw_checked: int = 0
    files_checked: int = 0
    events_checked: int = 0
    problems: list[str] = dataclasses.field(default_factory=list)
    chain_break: str | None = None
    integrity: str = "ok"

    @property
    def ok(self) -> bool:
        return not self.problems and self.chain_break is None and self.integrity == "ok"

    def summary(self) -> str:
        verdict = "OK" if self.ok else "PROBLEMS FOUND"
        return (
            f"verify: {verdict}: {self.raw_checked} raw mails, {self.files_checked} files, "
            f"{self.events_checked} audit events checked; integrity_check: {self.integrity}"
        )


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _check_file(data_dir: Path, rel: str, expected: str, what: str, report: VerifyReport) -> None:
    path = data_dir / rel
    if not path.is_file():
        report.problems.append(f"missing {what}: {rel}")
    elif file_sha256(path) != expected:
        report.problems.append(f"altered {what}: {rel} (content no longer matches sha256 {expected})")


def verify_archive(db: sqlite_utils.Database, data_dir: Path) -> VerifyReport:
    report = VerifyReport()
    for row in db.query("SELECT sha256, raw_path FROM messages ORDER BY received_at"):
        _check_file(data_dir, row["raw_path"], row["sha256"], "raw mail", report)
        report.raw_checked += 1
    for row in db.query("SELECT DISTINCT sha256, path FROM attachments WHERE path IS NOT NULL"):
        _check_file(data_dir, row["path"], row["sha256"], "file", report)
        report.files_checked += 1
    checked, reason = audit.verify_chain(db)
    if reason is None:
        report.events_checked = checked
        report.problems.extend(_rows_against_the_chain(db))
    else:
        report.chain_break = f"audit chain broken at event {checked}: {reason}"
        report.problems.append(report.chain_break)
    report.integrity = ", ".join(r[0] for r in db.execute("PRAGMA integrity_check").fetchall())
    return report


def _placements_from_the_chain(db: sqlite_utils.Database) -> dict[str, dict]:
    """What the (verified) audit chain says each mail's unit, state and receipt time are."""
    placed: dict[str, dict] = {}
    for row in db.query(
        "SELECT event, message_sha256, detail FROM audit_log WHERE message_sha256 IS NOT NULL ORDER BY seq"
    ):
        detail = json.loads(row["detail"] or "{}")
        sha = row["message_sha256"]
        if row["event"] == "filed":
            placed[sha] = {"unit": detail.get("unit"), "state": detail.get("state"),
                           "received_at": detail.get("received_at")}
        elif row["event"] == "reassigned" and sha in placed:
            placed[sha].update(unit=detail.get("unit"), state="filed")
        elif row["event"] == "ignored_by_person" and sha in placed:
            placed[sha]["state"] = "ignored"
    return placed


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
