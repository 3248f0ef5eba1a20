"""`collector demo` runs a local SMTP sink: the demo poll's receipts land there (never on the
network) and in the outbox the dashboard shows."""

from __future__ import annotations

import email
import email.policy
import json
import sqlite3

import pytest

from collector.demo.run import run_demo


@pytest.mark.slow
def test_the_demo_sends_its_receipts_to_the_local_sink(tmp_path):
    run_demo(tmp_path / "demo", serve=False)
    conn = sqlite3.connect(tmp_path / "demo" / "archive" / "collector.db")
    rows = conn.execute("SELECT kind, state, to_addrs, message_id FROM outbox ORDER BY id").fetchall()
    filed = conn.execute("SELECT count(*) FROM messages WHERE state = 'filed'").fetchone()[0]
    skipped = conn.execute("SELECT count(*) FROM outbox_skipped").fetchone()[0]
    conn.close()
    receipts = [r for r in rows if r[0] == "receipt"]
    assert receipts and len(receipts) + skipped >= filed
    assert {r[1] for r in rows} == {"sent"}
    caught = sorted((tmp_path / "demo" / "smtp-sink").glob("*.eml"))
    assert len(caught) == len(rows)
    ids = {email.message_from_bytes(p.read_bytes(), policy=email.policy.default)["Message-ID"] for p in caught}
    assert ids == {r[3] for r in rows}
    assert all(json.loads(r[2]) for r in rows)
    run_demo(tmp_path / "demo", serve=False)  # a second run sends nothing again
    assert len(sorted((tmp_path / "demo" / "smtp-sink").glob("*.eml"))) == len(rows)
