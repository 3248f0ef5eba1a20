"""What held-out notices 1320–1339 showed the drafter missing, on notice texts written for these tests: an hour in four
digits (1700前), 各乡镇区 (the towns and the zone in one word), a higher body named beside a group's members, a posted
paper copy whose mail keeps its own date, a bare day with its weekday's bracket, a table copied one cell a line, the
tail of the item before, what is typed in the mail body, a paper sent as its scan only, a list's columns said in a
clause of their own, a report by phone, photos packed as one archive, a signed paper scanned, 分别 pairing units with
materials, and a format given after the 附件's number."""

from __future__ import annotations

import datetime as dt

from test_drafting import part_shape
from test_drafting_700s import LOCAL_UNITS
from test_drafting_820s import drafted, got
from test_drafting_1020s import day
from test_drafting_dates import dues

from collector.drafting.reading.cell_lines import rows_put_together
from collector.drafting.senders.higher_bodies import without_higher_bodies
from collector.drafting.timing.military_hours import with_colons
from collector.drafting.senders.towns_and_zone import spelled_apart
from collector.roster import builtin_roster

ROSTER = builtin_roster()
ZONE = [u.name for u in ROSTER.units if u.kind == "zone"]


def shapes(draft) -> list[list[str]]:
    return [sorted(map(part_shape, r.parts)) for r in draft.requirements]


# ---------------------------------------------------------------- dates and hours

def test_an_hour_in_four_digits_after_a_day_is_that_hour():
    body = "请各乡镇于9月3日（星期三）0930前将民兵整组名册（Excel格式）发送至jcrwb@163.com。"
    assert got(drafted(body)) == [(day(9, 3, dt.time(9, 30)), LOCAL_UNITS)]
    assert with_colons("于5月8日2000之前报送") == "于5月8日20:00之前报送"


def test_four_digits_that_are_no_hour_before_a_deadline_stay_as_written():
    assert with_colons("5月8日0830—1130集中巡查") == "5月8日0830—1130集中巡查"  # a patrol's hours
    assert with_colons("须于当日1800前电话报告") == "须于当日1800前电话报告"  # no day's number
    assert with_colons("截至6月30日2500前") == "截至6月30日2500前"  # no hour of a day


def test_a_bare_day_with_its_weekday_in_brackets_is_read_in_the_next_month_when_past():
    body = "（一）请各乡镇于9日（星期四）前将调查表（Excel格式）发送至jcsl@163.com。"
    assert dues(body, dated="2026年3月20日") == [day(4, 9)]


def test_a_bare_day_still_to_come_this_month_keeps_the_notices_month():
    body = "请各乡镇于25日（星期三）前将巡查台账（Excel格式）发送至jcsk@163.com。"
    assert dues(body, dated="2026年3月10日") == [day(3, 25)]


# ---------------------------------------------------------------- units

def test_gexiangzhenqu_is_the_towns_and_the_zone():
    draft = drafted("请各乡镇区于6月12日前将企业名单（Excel格式）发送至jcgx@163.com。", "各乡镇区")
    assert got(draft) == [(day(6, 12), sorted(LOCAL_UNITS + ZONE))]


def test_the_area_of_each_town_is_no_zone():
    assert spelled_apart("各乡镇区域内的企业") == "各乡镇区域内的企业"
    assert spelled_apart("请各乡镇区于") == "请各乡镇、开发区于"


def test_a_higher_body_beside_a_groups_members_is_none_of_them():
    body = ("经省农业农村厅遴选，谷杖子乡、新开岭乡2个乡被确定为试点（以下简称试点乡镇）。\n"
            "请试点乡镇于5月20日前将试点方案发送至jcnync@163.com。")
    assert got(drafted(body, "各试点乡镇人民政府")) == [(day(5, 20), ["新开岭乡", "谷杖子乡"])]
    assert without_higher_bodies("经国家统计局建昌调查队抽选，") == "经抽选，"
    assert without_higher_bodies("县统计局、县林草局") == "县统计局、县林草局"  # the county's own


# ---------------------------------------------------------------- what is no requirement

def test_a_posted_paper_copy_whose_mail_keeps_its_date_is_no_requirement():
    body = ("请各乡镇于6月5日前将统计表（Excel格式）发送至jcgx@163.com。签字报告纸质版一份，请于6月12日前邮寄至局办公室，"
            "邮寄材料不影响电子版报送时限。")
    assert got(drafted(body)) == [(day(6, 5), LOCAL_UNITS)]


