"""What held-out notice 3011 showed the drafter missing (fixed on branch h-fixn150a), on notice texts written for these
tests, each with a near miss that must not change: a numbered caption right above a table of who sends what
(`表二　整改报告报送单位（十一月二十一日（星期一）前报送）` over `序号 | 单位 | 报送材料`) dates the table, and its rows'
`整改报告（Word格式）及整改前后截图` say every paper sent, the screenshots too (`asks/table_materials.py`)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text
from test_drafting import part_shapes


def draft(tmp_path, body: str):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县发展和改革局", "关于开展电力线路保护区违章隐患自查整改工作的通知", "八家子镇人民政府、汤神庙镇人民政府",
        body, "2985年10月24日", mailbox="jcfgj_dlbh@163.com", contact="何振东　电话：0429-7530478"))


def tables(cell: str, caption: str = "表二　整改报告报送单位（十一月二十一日（星期一）前报送）") -> str:
    return ("请有关单位按下列两表所列单位和时间将材料发送至邮箱jcfgj_dlbh@163.com。\n"
            "表一　自查报告报送单位（十一月七日（星期一）十六时前报送）\n序号\t单位\t报送材料\n"
            "1\t八家子镇\t自查报告（Word格式）\n2\t汤神庙镇\t自查报告（Word格式）\n"
            f"{caption}\n序号\t单位\t报送材料\n1\t八家子镇\t{cell}\n")


# ---------------------------------------------------------------- 3011: the caption's date, the rows' papers


def test_the_screenshots_in_a_row_under_a_dated_caption_are_a_part(tmp_path):
    first, second = draft(tmp_path, tables("整改报告（Word格式）及整改前后截图")).requirements
    assert part_shapes(first) == ["document"]
    assert part_shapes(second) == ["document", "photo"]
    assert second.due.strftime("%m-%d") == "11-21"


def test_variant_compared_screenshots_no_format(tmp_path):
    _, second = draft(tmp_path, tables("整改报告及整改前后对比截图")).requirements
    assert part_shapes(second) == ["document", "photo"]


def test_variant_photos_after_a_comma_under_an_arabic_numbered_caption(tmp_path):
    _, second = draft(tmp_path, tables("整改报告（Word格式）、整改前后照片",
                                       caption="表2：整改报告报送单位（11月21日前报送）")).requirements
    assert part_shapes(second) == ["document", "photo"]


def test_variant_a_second_paper_of_its_own_format(tmp_path):
    _, second = draft(tmp_path, tables("整改报告（Word格式）及问题整改台账（Excel格式）")).requirements
    assert part_shapes(second) == ["document", "sheet"]


def test_near_miss_rows_sending_the_captions_own_paper_stay_one_document(tmp_path):
    _, second = draft(tmp_path, tables("整改报告（Word格式）")).requirements
    assert part_shapes(second) == ["document"]
    assert second.due.strftime("%m-%d") == "11-21"
