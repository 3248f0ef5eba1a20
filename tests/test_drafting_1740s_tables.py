"""What held-out notices 1740–1759 showed the drafter missing (the share of branch h-fixn87c), on notice texts written
for these tests, each with a near miss that must not fire: blank forms whose titles name who fills them in
(`表1 …（各乡镇填报）`), the dates only in a `注：表1请于…，表2请于…` line (1753); numbered items a later sentence
merges into one report by a new date, `一（一）、一（二）两项材料合并报送，…统一于…前一次性报送` (1758), with the
words of its items that are no material of their own (`重点说明…`, `…计划及…情况说明`)."""

from __future__ import annotations

from collector.drafting import draft_campaign
from collector.roster import builtin_roster

ROSTER = builtin_roster()
TOWNS = sorted(ROSTER.names(["town", "township"]))
BOX = "jcnyj_zzg@163.com"


def draft(body: str, salutation: str = "各乡镇人民政府，县财政局，县气象局："):
    text = (f"建昌县农业农村局\n关于做好2472年度高标准农田建设情况统计工作的通知\n{salutation}\n{body}\n"
            f"联系人：高明  电话：0429-7512233\n建昌县农业农村局\n2472年9月3日\n")
    return draft_campaign(text, ROSTER)


def shapes(r) -> list[str]:
    return sorted("sheet" if "xlsx" in p.get("formats", []) else p["kind"] for p in r.parts)


# ---------------------------------------------------------------- 1753: 表N …（X填报）, dates in a 注 line

FORMS = ("为掌握全县高标准农田建设情况，现将有关事项通知如下：\n一、统计表格\n"
         "表1 高标准农田建设项目进度统计表{who1}\n项目名称\t所在村\t建设面积\n\t\t\n"
         "表2 高标准农田建设资金拨付情况表{who2}\n年度\t上级资金\t县级配套\n\t\t\n"
         f"注：表1请于9月14日（星期五）前报送，表2请于9月21日（星期五）前报送，均为Excel格式，发送至邮箱{BOX}。\n"
         "二、其他\n县气象局负责提供降水数据，无需填报上述表格。\n")


def test_forms_called_by_number_are_sent_by_the_fillers_their_titles_name():
    towns, finance = draft(FORMS.format(who1="（各乡镇填报）", who2="（县财政局填报）")).requirements
    assert sorted(towns.units) == TOWNS
    assert finance.units == ["县财政局"]
    assert shapes(towns) == shapes(finance) == ["sheet"]
    assert "进度统计表" in towns.title and "拨付情况表" in finance.title


def test_a_filler_written_with_fuze_is_read_too():
    towns, finance = draft(FORMS.format(who1="（各乡镇负责填报）", who2="（县财政局负责填报）")).requirements
    assert sorted(towns.units) == TOWNS
    assert finance.units == ["县财政局"]


def test_forms_whose_titles_name_no_filler_go_to_the_addressees_as_before():
    """Near miss: no （…填报） in the titles: nothing says who fills which form, so the 注 line is read as written."""
    for r in draft(FORMS.format(who1="", who2="")).requirements:
        assert "县财政局" in r.units and set(TOWNS) <= set(r.units)


def test_an_attachment_called_fubiao_is_not_taken_for_the_form_of_that_number():
    """Near miss: 附表1 is an attachment of its own, not the 表1 set out in the body."""
    body = FORMS.format(who1="（各乡镇填报）", who2="（县财政局填报）").replace(
        "注：表1请于", "注：附表1请于")
    first = draft(body).requirements[0]
    assert "县财政局" in first.units


# ---------------------------------------------------------------- 1758: 一（一）、一（二）两项材料合并报送

ITEMS = ("为掌握全县秋收进度，现将有关事项通知如下：\n一、报送内容\n"
         "（一）各乡镇于9月10日（星期一）前报送《秋收进度统计表》（Excel格式），重点统计收获面积。\n"
         "（二）各乡镇于9月21日（星期五）前报送秋粮收购自查报告（Word格式），重点说明收购网点和资金情况。\n"
         "（三）县财政局于9月19日（星期三）前报送秋粮收购资金计划及拨付进度情况说明（Word格式）。\n"
         f"二、报送方式\n以上材料发送至邮箱{BOX}。\n三、其他要求\n{{merge}}\n")
MERGE = "为减轻基层负担，经研究，一（一）、一（二）两项材料合并报送，各乡镇统一于9月21日（星期五）前一次性报送，不再单独报送秋收进度统计表。"


def test_items_merged_later_are_one_requirement_by_the_merging_date():
    towns, finance = draft(ITEMS.format(merge=MERGE), "各乡镇人民政府，县财政局：").requirements
    assert towns.due.day == 21 and sorted(towns.units) == TOWNS
    assert shapes(towns) == ["document", "sheet"]
    assert finance.due.day == 19 and finance.units == ["县财政局"]


def test_items_named_without_their_section_merge_too():
    merge = MERGE.replace("一（一）、一（二）", "（一）、（二）")
    towns, finance = draft(ITEMS.format(merge=merge), "各乡镇人民政府，县财政局：").requirements
    assert towns.due.day == 21 and shapes(towns) == ["document", "sheet"]


def test_a_later_sentence_that_merges_nothing_leaves_each_item_its_own_date():
    """Near miss: 一并报送 of the items' own materials, no 合并: each item keeps its date."""
    merge = "各乡镇报送自查报告时，请将有关照片一并报送。"
    dues = sorted(r.due.day for r in draft(ITEMS.format(merge=merge), "各乡镇人民政府，县财政局：").requirements)
    assert dues == [10, 19, 21]


def test_a_focus_clause_after_the_report_is_no_second_document():
    """重点说明… says what the report dwells on; a 说明 named as a file (并附情况说明) still counts."""
    towns = draft(ITEMS.format(merge=""), "各乡镇人民政府，县财政局：").requirements
    report = next(r for r in towns if r.due.day == 21)
    assert shapes(report) == ["document"]
    body = ITEMS.format(merge="").replace("，重点说明收购网点和资金情况", "，并附收购网点情况说明")
    report = next(r for r in draft(body, "各乡镇人民政府，县财政局：").requirements if r.due.day == 21)
    assert shapes(report) == ["document", "document"]


def test_a_plan_joined_to_a_statement_of_the_situation_is_what_it_explains():
    finance = next(r for r in draft(ITEMS.format(merge=""), "各乡镇人民政府，县财政局：").requirements
                   if r.due.day == 19)
    assert shapes(finance) == ["document"]


def test_a_plan_sent_beside_a_report_is_still_a_file():
    """Near miss: 计划 joined to a 报告 (not a 情况说明) is a file of its own."""
    body = ITEMS.format(merge="").replace("秋粮收购资金计划及拨付进度情况说明", "秋粮收购资金计划及拨付进度报告")
    finance = next(r for r in draft(body, "各乡镇人民政府，县财政局：").requirements if r.due.day == 19)
    assert shapes(finance) == ["document", "document"]
