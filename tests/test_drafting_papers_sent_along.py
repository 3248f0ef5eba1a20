"""A paper the sentence right after the deadline's sends along (`请一并报送…`, `…请一并报送`, `同时报送…`) is a part of the same
requirement; a record of work named as one (`巡河记录`, `巡查记录`) is a paper. Found by the lead probing an ordinary shape
by hand (2026-12-07): the plan sent along was dropped (`sent_along.papers_sent_along`), and so was a 记录
(`requirements.DOC_NOUN`). The same paper said again by its bare noun, a format or the materials pointed back at add
nothing. Some units sending one thing more after their role and a comma (`建昌镇、八家子镇作为示范乡镇，还需报送…`) get it
on the same day (`some_send_more.SOME_MORE`, found the same way)."""

from __future__ import annotations

import pytest
from drafting_helpers import draft_of_a_file, notice_text
from test_drafting import part_shapes

LEAD = "请各乡镇于12月20日前将2026年度河湖长制工作总结报送县水利局河长办，邮箱：jcslj3026@163.com。"


def only(tmp_path, after: str):
    (r,) = draft_of_a_file(tmp_path, notice_text(
        "建昌县水利局", "关于报送3026年度河湖长制工作总结的通知", "各乡镇人民政府", LEAD + after, "3026年12月1日",
        contact="刘洋  联系电话：0429-7223344")).requirements
    return r


@pytest.mark.parametrize("after", ["请一并报送2027年河湖长制工作计划。", "2027年河湖长制工作计划请一并报送。",
                                   "同时报送2027年河湖长制工作计划。"])
def test_a_plan_the_next_sentence_sends_along(tmp_path, after):
    r = only(tmp_path, after)
    assert sorted(p["title"] for p in r.parts) == ["2026年度河湖长制工作总结", "2027年河湖长制工作计划"]


def test_variant_a_record_of_the_patrols_sent_along(tmp_path):
    r = only(tmp_path, "河长巡河记录（2026年7月—12月）请一并报送。")
    assert sorted(p["title"] for p in r.parts) == ["2026年度河湖长制工作总结", "河长巡河记录"]


@pytest.mark.parametrize("after", ["工作总结请一并报送。", "以上材料请一并报送。", "扫描件一并报送。"])
def test_near_miss_the_same_paper_a_format_or_a_pointer_adds_nothing(tmp_path, after):
    r = only(tmp_path, after)
    assert len(r.parts) == 1 and "河湖长制工作总结" in r.parts[0]["title"]  # the scan: the summary's own stamped PDF


def test_near_miss_a_paper_named_after_with_nothing_sent_along(tmp_path):
    r = only(tmp_path, "2027年河湖长制工作计划另行通知。")
    assert part_shapes(r) == ["document"]


def test_some_units_named_with_their_role_send_one_thing_more(tmp_path):
    d = draft_of_a_file(tmp_path, notice_text(
        "建昌县卫生健康局", "关于开展3027年春季爱国卫生运动的通知", "各乡镇人民政府",
        "请各乡镇于3月10日前将活动方案报送县爱卫办（jcawb3027@163.com）。建昌镇、八家子镇作为示范乡镇，还需报送示范创建工作经验材料。",
        "3027年3月1日"))
    more = [r for r in d.requirements if any("经验材料" in p["title"] for p in r.parts)]
    assert [sorted(r.units) for r in more] == [["八家子镇", "建昌镇"]] and more[0].due.day == 10
    assert len(d.requirements) == 2
