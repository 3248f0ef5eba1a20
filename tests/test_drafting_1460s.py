"""What held-out notices 1460–1479 showed the drafter missing, on notice texts written for these tests: a lunar date
with its Gregorian date written in a bracket, a format glued to a form's 《title》 (Word版), a list's columns in a bracket
after its 》, facts typed in the mail body with no file, several materials packed into one archive, a list a unit
checks before it writes, a window over days with daily hours, a contact table's row the body names as the mailbox,
the words naming a mailbox read as materials, and 计划表."""

from __future__ import annotations

import datetime as dt
import re

from test_drafting import part_shape
from test_drafting_dates import dues, due_in

from collector.drafting import draft_campaign
from collector.drafting.heading.addresses import EMAIL
from collector.drafting.materials.asks_nothing import without_what_asks_nothing
from collector.drafting.materials.format_names import glued_format
from collector.drafting.timing.lunar import next_lunar
from collector.drafting.materials.parts import parts_for
from collector.drafting.requirements import material_names
from collector.drafting.heading.table_rows import rows_the_body_names
from collector.roster import builtin_roster


def shapes_of(text: str, names: list[str] | None = None) -> list[str]:
    return sorted(map(part_shape, parts_for(text, material_names(text) if names is None else names)))


# ---------------------------------------------------------------- a lunar date and the calendar day written beside it

def test_the_gregorian_date_bracketed_after_a_lunar_date_is_the_deadline():
    got = due_in("请各村于腊月十六（即2月3日，星期二）前将困难户名单发送至jcmz@163.com。", dt.date(2027, 1, 12))
    assert got == [dt.datetime(2027, 2, 3, 23, 59, 59)]


def test_a_bracket_saying_gongli_gives_the_day_too():
    got = due_in("请于正月初十（公历2月16日）下午4时前报送总结。", dt.date(2027, 1, 20))
    assert got == [dt.datetime(2027, 2, 16, 16, 0)]


def test_a_festivals_name_in_the_bracket_leaves_the_lunar_reading():
    on = dt.date(2027, 1, 20)
    assert due_in("请于正月十五（元宵节）前报送总结。", on) == [dt.datetime.combine(next_lunar(1, 15, on), dt.time(23, 59, 59))]


# ---------------------------------------------------------------- formats and parts

def test_a_word_format_glued_to_a_forms_title_makes_the_form_a_document():
    text = "请于5月8日前将《优秀社区工作者推荐表》Word版及加盖公章的推荐表扫描件（PDF格式）发送至jcsq@163.com"
    assert shapes_of(text, ["优秀社区工作者推荐表", "推荐表扫描件"]) == ["document", "scan"]


def test_an_excel_format_glued_to_a_title_is_a_sheet_and_two_formats_named_are_left_to_the_text():
    assert glued_format("将《入户核查表》Excel版发送", "入户核查表") == "sheet"
    assert glued_format("将《入户核查表》Word版和Excel版发送", "入户核查表") == ""


def test_a_lists_columns_in_the_bracket_after_its_title_are_no_fields():
    text = "请于6月2日前将《河道保洁员名单》（Excel格式，含姓名、所在村、手机号码）发送至jchz@163.com"
    assert shapes_of(text, ["河道保洁员名单"]) == ["sheet"]


def test_an_entry_forms_name_and_phone_stay_fields_beside_it():
    text = "请于6月2日前将报名回执发送至jchz@163.com，注明领队姓名和联系电话"
    assert "field" in shapes_of(text, ["报名回执"])


def test_facts_typed_in_the_mail_body_with_no_file_are_one_field():
    text = "请县商务局于3月5日前在发送至上述邮箱的邮件正文中写明参展企业数量和展位面积，无需另附文件"
    assert shapes_of(text, []) == ["field"]


def test_the_mail_body_beside_a_file_sent_leaves_the_file():
    text = "请于3月5日前将《参展报名表》（Excel格式）发送至jcsw@163.com，并在邮件正文中写明参展企业数量"
    assert "sheet" in shapes_of(text, ["参展报名表"])


