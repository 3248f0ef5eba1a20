"""What held-out notices 1420–1459 showed the drafter missing, on notice texts written for these tests: a mailbox
copied to (抄送) beside the collecting one, a retired mailbox named in a bracket after the new one, an address ending
its line before a paragraph that opens with a digit, a material asked as its Word copy and its stamped scan, a form's
《title》 followed by the words of its copy, the table a note is written in, and a list a unit compares before it
sends the result."""

from __future__ import annotations

from test_drafting_820s import drafted, got
from test_drafting_1020s import day
from test_drafting_1400s import shapes

from collector.drafting.heading.addresses import addresses_in_body
from collector.drafting.heading.carbon_copy import without_the_copies
from collector.drafting.materials.compared import less_the_compared
from collector.drafting.materials.format_names import a_word_copy_too
from collector.drafting.reading.layout import reflow
from collector.drafting.reading.mended_lines import an_address_ends_it


# ---------------------------------------------------------------- where: a copy, a retired mailbox, a line's end

def test_a_mailbox_the_materials_are_copied_to_for_another_office_is_no_collecting_address():
    unsettled: list[str] = []
    body = ("请于6月3日前将项目台账发送至县乡村振兴服务中心邮箱（jcxczx_tz@126.com），"
            "并抄送县委督查室邮箱（jcwdcs@163.com）。")
    found = ["jcxczx_tz@126.com", "jcwdcs@163.com"]
    assert without_the_copies(found, body, "建昌县乡村振兴服务中心", unsettled) == ["jcxczx_tz@126.com"]
    assert any("抄送" in u and "jcwdcs@163.com" in u for u in unsettled)


def test_a_drafted_notice_copying_to_another_office_collects_at_its_own_mailbox():
    body = "请于6月3日前将项目台账（Excel格式）发送至jcxczx_tz@126.com，同时抄送至县政府督查室邮箱（jcfdcs@163.com）。"
    assert drafted(body).addresses == ["jcxczx_tz@126.com"]


def test_a_copy_to_another_office_of_another_county_is_no_collecting_address_either():
    # the county's name opens both the owner and the issuer: 中共绥中县委督查室 is not the 中共绥中县委宣传部 for its 县委
    body = "请于6月3日前发送至县委宣传部邮箱szxcb@163.com，同时抄送中共绥中县委督查室邮箱（szdcs@163.com）。"
    found = ["szxcb@163.com", "szdcs@163.com"]
    assert without_the_copies(found, body, "中共绥中县委宣传部", []) == ["szxcb@163.com"]
    near = "请于6月3日前发送至县委宣传部邮箱szxcb@163.com，同时抄送绥中县委宣传部新闻科邮箱（szxw@163.com）。"
    assert without_the_copies(["szxcb@163.com", "szxw@163.com"], near, "中共绥中县委宣传部", []) == [
        "szxcb@163.com", "szxw@163.com"]


def test_a_copy_to_a_co_issuer_or_to_an_unowned_mailbox_is_still_where_to_send():
    # near misses: the joint notice's other signer, and a spare mailbox with no office named, receive the materials
    body = "请于6月3日前发送至县委宣传部邮箱jcxcb@163.com，同时抄送县文旅局文艺股邮箱jcwlj_wy@163.com。"
    both = ["jcxcb@163.com", "jcwlj_wy@163.com"]
    assert without_the_copies(both, body, "中共建昌县委宣传部  建昌县文旅局", []) == both
    spare = "请于6月3日前发送至jcxcb@163.com，同时抄送jcxcb_bak@126.com。"
    assert without_the_copies(["jcxcb@163.com", "jcxcb_bak@126.com"], spare, "中共建昌县委宣传部", []) == [
        "jcxcb@163.com", "jcxcb_bak@126.com"]


def test_a_copy_address_written_alone_is_still_where_to_send():
    # near miss: no other address is given, so the one the notice names is kept
    body = "请于6月3日前将项目台账抄送至县委督查室邮箱jcwdcs@163.com。"
    assert without_the_copies(["jcwdcs@163.com"], body, "建昌县乡村振兴服务中心", []) == ["jcwdcs@163.com"]


def test_a_retired_mailbox_in_a_bracket_after_the_new_one_retires_only_itself():
    unsettled: list[str] = []
    text = "请于9月5日前发送至我站新邮箱jcnjz_2031@126.com。\n邮箱：jcnjz_2031@126.com（旧邮箱jcnjz@163.com已停用）"
    assert addresses_in_body(text, unsettled) == ["jcnjz_2031@126.com"]
    assert any("jcnjz@163.com" in u and "停用" in u for u in unsettled)


def test_a_retired_words_bracket_holding_no_other_address_still_retires_the_address_before_it():
    # near miss: the bracket speaks of the address it follows
    text = "请将材料发送至jcnew_2031@126.com。原邮箱jcold_2030@163.com（已停用）请勿再用。"
    assert addresses_in_body(text, []) == ["jcnew_2031@126.com"]


