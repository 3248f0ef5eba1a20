"""The built-in campaign and the campaign file format."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from collector import index
from collector.campaign import CampaignError, load_campaign, load_campaigns, write_campaign_tables

SH = ZoneInfo("Asia/Shanghai")


def test_builtin_roster_has_every_unit_of_the_notice():
    c = load_campaign(None)
    assert c.id == "jianchang-515-2023"
    kinds = [u.kind for u in c.units]
    assert kinds.count("town") + kinds.count("township") == 28
    assert kinds.count("zone") == 1
    assert kinds.count("department") == 23
    assert c.unit_by_name("县发改局").official_name == "建昌县发展和改革局"
    assert "喇嘛洞" in c.unit_by_name("喇嘛洞镇").aliases
    assert "建昌" not in c.unit_by_name("建昌镇").aliases  # the county's name, not the town's


def test_builtin_requirements_and_deadlines():
    c = load_campaign("builtin")
    interview, summary = c.requirement("interview"), c.requirement("summary")
    assert interview.due == dt.datetime(2023, 5, 11, 16, 0, tzinfo=SH)
    assert summary.due == dt.datetime(2023, 5, 23, 16, 0, tzinfo=SH)
    assert len(interview.units) == 16 and "县教育局" not in interview.units
    assert len(summary.units) == 52
    assert [r.id for r in c.requirements_for("县发改局")] == ["interview", "summary"]
    assert [r.id for r in c.requirements_for("八家子镇")] == ["summary"]
    assert c.slot_units("interview", "县乡村振兴局") == ["县农业农村局", "县乡村振兴局"]
    assert c.slot_units("summary", "县乡村振兴局") == ["县乡村振兴局"]


def test_load_campaigns_from_env(monkeypatch, tmp_path):
    other = tmp_path / "other.yaml"
    other.write_text(
        "id: other\ntimezone: Asia/Shanghai\nunits:\n  - {name: 县统计局, kind: department}\n"
        "requirements:\n  - {id: report, due: 2023-06-01T12:00:00, units: all}\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("COLLECTOR_CAMPAIGN", f"builtin,{other}")
    cs = load_campaigns()
    assert [c.id for c in cs] == ["jianchang-515-2023", "other"]
    assert cs[1].requirement("report").due == dt.datetime(2023, 6, 1, 12, tzinfo=SH)


def test_bad_campaign_file_says_what_is_wrong(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: x\nunits: [{name: 甲局}]\nrequirements:\n  - {id: r, due: 2023-01-01, units: [乙局]}\n",
                   encoding="utf-8")
    with pytest.raises(CampaignError, match="乙局"):
        load_campaign(bad)


def test_write_campaign_tables(tmp_path):
    db = index.connect(tmp_path)
    write_campaign_tables(db, load_campaigns(None))
    write_campaign_tables(db, load_campaigns(None))  # idempotent
    assert db["units"].count == 52
    row = db["requirements"].get(("jianchang-515-2023", "interview"))
    assert row["due_at"] == "2023-05-11T16:00:00+08:00"


# The notice drafter's tests (campaign init --from-notice) are in tests/test_drafting.py.
