"""What held-out notices 1360–1379 showed the drafter missing, on notice texts written for these tests: a weekday written
with an Arabic digit (（星期3）), an ISO-like deadline in a year past 2099, a unit named beside a 附件's list, the next item
dated on its own, a person's post named with a material word (供稿联络员), a paper named as its scan, things no material
word names packed into one archive by a clause or given a Word format by their own bracket."""

from __future__ import annotations

import datetime as dt

from test_drafting import part_shape
from test_drafting_dates import dues
from test_drafting_700s import LOCAL_UNITS
from test_drafting_820s import drafted, got
from test_drafting_1020s import day

from collector.drafting import draft_campaign
from collector.drafting.timing.weekday_digits import spelled_out
from collector.roster import builtin_roster


def shapes(draft) -> list[list[str]]:
    return [sorted(map(part_shape, r.parts)) for r in draft.requirements]


# ---------------------------------------------------------------- dates and hours

def test_a_weekday_written_with_an_arabic_digit_keeps_the_hour_after_it():
    body = "请各乡镇于9月24日（周4）上午10时前将秋收进度表（Excel格式）发送至jcqs@163.com。"
    assert got(drafted(body)) == [(day(9, 24, dt.time(10, 0)), LOCAL_UNITS)]
    assert spelled_out("11月2日(礼拜7)前") == "11月2日(礼拜日)前"
    assert spelled_out("5月6日（星期1）1600前") == "5月6日（星期一）1600前"


def test_a_digit_in_a_bracket_that_is_no_weekday_stays_as_written():
    assert spelled_out("5月6日（第3周）前") == "5月6日（第3周）前"
    assert spelled_out("每周3次巡查（星期3）") == "每周3次巡查（星期3）"  # after no day's number
    assert spelled_out("6月1日（星期8）") == "6月1日（星期8）"  # no weekday is 8


def test_an_iso_like_deadline_under_its_label_is_read_in_any_year_of_four_digits():
    body = ("系统公告：“申报截止时间：2251-10-20 17:00:00，逾期不再受理。”请各乡镇于同一时间前将汇总表（Excel格式）"
            "发送至jcsb@163.com。")
    assert dues(body, dated="2251年9月25日") == [dt.datetime(2251, 10, 20, 17, 0)]


def test_an_iso_like_date_with_no_label_and_no_qian_is_no_deadline():
    body = ("请各乡镇将汇总表（Excel格式）发送至jcsb@163.com，备案编号2251-10-20。报送截止时间：2251年10月25日。")
    assert dues(body, dated="2251年9月25日") == [dt.datetime(2251, 10, 25, 23, 59, 59)]


# ---------------------------------------------------------------- units

NOTICE_WITH_A_LIST = ("建昌县水利局\n关于开展2026年山塘安全检查的通知\n\n有关乡镇人民政府，县应急局，县自然资源局：\n\n"
                      "请附件1所列乡镇及县应急局、县自然资源局于6月12日前将检查表（Excel格式）发送至jcst@163.com。"
                      "{more}\n\n附件：1．检查乡镇名单\n\n建昌县水利局\n2026年6月1日\n\n附件1\n\n检查乡镇名单\n\n"
                      "序号\t乡镇\t山塘数\n1\t巴什罕乡\t3\n2\t和尚房子乡\t2\n")


def test_units_named_beside_an_attachments_list_send_with_it():
    draft = draft_campaign(NOTICE_WITH_A_LIST.format(more=""), builtin_roster())
    assert got(draft) == [(day(6, 12), sorted(["巴什罕乡", "和尚房子乡", "县应急局", "县自然资源局"]))]


def test_a_unit_said_elsewhere_in_the_sentence_is_no_sender_beside_the_list():
    text = NOTICE_WITH_A_LIST.replace("乡镇及县应急局、县自然资源局于", "乡镇于").replace(
        "发送至jcst@163.com", "发送至jcst@163.com，县应急局监管的山塘由其另行检查")
    assert got(draft_campaign(text.format(more=""), builtin_roster())) == [(day(6, 12), ["和尚房子乡", "巴什罕乡"])]