def test_a_line_ending_in_an_address_is_not_joined_to_a_paragraph_opening_with_a_digit():
    assert an_address_ends_it("邮箱：jcmz_2035@163.com", "6月份，县民政局将开展抽查。")
    assert reflow(["邮箱：jcmz_2035@163.com", "6月份，县民政局将开展抽查。"]).split("\n")[0] == "邮箱：jcmz_2035@163.com"


def test_a_drafted_notice_keeps_its_address_whole_before_a_dated_paragraph():
    body = "请于3月12日前将排查表发送至下述邮箱。\n联系人：刘洋\n邮箱：jcmz_2035@163.com\n\n6月份，县民政局将开展抽查。"
    assert drafted(body).addresses == ["jcmz_2035@163.com"]


def test_a_line_broken_inside_a_sentence_after_an_address_is_still_joined():
    # near miss: the next line opens with Chinese, so the address cannot take it; a half address is joined as before
    assert not an_address_ends_it("请发送至jcmz_2035@163.com", "，逾期视为未报送。")
    assert not an_address_ends_it("请发送至jcmz_2035@163.", "com")


# ---------------------------------------------------------------- parts: a Word copy and a stamped scan of one material

def test_a_material_asked_as_word_and_as_a_stamped_pdf_in_one_bracket_is_two_parts():
    body = "请县文旅局、县住建局于10月9日16:00前报送自查报告（Word版和加盖单位公章的PDF版）至jcwl@163.com。"
    assert shapes(drafted(body, "县文旅局，县住建局")) == [["document", "scan"]]


def test_a_material_in_word_or_pdf_is_one_file():
    # near miss: 或 lets the unit choose one format
    assert not a_word_copy_too("报告（Word或加盖公章的PDF版）", "自查报告", "Word或加盖公章的PDF版")
    body = "请县文旅局于10月9日前将自查报告（Word版，无需盖章）发送至jcwl@163.com。"
    assert shapes(drafted(body, "县文旅局")) == [["document"]]


def test_a_form_named_again_as_its_editable_word_copy_is_a_document_beside_its_scan():
    # mixed50's 权责清单 notice: the 确认表's Word copy asked apart from its stamped scan
    body = ("二、报送材料。（一）《2040年度行政许可事项确认表》，经主要负责人签字并加盖单位公章后扫描成PDF格式；"
            "（二）确认表的可编辑Word版本（用于汇总）。\n三、请于8月6日17时前将上述材料发送至jcsp@163.com。")
    assert shapes(drafted(body, "县政府各部门")) == [["document", "scan"]]


# ---------------------------------------------------------------- parts: what is no second file

def test_a_forms_title_followed_by_the_words_of_its_copy_is_that_form():
    body = "请于7月2日前，将《农户种植意向调查表》汇总电子版（Excel格式）和田块照片发送至jcny@163.com。"
    assert shapes(drafted(body)) == [["photo", "sheet"]]


def test_a_thing_named_by_its_format_after_a_title_with_words_of_its_own_is_still_a_part():
    # near miss: 作品介绍 after 《…》 is a thing of its own, not the form's copy
    body = "请于7月2日前，将《参赛报名表》（Excel格式）和作品介绍（Word格式）发送至jcwh@163.com。"
    assert shapes(drafted(body)) == [["document", "sheet"]]


def test_the_table_a_note_is_written_in_is_no_second_table():
    body = ("请各单位于5月20日前，将《公务用车使用情况统计表》（Excel格式，无公务用车的单位在表中注明“无车”）"
            "发送至jcjg@163.com。")
    assert shapes(drafted(body, "县直各单位")) == [["sheet"]]


def test_a_table_named_after_zai_is_still_a_table():
    # near miss: 所在表 is not followed by 中 / 上 / 内
    body = "请各单位于5月20日前，将《车辆统计表》和《停放地点所在表》（Excel格式）发送至jcjg@163.com。"
    assert shapes(drafted(body, "县直各单位")) == [["sheet", "sheet"]]


def test_a_list_compared_with_another_is_not_sent_the_result_is():
    body = ("（二）县医保局将参保人员名单与死亡人员信息进行比对，请于8月28日前报送比对结果（Excel格式）至jcyb@163.com。")
    draft = drafted(body, "县医保局")
    assert got(draft) == [(day(8, 28), ["县医保局"])]
    assert shapes(draft) == [["sheet"]]


def test_the_others_situation_a_bureau_gathers_for_its_report_is_no_part():
    body = ("（二）县应急局汇总各乡镇隐患整改情况，于11月20日17时前报送专项检查情况报告（Word版及加盖公章的PDF版），"
            "邮箱jcyj@163.com。")
    assert shapes(drafted(body, "县应急局")) == [["document", "scan"]]


def test_a_list_sent_with_no_comparing_is_kept():
    assert less_the_compared("请于8月28日前报送参保人员名单和比对结果。", ["参保人员名单", "比对结果"]) == [
        "参保人员名单", "比对结果"]
    # the only thing named is kept, compared or not
    assert less_the_compared("将花名册与户籍底册核对后报送。", ["花名册"]) == ["花名册"]
