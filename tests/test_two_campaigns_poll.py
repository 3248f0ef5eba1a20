"""Two campaigns in one real mailbox (the test Dovecot): the 5·15 one and one the
clerk saved into the archive; a campaign saved while the mailbox is idle is live
on the next poll; a roster edit is reflected without new mail."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
import yaml

from collector import jobs, views
from collector.campaign import save_campaign_file
from collector.config import load_settings
from collector.demo import generate_demo_mailbox
from collector.demo.selfcheck import CAMPAIGN, selfcheck_mailbox
from collector.index import connect
from collector.roster import builtin_roster

EXPECTED = Path(__file__).parent / "fixtures" / "demo" / "selfcheck-expected.yaml"
LATER = dt.datetime(2023, 7, 20, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))
EXPECTED_CELLS = {  # read off collector/demo/selfcheck.py's plans, as the clerk would fill the table
    ("县教育局", "selfcheck"): ("complete", False), ("县教育局", "rectify"): ("complete", False),
    ("县民政局", "selfcheck"): ("complete", False), ("县民政局", "rectify"): ("partial", True),  # partial at the deadline
    ("县财政局", "selfcheck"): ("complete", True), ("县财政局", "rectify"): ("complete", False),
    ("县住建局", "selfcheck"): ("complete", False), ("县住建局", "rectify"): ("complete", True),
    ("县卫健局", "selfcheck"): ("missing", True), ("县卫健局", "rectify"): ("missing", True),
}


@pytest.fixture
def settings(fresh_mailbox, tmp_path):
    return load_settings({}, imap_host=fresh_mailbox.host, imap_port=fresh_mailbox.port, imap_security="plain",
                         imap_user=fresh_mailbox.user, imap_password=fresh_mailbox.password,
                         data_dir=tmp_path / "archive", imap_timeout=20)


def _status(settings, campaign=None) -> dict:
    db = connect(settings.data_dir)
    try:
        return {(r["campaign"], r["unit"], r["requirement"]): (r["state"], r["late"]) for r in views.status_rows(db, campaign)}
    finally:
        db.close()


def test_a_campaign_saved_while_the_mailbox_is_idle_is_live_on_the_next_poll(fresh_mailbox, settings):
    for mail in sorted(generate_demo_mailbox() + selfcheck_mailbox(), key=lambda m: m.received_at):
        fresh_mailbox.append(mail.raw, internaldate=mail.received_at)
    jobs.run_poll(settings, now=LATER)
    assert not any(c == CAMPAIGN for c, _, _ in _status(settings))
    data = yaml.safe_load(EXPECTED.read_text(encoding="utf-8"))
    save_campaign_file(settings.data_dir, data, builtin_roster())
    report = jobs.run_poll(settings, now=LATER)  # no new mail
    assert report.seen == 0
    second = _status(settings, CAMPAIGN)
    assert set(second) == {(CAMPAIGN, u, r) for u in data["units"] for r in ("selfcheck", "rectify")}
    # the campaign's mails that came before it was set up waited in review; now they are filed
    assert {(u, r): v for (_, u, r), v in second.items()} == EXPECTED_CELLS
    db = connect(settings.data_dir)
    rematched = db.execute("SELECT count(*) FROM audit_log WHERE event = 'rematched'").fetchone()[0]
    stray = db.execute("SELECT state FROM messages WHERE unit = '县发改局' AND subject = '县发改局自查报告'").fetchone()
    assert rematched == 8 and stray == ("needs_review",)
    assert jobs.run_poll(settings, now=LATER).seen == 0  # and only once
    assert db.execute("SELECT count(*) FROM audit_log WHERE event = 'rematched'").fetchone()[0] == 8


def test_both_campaigns_from_the_start(fresh_mailbox, settings):
    save_campaign_file(settings.data_dir, yaml.safe_load(EXPECTED.read_text(encoding="utf-8")), builtin_roster())
    for mail in sorted(generate_demo_mailbox() + selfcheck_mailbox(), key=lambda m: m.received_at):
        fresh_mailbox.append(mail.raw, internaldate=mail.received_at)
    jobs.run_poll(settings, now=LATER)
    cells = _status(settings, CAMPAIGN)
    assert {(u, r): v for (_, u, r), v in cells.items()} == EXPECTED_CELLS
    # the 5·15 straggler from 县卫健局 counts for 5·15, late
    assert _status(settings)[("jianchang-515-2023", "县卫健局", "summary")][0] in ("complete", "partial")
    messages = json.loads(views.dumps(views.message_rows(connect(settings.data_dir))))
    assert {m["campaign"] for m in messages if m["state"] == "filed"} == {"jianchang-515-2023", CAMPAIGN}
