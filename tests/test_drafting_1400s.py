"""What held-out notices 1400–1419 showed the drafter missing, on notice texts written for these tests: a mailbox as
voice input types it (…艾特163点com), particulars written straight in the mail (直接写在邮件中, 在邮件正文中按“…”格式填写)
with no file beside them, a format bracket naming the program (（WPS表格）), a thing named by a Word bracket that goes
on (（Word，800字以内）), 代表性 read as no table, objects (实物) carried to the office, and the issuer calling itself
中心 alone when it says what it will do."""

from __future__ import annotations

from test_drafting import part_shape
from test_drafting_700s import LOCAL_UNITS
from test_drafting_820s import drafted, got
from test_drafting_1020s import day

from collector.drafting.heading.addresses import addresses_in_body
from collector.drafting.materials.format_names import only_a_format
from collector.drafting.heading.spoken_address import spoken_addresses_written


def shapes(draft) -> list[list[str]]:
    return [sorted(map(part_shape, r.parts)) for r in draft.requirements]


# ---------------------------------------------------------------- where: a mailbox as voice input types it

def test_a_voice_typed_mailbox_is_read_as_the_address_it_names():
    unsettled: list[str] = []
    assert addresses_in_body("请于5月8日前将统计表发送至邮箱jcnyj_tj艾特126点com。", unsettled) == ["jcnyj_tj@126.com"]
    assert any("语音输入" in line for line in unsettled)


def test_a_voice_typed_mailbox_with_a_two_level_domain_and_spaces():
    assert spoken_addresses_written("发送至 jcsw2031 艾特 jc点gov点cn。", []) == "发送至 jcsw2031@jc.gov.cn。"


def test_aite_in_a_sentence_that_names_no_address_is_left_alone():
    text = "如有疑问请在工作群内艾特联络员，或拨打电话7712345。"
    assert spoken_addresses_written(text, []) == text


def test_a_voice_typed_mailbox_drafts_the_campaigns_address():
    draft = drafted("请于6月3日前将排查台账发送至邮箱jcajj2031艾特163点com。")
    assert draft.addresses == ["jcajj2031@163.com"]
    assert got(draft) == [(day(6, 3), LOCAL_UNITS)]


# ---------------------------------------------------------------- what: particulars written straight in the mail

def test_particulars_written_in_the_mail_are_one_field_and_no_document():
    body = ("一、各乡要落实巡查责任，发现问题及时报告。\n"
            "二、请各乡镇于4月9日前将本乡镇信息员姓名和手机号码直接写在邮件中发送至jcxf@163.com。")
    assert shapes(drafted(body)) == [["field"]]


def test_a_receipt_typed_in_the_mail_body_by_a_given_format_is_a_field_not_a_document():
    body = ("二、报名回执：回执无需另附文件，请于9月2日下午5时前在邮件正文中按“单位+参会人姓名+手机号码”格式填写，"
            "发送至jcgh@163.com。")
    assert shapes(drafted(body, "县直各单位")) == [["field"]]


def test_a_receipt_sent_as_a_file_with_the_names_in_it_keeps_its_document():
    body = "请于9月2日前将参会回执（注明参会人姓名、手机号码）发送至jcgh@163.com。"
    assert "document" in shapes(drafted(body, "县直各单位"))[0]


# ---------------------------------------------------------------- what: the format a bracket names

def test_a_bracket_naming_the_spreadsheet_program_is_the_forms_format_not_a_second_sheet():
    body = "请于8月20日前将《农家书屋图书盘点表》（WPS表格）和书屋照片发送至jcwl@163.com。"
    assert shapes(drafted(body)) == [["photo", "sheet"]]


def test_a_program_name_that_is_itself_what_is_sent_stays_a_material():
    text = "请将统计数据填入WPS表格发送至jcwl@163.com"
    assert not only_a_format(text, "WPS表格")
    assert only_a_format("将《盘点表》(WPS表格)发送", "WPS表格")


