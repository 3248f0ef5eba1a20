"""What held-out notices 2020–2039 showed the drafter missing (fixed on branch h-fixn101b), on notice texts written for
these tests, each with a near miss that must not change: the towns pointed back at and counted, a word of what they are
between the count and 乡镇 (`上述五个沿边乡镇`), are the towns named above, not every addressee (2024)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text

THREE_TOWNS = ["建昌镇", "药王庙镇", "谷杖子乡"]
SALUTATION = "建昌镇、药王庙镇、谷杖子乡人民政府，县水利局、县交通局"


def draft(tmp_path, body: str, addressee: str = SALUTATION):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县应急管理局", "关于开展2672年汛前河道隐患排查工作的通知", addressee, body, "2672年4月6日",
        opening="为做好今年防汛准备，现将有关事项通知如下。",
        mailbox="jcyjj_fx2672@163.com",
        contact="郝文  联系电话：0429-7713306"))


# ---------------------------------------------------------------- 2024: 上述五个沿边乡镇


def test_towns_pointed_back_at_with_a_word_between_the_count_and_the_noun_are_those_named(tmp_path):
    first, second = draft(tmp_path, "一、上述三个沿河乡镇要对辖区内河道逐段巡查，于4月20日前报送《河道隐患排查表》（Excel格式）。\n"
                                    "二、县水利局、县交通局于4月27日前报送涉河工程度汛方案（Word格式）。").requirements
    assert sorted(first.units) == sorted(THREE_TOWNS)
    assert sorted(second.units) == ["县交通局", "县水利局"]


def test_departments_pointed_back_at_with_a_word_between_are_those_named(tmp_path):
    first, _ = draft(tmp_path, "一、上述两个涉河部门于4月20日前报送涉河工程度汛方案（Word格式）。\n"
                               "二、各乡镇于4月27日前报送《河道隐患排查表》（Excel格式）。").requirements
    assert sorted(first.units) == ["县交通局", "县水利局"]


def test_near_miss_the_towns_whose_rivers_the_bureaus_check_are_no_senders(tmp_path):
    (r,) = draft(tmp_path, "一、县水利局、县交通局分别核查上述三个沿河乡镇的河道隐患，于4月20日前报送核查报告（Word格式）。"
                 ).requirements
    assert sorted(r.units) == ["县交通局", "县水利局"]


def test_near_miss_towns_pointed_back_at_with_no_word_between_are_read_as_before(tmp_path):
    first, _ = draft(tmp_path, "一、上述三个乡镇要对辖区内河道逐段巡查，于4月20日前报送《河道隐患排查表》（Excel格式）。\n"
                               "二、县水利局、县交通局于4月27日前报送涉河工程度汛方案（Word格式）。").requirements
    assert sorted(first.units) == sorted(THREE_TOWNS)
