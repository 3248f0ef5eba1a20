"""What held-out notices 1660–1679 showed the drafter missing (the share of branch h-fixn83a), on notice texts written
for these tests, each with a near miss that must not fire: a group a unit works from (1660), a let-off of an item that
points back to the items above it (1660), the rest of a group beside a 附件's list (1667), a column named in quotes
as 一栏 (1671), a form filled in and sent by 以上材料发送至, a bare 不报送 and a fronted 上述两项材料均无需报送 (1673), a
correction quoting the old line and the new one, titled by the quoted notice (1666)."""

from __future__ import annotations

import datetime as dt

from collector.drafting import draft_campaign
from collector.drafting.heading.corrections import title_of_the_corrected_notice
from collector.drafting.timing.deadlines import find_deadlines
from collector.drafting.heading.titles import notice_title
from collector.roster import builtin_roster

ROSTER = builtin_roster()
TOWNS = sorted(ROSTER.names(["town", "township"]))
COUNTY = sorted(ROSTER.names(["department", "institution"]))


def draft(body: str, salutation: str = "各乡镇人民政府，县财政局：", tail: str = "",
          title: str = "关于开展2452年秸秆综合利用情况调查的通知"):
    text = (f"{title}\n{salutation}\n{body}\n邮箱：jcjgly_ban@163.com\n"
            f"联系人：綦晓东  联系电话：0429-7719034\n\n建昌县秸秆综合利用办公室\n2452年9月1日\n{tail}")
    return draft_campaign(text, ROSTER)


def due_day(r) -> tuple[int, int]:
    return r.due.month, r.due.day


# ---------------------------------------------------------------- 1660: 县财政局根据各乡镇面积测算…


def test_a_group_a_unit_works_from_is_no_sender_of_its_item():
    ledger, estimate = draft("（一）各乡镇于9月12日（星期五）前报送秸秆收储点台账（Excel格式）。\n"
                             "（二）县财政局根据各乡镇收储量初步测算补贴资金，形成测算说明（Word格式），"
                             "于9月19日（星期五）前报送。").requirements
    assert sorted(ledger.units) == TOWNS
    assert estimate.units == ["县财政局"]


def test_a_group_working_from_its_own_villages_still_sends():
    """Near miss: the towns themselves 根据各村…汇总: the rule reads only a group glued after a unit's name."""
    ledger, estimate = draft("（一）县财政局于9月12日（星期五）前报送补贴资金测算说明（Word格式）。\n"
                             "（二）各乡镇根据各村收储量汇总形成收储台账（Excel格式），"
                             "于9月19日（星期五）前报送。").requirements
    assert sorted(estimate.units) == TOWNS


# ---------------------------------------------------------------- 1660: 不报送第二部分第（一）项所列材料, the item saying 以上两项材料


POINTED = ("一、调查内容\n（一）各乡镇填写《秸秆收储点台账》（Excel格式）。\n（二）各乡镇拍摄收储点现场照片。\n"
           "二、报送要求\n（一）请各乡镇于9月12日（星期五）前将以上两项材料发送至邮箱。\n"
           "（二）县财政局于9月19日（星期五）前报送补贴资金测算说明（Word格式）。\n"
           "三、其他事项\n雷家店乡、巴什罕乡本年度无收储点，本次不报送第二部分第（{item}）项所列材料。")


def test_a_let_off_of_an_item_pointing_back_takes_the_units_out_of_the_items_it_sends():
    ledger, estimate = draft(POINTED.format(item="一")).requirements
    assert sorted(ledger.units) == sorted(set(TOWNS) - {"雷家店乡", "巴什罕乡"})
    assert estimate.units == ["县财政局"]


def test_a_let_off_of_an_item_the_section_has_not_lets_no_one_off():
    """Near miss: the same words naming item (三), which section 二 has not: the towns all still send."""
    ledger, _ = draft(POINTED.format(item="三")).requirements
    assert sorted(ledger.units) == TOWNS


# ---------------------------------------------------------------- 1667: 附件1所列乡镇以外的其他乡镇


FIVE = ["喇嘛洞镇", "石佛乡", "要路沟乡", "黑山科乡", "谷杖子乡"]
LIST = "附件1\n重点乡镇名单\n序号\t乡镇\t问题线索（条）\n" + "\n".join(f"{k}\t{n}\t{9 - k}" for k, n in enumerate(FIVE, 1))
TWO_ITEMS = ("（一）附件1所列乡镇于9月12日（星期五）前报送问题线索核查表（Excel格式）。\n"
             "（二）{who}于9月19日（星期五）前报送自查统计表（Excel格式）。\n附件：1．重点乡镇名单")


def test_the_towns_outside_an_annex_list_are_the_others():
    listed, others = draft(TWO_ITEMS.format(who="附件1所列乡镇以外的其他乡镇"), "各乡镇人民政府：", LIST).requirements
    assert sorted(listed.units) == sorted(FIVE)
    assert sorted(others.units) == sorted(set(TOWNS) - set(FIVE))


def test_the_towns_of_an_annex_list_are_the_list():
    """Near miss: 附件1所列乡镇 without 以外的其他: the list itself."""
    listed, again = draft(TWO_ITEMS.format(who="附件1所列乡镇"), "各乡镇人民政府：", LIST).requirements
    assert sorted(again.units) == sorted(FIVE)


# ---------------------------------------------------------------- 1671: 附件2中“是否测产”一栏为“是”的乡镇


