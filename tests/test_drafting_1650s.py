"""What held-out notices 1640–1659 showed the drafter missing (the share of branch h-fixn82b), on notice texts written
for these tests, each with a near miss that must not fire: 报送时间与各乡镇同步 (1640), items pointed back to from the
opening of an item (1642, 1645), 每村一个工作表 (1642), a 转发 title naming the forwarding bodies (1646), a 补充通知's
hour moved on the same day and a sender added (1647), 报送截止：2485/3/14 (1656), a holiday's span in brackets before
结束后 (1658), the period of the work under a heading of its own (1659)."""

from __future__ import annotations

import datetime as dt

from test_drafting import part_shapes as shapes

from collector.drafting import draft_campaign
from collector.drafting import requirements as req
from collector.drafting.asks.above import SENDS_ABOVE
from collector.drafting.timing.dates import LATEST, Deadline
from collector.drafting.timing.hour_moved import hours_moved_on_the_day
from collector.drafting.heading.titles import notice_title
from collector.drafting.timing.work_periods import a_period_of_work
from collector.roster import builtin_roster

ROSTER = builtin_roster()
TOWNS = sorted(ROSTER.names(["town", "township"]))
BOX = "jcnjsw@163.com"


def draft(body: str, salutation: str = "各乡镇人民政府：", tail: str = ""):
    text = (f"关于开展2453年农家书屋运行情况调查的通知\n{salutation}\n{body}\n联系人：邢丽华  联系电话：0429-7712281\n\n"
            f"建昌县农家书屋服务中心\n2453年9月1日\n{tail}")
    return draft_campaign(text, ROSTER)


def due(r) -> dt.datetime:
    return r.due.replace(tzinfo=None)


# ---------------------------------------------------------------- 1640: 报送时间与各乡镇同步


def test_a_time_said_in_step_with_a_group_is_the_groups_time_for_the_unit_named():
    body = (f"一、各乡镇请于9月12日（星期五）下午5时前，将书屋运行情况统计表（Excel格式）报送至{BOX}。\n"
            "二、县文旅局报送书屋图书配送情况报告（Word格式），报送时间与各乡镇同步。")
    towns, bureau = draft(body, "各乡镇人民政府，县文旅局：").requirements
    assert sorted(towns.units) == TOWNS
    assert bureau.units == ["县文旅局"] and shapes(bureau) == ["document"]
    assert due(bureau) == dt.datetime(2453, 9, 12, 17, 0)


def test_work_in_step_with_a_group_is_no_time():
    """Near miss: 工作与各乡镇同步推进 says no time (no 时间/时限 before it): no requirement of its own."""
    body = (f"一、各乡镇请于9月12日（星期五）下午5时前，将书屋运行情况统计表（Excel格式）报送至{BOX}。\n"
            "二、县文旅局做好书屋图书配送，工作与各乡镇同步推进。")
    (towns,) = draft(body, "各乡镇人民政府，县文旅局：").requirements
    assert sorted(towns.units) == TOWNS


# ---------------------------------------------------------------- 1642: （二）前述第（一）（二）项材料，各乡镇于…前报送

ITEMS = ("一、需准备的材料\n各乡镇需准备以下材料：\n（一）书屋图书目录（Excel格式）；\n（二）书屋阅览室照片（每个书屋不少于2张）；\n"
         "（三）纸质借阅登记簿。\n二、报送要求\n")


def test_items_pointed_back_to_at_the_opening_of_an_item_are_sent():
    body = ITEMS + "（一）前述第（一）（二）项材料，各乡镇于9月12日（星期五）前报送至jcnjsw@163.com。"
    (r,) = draft(body).requirements
    assert shapes(r) == ["photo", "sheet"] and sorted(r.units) == TOWNS


def test_the_items_named_later_in_a_sentence_are_no_fronted_pointer():
    """Near miss: 前述材料 inside the sentence, no 将 before it and not opening the item, is not a pointer back."""
    assert SENDS_ABOVE.search("（一）前述第（一）（二）项材料，各乡镇于9月12日前报送")
    assert SENDS_ABOVE.search("请各乡镇于9月12日前将前述材料报送")
    assert not SENDS_ABOVE.search("（一）各乡镇于9月12日前报送前述材料清单")


