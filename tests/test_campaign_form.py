"""The dashboard's campaign form (collector/dashboard/campaign_form.py) keeps what it does not show: a file's
part with a `pattern` (a photo part's words standing for its pictures) or `embedded_photos_count: false` (an ID
photo wanted as a file of its own) comes back from the form as it went in."""

from __future__ import annotations

from pathlib import Path

import yaml

from collector.campaign import campaign_from_dict
from collector.dashboard.campaign_form import data_from_form, form_from_data
from collector.roster import builtin_roster

WJ_FILE = Path(__file__).parent / "fixtures" / "mixed45" / "campaigns" / "2055-05-17-wj.yaml"


def roster_units() -> list[dict]:
    return [{"name": u.name, "kind": u.kind} for u in builtin_roster().units]


def through_the_form(data: dict) -> dict:
    units = roster_units()
    back, errors = data_from_form(form_from_data(data, units), units, set())
    assert errors == {}
    return back


def test_a_photo_parts_pattern_comes_back_from_the_form():
    data = yaml.safe_load(WJ_FILE.read_text(encoding="utf-8"))
    (part,) = through_the_form(data)["requirements"][0]["parts"]
    assert (part["kind"], part["pattern"]) == ("photo", "myanswer|查看我的答卷")
    assert campaign_from_dict(through_the_form(data), roster=builtin_roster()).requirements[0].parts[0].pattern


def test_embedded_photos_count_comes_back_as_the_file_set_it():
    data = {"id": "zj", "title": "先进个人推荐", "units": {"kinds": ["department"]},
            "requirements": [{"id": "tj", "title": "推荐材料", "due": "2060-05-20T17:00:00+08:00", "parts": [
                {"id": "photo", "title": "个人照片", "kind": "photo", "embedded_photos_count": False},
                {"id": "shots", "title": "工作照片", "kind": "photo", "embedded_photos_count": True},
                {"id": "more", "title": "活动照片", "kind": "photo"}]}]}
    parts = through_the_form(data)["requirements"][0]["parts"]
    assert [p.get("embedded_photos_count") for p in parts] == [False, True, None]


def test_a_requirements_windows_after_its_due_come_back_and_are_checked():
    """补报截止 (late_until) and 更正截止 (corrections_until, mixed64's 年报 notice) are fields of the form: a campaign
    saved from the dashboard keeps them, and one not after the due is said next to its field."""
    data = {"id": "nb", "title": "政府信息公开工作年度报告", "units": {"kinds": ["department"]},
            "requirements": [{"id": "bg", "title": "年度报告", "due": "2074-01-19T17:00:00+08:00",
                              "late_until": "2074-01-22T17:00:00+08:00",
                              "corrections_until": "2074-01-26T17:00:00+08:00",
                              "parts": [{"id": "doc", "title": "年度报告（Word）", "kind": "document"}]}]}
    (r,) = through_the_form(data)["requirements"]
    assert (r["late_until"], r["corrections_until"]) == ("2074-01-22T17:00:00+08:00", "2074-01-26T17:00:00+08:00")
    units = roster_units()
    form = form_from_data(data, units)
    form["requirements"][0]["corrections_until"] = "2074-01-18T17:00"
    _, errors = data_from_form(form, units, set())
    assert errors == {"r0_corrections_until": "更正截止应晚于截止时间"}


def test_assigned_items_come_back_from_the_form():
    """A requirement's ``assigned`` (the notice's 分解表) is shown as 建议第3号：县教育局；… and read back."""
    data = {"id": "df", "title": "建议提案办理答复", "units": ["县教育局", "县卫健局"],
            "requirements": [{"id": "df", "title": "答复函", "due": "2078-10-20T17:00:00+08:00",
                              "assigned": {"建议第3号": "县教育局", "提案第16号": "县卫健局"},
                              "parts": [{"id": "stamped", "title": "答复函扫描件", "kind": "document", "formats": ["pdf"]}]}]}
    units = roster_units()
    form = form_from_data(data, units)
    assert form["requirements"][0]["assigned"] == "建议第3号：县教育局；提案第16号：县卫健局"
    assert through_the_form(data)["requirements"][0]["assigned"] == {"建议第3号": "县教育局", "提案第16号": "县卫健局"}
    form["requirements"][0]["assigned"] = "建议第3号：县交通局"
    _, errors = data_from_form(form, units, set())
    assert "县交通局" in errors["r0_assigned"]
