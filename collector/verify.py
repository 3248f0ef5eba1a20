"""`collector verify`: is the archive still what was filed?

Re-hashes every raw mail and every stored file against the SHA-256 the
database holds, walks the hash-chained audit log, and runs SQLite's
integrity check. Names the first break of the chain and every file that
is missing or altered.
"""

from __future__ import annotations

import dataclasses
import hashlib
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
    else:
        report.chain_break = f"audit chain broken at event {checked}: {reason}"
        report.problems.append(report.chain_break)
    report.integrity = ", ".join(r[0] for r in db.execute("PRAGMA integrity_check").fetchall())
    return report