def test_a_paper_copy_sent_by_mail_as_well_is_still_a_requirement():
    body = "请各乡镇于6月5日前将统计表（Excel格式）发送至jcgx@163.com。纸质版请于6月12日前报送，电子版同时发送至邮箱。"
    assert len(drafted(body).requirements) == 2


# ---------------------------------------------------------------- a table one cell a line

TABLE = ("请各单位按下表要求，将材料发送至jcst@163.com：\n序号\n报送材料\n报送单位\n报送时限\n"
         "1\n湿地巡护人员名单（Excel）\n各乡镇人民政府\n5月8日前\n"
         "2\n湿地保护工作总结（Word）\n县林草局\n5月22日16:00前\n")


def test_a_table_copied_one_cell_a_line_is_read_row_by_row():
    draft = drafted(TABLE, "各乡镇人民政府，县林草局")
    assert got(draft) == [(day(5, 8), LOCAL_UNITS), (day(5, 22, dt.time(16, 0)), ["县林草局"])]
    assert shapes(draft) == [["sheet"], ["document"]]


def test_short_lines_after_xuhao_that_are_no_numbered_rows_stay_as_written():
    text = "序号\n报送材料\n报送单位\n请于5月8日前报送。"
    assert rows_put_together(text) == text


# ---------------------------------------------------------------- parts

def test_the_words_ending_the_item_before_say_nothing_of_the_next_items_parts():
    body = ("三、材料报送\n（一）各乡镇于4月10日前报送排查台账（Excel格式）和情况说明，情况说明须加盖公章，以扫描件形式报送。\n"
            "（二）县民政局于4月17日前报送救助对象汇总表（Excel格式）。\n以上材料发送至jcmz@163.com。")
    assert shapes(drafted(body, "各乡镇人民政府，县民政局"))[1] == ["sheet"]  # no 盖章 scan of （一）'s


def test_the_work_section_above_the_sending_heading_says_nothing_of_a_material_named_apart():
    body = ("二、入户走访\n各乡镇要逐户核实联系方式和家庭情况，形成走访台账。\n三、报送要求\n"
            "（一）请各乡镇于4月10日前将《走访对象名单》（Excel格式）发送至jcmz@163.com。")
    assert shapes(drafted(body)) == [["sheet"]]  # no phone field from 联系方式, no 台账


def test_a_section_above_describing_the_material_sent_still_gives_its_format():
    body = ("二、落实责任人\n各乡镇要逐村明确护林员，形成护林员名单（Excel格式）。\n三、报送要求\n"
            "（一）请各乡镇于4月10日前将护林员名单和防火预案（Word格式）发送至jclc@163.com。")
    assert shapes(drafted(body)) == [["document", "sheet"]]


def test_names_and_phones_typed_in_the_mail_body_are_one_field_and_no_table():
    body = ("请各乡镇于4月10日前将本乡镇联络员的姓名和手机号码直接写在邮件正文中，发送至jcmz@163.com，无需另附表格。")
    assert shapes(drafted(body)) == [["field"]]


def test_names_and_phones_in_a_receipt_keep_their_fields():
    body = "请各乡镇于4月10日前将参会回执（填写姓名、职务、联系电话）发送至jcmz@163.com。"
    assert shapes(drafted(body)) == [["document", "field", "field"]]


def test_a_contact_typed_in_the_mail_after_the_deadlines_sentence_goes_with_it():
    body = ("1．各乡镇：5月6日前报送《农家书屋情况表》（Excel格式）。同时确定1名联络员，联络员姓名和手机号码请在邮件正文中注明。\n"
            "以上材料发送至jcwl@163.com。")
    assert shapes(drafted(body)) == [["field", "sheet"]]


def test_a_paper_named_before_a_bare_scan_is_sent_as_that_scan_only():
    body = "请各乡镇于4月10日前将加盖公章的《村级财务审计名单》扫描件发送至jcsj@163.com。"
    assert shapes(drafted(body)) == [["scan"]]


def test_a_word_copy_and_a_stamped_scan_are_two_parts():
    body = "请各乡镇于4月10日前将审计整改报告（Word版）及加盖公章的扫描件发送至jcsj@163.com。"
    assert shapes(drafted(body)) == [["document", "scan"]]


