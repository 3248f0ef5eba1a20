"""What held-out notices 1200–1219 showed the drafter missing, on notice texts written for these tests: data pushed to
other units that the notice says is not sent to it (不需向我局报送), a paper sent with 向 to the sender's own town, a
photocopy carried to an office room or a paper the notice says is not scanned, a document issued by a date (…前印发),
a town written with the other of 乡 / 镇, a spreadsheet's quoted cell spread over lines, and a flow chart typed as one
line of → steps."""

from __future__ import annotations

import datetime as dt

from test_drafting_700s import LOCAL_UNITS
from test_drafting_820s import drafted, got
from test_drafting_1020s import day

from collector.drafting.reading.plain_text import normalize


def test_data_pushed_to_the_towns_and_not_sent_to_the_office_is_no_requirement():
    body = ("一、请各乡镇于5月6日前将务工人员花名册发送至jcnj@163.com。\n"
            "二、县公安局请将掌握的流动人口信息于4月28日前推送至各乡镇，供乡镇比对，不需向我局报送。")
    draft = drafted(body, "各乡镇人民政府，县公安局")
    assert got(draft) == [(day(5, 6), LOCAL_UNITS)]
    assert any("不报送本单位" in u for u in draft.unsettled)


def test_not_sent_to_some_other_unit_leaves_the_requirement():
    body = "请县公安局于4月28日前将流动人口名单报送我局，不需向县委政法委报送。以上材料发送至jcnj@163.com。"
    assert got(drafted(body, "各乡镇人民政府，县公安局")) == [(day(4, 28), ["县公安局"])]


def test_a_paper_sent_with_xiang_to_the_senders_own_town_is_no_requirement():
    body = ("一、符合条件的家庭农场于6月10日前向所在乡镇提交申报书。\n"
            "二、请各乡镇审核后于6月20日前将推荐汇总表发送至jcnj@163.com。")
    assert got(drafted(body)) == [(day(6, 20), LOCAL_UNITS)]


def test_the_towns_gathering_what_was_handed_in_there_still_send_by_mail():
    body = "请各乡镇收集农场向所在乡镇提交的申报书，于6月20日前将推荐汇总表发送至邮箱jcnj@163.com。"
    assert got(drafted(body)) == [(day(6, 20), LOCAL_UNITS)]


def test_a_photocopy_carried_to_an_office_room_is_no_mailed_requirement():
    body = ("一、请各乡镇于5月8日前将自查表发送至jcnj@163.com。\n"
            "二、请于5月15日前将土地承包合同复印件送至县农业农村局经管股（402室）。")
    draft = drafted(body)
    assert got(draft) == [(day(5, 8), LOCAL_UNITS)]
    assert any("纸质材料" in u for u in draft.unsettled)


def test_a_paper_the_notice_says_is_not_scanned_is_no_mailed_requirement():
    body = ("一、请各乡镇于5月8日前将自查表发送至jcnj@163.com。\n"
            "二、已签订的责任书，请于5月15日前交县农业农村局办公室，不需扫描发送。")
    draft = drafted(body)
    assert got(draft) == [(day(5, 8), LOCAL_UNITS)]
    assert any("不通过邮件报送" in u for u in draft.unsettled)


def test_a_scan_sent_to_the_mailbox_beside_a_page_not_scanned_stays():
    body = "签字页不需扫描，请于5月15日前将责任书复印件的Excel清单发送至jcnj@163.com。"
    assert got(drafted(body)) == [(day(5, 15), LOCAL_UNITS)]


def test_a_document_issued_by_a_date_is_no_requirement():
    body = ("一、请各乡镇于11月20日前将选题建议表发送至jcnj@163.com。\n"
            "二、我局将汇总论证，报县政府审定后于12月底前印发。")
    draft = drafted(body)
    assert got(draft) == [(day(11, 20), LOCAL_UNITS)]
    assert any("印发文件" in u for u in draft.unsettled)


def test_a_document_issued_and_then_sent_stays_a_requirement():
    body = "请各乡镇于3月20日前印发本乡镇实施方案，并将印发的方案发送至jcnj@163.com。"
    assert got(drafted(body)) == [(day(3, 20), LOCAL_UNITS)]


def test_a_town_written_with_the_other_of_xiang_and_zhen_is_the_roster_unit():
    body = ("一、请上述三个乡镇于6月5日前将核实表发送至jcnj@163.com。\n"
            "二、请玲珑塔乡另于6月12日下午3时前报送整改方案。")
    draft = drafted(body, "玲珑塔乡、魏家岭镇、谷杖子乡人民政府，县林草局")
    assert got(draft) == [(day(6, 5), ["玲珑塔镇", "谷杖子乡", "魏家岭乡"]),
                          (day(6, 12, dt.time(15, 0)), ["玲珑塔镇"])]
    assert any("玲珑塔乡" in u and "玲珑塔镇" in u for u in draft.unsettled)


def test_a_unit_asked_for_more_with_ling_before_its_date():
    body = ("一、请各乡镇于6月5日前将核实表发送至jcnj@163.com。\n"
            "二、请谷杖子乡另于6月12日下午3时前报送整改方案。")
    assert got(drafted(body))[1] == (day(6, 12, dt.time(15, 0)), ["谷杖子乡"])


def test_a_place_no_roster_unit_shares_stays_off_the_roster():
    draft = drafted("请东风乡于6月5日前将核实表发送至jcnj@163.com。", "东风乡人民政府，县林草局")
    assert not any("东风" in u for r in draft.requirements for u in r.units)
    assert not any("只差乡/镇" in u for u in draft.unsettled)


def test_a_spreadsheets_quoted_cell_over_lines_is_one_cell_of_its_row():
    body = ('一、报送安排\n序号\t报送材料\t报送单位\t报送时限\n'
            '1\t《农田水利设施台账》\t"大屯镇\n雷家店乡\n贺杖子乡"\t9月7日（星期一）前\n'
            '2\t《资金拨付情况表》\t"县水利局\n县财政局"\t9月14日（星期一）下午4时前\n'
            '3\t《管护情况报告》\t县农业农村局\t9月21日（星期一）前\n'
            '二、以上材料发送至jcnj@163.com。')
    draft = drafted(body, "各乡镇人民政府，县水利局，县财政局，县农业农村局")
    assert got(draft) == [(day(9, 7), ["大屯镇", "贺杖子乡", "雷家店乡"]),
                          (day(9, 14, dt.time(16, 0)), ["县水利局", "县财政局"]),
                          (day(9, 21), ["县农业农村局"])]


def test_a_quotation_in_prose_or_a_quote_never_closed_is_left_as_written():
    prose = '请于3月5日前报送"春耕\n备耕"情况。'
    assert normalize(prose) == prose
    unclosed = '1\t台账\t"大屯镇\n2\t报告\t县水利局\t3月9日前'
    assert normalize(unclosed) == unclosed


def test_each_step_of_a_flow_chart_typed_on_one_line_is_read_alone():
    body = ("一、工作流程\n"
            "入户调查（即日起至5月10日）→报送《示范户名单》（5月18日（星期一）前）→组织实施（5月19日至9月30日）"
            "→报送工作总结（10月12日（星期一）16时前）→县局验收（10月下旬）\n"
            "二、以上材料发送至jcnj@163.com。")
    assert got(drafted(body)) == [(day(5, 18), LOCAL_UNITS), (day(10, 12, dt.time(16, 0)), LOCAL_UNITS)]


def test_a_single_arrow_is_no_flow_chart():
    assert normalize("登录系统→填写名单") == "登录系统→填写名单"
