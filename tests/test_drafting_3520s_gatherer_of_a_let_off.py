"""What held-out notice 3537 showed the drafter missing (fixed on branch h-fixn177g), on notice texts written for these
tests, with near misses that must not change: a sentence that lets a body off and names a roster unit only as the one
that takes its part in (`建昌县图书馆的盲文及有声读物服务情况由县文旅局汇总，不单独报送`, right after the line of the three units
asked) asks that unit nothing new: `请上述单位…` below it points past it to the three (senders/gathers_the_let_off.py)."""

from __future__ import annotations

import docx

from collector.drafting import draft_campaign, read_notice
from collector.roster import builtin_roster
from drafting_helpers import draft_of_a_file, notice_text

THREE = ["县文旅局", "县教育局", "县融媒体中心"]


def body(let_off: str, asked: str = "请上述单位") -> str:
    return ("一、报送单位\n建昌县文化旅游和广播电视局、建昌县教育局、建昌县融媒体中心。" + let_off + "\n二、报送材料\n"
            "1．年度报告（Word格式）；\n2．残疾人文化服务情况统计表（Excel格式）。\n"
            + asked + "于1月20日（星期一）16时前将以上两项材料一并发送至jccl_whfw@163.com。")


def text_of(let_off: str, asked: str = "请上述单位") -> str:
    return notice_text("建昌县残疾人联合会", "关于报送残疾人文化服务工作年度报告的通知", "各有关单位", body(let_off, asked),
                       "3248年1月6日", opening="现就报送年度报告有关事项通知如下。", contact="高丽娟，电话：0429-7516620")


def units_of(d) -> list[list[str]]:
    return [sorted(r.units) for r in d.requirements]


# ---------------------------------------------------------------- 3537: …由县文旅局汇总，不单独报送。…请上述单位…


def test_the_case_as_the_notice_has_it(tmp_path):
    d = draft_of_a_file(tmp_path, text_of("建昌县图书馆的盲文及有声读物服务情况由县文旅局汇总，不单独报送。"))
    assert units_of(d) == [sorted(THREE)]


def test_variant_the_bureau_in_charge_of_gathering_and_not_sent_this_round(tmp_path):
    d = draft_of_a_file(tmp_path, text_of("建昌县图书馆的数据由县文旅局负责汇总，本次不另行报送。"))
    assert units_of(d) == [sorted(THREE)]


def test_variant_the_library_let_off_after_the_gatherers_clause(tmp_path):
    d = draft_of_a_file(tmp_path, text_of("县文化馆数据由县文旅局汇总，县图书馆不单独报送。"))
    assert units_of(d) == [sorted(THREE)]


def test_variant_a_unit_on_the_roster_handing_its_part_over(tmp_path):
    d = draft_of_a_file(tmp_path, text_of("县融媒体中心的情况由县文旅局汇总，不单独报送。"))
    assert units_of(d) == [sorted(["县文旅局", "县教育局"])]


def test_variant_in_a_word_file(tmp_path):
    document = docx.Document()
    for line in text_of("建昌县图书馆的盲文及有声读物服务情况由县文旅局汇总，不单独报送。").split("\n"):
        document.add_paragraph(line)
    path = tmp_path / "notice.docx"
    document.save(path)
    assert units_of(draft_campaign(read_notice(path), builtin_roster())) == [sorted(THREE)]


def test_near_miss_the_bureau_given_the_gathering_with_no_one_let_off_read_as_before(tmp_path):
    d = draft_of_a_file(tmp_path, text_of("建昌县图书馆的盲文及有声读物服务情况由县文旅局汇总。"))
    assert units_of(d) == [["县文旅局"]]


def test_near_miss_the_gatherer_asked_by_name(tmp_path):
    d = draft_of_a_file(tmp_path, text_of("建昌县图书馆的盲文及有声读物服务情况由县文旅局汇总，不单独报送。", "请县文旅局"))
    assert units_of(d) == [["县文旅局"]]