def test_a_lists_columns_said_in_a_clause_of_their_own_are_no_field():
    body = "请各乡镇于4月10日前将《网格员名单》（Excel格式）发送至jcwg@163.com，名单中注明姓名、手机号码和负责网格。"
    assert shapes(drafted(body)) == [["sheet"]]


def test_a_report_by_phone_asks_no_phone_number():
    body = ("（一）请各乡镇于4月10日前将巡查工作总结（Word格式）发送至jcxc@163.com。\n"
            "巡查中发现险情的，须于当日电话报告县防汛办。")
    assert shapes(drafted(body)) == [["document"]]


def test_the_mailbox_said_to_be_among_the_contacts_asks_no_phone_number():
    body = "请各乡镇于4月10日前将巡查工作总结（Word格式）通过电子邮件发送（邮箱见联系方式）。\n联系人：王一　邮箱：jcxc@163.com"
    assert shapes(drafted(body)) == [["document"]]


def test_photos_packed_into_one_archive_are_an_archive():
    body = ("请各乡镇于4月10日前将《河长公示牌统计表》（Excel格式）和公示牌照片报送，照片统一打包为一个压缩文件（zip格式），"
            "与统计表一并发送至jchz@163.com。")
    assert shapes(drafted(body)) == [["archive", "sheet"]]


def test_photos_sent_as_they_are_stay_photos():
    body = "请各乡镇于4月10日前将《河长公示牌统计表》（Excel格式）和公示牌照片一并发送至jchz@163.com。"
    assert shapes(drafted(body)) == [["photo", "sheet"]]


def test_a_paper_signed_then_scanned_is_a_scan():
    body = ("请各单位将《报名表》（Excel格式）和本人签字的《安全承诺书》（签字后扫描）于5月8日前一并发送至jcty@163.com。")
    assert shapes(drafted(body, "县直各单位")) == [["scan", "sheet"]]


def test_units_sending_one_material_each_respectively_send_one_file():
    body = "县教育局、县卫健局分别于5月8日前报送本系统学校名录、医疗机构名录（Excel格式），发送至jcaq@163.com。"
    assert shapes(drafted(body, "县教育局，县卫健局")) == [["sheet"]]


def test_units_each_sending_every_material_keep_them_all():
    body = "县教育局、县卫健局分别于5月8日前报送工作方案、工作总结和统计表（Excel格式），发送至jcaq@163.com。"
    assert len(shapes(drafted(body, "县教育局，县卫健局"))[0]) >= 2


def test_a_format_after_the_attachments_number_is_the_materials_own():
    body = ("请于5月8日前将《优秀志愿者推荐表》（附件1，Word版，一人一表）、《推荐汇总表》（附件2，Excel格式）和本人二寸证件照"
            "（jpg格式）发送至jczy@163.com。")
    assert shapes(drafted(body, "县直各单位")) == [["document", "photo", "sheet"]]


# ---------------------------------------------------------------- a sending sentence naming nothing (1332)

def _contents_notice(contents_heading: str) -> str:
    return ("关于报送2319年农机合作社运行情况的通知\n各乡镇人民政府：\n"
            f"一、{contents_heading}\n（一）《农机合作社运行情况统计表》（附件，Excel格式）。\n"
            "（二）合作社运行情况报告，报告须加盖单位公章，以PDF格式报送。\n"
            "二、报送范围\n各乡镇负责辖区内农机合作社。\n"
            "三、报送时间\n请于12月12日（星期五）前（以邮件送达时间为准）发送至jcnjhzs@163.com。\n"
            "联系人：孙立国  联系电话：0429-7711590\n\n建昌县农机服务中心\n2319年11月28日\n")


def test_a_sending_sentence_naming_nothing_sends_the_items_of_the_contents_section():
    """三、报送时间 请于…前发送至… names nothing: what it sends is 一、报送内容's items, a sheet and a stamped report, not
    a bare 材料 (二、报送范围 between them says who, not what)."""
    from collector.drafting import draft_campaign

    (r,) = draft_campaign(_contents_notice("报送内容"), builtin_roster()).requirements
    assert sorted(map(part_shape, r.parts)) == ["scan", "sheet"]
    assert "统计表" in r.title and "报告" in r.title


def test_items_under_a_heading_that_lists_no_contents_are_not_what_it_sends():
    """Near miss: items under 一、工作要求 (what to do, not what to send) are not taken for the materials."""
    from collector.drafting import draft_campaign

    (r,) = draft_campaign(_contents_notice("工作要求"), builtin_roster()).requirements
    assert "统计表" not in r.title
