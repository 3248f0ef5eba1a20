"""What held-out notices 780–799 showed the drafter missing, on notice texts written for these tests: a time typed
16.30, a table whose cells say 同上, units picked by the 序号 of a table's rows, a deadline counted from another
requirement's deadline, and rows of one deadline that send different papers."""

from __future__ import annotations

import datetime as dt

import pytest
from test_drafting_dates import dues, dues_and_says, notice
from test_drafting_700s import LOCAL_UNITS

from collector.drafting import draft_campaign
from collector.roster import builtin_roster


def drafted(body: str, addressee: str = "各乡镇人民政府", dated: str = "2026年3月2日"):
    return draft_campaign(notice(body, dated).replace("各乡镇人民政府：", f"{addressee}："), builtin_roster())


# ---------------------------------------------------------------- times and days


@pytest.mark.parametrize("said, due", [
    ("3月20日（星期五）16.30前", dt.datetime(2026, 3, 20, 16, 30)),
    ("3月20日下午5.00前", dt.datetime(2026, 3, 20, 17, 0)),
])
def test_a_time_typed_with_a_dot_is_read(said, due):
    assert dues(f"请于{said}将两表发送至jczj@163.com。") == [due]


def test_a_dotted_number_that_is_no_time_stays_out():
    assert dues("请于3月20日前将统计表发送至jczj@163.com，全年任务12.50万元。") == [dt.datetime(2026, 3, 20, 23, 59, 59)]


def test_a_deadline_counted_from_another_requirements_deadline():
    body = ("（一）请各乡镇于3月12日（星期四）前将自查报告报送县卫生监督所。\n"
            "（二）对自查发现的问题，请各乡镇在自查报告报送截止之日起10日内将整改情况报告报送县卫生监督所。\n"
            "以上材料发送至jcws@163.com。")
    assert dues_and_says(body, "按自查报告的报送截止日期") == [dt.datetime(2026, 3, 12, 23, 59, 59),
                                                      dt.datetime(2026, 3, 22, 23, 59, 59)]


def test_counted_in_working_days_from_the_other_deadline():
    body = ("（一）请各乡镇于3月13日（星期五）前将排查表发送至jcws@163.com。\n"
            "（二）请各乡镇在排查表报送截止后3个工作日内将问题清单发送至同一邮箱。")
    assert dues(body) == [dt.datetime(2026, 3, 13, 23, 59, 59), dt.datetime(2026, 3, 18, 23, 59, 59)]


def test_a_deadline_counted_from_one_the_notice_never_gives_asks_the_clerk():
    draft = drafted("请各乡镇在方案报送截止之日起5日内将总结发送至jcws@163.com。")
    assert not draft.requirements or draft.requirements[0].due is None or any(
        "未找到该日期" in line for line in draft.unsettled), draft.unsettled
    # no date is made up: no requirement, and the line names what the clerk must fill in
    assert draft.requirements == []
    assert any("以方案的报送截止日期起算" in line and "未找到该日期" in line for line in draft.unsettled), draft.unsettled


# ---------------------------------------------------------------- tables


def test_a_ditto_in_a_table_is_the_cell_above():
    body = ("各单位按下表要求报送材料：\n序号\t材料名称\t报送单位\t报送时限\n1\t网格员名单\t各乡镇\t3月10日（星期二）前\n"
            "2\t主体名录\t同上\t3月24日（星期二）前\n3\t商超监管情况报告\t县市场局、县商务局\t同上\n"
            "以上材料发送至jcnaz@163.com。")
    draft = drafted(body, "各乡镇人民政府，县市场局、县商务局")
    got = [(r.due.replace(tzinfo=None).date(), sorted(r.units)) for r in draft.requirements]
    assert got == [(dt.date(2026, 3, 10), LOCAL_UNITS), (dt.date(2026, 3, 24), LOCAL_UNITS),
                   (dt.date(2026, 3, 24), sorted(["县市场局", "县商务局"]))], got


def test_rows_of_one_deadline_and_one_paper_are_still_one_requirement():
    body = ("请按下表要求报送：\n序号\t报送单位\t报送内容\t报送时限\n1\t县市场局\t整改报告\t3月24日前\n"
            "2\t县商务局\t整改报告\t3月24日前\n以上材料发送至jcnaz@163.com。")
    draft = drafted(body, "县市场局、县商务局")
    assert [sorted(r.units) for r in draft.requirements] == [sorted(["县市场局", "县商务局"])]


def test_units_picked_by_the_numbers_of_a_tables_rows():
    body = ("（一）附件1中序号1—3的乡镇，请于3月19日前将运营情况表发送至jcds@163.com；\n"
            "（二）序号4至5的乡镇，请于3月26日16时前将建设进度表发送至同一邮箱。\n\n"
            "附件：1．核查乡镇名单\n\n建昌县农业农村局\n2026年3月2日\n\n附件1\n核查乡镇名单\n序号\t乡镇\t站点数\n"
            "1\t建昌镇\t9\n2\t八家子镇\t7\n3\t药王庙镇\t6\n4\t汤神庙镇\t3\n5\t玲珑塔镇\t3")
    text = f"建昌县农业农村局\n关于开展电商站点核查的通知\n\n各有关乡镇人民政府：\n\n{body}\n"
    draft = draft_campaign(text, builtin_roster())
    assert [sorted(r.units) for r in draft.requirements] == [sorted(["建昌镇", "八家子镇", "药王庙镇"]),
                                                              sorted(["汤神庙镇", "玲珑塔镇"])]
