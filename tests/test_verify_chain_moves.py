"""`collector verify` holds after everything that moves a mail with the collector's consent:
a roster rename or merge (the mails follow the unit, recorded as roster events, not per mail)
and a rematch once a campaign is set up (its new folders recorded like any filing)."""

from __future__ import annotations

import json

import yaml

from collector import jobs, verify
from collector.campaign import save_campaign_file
from collector.demo import generate_demo_mailbox
from collector.demo.selfcheck import selfcheck_mailbox
from collector.index import connect
from collector.roster import builtin_roster

from test_two_campaigns_poll import EXPECTED, LATER, settings  # noqa: F401 (a fixture)
from test_verify_filed import reference, run  # noqa: F401 (a fixture)


def _verified(data_dir) -> verify.VerifyReport:
    db = connect(data_dir)
    try:
        return verify.verify_archive(db, data_dir)
    finally:
        db.close()


def _a_filed_unit(data_dir) -> str:
    rows = json.loads(run(data_dir, "messages", "--json").stdout)
    return next(r["unit"] for r in rows if r["state"] == "filed")


def test_verify_holds_after_a_roster_rename_and_merge(reference, tmp_path):  # noqa: F811 (the fixture)
    import subprocess

    subprocess.run(["cp", "-a", str(reference), str(tmp_path / "archive")], check=True)
    data_dir = tmp_path / "archive"
    unit = _a_filed_unit(data_dir)
    assert run(data_dir, "roster", "rename", unit, unit + "（新）", "--by", "wang").returncode == 0
    report = _verified(data_dir)
    assert report.ok, report.problems[:3]
    other = next(u for u in (r["unit"] for r in json.loads(run(data_dir, "messages", "--json").stdout))
                 if u and u != unit + "（新）")
    merged = run(data_dir, "roster", "merge", unit + "（新）", other, "--by", "wang")
    assert merged.returncode == 0, merged.stderr
    report = _verified(data_dir)
    assert report.ok, report.problems[:3]


def test_verify_holds_after_mails_are_rematched(fresh_mailbox, settings):  # noqa: F811
    for mail in sorted(generate_demo_mailbox() + selfcheck_mailbox(), key=lambda m: m.received_at):
        fresh_mailbox.append(mail.raw, internaldate=mail.received_at)
    jobs.run_poll(settings, now=LATER)
    save_campaign_file(settings.data_dir, yaml.safe_load(EXPECTED.read_text(encoding="utf-8")), builtin_roster())
    jobs.run_poll(settings, now=LATER)
    db = connect(settings.data_dir)
    assert db.execute("SELECT count(*) FROM audit_log WHERE event = 'rematched'").fetchone()[0] > 0
    db.close()
    report = _verified(settings.data_dir)
    assert report.ok, report.problems[:3]
