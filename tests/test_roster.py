"""The standing roster: seeded once, edited by the clerk (every edit audited),
carried from one campaign to the next, and what campaigns name their units from."""

from __future__ import annotations

import json
import sqlite3
from email.message import EmailMessage
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from collector.campaign import CampaignError, campaign_from_dict
from collector.cli import cli
from collector.roster import builtin_roster

SELFCHECK = {
    "id": "selfcheck-2023", "title": "政务公开自查整改", "notice_date": "2023-06-12",
    "units": ["县发改局", "县财政局"],
    "requirements": [{"id": "selfcheck", "title": "自查报告", "due": "2023-06-25T17:00:00+08:00",
                      "hints": ["自查报告"],
                      "parts": [{"id": "report", "title": "自查报告", "kind": "document"}]}],
}


def run(*args, code=0):
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == code, result.output
    return result.output


def _mail(sender: str, subject: str, when: str) -> bytes:
    m = EmailMessage()
    m["From"] = sender
    m["To"] = "jc7710089@163.com"
    m["Subject"] = subject
    m["Date"] = when
    m.set_content("请查收。")
    m.add_attachment(b"%PDF-1.4\n%%EOF\n", maintype="application", subtype="pdf", filename="自查报告.pdf")
    return m.as_bytes()


@pytest.fixture
def archive(tmp_path) -> Path:
    data = tmp_path / "archive"
    (data / "campaigns").mkdir(parents=True)
    (data / "campaigns" / "selfcheck-2023.yaml").write_text(yaml.safe_dump(SELFCHECK, allow_unicode=True), encoding="utf-8")
    first = tmp_path / "first.eml"
    first.write_bytes(_mail("cz@163.com", "县财政局自查报告", "Tue, 20 Jun 2023 09:00:00 +0800"))
    run("--data-dir", str(data), "import", str(first))
    return data


def _db(data: Path) -> sqlite3.Connection:
    return sqlite3.connect(data / "collector.db")


def _events(data: Path, event: str) -> list[dict]:
    return [json.loads(d) for (d,) in _db(data).execute("SELECT detail FROM audit_log WHERE event = ?", [event])]


def test_the_archive_roster_is_seeded_once_from_the_shipped_one(archive):
    listed = json.loads(run("--data-dir", str(archive), "roster", "list", "--json"))
    assert [u["name"] for u in listed] == [u.name for u in builtin_roster().units]
    assert {u["kind"] for u in listed} == {"town", "township", "zone", "department", "institution"}
    assert len(_events(archive, "roster_seeded")) == 1
    run("--data-dir", str(archive), "roster", "list")
    assert len(_events(archive, "roster_seeded")) == 1


def test_a_campaign_file_in_the_archive_is_live_and_its_mails_are_filed_under_it(archive):
    row = _db(archive).execute("SELECT campaign, unit, state FROM messages").fetchone()
    assert row == ("selfcheck-2023", "县财政局", "filed")
    status = json.loads(run("--data-dir", str(archive), "status", "--json", "--campaign", "selfcheck-2023"))
    assert {(r["campaign"], r["unit"], r["state"]) for r in status} == {
        ("selfcheck-2023", "县发改局", "missing"), ("selfcheck-2023", "县财政局", "complete")}
    every = json.loads(run("--data-dir", str(archive), "messages", "--json"))
    assert all("campaign" in m for m in every)


def test_an_address_the_clerk_adds_names_the_unit_in_every_campaign(archive, tmp_path):
    run("--data-dir", str(archive), "roster", "address", "add", "县发改局", "FGJ2023@163.com", "--by", "wang")
    assert _events(archive, "roster_address_added")[-1] == {"unit": "县发改局", "address": "fgj2023@163.com"}
    bare = tmp_path / "bare.eml"
    bare.write_bytes(_mail("fgj2023@163.com", "材料", "Wed, 21 Jun 2023 09:00:00 +0800"))
    run("--data-dir", str(archive), "import", str(bare))
    rows = _db(archive).execute("SELECT unit, campaign FROM messages WHERE from_addr = 'fgj2023@163.com'").fetchall()
    assert rows == [("县发改局", "selfcheck-2023")]
    run("--data-dir", str(archive), "roster", "address", "drop", "fgj2023@163.com")
    listed = {u["name"]: u for u in json.loads(run("--data-dir", str(archive), "roster", "list", "--json"))}
    assert "fgj2023@163.com" not in listed["县发改局"]["addresses"]