# ---------------------------------------------------------------- 1645: 上述第一部分所列三项材料

PART_ONE = ("一、调查内容\n请各乡镇准备以下材料：\n1．书屋运行情况表（Excel格式）；\n2．书屋阅览室照片（每处不少于2张）；\n"
            "3．书屋管理员的姓名和手机号码（直接写在邮件正文中，无需附件）。\n二、评估安排\n10月下旬，中心对各乡镇书屋进行实地评估。\n"
            "三、报送要求\n")


def test_the_items_of_a_part_named_by_its_number_are_sent_however_far():
    body = PART_ONE + f"（一）上述第一部分所列三项材料，请各乡镇最迟不晚于9月12日（星期五）下班前报送至{BOX}。"
    (r,) = draft(body).requirements
    assert shapes(r) == ["field", "photo", "sheet"] and due(r) == dt.datetime(2453, 9, 12, 17, 0)


def test_a_part_the_notice_has_not_leaves_the_pointer_unread():
    """Near miss: 第五部分 is no heading above: nothing is taken from part 一."""
    body = PART_ONE + f"（一）上述第五部分所列三项材料，请各乡镇最迟不晚于9月12日（星期五）下班前报送至{BOX}。"
    for r in draft(body).requirements:
        assert "field" not in shapes(r)


# ---------------------------------------------------------------- 1642: （Excel格式，每村一个工作表）


def test_one_sheet_for_each_village_is_how_the_form_is_laid_out():
    assert req.material_names("村级档案目录(Excel格式,每村一个工作表)") == ["村级档案目录"]
    assert req.material_names("推荐表(Word版,一户一表)") == ["推荐表"]


def test_a_named_sheet_beside_a_form_is_a_material():
    """Near miss: 工作量统计表 after 及 is a second material, not a layout."""
    assert req.material_names("村级档案目录(Excel格式)及工作量统计表") == ["村级档案目录", "工作量统计表"]


# ---------------------------------------------------------------- 1646: 关于转发市…等五部门《关于开展X的通知》的通知


def test_a_forward_naming_its_bodies_before_the_title_is_titled_by_the_forwarded_notice():
    assert notice_title("关于转发市农业农村局等五部门《关于开展2480年农资打假专项治理行动的通知》的通知") \
        == "2480年农资打假专项治理行动"
    assert notice_title("关于转发省教育厅《关于开展书屋检查工作的通知》的通知") == "书屋检查"


def test_a_document_issued_in_brackets_keeps_its_name():
    """Near miss: 印发《…要点》 names the document sent out, not a notice forwarded; 做好…《…》工作 is no forward."""
    assert notice_title("关于印发《建昌县2024年政务公开工作要点》的通知") == "建昌县2024年政务公开工作要点"
    assert notice_title("关于做好《农家书屋管理办法》宣传工作的通知") != "农家书屋管理办法"


# ---------------------------------------------------------------- 1647: 补充通知, the hour moved, a sender added


def _day(sentence: str, date: str) -> list[list[Deadline]]:
    at = sentence.index(date)
    return [[Deadline(at, at + len(date), date, dt.datetime(2453, 9, 12, 23, 59, 59))]]


def test_an_hour_moved_on_the_same_day_closes_the_day_then():
    sentence = "各乡镇报送统计表的日期不变，仍为9月12日（星期五），但截止时间由原通知规定的当日下班前提前至当日中午12时前"
    dated = _day(sentence, "9月12日")
    hours_moved_on_the_day([sentence], dated)
    assert dated[0][0].due == dt.datetime(2453, 9, 12, 12, 0)


def test_an_hour_moved_to_another_day_is_not_this_days():
    """Near miss: 提前至次日… names another day: the day's close stays at its end."""
    sentence = "各乡镇仍于9月12日报送统计表，截止时间由当日下班前调整为次日中午12时前"
    dated = _day(sentence, "9月12日")
    hours_moved_on_the_day([sentence], dated)
    assert dated[0][0].due.time() == LATEST