TABLE = ("附件1\n示范乡镇名单\n乡镇\t示范面积（亩）\t是否测产\n玲珑塔镇\t120\t是\n老大杖子乡\t80\t否\n西碱厂乡\t100\t是\n"
         "养马甸子乡\t60\t否")


def test_a_quoted_column_called_a_lan_names_the_rows_saying_the_value():
    sheet, video = draft("一、附件1所列乡镇于9月5日（星期五）前报送示范田生长情况表（Excel格式）。\n"
                         "二、附件1中“是否测产”一栏为“是”的乡镇，于9月26日（星期五）前报送现场测产视频（MP4格式）。\n"
                         "附件：1．示范乡镇名单", "附件1所列乡镇：", TABLE).requirements
    assert len(sheet.units) == 4
    assert sorted(video.units) == ["玲珑塔镇", "西碱厂乡"]


def test_a_quoted_column_no_table_has_narrows_no_one():
    """Near miss: “是否验收”一栏, a column the table has not: the rows saying 是 under 是否测产 are not taken."""
    _, video = draft("一、附件1所列乡镇于9月5日（星期五）前报送示范田生长情况表（Excel格式）。\n"
                     "二、附件1中“是否验收”一栏为“是”的乡镇，于9月26日（星期五）前报送现场测产视频（MP4格式）。\n"
                     "附件：1．示范乡镇名单", "附件1所列乡镇：", TABLE).requirements
    assert sorted(video.units) != ["玲珑塔镇", "西碱厂乡"]


# ---------------------------------------------------------------- 1673: 填写回执（Word格式）… 以上材料发送至; 不报送; 上述两项材料均无需报送


RECEIPT = ("一、请各单位于11月25日（星期三）前填写回执（Word格式，见附件1），明确一名业务联络员{kept}。\n"
           "二、请各单位于12月4日（星期五）前报送本单位政务服务事项调整清单（Excel格式）。\n{sent}"
           "三、{excused}")
COUNTY_SALUTATION = "县政府各部门、各直属机构："


def test_a_form_filled_in_by_a_date_is_sent_by_the_line_sending_all_above():
    receipt, sheet = draft(RECEIPT.format(kept="", sent="以上材料发送至jcjgly_ban@163.com。\n", excused=""),
                           COUNTY_SALUTATION).requirements
    assert due_day(receipt) == (11, 25) and due_day(sheet) == (12, 4)


def test_a_form_filled_in_and_kept_is_no_requirement():
    """Near miss: no line sends the materials above, and the 回执 is kept: only the list is asked."""
    found = draft(RECEIPT.format(kept="，由各单位留存", sent="", excused=""), COUNTY_SALUTATION).requirements
    assert [due_day(r) for r in found] == [(12, 4)]


def test_a_bare_bu_baosong_and_a_fronted_material_let_their_units_off():
    receipt, sheet = draft(RECEIPT.format(kept="", sent="以上材料发送至jcjgly_ban@163.com。\n",
                                          excused="县政务服务中心为本次工作牵头单位，不报送。县融媒体中心、县档案馆不承担"
                                                  "政务服务事项，上述两项材料均无需报送。"), COUNTY_SALUTATION).requirements
    off = {"县政务服务中心", "县融媒体中心", "县档案馆"}
    assert sorted(receipt.units) == sorted(sheet.units) == sorted(set(COUNTY) - off)


def test_a_bare_bu_baosong_of_no_unit_and_a_material_still_asked_let_no_one_off():
    """Near miss: 如无调整事项，不报送 names no unit; 上述两项材料均需报送 lets no one off."""
    receipt, sheet = draft(RECEIPT.format(kept="", sent="以上材料发送至jcjgly_ban@163.com。\n",
                                          excused="如无调整事项，不报送。县融媒体中心、县档案馆事项较多，上述两项材料均需报送。"),
                           COUNTY_SALUTATION).requirements
    assert sorted(receipt.units) == sorted(sheet.units) == COUNTY


# ---------------------------------------------------------------- 1666: 更正为“各乡镇于3月22日前…”; 关于《…》的更正通知


CORRECTED = "关于开展2452年秸秆综合利用情况调查工作的通知"


def test_a_correction_titled_by_the_quoted_notice_takes_its_subject():
    assert title_of_the_corrected_notice(f"关于《{CORRECTED}》的更正通知", "", notice_title) == "2452年秸秆综合利用情况调查"


def test_a_correction_naming_what_it_corrects_keeps_its_own_title():
    """Near miss: 关于更正《…》报送邮箱的通知 says what it corrects: no title taken from the quoted notice."""
    assert title_of_the_corrected_notice(f"关于更正《{CORRECTED}》报送邮箱的通知", "", notice_title) == ""


def test_the_quoted_new_line_of_a_correction_is_the_deadline_in_force():
    d = draft("一、原通知第二部分“各乡镇于9月12日前报送收储台账”，更正为“各乡镇于9月19日（星期五）前报送收储台账（Excel格式）”。",
              "各乡镇人民政府：", title=f"关于《{CORRECTED}》的更正通知")
    assert d.title == "2452年秸秆综合利用情况调查"
    assert [due_day(r) for r in d.requirements] == [(9, 19)]
    assert sorted(d.requirements[0].units) == TOWNS


def test_a_quote_opened_after_no_correcting_verb_moves_nothing():
    """Near miss: 现补充“…” adds a line, it corrects none: neither date is moved, neither superseded."""
    old, new = find_deadlines("原通知“各乡镇于9月12日前报送台账”，现补充“各乡镇于9月19日前报送照片”", dt.date(2452, 9, 1), {})
    assert not (old.superseded or new.moved)
