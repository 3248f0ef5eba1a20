"""What held-out notices 1900–1919 showed the drafter missing (h-fixn95c), on notice texts written for these tests: a
paper copy the notice says is not sent by mail (不通过邮箱报送), a 各有关单位 the body defines with a group word
(本通知所称有关单位为：各乡镇人民政府、…), towns given a short name ending in 镇 (以下简称示范镇), and a task taken off a
unit (原定由…报送，…调整为由…，…不再报送)."""

from __future__ import annotations

import datetime as dt

from collector.drafting import draft_campaign
from collector.drafting.senders.addressed import groups_and_units_in_scope
from collector.drafting.senders.let_off import stand_ins, units_following
from collector.drafting.asks.not_mailed import on_paper
from collector.drafting.asks.statements import sentences_of
from collector.drafting.senders.unit_refs import groups_named
from collector.drafting.senders.units import UnitResolver
from collector.roster import builtin_roster

ROSTER = builtin_roster()
TOWNS = set(ROSTER.names(["town", "township"]))


def resolver() -> UnitResolver:
    return UnitResolver(ROSTER)


def notice(addressee: str, *lines: str) -> str:
    body = "\n".join(f"    {line}" for line in lines)
    return (f"建昌县民政局\n关于报送2608年养老服务情况的通知\n\n{addressee}：\n{body}\n    报送邮箱：jcmz_yl@163.com\n\n"
            f"建昌县民政局\n2608年6月1日\n")


def units_of(text: str) -> list[set[str]]:
    return [set(r.units) for r in draft_campaign(text, ROSTER).requirements]


# ---------------------------------------------------------------- a paper copy not sent by mail

def test_a_paper_copy_said_not_to_go_by_mailbox_is_on_paper():
    assert on_paper("检查表纸质版加盖公章后，于6月17日前送县民政局养老股（综合楼305室），纸质版不通过邮箱报送")


def test_a_paper_copy_not_mailed_makes_no_requirement():
    text = notice("各乡镇人民政府",
                  "一、请各乡镇于6月10日前将《养老机构消防检查表》（Excel格式）发送至报送邮箱。",
                  "二、检查表纸质版加盖公章后，于6月17日前送县民政局养老股（综合楼305室），纸质版不通过邮箱报送。")
    draft = draft_campaign(text, ROSTER)
    assert [r.due.date() for r in draft.requirements] == [dt.date(2608, 6, 10)]


def test_near_miss_a_paper_copy_with_its_scan_mailed_is_not_on_paper():
    assert not on_paper("纸质版于6月17日前送县民政局养老股（305室），扫描件发送至邮箱")


def test_near_miss_a_mailed_report_beside_a_clause_not_by_mailbox_stays():
    text = notice("各乡镇人民政府，县气象局",
                  "一、请各乡镇于6月10日前将《养老机构消防检查表》（Excel格式）发送至报送邮箱。",
                  "二、请县气象局于6月12日前报送高温趋势预测（Word格式）；每日预报通过预警平台发布，不通过邮箱报送。")
    assert units_of(text) == [TOWNS, {"县气象局"}]


# ---------------------------------------------------------------- 本通知所称有关单位为：各乡镇人民政府、…

def test_a_group_word_in_the_scope_list_means_every_unit_of_its_kinds():
    body = "本通知所称有关单位为：各乡镇人民政府、县财政局。为做好养老服务工作，现通知如下。"
    assert set(groups_and_units_in_scope(body, resolver())) == TOWNS | {"县财政局"}


def test_the_towns_of_a_defined_addressee_are_asked_by_each_town():
    text = notice("各有关单位",
                  "本通知所称有关单位为：各乡镇人民政府、县财政局。为做好养老服务工作，现通知如下。",
                  "一、请各乡镇于6月10日前将养老服务统计表（Excel格式）报送县民政局。",
                  "二、请县财政局于6月12日前报送养老服务资金拨付情况（Word格式）。")
    assert units_of(text) == [TOWNS, {"县财政局"}]


def test_near_miss_a_scope_list_naming_units_one_by_one_adds_no_group():
    body = "本通知所称有关单位为：建昌镇、县财政局。为做好养老服务工作，现通知如下。"
    assert groups_and_units_in_scope(body, resolver()) == ["建昌镇", "县财政局"]


# ---------------------------------------------------------------- （以下简称示范镇）

def test_a_short_name_ending_in_zhen_names_the_towns_before_it():
    body = "2608年在喇嘛洞镇、大屯镇（以下简称示范镇）开展居家养老服务试点。\n一、请示范镇于6月10日前报送试点情况。"
    assert groups_named(sentences_of(body)[0], resolver()) == {"示范镇": ["喇嘛洞镇", "大屯镇"]}


def test_the_towns_so_named_are_the_requirements_units():
    text = notice("各有关单位",
                  "2608年在喇嘛洞镇、大屯镇（以下简称示范镇）开展居家养老服务试点。",
                  "一、请示范镇于6月10日前将试点情况统计表（Excel格式）报送县民政局。",
                  "二、请县财政局于6月12日前报送试点资金拨付情况（Word格式）。")
    assert units_of(text) == [{"喇嘛洞镇", "大屯镇"}, {"县财政局"}]


def test_near_miss_one_towns_own_short_name_is_no_group():
    body = "建昌县八家子镇人民政府（以下简称八家子镇）负责试点工作。"
    assert groups_named(sentences_of(body)[0], resolver()) == {}


# ---------------------------------------------------------------- 原定由…报送，调整为由…，…不再报送

WITHDRAWN = "原定由县住建局汇总报送的养老设施改造进度，调整为由县民政局直接对接，县住建局不再报送。"


def test_the_unit_a_task_was_first_given_to_sends_in_no_ones_place():
    assert units_following(WITHDRAWN, resolver()) == []
    assert stand_ins(WITHDRAWN, resolver()) == []


def test_a_unit_a_task_is_withdrawn_from_is_asked_nothing():
    text = notice("各有关单位",
                  "一、请县财政局于6月12日下午5点前报送养老服务资金拨付情况（Word格式）。",
                  "二、" + WITHDRAWN)
    assert units_of(text) == [{"县财政局"}]


def test_near_miss_a_unit_sending_in_anothers_place_still_follows():
    text = "八家子镇辖区的统计表由八家子经济开发区管委会统一汇总代报，八家子镇不再单独报送。"
    assert units_following(text, resolver()) == ["八家子经济开发区"]
