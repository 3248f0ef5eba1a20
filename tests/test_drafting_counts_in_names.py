"""Words around a paper's name that are no part of it (found by hand, 2026-12-05): the count of papers asked (`典型案例1—2篇`,
`1—2个典型案例`, `2个以上案例`, `近12个月用水台账`: `sent_object.object_sent`, `requirements.COUNTED_BEFORE`) and the bare
材料 of a time line (`材料报送截止时间为…`: `requirements.TIME_OF_SENDING`), which drafted a second, empty document beside
the paper named, and how the papers go (`…及照片打包发送`: `sent_object.object_sent`); but 材料 closing a name of its own
(`佐证材料`, `事迹材料`) is a word of it, where `…等材料` is not. Near misses: 个人简历 keeps its 个 (no count before it), and 自评材料报送时间 keeps 自评材料 (a name)."""

from __future__ import annotations

import pytest
from drafting_helpers import draft_of_a_file, notice_text

from test_drafting import part_shapes


def only(tmp_path, body: str):
    (r,) = draft_of_a_file(tmp_path, notice_text(
        "建昌县委宣传部", "关于征集2853年度新时代文明实践典型案例的通知", "各乡镇党委，县直各单位", body, "2853年4月2日",
        mailbox="jcxwxcb_wmsj@163.com", contact="周涛  0429-7419905")).requirements
    return r


@pytest.mark.parametrize("body", [
    "请于4月20日前将典型案例1—2篇报送至jcxwxcb_wmsj@163.com。",
    "请于4月20日前报送1—2个典型案例。",
    "请于4月20日前将典型案例各2个报送至jcxwxcb_wmsj@163.com。",
])
def test_a_count_of_papers_is_no_word_of_their_name(tmp_path, body):
    r = only(tmp_path, body)
    assert r.title == "典型案例" and all(p["title"] == "典型案例" for p in r.parts)


def test_a_count_with_more_than_and_months_counted_are_no_words_either(tmp_path):
    assert only(tmp_path, "各乡镇于4月20日前报送2个以上案例。").title == "案例"
    assert only(tmp_path, "请于4月20日前报送近12个月用水台账（Excel格式）。").title == "用水台账"


def test_bare_material_of_a_time_line_is_no_second_document(tmp_path):
    r = only(tmp_path, "材料报送截止时间为2853年4月20日17:30，请将典型案例（Word格式）发送至jcxwxcb_wmsj@163.com。")
    assert (r.due.hour, r.due.minute) == (17, 30)
    assert part_shapes(r) == ["document"] and r.parts[0]["title"] == "典型案例"


def test_near_miss_a_name_opening_with_its_measure_word_keeps_it(tmp_path):
    assert only(tmp_path, "请于4月20日前将个人简历报送至jcxwxcb_wmsj@163.com。").title == "个人简历"


def test_near_miss_a_named_material_before_its_time_keeps_its_name(tmp_path):
    r = only(tmp_path, "自评材料报送时间为4月20日17时前，请将自评材料发送至jcxwxcb_wmsj@163.com。")
    assert r.title == "自评材料"


def test_how_the_papers_go_is_no_word_of_the_title(tmp_path):
    r = only(tmp_path, "请于4月20日前将案例文字材料及照片打包发送至jcxwxcb_wmsj@163.com。")
    assert r.title == "案例文字材料及照片"


def test_material_closing_a_name_of_its_own_stays_but_the_word_for_all_goes(tmp_path):
    assert only(tmp_path, "请于4月20日前将自评报告和佐证材料发送至jcxwxcb_wmsj@163.com。").title == "自评报告和佐证材料"
    assert only(tmp_path, "请于4月20日前将推荐表和事迹材料发送至jcxwxcb_wmsj@163.com。").title == "推荐表和事迹材料"
    assert only(tmp_path, "请于4月20日前将总结、照片等材料发送至jcxwxcb_wmsj@163.com。").title == "总结、照片"


def test_the_two_copies_of_a_paper_are_no_words_of_its_title(tmp_path):
    r = only(tmp_path, "请于4月20日前将《典型案例统计表》（附件2）Excel版及加盖公章的扫描件报送至jcxwxcb_wmsj@163.com。")
    assert r.title == "典型案例统计表" and sorted(part_shapes(r)) == ["scan", "sheet"]
