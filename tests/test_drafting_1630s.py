"""What held-out notices 1620–1639 showed the drafter missing (the share of branch h-fixn81b), on notice texts written
for these tests, each with a near miss that must not fire: towns named by the notice's table (1634, 1636), a column of
one material's mark (1632), 时限同县市场局 (1628), a deadline counted from 上述乡镇材料's (1626), towns keeping to one
material (1621), 延至 and a table of old and new deadlines (1622), a PDF's glued deadline table with 其他乡镇 and 同X
(1630)."""

from __future__ import annotations

import datetime as dt

from test_drafting import part_shapes as shapes

from collector.drafting import draft_campaign
from collector.drafting.timing.changes_table import rows_of_a_changes_table
from collector.drafting.timing.counted_from_above import counted_from_those_above
from collector.drafting.senders.marked_columns import rows_marked_as_owing
from collector.drafting.timing.same_as_a_unit import SAME_AS_A_UNIT
from collector.drafting.senders.table_towns import towns_of_the_table
from collector.drafting.senders.units import UnitResolver
from collector.roster import builtin_roster

ROSTER = builtin_roster()
TOWNS = sorted(ROSTER.names(["town", "township"]))
BOX = "jcncgl_zx@163.com"


def draft(body: str, salutation: str = "各乡镇人民政府：", tail: str = ""):
    text = (f"关于开展2451年农村公路养护情况调查的通知\n{salutation}\n{body}\n联系人：温立新  联系电话：0429-7712281\n\n"
            f"建昌县农村公路养护中心\n2451年3月1日\n{tail}")
    return draft_campaign(text, ROSTER)


def due(r) -> dt.datetime:
    return r.due.replace(tzinfo=None)


# ---------------------------------------------------------------- 1634, 1636: 各养护站所在乡镇 / 参训乡镇 and the body's table

TABLE = "一、养护站点\n站点\t所在乡镇\t人数\n1号站\t石佛乡\t4\n2号站\t大屯镇\t3\n3号站\t石佛乡\t2\n二、报送要求\n"


def test_towns_named_by_what_they_are_in_the_table_are_its_towns():
    body = TABLE + f"各养护站所在乡镇于3月10日（星期五）前，将养护台账（Excel格式）报送至{BOX}。"
    (r,) = draft(body, "各养护站所在乡镇人民政府，县交通局：").requirements
    assert sorted(r.units) == ["大屯镇", "石佛乡"]


def test_trainee_towns_with_a_table_in_a_pdf_line_are_its_towns():
    rows = [["乡镇 参训名额 备注"], ["石佛乡 5 技术员"], ["大屯镇 4 技术员"], ["会议于3月5日召开，请准时参加。"]]
    resolver = UnitResolver(ROSTER)
    assert towns_of_the_table("参训乡镇于培训结束后3个工作日内报送计划", rows, resolver) == "石佛乡、大屯镇"


def test_every_town_beside_a_table_stays_every_town():
    """Near miss: 各乡镇 is every town, the table's towns only a few of them; a named group with no table is none."""
    body = TABLE + f"各乡镇于3月10日（星期五）前，将养护台账（Excel格式）报送至{BOX}。"
    (r,) = draft(body).requirements
    assert sorted(r.units) == TOWNS
    assert towns_of_the_table("参训乡镇于3月10日前报送计划", [["参训乡镇于3月10日前报送计划。"]], UnitResolver(ROSTER)) == ""


# ---------------------------------------------------------------- 1632: a 是否需报送X column narrows the sentence naming it

ANNEX = ("附件\n养护乡镇名单\n乡镇\t路段数\t是否需报送养护方案\n石佛乡\t3\t是\n大屯镇\t2\t否\n巴什罕乡\t1\t是\n")


def test_a_column_of_one_materials_mark_narrows_only_the_sentence_naming_it():
    body = (f"附件所列乡镇于3月10日（星期五）前报送《路段基本情况表》（Excel格式）；其中附件中标注需报送养护方案的乡镇，"
            f"另于3月17日（星期五）前报送养护方案（Word格式）。邮箱：{BOX}")
    sheet, plan = draft(body, "附件所列乡镇人民政府：", tail=ANNEX).requirements
    assert sorted(sheet.units) == ["大屯镇", "巴什罕乡", "石佛乡"]
    assert sorted(plan.units) == ["巴什罕乡", "石佛乡"]


def test_a_sentence_naming_no_mark_is_not_narrowed():
    """Near miss: without 标注需报送养护方案 the column selects no rows for the sentence."""
    rows = [line.split("\t") for line in ANNEX.split("\n")]
    resolver = UnitResolver(ROSTER)
    assert rows_marked_as_owing("附件所列乡镇报送养护方案", rows, resolver) == []
    assert rows_marked_as_owing("标注需报送养护方案的乡镇", rows, resolver) == ["石佛乡", "巴什罕乡"]


# ---------------------------------------------------------------- 1628: 报送时限同县市场局

ASKS = f"（一）县市场局于3月10日（星期五）下午4时前，将养护资金检查报告（Word格式）报送至{BOX}。\n"


def test_a_time_limit_said_as_another_units_is_a_requirement_of_its_own():
    body = ASKS + f"（二）县财政局将养护资金拨付数据（Excel格式）报送至{BOX}，报送时限同县市场局。"
    market, finance = draft(body, "县市场局，县财政局：").requirements
    assert market.units == ["县市场局"] and shapes(market) == ["document"]
    assert finance.units == ["县财政局"] and shapes(finance) == ["sheet"]
    assert due(finance) == dt.datetime(2451, 3, 10, 16, 0)


