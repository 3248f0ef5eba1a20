"""The parse worker pool (collector/parallel.py) files exactly what the one-by-one
path files, in mailbox order, and a worker that dies costs only its own mail."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from collector import parallel, pipeline, store
from collector.demo import generate_demo_mailbox
from collector.model import RawMail


@pytest.fixture(scope="module")
def mails() -> list[RawMail]:
    return [
        RawMail(raw=m.raw, received_at=m.received_at, source="file", origin=f"test:{n}")
        for n, m in enumerate(generate_demo_mailbox())
    ]


def ingest_all(data_dir: Path, mails: list[RawMail], workers: int) -> tuple[list, dict]:
    """(sha256 of each outcome in the order yielded, what was filed for each mail)."""
    ctx = pipeline.open_context(data_dir, None)
    try:
        order = [(mail.origin, outcome.sha256) for mail, outcome in parallel.ingest_stream(ctx, mails, workers)]
        rows = {
            row["sha256"]: (row["state"], row["unit"], row["reason"], json.loads(row["signals"]),
                            json.loads(row["suggestions"]))
            for row in ctx.db["messages"].rows
        }
    finally:
        ctx.db.close()
    return order, rows


@pytest.fixture(scope="module")
def serial(mails, tmp_path_factory):
    return ingest_all(tmp_path_factory.mktemp("serial"), mails, workers=0)


def test_workers_file_what_the_serial_path_files_in_the_same_order(mails, serial, tmp_path):
    order, rows = ingest_all(tmp_path, mails, workers=2)
    assert order == serial[0]
    assert rows == serial[1]  # same unit, reason and signals: the workers' name scans are reused as they are
    for mail in mails:
        assert (tmp_path / store.raw_rel(store.sha256_hex(mail.raw))).read_bytes() == mail.raw


def test_a_worker_dying_costs_only_its_mail(mails, serial, tmp_path, monkeypatch):
    victim = mails[7]
    real = pipeline.parse_in_worker

    def dies_on_the_victim(raw, raw_rel, data_dir, campaigns):
        if raw == victim.raw:
            os._exit(3)  # as a segfault in an image decoder would
        return real(raw, raw_rel, data_dir, campaigns)

    monkeypatch.setattr(pipeline, "parse_in_worker", dies_on_the_victim)  # inherited by the forked workers
    order, rows = ingest_all(tmp_path, mails, workers=2)
    assert order == serial[0]
    victim_sha = store.sha256_hex(victim.raw)
    state, unit, reason, _, _ = rows.pop(victim_sha)
    assert state == "needs_review" and unit is None and "解析进程异常退出" in reason
    assert (tmp_path / store.raw_rel(victim_sha)).read_bytes() == victim.raw
    assert rows == {sha: row for sha, row in serial[1].items() if sha != victim_sha}


def test_a_large_mail_is_parsed_in_the_poll_process(mails, serial, tmp_path, monkeypatch):
    """Handing a big mail to a worker would copy it twice more; it is parsed here instead."""
    threshold = sorted(len(m.raw) for m in mails)[len(mails) // 2]
    monkeypatch.setattr(parallel, "LARGE_MAIL_BYTES", threshold)
    real = pipeline.parse_in_worker

    def refuses_large_mails(raw, raw_rel, data_dir, campaigns):
        if len(raw) > threshold:
            os._exit(3)  # had it come here, the mail would go to review
        return real(raw, raw_rel, data_dir, campaigns)

    monkeypatch.setattr(pipeline, "parse_in_worker", refuses_large_mails)
    order, rows = ingest_all(tmp_path, mails, workers=2)
    assert sum(len(m.raw) > threshold for m in mails) >= 10
    assert order == serial[0]
    assert rows == serial[1]