def test_a_sender_added_by_a_supplement_sends_alone():
    body = ("一、各乡镇仍于9月12日（星期五）前报送书屋运行情况统计表（Excel格式）。\n"
            f"二、增加县文旅局为报送单位，请于9月19日（星期五）前报送书屋图书配送情况（Word格式）。\n专班邮箱：{BOX}")
    towns, bureau = draft(body, "各乡镇人民政府，县文旅局：").requirements
    assert sorted(towns.units) == TOWNS and bureau.units == ["县文旅局"]


def test_more_of_a_material_is_no_sender_added():
    """Near miss: 增加报送频次 adds no unit: the towns the sentence names send."""
    body = f"一、增加报送频次，请各乡镇于9月12日（星期五）前报送书屋运行情况统计表（Excel格式）至{BOX}。"
    (towns,) = draft(body, "各乡镇人民政府，县文旅局：").requirements
    assert sorted(towns.units) == TOWNS


# ---------------------------------------------------------------- 1656: 报送截止：2485/3/14（周三）前


def test_a_slashed_date_after_a_closing_label_is_the_deadline():
    body = (f"1．各乡镇书屋运行情况统计表（Excel格式）报送截止：2453/9/12（周五）前。\n"
            f"2．县文旅局配送情况（Excel格式）报送截止：9/19（周五）15:00前。\n专班邮箱：{BOX}")
    towns, bureau = draft(body, "各乡镇人民政府，县文旅局：").requirements
    assert due(towns) == dt.datetime(2453, 9, 12, 23, 59, 59) and sorted(towns.units) == TOWNS
    assert due(bureau) == dt.datetime(2453, 9, 19, 15, 0) and bureau.units == ["县文旅局"]


def test_a_slashed_date_after_a_data_cutoff_is_no_deadline():
    """Near miss: 数据统计截止：2453/8/31 is the day the figures run to, not a time to send."""
    body = f"一、数据统计截止：2453/8/31。\n二、请各乡镇于9月12日（星期五）前将统计表（Excel格式）报送至{BOX}。"
    (r,) = draft(body).requirements
    assert due(r) == dt.datetime(2453, 9, 12, 23, 59, 59)


# ---------------------------------------------------------------- 1658: 国庆节假期（10月1日至10月7日）结束后第一个工作日


def test_the_first_workday_after_a_holiday_spanned_in_brackets():
    body = f"请各乡镇于国庆节假期（10月1日至10月7日）结束后第一个工作日下班前，将统计表（Excel格式）报送至{BOX}。"
    (r,) = draft(body).requirements
    assert due(r) == dt.datetime(2453, 10, 8, 17, 0)


def test_a_holidays_span_alone_is_no_deadline():
    """Near miss: 假期（10月1日至10月7日）期间 says when the holiday is, no day counted after it."""
    body = ("一、国庆节假期（10月1日至10月7日）期间，书屋照常开放。\n"
            f"二、请各乡镇于9月26日（星期五）前将统计表（Excel格式）报送至{BOX}。")
    (r,) = draft(body).requirements
    assert due(r) == dt.datetime(2453, 9, 26, 23, 59, 59)


# ---------------------------------------------------------------- 1659: 四、专项整治时间为3月18日至5月17日


def test_the_period_of_the_work_is_no_time_to_send():
    assert a_period_of_work("四、专项整治时间为3月18日至5月17日")
    body = (f"一、请各乡镇于9月12日（星期五）前报送书屋运行情况统计表（Excel格式）。\n"
            f"二、专项整治时间为9月15日至11月17日。\n专班邮箱：{BOX}")
    (r,) = draft(body).requirements
    assert due(r) == dt.datetime(2453, 9, 12, 23, 59, 59)


def test_the_period_to_send_in_stays_a_time_to_send():
    """Near miss: 报送时间为…至… is the window materials are sent in."""
    assert not a_period_of_work("四、报送时间为9月15日至9月17日")
    assert not a_period_of_work("二、征集时间：9月15日至11月17日")
