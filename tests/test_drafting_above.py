"""What 请于…前将上述材料发送至… sends, on notice texts written for these tests: the numbered items
listed above it (each item's own head, with its format; not a condition said after it), or the
sections above it headed by a kind of unit (each section's material owed by that section's units),
all by the one date; and a date the units hold something by (…前组织…培训，并报送…) is not the
date to send."""

from __future__ import annotations

import datetime as dt

import pytest

from collector.drafting import draft_campaign
from collector.roster import builtin_roster

ROSTER = builtin_roster()
TOWNS = set(ROSTER.names(("town", "township")))
DEPARTMENTS = set(ROSTER.names(("department",)))


def draft(title: str, addressee: str, body: str):
    return draft_campaign(f"建昌县人民政府办公室\n{title}\n\n{addressee}：\n{body}\n\n建昌县人民政府办公室\n2026年5月6日\n",
                          ROSTER)


def due(r) -> dt.datetime:
    return r.due.replace(tzinfo=None)


# ---------------------------------------------------------------- sections by kind of unit

BY_KIND = [
    ("关于报送秸秆禁烧工作部署情况的通知", "各乡镇人民政府，县直各部门",
     "一、各乡镇\n各乡镇要于5月20日前召开专题会议部署秸秆禁烧工作，并报送工作部署方案（PDF格式）和会议照片2张。\n"
     "二、县直各部门\n各部门要组织干部职工学习有关文件，并报送学习情况报告（Word格式）。\n"
     "三、报送时间\n请于2026年5月25日17时前将上述材料发送至邮箱jcjs2026@163.com，邮件主题注明“单位名称+禁烧材料”。",
     dt.datetime(2026, 5, 25, 17, 0), ("部署方案", "学习情况报告")),
    ("关于开展安全生产培训及学习情况报送的通知", "各乡镇人民政府、县政府各部门",
     "一、各乡镇人民政府\n各乡镇要在6月1日前组织村干部开展安全生产培训，并报送培训签到表（PDF格式）。\n"
     "二、县政府各部门\n各部门要传达学习培训内容，并报送学习记录扫描件（PDF格式）。\n"
     "三、报送要求\n请于2026年6月5日前将以上材料发送至邮箱jcaq2026@163.com。",
     dt.datetime(2026, 6, 5, 23, 59, 59), ("签到表", "学习记录")),
    ("关于报送防汛演练情况的通知", "各乡镇，县直各部门",
     "一、各乡镇\n各乡镇须于6月10日前举办防汛应急演练，并上报演练方案和演练现场照片。\n"
     "二、县直各部门\n各部门要对照职责开展隐患排查，并报送隐患排查台账（Excel格式）。\n"
     "三、报送方式\n请于2026年6月15日12时前将上述材料报送至邮箱jcfx2026@163.com。",
     dt.datetime(2026, 6, 15, 12, 0), ("演练方案", "隐患排查台账")),
]


@pytest.mark.parametrize("title, addressee, body, sent_by, materials", BY_KIND)
def test_each_kinds_section_is_owed_by_its_units_by_the_one_date_of_the_materials_above(
        title, addressee, body, sent_by, materials):
    towns, departments = draft(title, addressee, body).requirements
    assert set(towns.units) == TOWNS and set(departments.units) == DEPARTMENTS
    assert materials[0] in towns.title and materials[1] in departments.title
    assert materials[1] not in towns.title and materials[0] not in departments.title
    assert due(towns) == due(departments) == sent_by


@pytest.mark.parametrize("title, addressee, body, sent_by, materials", BY_KIND)
def test_the_date_a_section_holds_its_meeting_or_training_by_is_no_deadline_and_no_question(
        title, addressee, body, sent_by, materials):
    d = draft(title, addressee, body)
    held_by = body.split("前", 1)[0].rsplit("于", 1)[-1].rsplit("在", 1)[-1]  # 5月20日, 6月1日, 6月10日
    assert all(due(r) == sent_by for r in d.requirements)
    assert not any(held_by in line for line in d.unsettled), d.unsettled


def test_a_training_date_with_no_later_date_to_send_by_stays_the_deadline():
    """各乡镇要于5月20日前组织培训，并报送签到表 with no 上述材料 sent later: the one date is all there is."""
    d = draft("关于开展安全生产培训的通知", "各乡镇人民政府",
              "各乡镇要于2026年5月20日前组织开展安全生产培训，并报送培训签到表至邮箱jcaq2026@163.com。")
    (r,) = d.requirements
    assert due(r).date() == dt.date(2026, 5, 20) and "签到表" in r.title


def test_a_section_with_its_own_date_to_send_by_keeps_it():
    """一、各乡镇 …于5月20日前报送… : a date to send by, not a training's; that section keeps its date."""
    d = draft("关于报送秸秆禁烧工作情况的通知", "各乡镇人民政府，县直各部门",
              "一、各乡镇\n各乡镇要于5月20日前报送禁烧工作台账（Excel格式）。\n"
              "二、县直各部门\n各部门要报送学习情况报告（Word格式）。\n"
              "三、报送时间\n请于2026年5月25日17时前将上述材料发送至邮箱jcjs2026@163.com。")
    assert any(due(r).date() == dt.date(2026, 5, 20) and "台账" in r.title and set(r.units) == TOWNS
               for r in d.requirements)


# ---------------------------------------------------------------- numbered items of a material list

LISTED = [
    ("（一）《政务服务事项办理情况统计表》（Excel格式，见附件1），按受理数、办结数逐项填写。本季度未受理的，各项填0报送。\n"
     "（二）政务服务典型案例1篇（Word格式），写明办理过程。本季度无案例的，可选用上年度的案例。",
     "统计表", "典型案例", "无案例"),
    ("1.《12345热线工单办理台账》（Excel格式），逐条填写办理结果。没有工单的，填写“无”。\n"
     "2.工单办理情况分析报告（Word格式），不少于1000字。未发生投诉的，写明原因即可。",
     "台账", "分析报告", "未发生"),
    ("（一）《农村供水工程运行情况统计表》（Excel格式）。确无工程的乡镇，报送零报表。\n"
     "（二）供水工程管护工作总结（Word格式）。如有特殊情况的，可另附说明。",
     "统计表", "工作总结", "特殊情况"),
]


@pytest.mark.parametrize("items, table_word, doc_word, condition", LISTED)
def test_the_materials_above_are_the_numbered_items_heads_with_their_formats(items, table_word, doc_word, condition):
    d = draft("关于报送第一季度工作情况的通知", "县公安局、县教育局、县民政局",
              f"一、报送材料\n{items}\n二、报送时间\n"
              "请于2026年4月10日17时前将上述材料发送至县政府办公室邮箱jc7710089@163.com，邮件主题注明“单位名称+一季度材料”。")
    (r,) = d.requirements
    assert due(r) == dt.datetime(2026, 4, 10, 17, 0)
    assert table_word in r.title and doc_word in r.title and condition not in r.title
    assert not any(condition in h for h in r.hints) and "一季度材料" not in r.hints
    table = next(p for p in r.parts if table_word in p["title"])
    doc = next(p for p in r.parts if doc_word in p["title"])
    assert "xlsx" in table["formats"] and "docx" not in table["formats"]
    assert "docx" in doc["formats"] and "xlsx" not in doc["formats"]
    assert not any(condition in p["title"] or any(condition in w for w in p.get("words", [])) for p in r.parts)