def test_a_rename_keeps_old_campaign_files_working_and_moves_filed_mails(archive, tmp_path):
    run("--data-dir", str(archive), "roster", "rename", "县财政局", "县财政事务局", "--by", "wang")
    # the campaign file still says 县财政局: it loads, under the new name
    again = tmp_path / "again.eml"
    again.write_bytes(_mail("cz2@163.com", "县财政事务局自查报告（更正）", "Thu, 22 Jun 2023 09:00:00 +0800"))
    run("--data-dir", str(archive), "import", str(again))
    units = {u for (u,) in _db(archive).execute("SELECT DISTINCT unit FROM messages")}
    assert units == {"县财政事务局"}
    status = json.loads(run("--data-dir", str(archive), "status", "--json", "--campaign", "selfcheck-2023"))
    assert ("县财政事务局", "complete") in {(r["unit"], r["state"]) for r in status}
    assert _events(archive, "roster_unit_renamed")[-1] == {"unit": "县财政事务局", "old_name": "县财政局"}
    listed = {u["name"]: u for u in json.loads(run("--data-dir", str(archive), "roster", "list", "--json"))}
    assert "县财政局" in listed["县财政事务局"]["aliases"] and "县财政局" not in listed


def test_a_merge_moves_names_and_mails_to_the_kept_unit(archive):
    run("--data-dir", str(archive), "roster", "add", "县财政所", "--kind", "institution", "--alias", "财政所")
    run("--data-dir", str(archive), "roster", "merge", "县财政局", "县财政所")
    listed = {u["name"]: u for u in json.loads(run("--data-dir", str(archive), "roster", "list", "--json"))}
    assert "县财政所" not in listed and {"县财政所", "财政所"} <= set(listed["县财政局"]["aliases"])
    assert _events(archive, "roster_units_merged")[-1] == {"unit": "县财政局", "merged": "县财政所"}


def test_refused_edits_are_one_line_and_change_nothing(archive):
    before = _db(archive).execute("SELECT count(*) FROM audit_log").fetchone()
    out = run("--data-dir", str(archive), "roster", "add", "县发改局", "--kind", "department", code=1)
    assert "已有单位" in out and "Traceback" not in out
    out = run("--data-dir", str(archive), "roster", "address", "add", "县发改局", "not-an-address", code=1)
    assert "不是有效的邮箱地址" in out
    out = run("--data-dir", str(archive), "roster", "rename", "县不存在局", "县新局", code=1)
    assert "没有单位" in out
    assert _db(archive).execute("SELECT count(*) FROM audit_log").fetchone() == before


def test_campaigns_name_units_out_of_the_roster():
    roster = builtin_roster()
    c = campaign_from_dict({**SELFCHECK, "units": {"kinds": ["institution"]},
                            "requirements": [{**SELFCHECK["requirements"][0], "units": "all"}]}, roster=roster)
    assert [u.name for u in c.units] == roster.names(["institution"])
    assert c.requirements[0].units == roster.names(["institution"])
    with pytest.raises(CampaignError, match="not in the roster"):
        campaign_from_dict({**SELFCHECK, "units": ["县不存在局"]}, roster=roster)
    # an inline unit (the older format) still works, and adds to the roster's names
    c = campaign_from_dict({**SELFCHECK, "units": [{"name": "县发改局", "kind": "department", "aliases": ["发改"]}]},
                           roster=roster)
    assert "发改" in c.units[0].aliases and "发改局" in c.units[0].aliases