# ---------------------------------------------------------------- parts

def test_the_next_item_dated_on_its_own_says_nothing_of_the_parts_before_it():
    body = ("二、工作安排\n（一）请各乡镇于4月8日前将《信息员回执》（Word格式）发送至jcxx@163.com。\n"
            "（二）撰写信息稿件。稿件须经主要负责同志审签，并在《审签单》上签字盖章。\n"
            "请于4月30日前将稿件Word文档和签字盖章后的审签单扫描件一并发送至上述邮箱。")
    assert shapes(drafted(body)) == [["document"], ["document", "scan"]]


def test_an_item_with_no_date_of_its_own_still_says_more_of_the_one_before():
    body = ("三、报送要求\n（一）请各乡镇于4月8日前将整治情况报告发送至jcxx@163.com。\n（二）报告须加盖公章，以PDF扫描件报送。")
    assert shapes(drafted(body)) == [["scan"]]


def test_a_persons_post_named_with_a_material_word_is_no_material():
    body = ("请各单位确定1名同志为简报供稿联络员，填写《联络员登记表》（Word格式），于5月6日前发送至jcjb@163.com。")
    draft = drafted(body, "县直各单位")
    assert [r.title for r in draft.requirements] == ["联络员登记表"]
    assert shapes(draft) == [["document"]]


def test_a_paper_named_as_its_scan_is_no_word_document_too():
    body = "请各乡镇于5月6日前将自查报告Word文档和签字后的承诺书扫描件一并发送至jcfz@163.com。"
    assert shapes(drafted(body)) == [["document", "scan"]]


def test_a_report_sent_in_word_and_as_a_stamped_pdf_keeps_both():
    body = "请各乡镇于5月6日前将自查报告Word版及盖章PDF版一并发送至jcfz@163.com。"
    assert shapes(drafted(body)) == [["document", "scan"]]


def test_things_no_material_word_names_packed_by_a_clause_are_one_archive():
    body = ("请各单位将全部过程资料打包为一个压缩包，连同《自评表》（Excel格式），于7月3日前发送至jcws@163.com。")
    assert shapes(drafted(body, "县直各单位")) == [["archive", "sheet"]]


def test_photos_packed_by_a_clause_stay_one_archive_and_nothing_unpacked_makes_none():
    body = "请各乡镇于7月3日前将现场照片打包为一个压缩包，连同《自评表》（Excel格式）发送至jcws@163.com。"
    assert shapes(drafted(body)) == [["archive", "sheet"]]
    body = "请各乡镇于7月3日前将《自评表》（Excel格式）发送至jcws@163.com，文件无需打包压缩。"
    assert shapes(drafted(body)) == [["sheet"]]


def test_a_thing_given_a_word_format_by_its_own_bracket_is_a_document():
    body = "请各单位于6月20日前将参赛作品（Word格式，一人一篇）和《参赛报名表》（Excel格式）发送至jczw@163.com。"
    assert shapes(drafted(body, "县直各单位")) == [["document", "sheet"]]


def test_a_word_bracket_after_a_pair_is_said_of_the_pair():
    body = "请县卫健局于6月20日前将定点医院名单及资质情况（Word版）发送至jcjk@163.com。"
    assert shapes(drafted(body, "县卫健局")) == [["document"]]


def test_a_deadline_said_as_the_same_time_takes_the_moment_named_before_it():
    body = ("省农机购置补贴系统已发布提示：“本批次申请截止时间：2026.6.19 16:00。”请各乡镇在系统中完成录入，"
            "并于同一时间前将《申请汇总表》（Excel格式）发送至jcnj@163.com。")
    draft = drafted(body)
    assert got(draft) == [(day(6, 19, dt.time(16, 0)), LOCAL_UNITS)]
    assert [r.title for r in draft.requirements] == ["申请汇总表"]  # the system's closing is no requirement of its own


def test_the_same_time_with_no_moment_before_it_is_no_deadline():
    body = "请各乡镇做好录入工作，并于同一时间前将《申请汇总表》（Excel格式）发送至jcnj@163.com。"
    assert got(drafted(body)) == []
