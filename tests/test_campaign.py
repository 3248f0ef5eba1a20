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


def _campaign_files():
    from pathlib import Path

    d = Path(__file__).parents[1] / "collector" / "campaigns"
    notice = (d / "2023-05-05-5.15政务公开日通知.txt").read_text(encoding="utf-8")
    roster = (d / "jianchang-units.csv").read_text(encoding="utf-8")
    return notice, roster


def test_campaign_init_drafts_the_builtin_campaign_from_the_notice(tmp_path):
    import yaml

    from collector.campaign import campaign_from_dict, draft_campaign_from_notice

    notice, roster = _campaign_files()
    text, unplaced = draft_campaign_from_notice(notice, roster)
    draft = campaign_from_dict(yaml.safe_load(text))
    builtin = load_campaign(None)
    assert [u.name for u in draft.units] == [u.name for u in builtin.units]
    for req in builtin.requirements:
        got = draft.requirement(req.id)
        assert got.due == req.due
        assert got.units == req.units
        assert [p.id for p in got.parts] == [p.id for p in req.parts]
    assert [(s.requirement, s.units) for s in draft.shared_slots] == [("interview", ["县农业农村局", "县乡村振兴局"])]
    assert draft.mailbox_addresses == ["jc7710089@163.com"]
    assert draft.county == "建昌县"
    # the 9 o'clock on-site deadline is not something mailed in: reported, not made a requirement
    assert len(unplaced) == 1 and "5月15日9时前" in unplaced[0]
    assert "# 未处理" in text


def test_campaign_init_reports_what_it_cannot_place():
    from collector.campaign import draft_campaign_from_notice

    notice, roster = _campaign_files()
    notice = notice.replace("县医保局、县税务局。", "县医保局、县税务局、县统计局。")
    roster = "\n".join(line for line in roster.splitlines() if not line.startswith("县招商中心"))
    _, unplaced = draft_campaign_from_notice(notice, roster + "\n县档案馆,department,建昌县档案馆,,\n")
    assert any("县统计局" in u for u in unplaced)  # named by the notice, not on the roster
    assert any("县招商中心" in u for u in unplaced)
    assert any("县档案馆" in u for u in unplaced)  # on the roster, not in the notice


def test_campaign_init_without_a_roster_takes_names_from_the_notice():
    import yaml

    from collector.campaign import campaign_from_dict, draft_campaign_from_notice

    notice, _ = _campaign_files()
    text, unplaced = draft_campaign_from_notice(notice, None)
    draft = campaign_from_dict(yaml.safe_load(text))
    names = [u.name for u in draft.units]
    assert "县发改局" in names and "县税务局" in names and "生态环境局建昌分局" in names
    assert len(names) == 23  # 葫芦岛市生态环境局建昌分局 of 附件2 is the same bureau
    assert draft.requirement("interview").units[:3] == ["县发改局", "县营商局", "县工信局"]
    assert [s.units for s in draft.shared_slots] == [["县农业农村局", "县乡村振兴局"]]
    assert any("名册" in u for u in unplaced)
