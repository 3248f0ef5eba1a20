"""What held-out notices 2320–2339 showed the drafter missing in the formats of a table's cells (fixed on branch
h-fixn116a), on notice texts written for these tests, each with a near miss that must not change: `对象` is a noun, no
preposition 对 of a check, so a row's `救助对象核查名册（Excel格式）` is a list sent in its format (2325)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text

from test_drafting import part_shapes


def draft(tmp_path, body: str, addressee: str = "各乡镇人民政府，县公安局、县卫健局"):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县民政局", "关于开展2740年度临时救助对象核查工作的通知", addressee, body, "2740年6月20日",
        opening="为规范临时救助发放管理，现将有关事项通知如下：",
        mailbox="jcmzj_lsjz2740@163.com",
        contact="韩雪  联系电话：0429-7425516"))


# ---------------------------------------------------------------- 2325: 补贴对象核查花名册（Excel格式） in a row


ROWS = ("二、材料报送\n单位\t报送内容\t报送时间\n"
        "各乡镇\t临时救助对象核查名册（Excel格式）、核查工作报告盖章扫描件\t7月10日（星期三）前\n"
        "县公安局\t{police}\t7月5日（星期五）前\n")


def test_a_rows_object_list_is_sent_in_its_bracketed_format(tmp_path):
    towns, police = draft(tmp_path, ROWS.format(police="救助对象户籍、死亡信息比对结果（Excel格式）")).requirements
    assert part_shapes(towns) == ["scan", "sheet"]
    assert part_shapes(police) == ["sheet"]


def test_near_miss_a_check_of_the_objects_still_asks_only_its_report(tmp_path):
    (r,) = draft(tmp_path, "一、请县公安局对救助对象名单进行逐一核查，于7月5日（星期五）前报送核查情况报告（Word格式）。",
                 addressee="县公安局").requirements
    assert [p["title"] for p in r.parts] == ["核查情况报告"] and part_shapes(r) == ["document"]


# ---------------------------------------------------------------- 2337, 2329: 检查情况、报告扫描件 | Word、PDF


FORMATS = ("二、材料报送\n单位\t报送材料\t格式\t时限\n"
           "县公安局\t{papers}\t{formats}\t7月5日（星期五）前\n"
           "各乡镇\t临时救助发放台账\tExcel\t7月10日（星期三）前\n")


def test_a_rows_papers_take_its_formats_in_turn(tmp_path):
    police, _ = draft(tmp_path, FORMATS.format(papers="户籍迁出人员核查情况、核查结果通报扫描件", formats="Word、PDF")).requirements
    assert part_shapes(police) == ["document", "scan"]
    police, _ = draft(tmp_path, FORMATS.format(papers="户籍迁出人员核查情况、系统比对页面截图", formats="Word、JPG")).requirements
    assert part_shapes(police) == ["document", "photo"]


def test_near_miss_one_paper_whose_name_lists_two_groups_keeps_its_one_format(tmp_path):
    police, _ = draft(tmp_path, FORMATS.format(papers="城市、农村临时救助对象统计表", formats="Excel")).requirements
    assert part_shapes(police) == ["sheet"]


# ---------------------------------------------------------------- 2331: …情况（Excel格式） and …情况（Word格式）, one day


SAME_DAY = ("二、材料报送\n序号\t单位\t报送材料\t时限\n"
            "1\t各乡镇\t临时救助发放台账（Excel格式）\t7月10日（星期三）前\n"
            "2\t县公安局\t救助人员户籍变动情况（Excel格式）\t7月16日（星期二）前\n"
            "3\t县卫健局\t救助人员医疗费用报销情况（{fmt}格式）\t7月16日（星期二）前\n")


def test_two_rows_of_one_day_in_two_formats_are_two_requirements(tmp_path):
    _, police, health = draft(tmp_path, SAME_DAY.format(fmt="Word")).requirements
    assert police.units == ["县公安局"] and part_shapes(police) == ["sheet"]
    assert health.units == ["县卫健局"] and part_shapes(health) == ["document"]


def test_two_rows_of_one_day_in_one_format_are_two_requirements_when_their_papers_are_apart(tmp_path):
    """Changed on purpose by h-fixrows (the rows-of-one-day convention, row_shares): 户籍变动情况 and 医疗费用报销情况 are
    papers apart, two requirements in one format too (this test asserted them one before); the same paper in one format
    stays one (tests/test_drafting_2550s_rows_of_one_day.py)."""
    _, police, health = draft(tmp_path, SAME_DAY.format(fmt="Excel")).requirements
    assert police.units == ["县公安局"] and health.units == ["县卫健局"]


# ---------------------------------------------------------------- 2329: 调整名单（加盖公章扫描件）


STAMPED = ("二、材料报送\n单位\t报送材料\t格式\t时限\n"
           "各乡镇\t{papers}\t{formats}\t7月10日（星期三）前\n"
           "县公安局\t救助人员户籍变动情况\tWord\t7月16日（星期二）前\n")


def test_a_paper_bracketed_as_its_stamped_scan_is_the_scan_only(tmp_path):
    towns, _ = draft(tmp_path, STAMPED.format(papers="临时救助对象调整名单（加盖公章扫描件）", formats="PDF")).requirements
    assert part_shapes(towns) == ["scan"]


def test_near_miss_a_stamped_scan_named_beside_the_sheet_is_a_second_file(tmp_path):
    towns, _ = draft(tmp_path, STAMPED.format(papers="临时救助对象调整名单（Excel格式）和加盖公章扫描件",
                                              formats="Excel、PDF")).requirements
    assert part_shapes(towns) == ["scan", "sheet"]