def test_a_sheet_and_photos_packed_into_one_archive_are_one_archive():
    text = "请于9月10日前将《秸秆离田台账》（Excel格式）和收储点照片（每处不少于2张）打包为一个压缩包，发送至jcjg@163.com"
    assert shapes_of(text, ["秸秆离田台账", "收储点照片"]) == ["archive"]


def test_photos_packed_alone_leave_the_sheet_beside_them():
    text = "请于9月10日前将《秸秆离田台账》（Excel格式）发送至jcjg@163.com，收储点照片打包为一个压缩包一并发送"
    assert shapes_of(text, ["秸秆离田台账", "收储点照片"]) == ["archive", "sheet"]


def test_a_list_a_unit_checks_is_not_what_it_sends():
    text = "请县医保局、县退役军人事务局对名册中人员的参保身份进行核对，县医保局于4月9日前将核对意见发送至jcyb@163.com"
    assert "名册" not in without_what_asks_nothing(text).split("，")[0]
    assert "核对意见" in without_what_asks_nothing(text)


def test_a_check_table_to_fill_in_is_kept():
    text = "核对有误的，请在《数据核对表》（Excel格式）“核对结果”栏注明后发送至jcyb@163.com"
    assert without_what_asks_nothing(text) == text


def test_the_words_naming_a_mailbox_make_no_material():
    text = "请于6月8日前将《网格账号申请表》Excel版发送至下表中的材料接收邮箱"
    assert shapes_of(text, ["网格账号申请表", "下表", "材料"]) == ["sheet"]


def test_jihuabiao_is_a_table_and_jihua_a_document():
    assert material_names("请于5月6日前将动员计划表发送至jcyb@163.com") == ["动员计划表"]
    assert material_names("请于5月6日前将安全生产工作计划发送至jcyb@163.com") == ["安全生产工作计划"]


# ---------------------------------------------------------------- a window with daily hours

def test_a_window_over_days_with_daily_hours_closes_at_its_last_days_last_hour():
    body = ("请各乡镇于3月16日至18日（星期一至星期三）每天上午9时至11时30分、下午2时至5时，将报名表发送至jcbm@163.com，"
            "其他时间发送的不予受理。")
    assert dues(body) == [dt.datetime(2026, 3, 18, 17, 0)]


def test_a_span_of_days_without_daily_hours_ends_with_its_last_day():
    assert dues("请各乡镇于3月16日至18日将报名表发送至jcbm@163.com。") == [dt.datetime(2026, 3, 18, 23, 59, 59)]


# ---------------------------------------------------------------- the contact table's row

TABLE = ("事项\t单位\t联系人\t邮箱\n系统运维\t某某软件科技有限公司\t王工\thelp@soft-ops.cn\n"
         "材料报送\t县民政局社会事务股\t刘洋\tjcshsw@163.com\n")


def test_the_row_the_body_names_is_the_mailbox_the_others_are_for_their_own_matters():
    body = "请于4月3日前将申请表发送至下表中的材料报送邮箱。\n" + TABLE
    unsettled: list[str] = []
    got = rows_the_body_names(body, ["help@soft-ops.cn", "jcshsw@163.com"], unsettled, EMAIL)
    assert got == ["jcshsw@163.com"] and unsettled


def test_a_body_naming_no_row_keeps_the_tables_addresses():
    body = "请于4月3日前将申请表发送至下列邮箱。\n" + TABLE
    assert rows_the_body_names(body, ["help@soft-ops.cn", "jcshsw@163.com"], [], EMAIL) == ["help@soft-ops.cn", "jcshsw@163.com"]


def test_a_whole_notice_with_a_vendor_row_drafts_the_materials_mailbox():
    text = ("建昌县民政局\n关于开通养老服务平台账号的通知\n\n各乡镇人民政府：\n"
            "请各乡镇于4月3日前将《平台账号申请表》（Excel格式）发送至下表中的材料报送邮箱。\n" + TABLE
            + "\n建昌县民政局\n2026年3月20日\n")
    draft = draft_campaign(text, builtin_roster())
    assert draft.addresses == ["jcshsw@163.com"]
    assert [sorted(map(part_shape, r.parts)) for r in draft.requirements] == [["sheet"]]
    assert re.search(r"help@soft-ops\.cn", " ".join(draft.unsettled))