def test_working_with_a_unit_is_no_time_limit():
    """Near miss: 会同县市场局 is doing the work together, no deadline."""
    assert not SAME_AS_A_UNIT.search("县财政局会同县市场局做好资金检查")
    assert SAME_AS_A_UNIT.search("报送时限同县市场局").group("who") == "县市场局"


# ---------------------------------------------------------------- 1626: 于上述乡镇材料报送截止之日后5个工作日内

def test_a_deadline_counted_from_the_materials_above_counts_from_their_date():
    body = (f"一、各乡镇于3月10日（星期五）前，将养护情况统计表（Excel格式）报送至{BOX}。\n"
            f"二、县交通局于上述乡镇材料报送截止之日后5个工作日内，将全县养护资金安排情况（Excel 格式）报送至{BOX}。")
    _, bureau = draft(body, "各乡镇人民政府，县交通局：").requirements
    assert due(bureau) == dt.datetime(2451, 3, 17, 23, 59, 59) and bureau.units == ["县交通局"]
    assert bureau.title == "全县养护资金安排情况" and shapes(bureau) == ["sheet"]


def test_a_deadline_counted_from_a_named_material_is_not_the_above_rules():
    """Near miss: 自查报告报送截止之日 names its material; the anaphor rule leaves it to deadlines_counted_from."""
    assert counted_from_those_above(["县交通局于自查报告报送截止之日后5个工作日内报送意见"], [[]]) == {}


# ---------------------------------------------------------------- 1621: …的A、B，只需按时报送回执，不需报送台账

TWO = (f"（一）各乡镇于3月10日（星期五）前，将《养护台账》（Excel格式）报送至{BOX}。\n"
       f"（二）各乡镇于3月3日（星期五）前，填写回执（Word格式）报送至{BOX}。\n")


def test_towns_that_only_send_the_receipt_are_let_off_the_ledger():
    body = TWO + "三、无养护任务的石佛乡、大屯镇，只需按时报送回执，不需报送养护台账。"
    ledger, receipt = draft(body).requirements
    assert sorted(ledger.units) == sorted(set(TOWNS) - {"石佛乡", "大屯镇"})
    assert sorted(receipt.units) == TOWNS


def test_an_only_clause_after_no_units_lets_no_one_off():
    """Near miss: 确有困难的，只需… names no units before its 的; no town is let off."""
    body = TWO + "三、确有困难的，只需按时报送回执，不需报送养护台账。"
    ledger, _ = draft(body).requirements
    assert sorted(ledger.units) == TOWNS


# ---------------------------------------------------------------- 1622: 延至, and a table of old and new deadlines

def test_a_date_put_off_with_yanzhi_is_the_deadline_in_force():
    body = (f"一、各乡镇报送《养护情况统计表》（Excel格式）的时间，由原通知规定的3月10日延至3月17日（星期五），报送材料和要求不变。\n"
            "调整事项对照如下：\n事项\t原时限\t调整后时限\n各乡镇统计表\t3月10日\t3月17日\n"
            f"报送邮箱不变：{BOX}")
    (r,) = draft(body).requirements
    assert due(r) == dt.datetime(2451, 3, 17, 23, 59, 59) and shapes(r) == ["sheet"]


def test_a_table_of_deadlines_without_the_old_column_is_not_a_changes_table():
    """Near miss: 事项 | 报送时限 rows are deadlines of their own; 可延至 stays later_groups' (a later date for some)."""
    assert rows_of_a_changes_table(["事项\t报送时限", "各乡镇统计表\t3月10日前"]) == set()
    assert rows_of_a_changes_table(["事项\t原时限\t调整后时限", "各乡镇统计表\t3月10日\t3月17日", "报送邮箱不变"]) == {0, 1}
    body = f"请各乡镇于3月10日前将统计表报送至{BOX}。各乡镇报送时间可延至3月17日。"
    assert len(draft(body).requirements) == 1


# ---------------------------------------------------------------- 1630: a PDF's glued table: 其他乡镇, 同县市场局

GLUED = ("报送单位报送材料报送时限建昌镇、八家子镇养护台账(Excel) 3月3日(星期五)16时前其他乡镇养护台账(Excel) "
         "3月10日(星期五)前县市场局养护资金汇总表(Excel)3月10日(星期五)前县财政局养护资金拨付情况(Word)同县市场局")


def test_a_glued_table_gives_each_row_its_units_and_date():
    body = f"各单位按下表时限将有关材料报送至{BOX}：\n{GLUED}\n"
    early, rest, market, finance = draft(body, "各乡镇人民政府，县市场局，县财政局：").requirements
    assert sorted(early.units) == ["八家子镇", "建昌镇"] and due(early) == dt.datetime(2451, 3, 3, 16, 0)
    assert sorted(rest.units) == sorted(set(TOWNS) - {"建昌镇", "八家子镇"})
    assert market.units == ["县市场局"] and due(market) == dt.datetime(2451, 3, 10, 23, 59, 59)
    assert finance.units == ["县财政局"] and due(finance) == due(market) and shapes(finance) == ["document"]


def test_a_glued_table_of_units_and_dates_alone_merges_a_days_rows():
    """Near miss: 单位 报送时限, no papers column: two rows due one day are one requirement of both units."""
    body = (f"请下列单位将养护情况报告（Word格式）报送至{BOX}：\n单位报送时限县市场局 3月10日(星期五)前县财政局 3月10日(星期五)前"
            "县交通局 3月17日(星期五)前\n")
    first, second = draft(body, "县市场局，县财政局，县交通局：").requirements
    assert sorted(first.units) == ["县市场局", "县财政局"] and second.units == ["县交通局"]
