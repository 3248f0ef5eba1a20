"""What held-out notice 3117 showed the drafter missing (fixed on branch h-fixn154b), on notice texts written for these
tests, with a near miss that must not change: the numbered papers a dated sentence's colon leads in (`…前将以下三项材料
一并发送至…：` / `1．…（Word格式）；` / `2．…扫描件（PDF格式）；` / `3．部门财务报表（Excel格式）。`) are that sentence's, all of
them, though a dated sentence asking another paper follows the last (`建昌县审计局于2月19日前报送…说明`), whose papers
are its own."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text
from test_drafting import part_shapes


def draft(tmp_path, body: str, addressee: str = "县直有关单位"):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县财政局", "关于报送3037年度政府部门综合财务报告的通知", addressee, body, "3038年1月12日",
        opening="根据政府综合财务报告制度改革要求，现就有关事项通知如下。", contact="钱卫东，电话：0429-7512367"))


def shapes_by_due(d) -> dict[str, list[str]]:
    return {r.due.strftime("%m-%d"): part_shapes(r) for r in d.requirements}


# ---------------------------------------------------------------- 3117: the list, then 建昌县审计局于…前报送…


def test_every_item_of_the_list_is_the_colon_sentences_the_next_sentence_its_own(tmp_path):
    d = draft(tmp_path, "一、报送范围\n建昌县教育局、建昌县卫生健康局、建昌县水利局、建昌县交通运输局。\n二、报送材料及时间\n"
                        "请上述单位于2月5日（星期一）下午4点前将以下三项材料一并发送至jccz_zhcw@163.com：\n"
                        "1．部门综合财务报告（Word格式）；\n2．加盖单位公章的报告扫描件（PDF格式）；\n"
                        "3．部门财务报表（Excel格式）。\n"
                        "建昌县审计局于2月19日前报送综合财务报告审计情况说明（Word格式）。建昌县统计局本次不报送。")
    assert shapes_by_due(d) == {"02-05": ["document", "scan", "sheet"], "02-19": ["document"]}
    assert d.requirements[1].units == ["县审计局"]


def test_variant_bracketed_numbers_the_last_paper_of_its_year_and_a_request_after(tmp_path):
    """`（1）`…`（3）3037年度部门财务报表（Excel格式）。`, then `请县审计局于…前将…发送至上述邮箱。`."""
    d = draft(tmp_path, "一、请县教育局、县水利局于2月5日16时前将以下材料发送至jccz_zhcw@163.com：\n"
                        "（1）部门综合财务报告（Word格式）；\n（2）加盖单位公章的报告扫描件（PDF格式）；\n"
                        "（3）3037年度部门财务报表（Excel格式）。\n"
                        "请县审计局于2月19日前将综合财务报告审计情况说明（Word格式）发送至上述邮箱。")
    assert shapes_by_due(d) == {"02-05": ["document", "scan", "sheet"], "02-19": ["document"]}


def test_variant_two_items_photos_last_then_another_units_paper(tmp_path):
    """Two items, the photos last, then another unit's paper by a later day."""
    d = draft(tmp_path, "一、请县教育局、县水利局于2月5日前报送以下材料至jccz_zhcw@163.com：\n"
                        "1．财务管理工作总结（Word格式）；\n2．培训现场照片。\n"
                        "县审计局于2月19日前报送财务报告审计工作方案（Word格式）。")
    assert shapes_by_due(d) == {"02-05": ["document", "photo"], "02-19": ["document"]}


def test_variant_the_last_item_a_step_of_work_the_sentence_after_dates_it_alone(tmp_path):
    """`2．撰写财务分析报告，…` is a step of work, no bare paper: the dated sentence after it is its own, and reads it
    (its signing) but not the lead's first item (no sheet of the 财务报表)."""
    d = draft(tmp_path, "一、请县教育局于2月5日前将以下材料发送至jccz_zhcw@163.com：\n"
                        "1．部门财务报表（Excel格式）；\n2．撰写财务分析报告，分析报告须经单位负责人审核签字。\n"
                        "请于2月19日前将分析报告扫描件（PDF格式）发送至上述邮箱。")
    assert shapes_by_due(d) == {"02-05": ["sheet"], "02-19": ["scan"]}


def test_near_miss_a_list_led_by_an_undated_line_is_the_dated_sentence_afters(tmp_path):
    """`报送材料：` (no date) over the list, then `请上述单位于2月5日前将以上材料…发送`: every item is that sentence's."""
    d = draft(tmp_path, "一、请县教育局、县水利局报送以下材料：\n1．部门综合财务报告（Word格式）；\n"
                        "2．加盖单位公章的报告扫描件（PDF格式）；\n3．部门财务报表（Excel格式）。\n"
                        "请上述单位于2月5日前将以上材料一并发送至jccz_zhcw@163.com。")
    assert shapes_by_due(d) == {"02-05": ["document", "scan", "sheet"]}
