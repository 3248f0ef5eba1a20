"""The parse worker pool (collector/parallel.py) files exactly what the one-by-one
path files, in mailbox order, and a worker that dies costs only its own mail."""

from __future__ import annotations

import dataclasses
import json
import os
import time
from pathlib import Path

import pytest

from collector import parallel, pipeline, store, trust
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
                            json.loads(row["suggestions"]), row["dkim"], row["dkim_domain"], row["sender_warning"])
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
    assert list((tmp_path / store.TMP_DIR).iterdir()) == []  # every mail handed to a worker was settled


@pytest.mark.parametrize("victims", [[7], [7, 8]], ids=["one", "two in a row"])
def test_a_worker_dying_costs_only_its_mail(mails, serial, tmp_path, monkeypatch, victims):
    """A dead worker takes every mail in flight down with it; only the mail that
    kills a pool when parsed alone goes to review."""
    deadly = {mails[i].raw for i in victims}
    real = pipeline.parse_in_worker

    def dies_on_a_victim(raw, *args):
        if raw in deadly:
            os._exit(3)  # as a segfault in an image decoder would
        return real(raw, *args)

    monkeypatch.setattr(pipeline, "parse_in_worker", dies_on_a_victim)  # inherited by the forked workers
    order, rows = ingest_all(tmp_path, mails, workers=2)
    assert order == serial[0]
    for raw in deadly:
        sha = store.sha256_hex(raw)
        state, unit, reason, *_ = rows.pop(sha)
        assert state == "needs_review" and unit is None and "解析进程异常退出" in reason
        assert (tmp_path / store.raw_rel(sha)).read_bytes() == raw
    # every other mail placed as before (its reasons may differ: a victim's address was not learned)
    assert {sha: row[:2] for sha, row in rows.items()} == {sha: serial[1][sha][:2] for sha in rows}
    assert len(rows) == len(serial[1]) - len(deadly)
    # no raw copy left behind for the dead workers' mails (a worker killed while it
    # wrote an attachment may leave that temp file: the next run sweeps it)
    assert list((tmp_path / store.TMP_DIR).glob("*.eml")) == []


def test_a_worker_dying_before_it_kept_the_raw_mail_leaves_that_to_the_poll_process(mails, serial, tmp_path, monkeypatch):
    victim = mails[9]
    victim_rel = store.raw_rel(store.sha256_hex(victim.raw))
    real = pipeline.keep_staged_raw

    def dies_before_keeping(staged, data_dir, raw_rel):
        if raw_rel == victim_rel:
            os._exit(3)  # before the staged copy is fsynced and linked into place
        return real(staged, data_dir, raw_rel)

    monkeypatch.setattr(pipeline, "keep_staged_raw", dies_before_keeping)
    order, rows = ingest_all(tmp_path, mails, workers=2)
    assert order == serial[0]
    assert rows.pop(store.sha256_hex(victim.raw))[0] == "needs_review"
    assert (tmp_path / victim_rel).read_bytes() == victim.raw
    assert list((tmp_path / store.TMP_DIR).glob("*.eml")) == []
    assert {sha: row[:2] for sha, row in rows.items()} == {sha: serial[1][sha][:2] for sha in rows}


def test_a_mail_that_cannot_be_staged_stops_the_run_after_the_mails_before_it(mails, serial, tmp_path, monkeypatch):
    """A full disk while handing mails to the workers: the mails already in flight
    are filed (so the next poll need not fetch them again), then the error stops the run."""
    import errno

    stop_at = 12
    real = pipeline.stage_raw
    staged = []

    def disk_fills(data_dir, raw_rel, raw):
        if len(staged) == stop_at:
            raise OSError(errno.ENOSPC, "No space left on device")
        staged.append(raw_rel)
        return real(data_dir, raw_rel, raw)

    monkeypatch.setattr(pipeline, "stage_raw", disk_fills)
    ctx = pipeline.open_context(tmp_path, None)
    filed = []
    try:
        with pytest.raises(OSError, match="No space left"):
            for mail, outcome in parallel.ingest_stream(ctx, mails, workers=2):
                filed.append((mail.origin, outcome.sha256))
        in_db = {row["sha256"] for row in ctx.db["messages"].rows}
    finally:
        ctx.db.close()
    assert filed == serial[0][:stop_at]
    assert in_db == {sha for _, sha in filed}


def test_a_hanging_parse_costs_only_its_mail(mails, serial, tmp_path, monkeypatch):
    victim = mails[20]
    real = pipeline.parse_in_worker

    def hangs_on_the_victim(raw, *args):
        if raw == victim.raw:
            time.sleep(3600)  # as a parser stuck in a loop would
        return real(raw, *args)

    monkeypatch.setattr(pipeline, "parse_in_worker", hangs_on_the_victim)
    monkeypatch.setattr(parallel, "PARSE_TIMEOUT", 3)
    order, rows = ingest_all(tmp_path, mails, workers=2)
    assert order == serial[0]
    victim_sha = store.sha256_hex(victim.raw)
    state, unit, reason, *_ = rows.pop(victim_sha)
    assert state == "needs_review" and "解析超过 3 秒未完成" in reason
    assert rows == {sha: row for sha, row in serial[1].items() if sha != victim_sha}


def test_a_large_mail_is_parsed_in_the_poll_process(mails, serial, tmp_path, monkeypatch):
    """Handing a big mail to a worker would copy it twice more; it is parsed here instead."""
    threshold = sorted(len(m.raw) for m in mails)[len(mails) // 2]
    monkeypatch.setattr(parallel, "LARGE_MAIL_BYTES", threshold)
    real = pipeline.parse_in_worker

    def refuses_large_mails(raw, *args):
        if len(raw) > threshold:
            os._exit(3)  # had it come here, the mail would go to review
        return real(raw, *args)

    monkeypatch.setattr(pipeline, "parse_in_worker", refuses_large_mails)
    order, rows = ingest_all(tmp_path, mails, workers=2)
    assert sum(len(m.raw) > threshold for m in mails) >= 10
    assert order == serial[0]
    assert rows == serial[1]


def test_dkim_is_checked_in_the_workers_with_the_poll_processs_key_lookup(mails, dkim_key, tmp_path):
    """163 signs relaxed/relaxed: hashing a whole 1.6 MB body costs ~40 ms, so the workers do it,
    with the key lookup (and its cache) the poll process was given."""
    import dkim

    pem, txt = dkim_key
    sample = mails[:6]
    signed = [
        dataclasses.replace(m, raw=dkim.sign(m.raw, b"s1", b"jianchang.gov.cn", pem,
                                             include_headers=[b"from", b"subject", b"to"],
                                             canonicalize=(b"relaxed", b"relaxed")) + m.raw)
        for m in sample
    ]
    forged = dataclasses.replace(signed[-1], raw=signed[-1].raw.replace(b"\r\n\r\n", b"\r\n\r\nX", 1))
    signed[-1] = forged
    lookups: list[bytes] = []

    def published(name, timeout=5):
        lookups.append(name)
        return txt if name == b"s1._domainkey.jianchang.gov.cn." else None

    ctx = pipeline.open_context(tmp_path, None)
    ctx.dkim = trust.DkimChecker(published)
    try:
        list(parallel.ingest_stream(ctx, signed, workers=2))
        verdicts = {row["sha256"]: row["dkim"] for row in ctx.db["messages"].rows}
    finally:
        ctx.db.close()
    assert [verdicts[store.sha256_hex(m.raw)] for m in signed] == ["pass"] * 5 + ["fail"]
    assert lookups == []  # none in this process: the workers looked the key up, each with its own copy