def test_a_representative_video_is_no_table():
    body = "请于8月20日前将《非遗传承人登记表》（Excel）和代表性作品视频（3分钟以内）发送至jcwl@163.com。"
    assert shapes(drafted(body)) == [["sheet", "video"]]


def test_a_thing_named_by_a_word_bracket_that_goes_on_is_a_document():
    body = "请于5月15日前报送本单位工作亮点简介（Word，800字以内）和现场照片（不少于5张），邮箱jcxc@163.com。"
    assert shapes(drafted(body, "县直各单位")) == [["document", "photo"]]


# ---------------------------------------------------------------- count: what is no mailed requirement

def test_objects_carried_to_the_office_are_no_requirement():
    body = ("一、请于9月10日前将参展作品介绍（Word）发送至jcwhg@163.com。\n"
            "二、实物作品（书法、绘画、剪纸等）请于9月20日前送至文化馆一楼展厅，展后退还。")
    assert got(drafted(body)) == [(day(9, 10), LOCAL_UNITS)]


def test_objects_photographed_and_mailed_stay_a_requirement():
    body = "请于9月20日前将实物作品照片发送至jcwhg@163.com。"
    assert got(drafted(body)) == [(day(9, 20), LOCAL_UNITS)]


def test_the_issuer_calling_itself_by_its_last_word_alone_does_its_own_work_by_its_date():
    body = ("一、请于3月6日前将《会员企业发展情况统计表》（Excel）发送至jcxh@163.com。\n"
            "二、商会将于4月下旬对报送数据进行复核。")
    assert got(drafted(body)) == [(day(3, 6), LOCAL_UNITS)]


def test_each_unit_of_a_kind_asked_by_a_date_is_still_a_requirement():
    body = ("一、请于3月6日前将《农村集体资产清查表》（Excel）发送至jcjt@163.com。\n"
            "二、各乡镇农经中心将于3月20日前将整改报告发送至上述邮箱。")
    assert got(drafted(body)) == [(day(3, 6), LOCAL_UNITS), (day(3, 20), LOCAL_UNITS)]


def test_a_word_before_biao_that_makes_no_table_leaves_no_sheet():
    # 代表 / 发表 / 列表 end in 表 and name no form: the word before 表 is what is checked, not the one before it
    body = "请于6月5日前将本单位在报刊公开发表的宣传稿件（Word）发送至jcxc@163.com，由人大代表择优推荐刊发。"
    assert shapes(drafted(body, "县直各单位")) == [["document"]]


def test_a_form_named_by_the_word_before_biao_is_still_a_sheet():
    body = "请于6月5日前将《宣传骨干推荐表》（Excel）发送至jcxc@163.com。"
    assert shapes(drafted(body, "县直各单位")) == [["sheet"]]


# ---------------------------------------------------------------- parts: numbered items in one sentence

def test_numbered_items_joined_by_semicolons_are_each_a_part():
    # mixed64's 年报 notice: （一）…；（二）…；（三）… on one line drafted two parts, the Word version lost
    body = ("二、报送材料。（一）《2073年度政府信息公开工作年度报告》Word版；（二）加盖单位公章的年度报告PDF扫描件；（三）《2073年度政府信息公开工作统计数据表》（Excel格式）。\n"
            "三、报送时间。请于5月19日17时前将上述材料发送至jc7710089@163.com，邮件主题请注明“单位名称+年度报告”。")
    assert shapes(drafted(body, "县直各单位")) == [["document", "scan", "sheet"]]


def test_a_semicolon_inside_one_item_does_not_cut_it():
    body = ("二、报送材料。（一）《年度报告》（Word格式；不超过3000字）；（二）《统计数据表》（Excel格式）。\n"
            "三、报送时间。请于5月19日17时前将上述材料发送至jc7710089@163.com。")
    assert shapes(drafted(body, "县直各单位")) == [["document", "sheet"]]
