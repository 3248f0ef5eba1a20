"""What held-out notices 2220–2239 showed the drafter missing in a unit's own request (fixed on branch h-fixn111b), on
notice texts written for these tests, each with a near miss that must not change: in a 单位 | 报送材料 | 报送时间 table,
a county office's row and the towns' row due the same day (the towns' by 同上) are two requirements, each its own
paper, even when both papers end in 方案 (2233); a file in a named format handed (提供给) to the unit whose mailbox
the notice gives is sent to the office (2222)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text


def draft(tmp_path, body: str, addressee: str = "各乡镇人民政府，县交通局、县教育局、县应急局",
          title: str = "关于做好2740年元宵节焰火晚会筹备工作的通知"):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县文化旅游和广播电视局", title, addressee, body, "2740年1月8日",
        opening="为做好元宵节焰火晚会筹备工作，现将有关事项通知如下：",
        mailbox="jcwl_yxwh2740@163.com",
        contact="周岚  联系电话：0429-7081234"))


# ---------------------------------------------------------------- 2233: a bureau's row, then the towns' row 同上


ROWS = ("一、材料报送\n单位\t报送材料\t报送时间\n县应急局\t焰火燃放安全保障方案（Word）\t1月15日（星期一）\n"
        "{second}\t{paper}（Word）\t同上\n")


def test_a_bureaus_row_and_the_towns_row_due_one_day_are_two_requirements(tmp_path):
    rows = draft(tmp_path, ROWS.format(second="汤神庙镇、大屯镇", paper="观赏区群众疏导方案")).requirements
    bureau, towns = rows
    assert bureau.units == ["县应急局"] and sorted(towns.units) == sorted(["汤神庙镇", "大屯镇"])
    assert bureau.due == towns.due and [p["kind"] for p in towns.parts] == ["document"]


def test_near_miss_two_bureaus_shares_of_one_report_due_one_day_stay_one(tmp_path):
    """Two bureaus' rows naming one paper but for their own words (应急 / 交通系统…安全检查情况报告): one requirement, each
    bureau's share (the rows-of-one-day convention, row_shares; papers apart, …保障情况报告 / …疏导情况报告, are two)."""
    body = ROWS.format(second="县交通局", paper="交通系统焰火燃放安全检查情况报告").replace(
        "焰火燃放安全保障方案", "应急系统焰火燃放安全检查情况报告")
    (r,) = draft(tmp_path, body).requirements
    assert sorted(r.units) == sorted(["县应急局", "县交通局"])


# ---------------------------------------------------------------- 2222: 将…（Excel格式）提供给 the mailbox's unit


def handed(tmp_path, to: str):
    body = (f"一、县卫健局、县民政局分别于5月8日（星期一）上午9时前将在园儿童疫苗接种信息、低保家庭儿童信息（Excel格式）提供给{to}，"
            "作为资助对象比对依据。\n二、各乡镇于5月19日（星期五）前报送《学前资助对象汇总表》（Excel格式）。\n"
            "三、报送方式\n请将材料发送至县教育局学前教育股邮箱：jcjy_xqzz2740@163.com。")
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县教育局", "关于做好2740年学前教育资助工作的通知", "各乡镇人民政府，县卫健局、县民政局、县财政局", body,
        "2740年5月4日", contact="韩冬  联系电话：0429-7716120"))


def test_a_file_handed_to_the_unit_whose_mailbox_collects_is_sent_to_the_office(tmp_path):
    first, towns = handed(tmp_path, "县教育局").requirements
    assert sorted(first.units) == sorted(["县卫健局", "县民政局"]) and first.due.hour == 9
    assert [p["kind"] for p in first.parts] == ["document"] and "xlsx" in first.parts[0]["formats"]


def test_near_miss_a_file_handed_to_another_unit_is_no_requirement(tmp_path):
    (towns,) = handed(tmp_path, "县财政局").requirements
    assert "县卫健局" not in towns.units and "建昌镇" in towns.units
