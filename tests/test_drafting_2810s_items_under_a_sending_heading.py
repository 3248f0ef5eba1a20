"""What held-out notice 2814 showed the drafter missing (fixed on branch h-fixn140f): numbered items right under a
section heading that says the section is what is sent (`一、县文旅局、县商务局报送材料`, `二、需报送的材料`, `一、报送内容`),
then `以上材料请于…前一并发送至…`: the heading leads the list in, as `请…报送以下材料：` does, and the sentence sends every
item (it had sent only the two sentences right above it, the first item lost and `…及…统计表` cut after 及). A heading
over an outline (`一、总体要求` over `（一）工作目标` / `（二）工作措施`) leads in no list of papers."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text
from test_drafting import part_shape

SENT = "以上材料请于12月11日（星期一）下午4点前一并发送至邮箱。"


def draft(tmp_path, body: str):
    return draft_of_a_file(tmp_path, notice_text(
        "县农业农村局", "关于报送2947年度农民丰收节节庆活动总结的通知", "县文旅局、县商务局，各乡镇人民政府", body,
        "2947年11月29日", opening="为全面总结经验，现就有关事项通知如下：", mailbox="jcnyj_fs2947@163.com",
        contact="田雨  电话：0429-7512355"))


def _first(c):
    return next(r for r in c.requirements if r.due.day == 11)


def _parts(r):
    return [(p["title"], part_shape(p)) for p in r.parts]


# ---------------------------------------------------------------- 2814: 一、县文旅局、县商务局报送材料 （一）…（三）…


def test_items_under_a_heading_of_units_sending_papers(tmp_path):
    r = _first(draft(tmp_path, "一、县文旅局、县商务局报送材料\n（一）节庆活动年度工作总结（Word格式）；\n"
                               "（二）加盖单位公章的工作总结扫描件（PDF格式）；\n（三）节庆活动及展销成交情况统计表（Excel格式）。\n"
                               + SENT))
    assert [shape for _, shape in _parts(r)] == ["document", "scan", "sheet"]
    assert _parts(r)[0][0] == "节庆活动年度工作总结" and _parts(r)[2][0] == "节庆活动及展销成交情况统计表"
    assert set(r.units) == {"县文旅局", "县商务局"}


def test_variant_numbered_items_under_a_heading_of_papers_to_send(tmp_path):
    r = _first(draft(tmp_path, "二、需报送的材料\n1.节庆活动年度工作总结（Word格式）；\n"
                               "2.加盖单位公章的工作总结扫描件（PDF格式）；\n3.节庆活动及展销成交情况统计表（Excel格式）。\n"
                               "上述材料须于12月11日下午4点前一并报送至邮箱。"))
    assert [shape for _, shape in _parts(r)] == ["document", "scan", "sheet"]
    assert _parts(r)[2][0] == "节庆活动及展销成交情况统计表"


def test_variant_items_with_no_format_under_a_contents_heading(tmp_path):
    r = _first(draft(tmp_path, "一、报送内容\n（1）节庆活动年度工作总结；\n（2）节庆活动现场照片；\n"
                               "（3）农产品展销及成交情况统计表。\n" + SENT))
    assert sorted(shape for _, shape in _parts(r)) == ["document", "photo", "sheet"]
    assert "农产品展销及成交情况统计表" in [t for t, _ in _parts(r)]


def test_an_item_packed_as_an_archive_after_its_comma_stays_one(tmp_path):
    r = _first(draft(tmp_path, "二、报送材料\n（一）《节庆活动自评表》Excel版及加盖单位公章的扫描件；\n"
                               "（二）佐证材料（活动方案、现场照片等），按活动类别整理后打包为一个压缩包。\n" + SENT))
    assert sorted(shape for _, shape in _parts(r)) == ["archive", "scan", "sheet"]


# ---------------------------------------------------------------- near miss: an outline, no papers listed


def test_near_miss_a_heading_over_an_outline_leads_in_no_papers(tmp_path):
    c = draft(tmp_path, "一、总体要求\n（一）工作目标。全面总结节庆活动经验，谋划明年活动安排。\n"
                        "（二）工作措施。各单位认真梳理活动开展情况，查找不足。\n"
                        "二、报送要求\n请县文旅局、县商务局于12月11日（星期一）下午4点前将节庆活动年度工作总结（Word格式）发送至邮箱。")
    assert [shape for _, shape in _parts(_first(c))] == ["document"]
