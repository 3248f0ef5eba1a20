"""Routing between campaigns open in one mailbox (collector/match/campaigns.py).

Three campaigns of one office beside the built-in 5·15 one, each written the
way a clerk's campaign file is (units named out of the roster). Every case is
a mail a unit really sends; each assertion fails if routing looks only at the
unit, only at the time, or at bare words without their owner.
"""

from __future__ import annotations

import datetime as dt
import io
from email.message import EmailMessage

import pytest
from route_helpers import PNG, ROSTER, SH, _docx, mail, place

from collector.campaign import campaign_from_dict, load_campaign
from collector.match import match_mail
from collector.match.words import Place, document_title, find_words
from collector.parsers import parse_message

ANNUAL = {
    "id": "annual-2023", "title": "2023年度政府信息公开工作年度报告报送", "notice_date": "2024-01-08",
    "mailbox": {"addresses": ["jc7710089@163.com"], "subject_hints": ["年度报告", "年报"]},
    "units": {"kinds": ["town", "township", "zone", "department", "institution"]},
    "requirements": [{
        "id": "report", "title": "政府信息公开工作年度报告", "due": "2024-01-20T16:00:00+08:00",
        "hints": ["年度报告", "年报", "统计表"],
        "parts": [
            {"id": "word", "title": "年度报告Word版", "kind": "document", "formats": ["docx", "doc", "wps"], "words": ["年度报告"]},
            {"id": "stamped", "title": "盖章PDF版", "kind": "document", "formats": ["pdf"], "words": ["年度报告"]},
            {"id": "table", "title": "统计表", "kind": "document", "formats": ["xlsx", "xls", "et"], "words": ["统计表"]},
        ],
    }],
}
SELFCHECK = {
    "id": "selfcheck-2023", "title": "政务公开自查整改", "notice_date": "2023-06-12",
    "mailbox": {"addresses": ["jc7710089@163.com"], "subject_hints": ["自查整改"]},
    "units": ["县发改局", "县教育局", "县民政局", "县财政局", "县住建局"],
    "requirements": [
        {"id": "selfcheck", "title": "自查报告", "due": "2023-06-25T17:00:00+08:00", "hints": ["自查报告", "自查情况"],
         "parts": [{"id": "report", "title": "自查报告", "kind": "document", "words": ["自查"]}]},
        {"id": "rectify", "title": "整改报告及整改截图", "due": "2023-07-10T16:00:00+08:00", "hints": ["整改报告", "整改情况", "整改截图"],
         "parts": [{"id": "report", "title": "整改报告", "kind": "document", "words": ["整改"]},
                   {"id": "shots", "title": "整改截图", "kind": "photo"}]},
    ],
}
SURVEY = {
    "id": "survey-2023", "title": "政务新媒体情况调查", "notice_date": "2023-06-15",
    "units": {"kinds": ["town", "township", "department"]},
    "requirements": [{"id": "form", "title": "政务新媒体调查表", "due": "2023-06-30T12:00:00+08:00",
                      "hints": ["调查表", "新媒体"],
                      "parts": [{"id": "form", "title": "调查表", "kind": "document", "formats": ["xlsx", "xls"]}]}],
}


@pytest.fixture(scope="module")
def campaigns():
    return [load_campaign(None, roster=ROSTER)] + [campaign_from_dict(d, roster=ROSTER) for d in (ANNUAL, SELFCHECK, SURVEY)]


def test_annual_report_whose_subject_says_zhengwu_gongkai_is_the_annual_report(campaigns):
    raw = mail("建昌县发展和改革局关于报送2023年政务公开工作年度报告的函", "您好，附件是我局年度报告及统计表，请查收。\n县发改局 王丽",
               {"县发改局2023年政务公开工作年度报告.docx": _docx(["建昌县发展和改革局", "2023年政府信息公开工作年度报告", "一、总体情况。"]),
                "年度报告（盖章）.pdf": b"%PDF-1.4\n%%EOF\n", "统计表.xlsx": b"PK\x03\x04"})
    m = place(campaigns, raw, dt.datetime(2024, 1, 15, 10, tzinfo=SH))
    assert (m.state, m.campaign, m.unit, m.requirements) == ("filed", "annual-2023", "县发改局", ["report"]), m.reason


def test_a_515_straggler_in_june_still_goes_to_515(campaigns):
    raw = mail("县发改局5·15政务公开日活动总结（补报）", "补报我局活动总结及照片。\n县发改局",
               {"活动总结.docx": _docx(["县发改局5·15政务公开日活动总结", "5月15日，我局开展了活动。"]), "现场.png": PNG})
    m = place(campaigns, raw, dt.datetime(2023, 6, 20, 9, tzinfo=SH))
    assert (m.state, m.campaign, m.unit) == ("filed", "jianchang-515-2023", "县发改局"), m.reason
    assert m.requirements == ["summary"]


def test_a_selfcheck_report_mentioning_rectification_in_passing_counts_only_as_selfcheck(campaigns):
    raw = mail("县民政局政务公开自查报告", "现将我局自查报告报送，整改报告另行报送。\n县民政局",
               {"县民政局政务公开自查报告.docx": _docx(["县民政局政务公开自查报告", "经自查，发现问题三项，下一步将抓好整改。"])})
    m = place(campaigns, raw, dt.datetime(2023, 6, 20, 9, tzinfo=SH))
    assert (m.state, m.campaign, m.requirements) == ("filed", "selfcheck-2023", ["selfcheck"]), m.reason


def test_a_rectification_report_with_screenshots_is_not_a_selfcheck_report(campaigns):
    raw = mail("县住建局整改报告", "根据自查发现的问题，我局已完成整改，整改报告和截图见附件。\n县住建局",
               {"整改报告.docx": _docx(["县住建局关于政务公开自查问题的整改报告", "针对自查发现的问题，逐项整改。"]),
                "整改截图1.png": PNG})
    m = place(campaigns, raw, dt.datetime(2023, 7, 5, 9, tzinfo=SH))
    assert (m.state, m.campaign, m.requirements) == ("filed", "selfcheck-2023", ["rectify"]), m.reason


def test_a_bare_mail_goes_to_the_only_campaign_in_its_window(campaigns):
    raw = mail("材料", "请查收。\n县财政局", {"材料.docx": _docx(["材料"])})
    m = place(campaigns, raw, dt.datetime(2023, 6, 13, 9, tzinfo=SH))  # before the survey's notice
    assert (m.state, m.campaign, m.unit) == ("filed", "selfcheck-2023", "县财政局"), m.reason


def test_a_bare_mail_that_fits_two_open_campaigns_goes_to_review_saying_so(campaigns):
    raw = mail("材料", "请查收。\n县财政局", {"材料.docx": _docx(["材料"])})
    m = place(campaigns, raw, dt.datetime(2023, 6, 20, 9, tzinfo=SH))
    assert m.state == "needs_review" and m.unit == "县财政局"
    assert "多项活动" in m.reason and "政务公开自查整改" in m.reason and "政务新媒体情况调查" in m.reason


def test_what_is_still_owed_settles_a_bare_mail_between_two_open_campaigns(campaigns):
    raw = mail("材料", "请查收。\n县财政局", {"材料.docx": _docx(["材料"])})
    owed = {("survey-2023", "县财政局"): set(), ("selfcheck-2023", "县财政局"): {"rectify"}}
    m = place(campaigns, raw, dt.datetime(2023, 6, 20, 9, tzinfo=SH), owed)
    assert (m.state, m.campaign) == ("filed", "selfcheck-2023"), m.reason


def test_a_town_sending_a_selfcheck_report_it_does_not_owe_goes_to_review(campaigns):
    raw = mail("建昌镇政务公开自查报告", "报送我镇自查报告。\n建昌镇人民政府", {"自查报告.docx": _docx(["建昌镇政务公开自查报告"])})
    m = place(campaigns, raw, dt.datetime(2023, 6, 20, 9, tzinfo=SH))
    assert m.state == "needs_review" and m.unit == "建昌镇", m.reason
    assert "无需报送" in m.reason and "自查报告" in m.reason


def test_a_mail_before_every_notice_of_its_units_campaigns_goes_to_review(campaigns):
    raw = mail("材料", "请查收。\n县财政局", {"材料.docx": _docx(["材料"])})
    m = place(campaigns, raw, dt.datetime(2023, 3, 1, 9, tzinfo=SH))
    assert m.state == "needs_review" and "通知日期" in m.reason


def test_one_mail_with_both_reports_answers_both_requirements(campaigns):
    raw = mail("县教育局自查报告和整改报告", "一并报送。\n县教育局",
               {"自查报告.docx": _docx(["县教育局自查报告"]), "整改报告.docx": _docx(["县教育局整改报告"])})
    m = place(campaigns, raw, dt.datetime(2023, 7, 1, 9, tzinfo=SH))
    assert (m.state, m.campaign, sorted(m.requirements)) == ("filed", "selfcheck-2023", ["rectify", "selfcheck"]), m.reason


def test_a_longer_word_of_another_requirement_covers_a_shorter_one():
    vocab = {"报告": {"a"}, "整改报告": {"b"}, "自查": {"a"}}
    found = find_words([Place("filename", "县住建局整改报告")], vocab)
    assert set(found) == {"b"}
    found = find_words([Place("filename", "自查报告")], vocab)
    assert set(found) == {"a"}


def test_a_document_title_stops_at_its_first_sentence():
    text = "县民政局\n政务公开自查报告\n经自查，发现整改事项三项。\n二、整改措施"
    assert document_title(text) == "县民政局 政务公开自查报告"


# ---------------------------------------------------------------- other matters, photos alone, facts in the body

TRAINING = {
    "id": "px-2024", "title": "2024年全县政务公开业务培训班", "notice_date": "2024-09-02",
    "mailbox": {"addresses": ["jc7710089@163.com"], "subject_hints": ["全县政务公开业务培训班"]},
    "units": {"kinds": ["town", "township", "department"]},
    "requirements": [{
        "id": "signup", "title": "报名表", "due": "2024-09-10T12:00:00+08:00", "hints": ["报名表"],
        "description": "于2024年9月10日12时前将报名表(Excel格式,含参训人员姓名、职务和手机号码)发送至邮箱",
        "parts": [{"id": "table", "title": "报名表", "kind": "document", "formats": ["xlsx", "xls"], "words": ["报名表"]},
                  {"id": "names", "title": "参训人员姓名", "kind": "field",
                   "pattern": r"(?:姓名|联系人|人员)\s*[:：]?\s*[\u4e00-\u9fa5]{2,4}"},
                  {"id": "contact", "title": "手机号码", "kind": "field", "pattern": r"1[3-9]\d{9}"}],
    }],
}
DEMO_SITE = {
    "id": "sfd-2024", "title": "2024年基层政务公开示范点申报", "notice_date": "2024-04-10",
    "mailbox": {"subject_hints": ["示范点"]}, "units": {"kinds": ["town", "township"]},
    "requirements": [{"id": "photos", "title": "示范点建设情况说明及现场照片", "due": "2024-06-28T17:00:00+08:00",
                      "hints": ["情况说明", "现场照片"],
                      "parts": [{"id": "doc", "title": "建设情况说明", "kind": "document", "words": ["情况说明"]},
                                {"id": "photos", "title": "现场照片", "kind": "photo", "min_count": 5}]}],
}
LEDGER = {
    "id": "gzyd-2024", "title": "2024年上半年政务公开工作要点落实情况", "notice_date": "2024-06-14",
    "mailbox": {"subject_hints": ["要点任务落实"]}, "units": {"kinds": ["town", "township", "department"]},
    "requirements": [{"id": "ledger", "title": "落实情况报告及任务落实台账", "due": "2024-07-05T17:00:00+08:00",
                      "hints": ["落实情况报告", "落实台账"],
                      "parts": [{"id": "doc", "title": "落实情况报告", "kind": "document", "words": ["情况报告"]},
                                {"id": "table", "title": "任务落实台账", "kind": "document", "formats": ["xlsx"],
                                 "words": ["落实台账"]}]}],
}


@pytest.fixture(scope="module")
def year_2024():
    return [load_campaign(None, roster=ROSTER)] + [campaign_from_dict(d, roster=ROSTER) for d in (TRAINING, DEMO_SITE, LEDGER)]


@pytest.mark.parametrize("subject, filename", [
    ("县应急局安全生产培训报名表", "安全生产培训报名表.xlsx"),
    ("报名表", "全市安全生产执法培训报名表.xlsx"),
    ("县应急局森林防火业务培训报名表", "报名表.xlsx"),
])
def test_another_matters_form_goes_to_review_not_to_the_campaign_asking_for_that_form(year_2024, subject, filename):
    raw = mail(subject, "请查收。\n县应急局", {filename: b"PK\x03\x04"})
    m = place(year_2024, raw, dt.datetime(2024, 9, 6, 9, tzinfo=SH))
    assert (m.state, m.unit) == ("needs_review", "县应急局"), m.reason
    assert "不是“2024年全县政务公开业务培训班”要求的材料" in m.reason


@pytest.mark.parametrize("subject, filename", [
    ("县应急局政务公开培训报名表", "报名表.xlsx"),
    ("县应急局报名表", "县应急局报名表.xlsx"),
    ("报名表", "腊嘛洞镇报名表.xlsx"),  # a name written wrong is still a name, not another matter
    ("转发：应急管理培训报名表", "全县政务公开业务培训班报名表.xlsx"),  # it speaks of the campaign
])
def test_the_campaigns_own_form_however_qualified_is_filed(year_2024, subject, filename):
    sender = "县应急局" if "腊嘛洞" not in filename else "喇嘛洞镇"
    raw = mail(subject, f"请查收。\n{sender}", {filename: b"PK\x03\x04"})
    m = place(year_2024, raw, dt.datetime(2024, 9, 6, 9, tzinfo=SH))
    assert (m.state, m.campaign, m.requirements) == ("filed", "px-2024", ["signup"]), m.reason


def test_photos_alone_go_to_the_open_campaign_that_still_wants_photos(year_2024):
    """June 2024: the town owes the 示范点 photos and the 落实情况 report (no photos); the
    5·15 campaign of 2023, whose hints say 照片, is long over and not spoken of."""
    raw = mail("补发照片", "补发昨天说明的照片。\n王宝营子乡", {f"IMG_{i}.png": PNG for i in range(6)})
    owed = {("sfd-2024", "王宝营子乡"): {"photos"}, ("gzyd-2024", "王宝营子乡"): {"ledger"},
            ("jianchang-515-2023", "王宝营子乡"): {"summary"}}
    m = place(year_2024, raw, dt.datetime(2024, 6, 25, 8, 40, tzinfo=SH), owed)
    assert (m.state, m.campaign, m.requirements) == ("filed", "sfd-2024", ["photos"]), m.reason


def test_a_bare_document_between_two_open_campaigns_still_goes_to_review(year_2024):
    raw = mail("材料", "请查收。\n王宝营子乡", {"材料.docx": _docx(["材料"])})
    owed = {("sfd-2024", "王宝营子乡"): {"photos"}, ("gzyd-2024", "王宝营子乡"): {"ledger"}}
    m = place(year_2024, raw, dt.datetime(2024, 6, 25, 8, 40, tzinfo=SH), owed)
    assert m.state == "needs_review" and "多项活动" in m.reason, m.reason


def test_names_and_mobiles_in_the_body_are_a_partial_signup(year_2024):
    raw = mail("医保局培训报名", "我局参训人员：张伟（副局长）13912345678；李娜（科员）13812345678。\n建昌县医疗保障局")
    m = place(year_2024, raw, dt.datetime(2024, 9, 5, 15, tzinfo=SH))
    assert (m.state, m.campaign, m.unit, m.requirements) == ("filed", "px-2024", "县医保局", ["signup"]), m.reason


@pytest.mark.parametrize("subject, body", [
    ("培训报名", "请问报名表需要盖章吗？联系人：张伟 13912345678\n建昌县医疗保障局"),  # a question
    ("培训通知收到", "收到，谢谢。联系人：张伟 13912345678\n建昌县医疗保障局"),  # only a signature's facts
])
def test_a_question_or_a_signature_without_attachments_is_no_submission(year_2024, subject, body):
    m = place(year_2024, mail(subject, body), dt.datetime(2024, 9, 5, 15, tzinfo=SH))
    assert m.state == "needs_review" and m.requirements == [], m.reason


ANNUAL_2024 = {
    "id": "nb-2025", "title": "2024年度政府信息公开工作年度报告", "notice_date": "2025-01-06",
    "mailbox": {"subject_hints": ["政府信息公开", "年度报告", "年报"]},
    "units": {"kinds": ["town", "township", "department", "institution"]},
    "requirements": [{"id": "report", "title": "年度报告", "due": "2025-01-17T16:00:00+08:00",
                      "hints": ["年度报告", "年报", "统计表"],
                      "description": "将政府信息公开工作年度报告Word版、盖章PDF版及统计表发送至邮箱",
                      "parts": [{"id": "word", "title": "年度报告", "kind": "document", "words": ["年度报告"]}]}],
}
SELF_CHECK_NO_YEAR = {
    "id": "ssj-2025", "title": "“双随机、一公开”监管工作自查整改", "notice_date": "2025-01-13",
    "mailbox": {"subject_hints": ["双随机"]}, "units": ["县市场局", "县住建局"],
    "requirements": [{"id": "self-check", "title": "自查报告", "due": "2025-01-24T17:00:00+08:00",
                      "hints": ["自查报告"],
                      "parts": [{"id": "doc", "title": "自查报告", "kind": "document", "words": ["自查报告"]}]}],
}
CASES = {
    "id": "al-2025", "title": "2024年度政务公开典型案例", "notice_date": "2025-02-17",
    "mailbox": {"subject_hints": ["政务公开典型案例"]}, "units": {"kinds": ["town", "township", "department"]},
    "requirements": [{"id": "cases", "title": "案例材料和图片", "due": "2025-03-07T17:00:00+08:00",
                      "hints": ["案例材料", "案例", "图片"],
                      "parts": [{"id": "doc", "title": "案例材料", "kind": "document", "words": ["案例"]},
                                {"id": "photos", "title": "图片", "kind": "photo", "min_count": 2}]}],
}


@pytest.fixture(scope="module")
def year_2025():
    return [campaign_from_dict(d, roster=ROSTER) for d in (ANNUAL_2024, SELF_CHECK_NO_YEAR, CASES)]


@pytest.mark.parametrize("year, state", [("2024", "filed"), ("2025", "filed"), ("2023", "needs_review"),
                                         ("2026", "needs_review")])
def test_a_title_without_a_year_takes_the_notices_year_and_the_one_before(year_2025, year, state):
    raw = mail(f"县市场局{year}年度双随机自查报告", "请查收。\n县市场局",
               {f"{year}年度自查报告.docx": _docx([f"建昌县市场监督管理局{year}年度双随机一公开监管工作自查报告"])})
    m = place(year_2025, raw, dt.datetime(2025, 1, 20, 9, tzinfo=SH))
    assert m.state == state, m.reason
    assert m.state == "filed" or f"{year}年的材料" in m.reason


def test_a_title_with_a_year_keeps_to_it(year_2025):
    raw = mail("县住建局2023年度政府信息公开工作年度报告", "请查收。\n县住建局",
               {"2023年度年度报告.docx": _docx(["建昌县住房和城乡建设局2023年度政府信息公开工作年度报告"])})
    m = place(year_2025, raw, dt.datetime(2025, 1, 10, 9, tzinfo=SH))
    assert m.state == "needs_review" and "2023年的材料" in m.reason, m.reason


def test_another_offices_annual_report_is_not_the_campaigns_though_both_say_nianduabaogao(year_2025):
    raw = mail("县档案馆2024年度档案工作年度报告", "附件为我馆2024年度档案工作年度报告，请转市档案馆。",
               {"档案工作年度报告.docx": _docx(["建昌县档案馆2024年度档案工作年度报告", "一、档案收集整理情况"])})
    m = place(year_2025, raw, dt.datetime(2025, 1, 13, 14, tzinfo=SH))
    assert (m.state, m.unit) == ("needs_review", "县档案馆"), m.reason
    assert "档案工作年度报告" in m.reason


@pytest.mark.parametrize("subject", ["县档案馆2024年度政府信息公开工作年度报告", "县档案馆年度报告",
                                     "县档案馆补发年度报告"])
def test_the_campaigns_own_annual_report_is_filed(year_2025, subject):
    raw = mail(subject, "请查收。\n县档案馆", {"年度报告.docx": _docx(["建昌县档案馆2024年度政府信息公开工作年度报告"])})
    m = place(year_2025, raw, dt.datetime(2025, 1, 13, 14, tzinfo=SH))
    assert (m.state, m.campaign) == ("filed", "nb-2025"), m.reason


@pytest.mark.parametrize("subject", ["县人社局“政务开放日”拉近政民距离典型案例", "县人社局补发图片"])
def test_a_quoted_case_title_or_a_stock_verb_is_no_other_matter(year_2025, subject):
    files = {"案例.docx": _docx(["建昌县人力资源和社会保障局政务公开典型案例"])} if "案例" in subject else {}
    files |= {"1.png": PNG, "2.png": PNG}
    m = place(year_2025, mail(subject, "请审阅。\n县人社局", files), dt.datetime(2025, 2, 25, 9, tzinfo=SH))
    assert (m.state, m.campaign) == ("filed", "al-2025"), m.reason


def test_the_sign_off_of_a_towns_party_office_names_the_town(year_2025):
    raw = mail("政务公开典型案例", "县政府办公室：\n附件为我镇报送的典型案例和图片。\n\n玲珑塔镇党政办 王芳 13904291234",
               {"典型案例.docx": _docx(["政务公开典型案例", "一、背景"]), "1.png": PNG, "2.png": PNG})
    m = place(year_2025, raw, dt.datetime(2025, 2, 24, 14, tzinfo=SH))
    assert (m.state, m.campaign, m.unit) == ("filed", "al-2025", "玲珑塔镇"), m.reason


SUMMARY_PLAN = {
    "id": "zj-2025", "title": "2025年工作总结和2026年工作计划", "notice_date": "2025-12-01",
    "mailbox": {"subject_hints": ["总结", "计划"]}, "units": {"kinds": ["town", "township", "zone", "department"]},
    "requirements": [{"id": "summary", "title": "工作总结和工作计划", "due": "2025-12-19T17:00:00+08:00",
                      "hints": ["工作总结", "工作计划"],
                      "parts": [{"id": "doc", "title": "工作总结", "kind": "document", "words": ["工作总结"]},
                                {"id": "doc2", "title": "工作计划", "kind": "document", "words": ["工作计划"]}]}],
}
SAFETY = {
    "id": "aq-2025", "title": "2025年冬季全县安全生产大检查", "notice_date": "2025-11-10",
    "mailbox": {"subject_hints": ["安全生产大检查"]}, "units": {"kinds": ["town", "township", "zone", "department"]},
    "requirements": [{"id": "inspection", "title": "检查情况报告及隐患排查整治台账", "due": "2025-12-05T17:00:00+08:00",
                      "hints": ["检查情况报告", "整治台账"],
                      "parts": [{"id": "report", "title": "检查情况报告", "kind": "document", "words": ["情况报告"]},
                                {"id": "ledger", "title": "隐患台账", "kind": "document", "formats": ["xlsx"],
                                 "words": ["台账"]}]}],
}
SELF_EVAL = {
    "id": "pg-2025", "title": "2025年度政务公开第三方评估迎检", "notice_date": "2025-11-05",
    "mailbox": {"subject_hints": ["第三方评估", "自评"]}, "units": {"kinds": ["town", "township", "department"]},
    "requirements": [{"id": "self-eval", "title": "自评表和截图", "due": "2025-11-19T17:00:00+08:00",
                      "hints": ["自评表", "截图"],
                      "parts": [{"id": "table", "title": "自评表", "kind": "document", "words": ["自评表"]}]}],
}


@pytest.fixture(scope="module")
def late_2025():
    return [load_campaign(None, roster=ROSTER)] + [campaign_from_dict(d, roster=ROSTER)
                                                  for d in (SUMMARY_PLAN, SAFETY, SELF_EVAL)]


def test_last_years_summary_is_not_the_one_asked_though_its_plan_year_matches(late_2025):
    raw = mail("县文旅局工作总结和工作计划", "请审阅。\n县文旅局",
               {"文旅局2024年工作总结.docx": _docx(["建昌县文化旅游和广播电视局2024年工作总结"]),
                "文旅局2025年工作计划.docx": _docx(["建昌县文化旅游和广播电视局2025年工作计划"])})
    m = place(late_2025, raw, dt.datetime(2025, 12, 5, 10, tzinfo=SH))
    assert m.state == "needs_review" and "2024年的工作总结" in m.reason, m.reason


def test_this_years_summary_and_next_years_plan_are_filed(late_2025):
    raw = mail("县文旅局工作总结和工作计划", "请审阅。\n县文旅局",
               {"文旅局2025年工作总结.docx": _docx(["建昌县文化旅游和广播电视局2025年工作总结"]),
                "文旅局2026年工作计划.docx": _docx(["建昌县文化旅游和广播电视局2026年工作计划"])})
    m = place(late_2025, raw, dt.datetime(2025, 12, 5, 10, tzinfo=SH))
    assert (m.state, m.campaign) == ("filed", "zj-2025"), m.reason


@pytest.mark.parametrize("topic", ["党建", "安全生产"])
def test_a_topical_summary_is_not_the_units_yearly_summary(late_2025, topic):
    raw = mail(f"县司法局2025年{topic}工作总结", "请审阅。\n县司法局",
               {f"司法局2025年{topic}工作总结.docx": _docx([f"建昌县司法局2025年{topic}工作总结"])})
    m = place(late_2025, raw, dt.datetime(2025, 12, 9, 14, tzinfo=SH))
    assert (m.state, m.unit) == ("needs_review", "县司法局"), m.reason


def test_a_hint_that_is_part_of_a_material_word_does_not_vouch_for_another_matters_form(late_2025):
    raw = mail("县教育局自评表", "附件为我局营商环境评价自评表，请转县营商局。",
               {"营商环境评价自评表.xlsx": b"PK\x03\x04"})
    m = place(late_2025, raw, dt.datetime(2025, 11, 17, 9, tzinfo=SH))
    assert (m.state, m.unit) == ("needs_review", "县教育局"), m.reason


def test_one_mail_for_two_open_campaigns_goes_to_review_though_an_old_one_shares_a_word(late_2025):
    raw = mail("石佛乡报送材料", "大检查材料和年度总结、计划一并报送。\n石佛乡",
               {"石佛乡安全生产大检查情况报告.pdf": b"%PDF-1.4\n%%EOF\n", "石佛乡隐患排查整治台账.xlsx": b"PK\x03\x04",
                "石佛乡2025年工作总结.docx": _docx(["石佛乡2025年工作总结"]),
                "石佛乡2026年工作计划.docx": _docx(["石佛乡2026年工作计划"])})
    m = place(late_2025, raw, dt.datetime(2025, 12, 3, 10, tzinfo=SH))
    assert m.state == "needs_review" and "分属多项活动" in m.reason, m.reason


def test_an_office_of_the_unit_signs_for_it_and_a_ledgers_rows_name_no_unit(late_2025):
    import openpyxl

    book = openpyxl.Workbook()
    for row in (["序号", "检查对象", "隐患"], [1, "辖区加油站", "灭火器过期"], [2, "敬老院", "线路老化"]):
        book.active.append(row)
    out = io.BytesIO()
    book.save(out)
    raw = mail("安全生产大检查情况报告及台账", "县政府办公室：\n附件为我乡检查情况报告和隐患台账，请审阅。\n\n和尚房子乡应急办 王芳\n13904291234",
               {"检查情况报告.pdf": b"%PDF-1.4\n%%EOF\n", "隐患台账.xlsx": out.getvalue()})
    m = place(late_2025, raw, dt.datetime(2025, 11, 21, 14, tzinfo=SH))
    assert (m.state, m.campaign, m.unit) == ("filed", "aq-2025", "和尚房子乡"), m.reason


def test_the_zones_management_committee_is_the_zone(late_2025):
    raw = mail("八家子经济开发区管理委员会2025年工作总结和2026年工作计划", "请审阅。",
               {"2025年工作总结.docx": _docx(["八家子经济开发区2025年工作总结"]),
                "2026年工作计划.docx": _docx(["八家子经济开发区2026年工作计划"])})
    m = place(late_2025, raw, dt.datetime(2025, 12, 10, 9, tzinfo=SH))
    assert (m.state, m.campaign, m.unit) == ("filed", "zj-2025", "八家子经济开发区"), m.reason


def test_a_date_before_the_material_is_not_its_year(late_2025):
    raw = mail("县文旅局工作总结和工作计划", "请审阅。\n县文旅局",
               {"2025年12月工作总结.docx": _docx(["建昌县文化旅游和广播电视局2025年工作总结"]),
                "2025年12月工作计划.docx": _docx(["建昌县文化旅游和广播电视局2026年工作计划"])})
    m = place(late_2025, raw, dt.datetime(2025, 12, 5, 10, tzinfo=SH))
    assert (m.state, m.campaign) == ("filed", "zj-2025"), m.reason


FLOOD_PLAN = {
    "id": "fx-2026", "title": "2026年乡镇防汛应急预案修订", "notice_date": "2026-01-20",
    "mailbox": {"subject_hints": ["防汛应急预案"]}, "units": {"kinds": ["town", "township"]},
    "requirements": [{"id": "plan", "title": "防汛应急预案及责任人名单", "due": "2026-02-10T17:00:00+08:00",
                      "hints": ["防汛应急预案", "责任人名单"],
                      "parts": [{"id": "doc", "title": "防汛应急预案", "kind": "document", "words": ["预案"]}]}],
}
REVIEW_2025 = {
    "id": "kh-2026", "title": "2025年度政务公开工作考核自评", "notice_date": "2026-01-12",
    "mailbox": {"subject_hints": ["考核自评"]}, "units": {"kinds": ["town", "township", "department"]},
    "requirements": [{"id": "self", "title": "自评报告和佐证材料", "due": "2026-01-26T17:00:00+08:00",
                      "hints": ["自评报告", "佐证材料"],
                      "parts": [{"id": "doc", "title": "自评报告", "kind": "document", "words": ["自评报告"]}]}],
}


@pytest.fixture(scope="module")
def early_2026():
    return [campaign_from_dict(d, roster=ROSTER) for d in (FLOOD_PLAN, REVIEW_2025)]


def test_another_years_plan_is_not_filed_to_a_campaign_it_names_nothing_of(early_2026):
    raw = mail("牤牛营子乡防汛应急预案", "附件为我乡防汛应急预案，请审阅。",
               {"牤牛营子乡2025年防汛应急预案.docx": _docx(["牤牛营子乡2025年防汛应急预案"])})
    m = place(early_2026, raw, dt.datetime(2026, 1, 27, 10, tzinfo=SH))
    assert m.state == "needs_review" and "2025年" in m.reason, m.reason


def test_a_ledger_of_its_own_is_not_a_bare_mail(early_2026):
    raw = mail("县民政局诉求台账", "附件为我局走访企业诉求台账，请审阅。", {"企业诉求台账.xlsx": b"PK\x03\x04"})
    m = place(early_2026, raw, dt.datetime(2026, 1, 20, 9, tzinfo=SH))
    assert (m.state, m.unit) == ("needs_review", "县民政局"), m.reason


def test_a_mail_asking_a_question_is_answered_by_a_person_not_placed_by_time(early_2026):
    raw = mail("转发：关于报送全市考核材料的通知", "市里这个表，是否与县里的一并报送？请县政府办明示。\n县民政局",
               {"空白模板.xlsx": b"PK\x03\x04"})
    m = place(early_2026, raw, dt.datetime(2026, 1, 20, 9, tzinfo=SH))
    assert m.state == "needs_review" and "询问" in m.reason, m.reason


FIRE_CHECK = {
    "id": "xf-2026", "title": "2026年夏季消防安全检查", "notice_date": "2026-06-01",
    "mailbox": {"subject_hints": ["夏季消防安全检查", "消防安全检查"]}, "units": {"kinds": ["town", "township", "department"]},
    "requirements": [{"id": "inspection", "title": "消防安全检查情况表及现场照片", "due": "2026-06-26T17:00:00+08:00",
                      "hints": ["消防安全检查情况表", "情况表"],
                      "parts": [{"id": "table", "title": "情况表", "kind": "document", "words": ["情况表"]}]}],
}
PROPOSALS = {
    "id": "ta-2026", "title": "2026年度人大代表建议和政协提案办理", "notice_date": "2026-04-13",
    "mailbox": {"subject_hints": ["建议提案"]}, "units": ["县水利局", "县文旅局"],
    "requirements": [{"id": "report", "title": "办理情况报告", "due": "2026-06-30T17:00:00+08:00",
                      "hints": ["办理情况报告"],
                      "parts": [{"id": "stamped", "title": "办理情况报告", "kind": "document", "words": ["办理情况"]}]}],
}
TRAINING_REPLY = {
    "id": "px-2026", "title": "2026年全县政务公开业务培训班", "notice_date": "2026-06-15",
    "mailbox": {"subject_hints": ["政务公开业务培训班"]}, "units": {"kinds": ["town", "township", "department"]},
    "requirements": [{"id": "reply", "title": "参训人员回执", "due": "2026-06-19T12:00:00+08:00", "hints": ["回执"],
                      "parts": [{"id": "names", "title": "参训人员姓名", "kind": "field",
                                 "pattern": r"(?:姓名|联系人|人员)\s*[:：]?\s*[\u4e00-\u9fa5]{2,4}"},
                                {"id": "contact", "title": "手机号码", "kind": "field", "pattern": r"1[3-9]\d{9}"}]}],
}


@pytest.fixture(scope="module")
def summer_2026():
    return [campaign_from_dict(d, roster=ROSTER) for d in (FIRE_CHECK, PROPOSALS, TRAINING_REPLY)]


def test_a_qualifier_half_in_the_campaigns_words_leaves_it_to_the_other_places(summer_2026):
    raw = mail("巴什罕乡防火检查情况表", "请审阅。\n巴什罕乡",
               {"巴什罕乡森林防火检查情况表.xlsx": b"PK\x03\x04", "IMG_1.png": PNG, "IMG_2.png": PNG})
    m = place(summer_2026, raw, dt.datetime(2026, 6, 20, 9, tzinfo=SH))
    assert (m.state, m.unit) == ("needs_review", "巴什罕乡"), m.reason


def test_reply_facts_in_the_body_go_to_the_campaign_asking_for_them(summer_2026):
    raw = mail("水利局报名", "参训人员：王强 13912345678；李丽 13812345678。回执表随后补报。\n县水利局")
    m = place(summer_2026, raw, dt.datetime(2026, 6, 17, 9, tzinfo=SH))
    assert (m.state, m.campaign, m.requirements) == ("filed", "px-2026", ["reply"]), m.reason


def test_a_short_form_made_of_the_official_names_characters_is_the_unit(summer_2026):
    raw = mail("文广旅局消防安全检查情况表", "请审阅。\n建昌县文化旅游和广播电视局",
               {"情况表.xlsx": b"PK\x03\x04", "IMG_1.png": PNG, "IMG_2.png": PNG})
    m = place(summer_2026, raw, dt.datetime(2026, 6, 20, 9, tzinfo=SH))
    assert (m.state, m.unit) == ("filed", "县文旅局"), m.reason


BUDGET = {
    "id": "ys-2027", "title": "2027年度部门预算编制", "notice_date": "2026-10-26",
    "mailbox": {"subject_hints": ["部门预算"]}, "units": {"kinds": ["department"]},
    "requirements": [{"id": "budget", "title": "部门预算表及编制说明", "due": "2026-11-13T17:00:00+08:00",
                      "hints": ["部门预算表", "编制说明"],
                      "parts": [{"id": "table", "title": "部门预算表", "kind": "document", "words": ["预算表"]}]}],
}


def test_a_title_with_one_year_gives_it_to_every_material():
    cs = [campaign_from_dict(BUDGET, roster=ROSTER)]
    raw = mail("营商局部门预算表", "附件为我局部门预算表，请审核。\n县营商局",
               {"营商局2026年度部门预算表.xlsx": b"PK\x03\x04"})
    m = place(cs, raw, dt.datetime(2026, 10, 28, 15, tzinfo=SH))
    assert m.state == "needs_review" and "2026年" in m.reason, m.reason


def test_an_office_of_a_town_signs_for_it(summer_2026):
    raw = mail("消防安全检查情况表", "县政府办公室：\n附件为检查情况表，请审阅。\n\n王宝营子乡人民政府林业站 王芳 13904291234",
               {"情况表.xlsx": b"PK\x03\x04", "IMG_1.png": PNG, "IMG_2.png": PNG})
    m = place(summer_2026, raw, dt.datetime(2026, 6, 20, 9, tzinfo=SH))
    assert (m.state, m.unit) == ("filed", "王宝营子乡"), m.reason


def test_one_mail_for_two_campaigns_of_different_years_goes_to_review_split():
    info = {"id": "xx-2026", "title": "2026年第四季度政务信息", "notice_date": "2026-11-02",
            "mailbox": {"subject_hints": ["政务信息"]}, "units": {"kinds": ["department"]},
            "requirements": [{"id": "info", "title": "工作信息", "due": "2026-11-27T17:00:00+08:00", "hints": ["工作信息"],
                              "parts": [{"id": "doc", "title": "工作信息", "kind": "document", "words": ["工作信息"]}]}]}
    cs = [campaign_from_dict(d, roster=ROSTER) for d in (BUDGET, info)]
    raw = mail("应急管理局报送材料", "2027年部门预算表和第四季度工作信息一并报送。\n县应急局",
               {"应急管理局2027年度部门预算表.xlsx": b"PK\x03\x04", "应急管理局工作信息.docx": _docx(["县应急局工作信息"])})
    m = place(cs, raw, dt.datetime(2026, 11, 13, 11, tzinfo=SH))
    assert m.state == "needs_review" and "分属多项活动" in m.reason, m.reason


def test_a_material_said_to_be_sent_already_is_not_what_this_mail_carries(late_2025):
    raw = mail("县住建局工作总结", "附件为工作总结。安全生产大检查情况报告已于11月20日报送。\n县住建局",
               {"县住建局工作总结.docx": _docx(["县住建局扎实开展安全生产宣传"])})
    m = place(late_2025, raw, dt.datetime(2025, 12, 3, 9, tzinfo=SH))
    assert (m.state, m.campaign) == ("filed", "zj-2025"), m.reason


FIRE = {
    "id": "fh-2026", "title": "2026年秋冬季森林草原防灭火", "notice_date": "2026-10-12",
    "mailbox": {"subject_hints": ["森林防火", "防灭火"]}, "units": {"kinds": ["town", "township"]},
    "requirements": [
        {"id": "list", "title": "责任人名单", "due": "2026-10-23T17:00:00+08:00", "hints": ["责任人名单"],
         "parts": [{"id": "table", "title": "责任人名单", "kind": "document", "words": ["责任人名单"]}]},
        {"id": "hazards", "title": "隐患排查情况报告", "due": "2026-11-20T17:00:00+08:00", "hints": ["隐患排查情况报告"],
         "parts": [{"id": "doc", "title": "隐患排查情况报告", "kind": "document", "words": ["隐患排查"]}]},
    ],
}
INFO = {
    "id": "xx-2026", "title": "2026年第四季度政务信息", "notice_date": "2026-11-02",
    "mailbox": {"subject_hints": ["政务信息"]}, "units": {"kinds": ["town", "township", "department", "institution"]},
    "requirements": [{"id": "info", "title": "工作信息", "due": "2026-11-27T17:00:00+08:00", "hints": ["工作信息"],
                      "parts": [{"id": "doc", "title": "工作信息", "kind": "document", "words": ["工作信息"]}]}],
}
FIRE_NEWS = ["扎实开展秋冬季森林防火宣传", "第四季度以来，我乡坚持问题导向，压实工作责任。", "（撰稿人：王芳）"]


@pytest.fixture(scope="module")
def autumn_2026():
    return [campaign_from_dict(d, roster=ROSTER) for d in (FIRE, INFO)]


@pytest.mark.parametrize("subject, filename", [("信息", "信息.docx"), ("石佛乡报送材料", "石佛乡信息.docx")])
def test_a_materials_last_word_alone_names_it_when_only_one_owed_material_ends_so(autumn_2026, subject, filename):
    """信息 is what 石佛乡 calls the 工作信息 it owes; the piece's topic (森林防火) is not
    the fire campaign's report. 石佛乡 owes both on 11-10."""
    raw = mail(subject, "请查收。\n石佛乡", {filename: _docx(FIRE_NEWS)})
    m = place(autumn_2026, raw, dt.datetime(2026, 11, 10, 9, tzinfo=SH))
    assert (m.state, m.campaign, m.unit, m.requirements) == ("filed", "xx-2026", "石佛乡", ["info"]), m.reason


def test_a_last_word_that_ends_two_owed_materials_names_neither(autumn_2026):
    """报告 would do for the 隐患排查情况报告, but a 报告 is also what else a town may owe:
    with a second campaign asking for a 自查报告, a bare "报告" decides nothing."""
    selfcheck = {"id": "zc-2026", "title": "2026年安全生产自查", "notice_date": "2026-11-01",
                 "mailbox": {"subject_hints": ["安全生产自查"]}, "units": {"kinds": ["town", "township"]},
                 "requirements": [{"id": "report", "title": "自查报告", "due": "2026-11-25T17:00:00+08:00",
                                   "hints": ["自查报告"],
                                   "parts": [{"id": "doc", "title": "自查报告", "kind": "document", "words": ["自查报告"]}]}]}
    cs = [campaign_from_dict(d, roster=ROSTER) for d in (FIRE, selfcheck)]
    raw = mail("石佛乡报告", "请查收。\n石佛乡", {"报告.docx": _docx(["报告", "我乡有关工作情况如下。"])})
    m = place(cs, raw, dt.datetime(2026, 11, 10, 9, tzinfo=SH))
    assert (m.state, m.unit) == ("needs_review", "石佛乡") and "多项活动" in m.reason, m.reason


def test_a_piece_on_another_campaigns_topic_is_still_the_material_its_subject_names(autumn_2026):
    """县融媒体中心 is not on the fire campaign: its 工作信息 about 森林防火宣传 is the 信息 it owes."""
    raw = mail("融媒体中心工作信息（修改稿，以此为准）", "数据有误，请以此稿为准。\n县融媒体中心",
               {"融媒体中心工作信息（修改稿）.docx": _docx(["融媒体中心扎实开展秋冬季森林防火宣传", "第四季度以来，中心加强宣传。"])})
    m = place(autumn_2026, raw, dt.datetime(2026, 11, 9, 10, tzinfo=SH))
    assert (m.state, m.campaign, m.unit, m.requirements) == ("filed", "xx-2026", "县融媒体中心", ["info"]), m.reason


def test_a_unit_sending_a_campaign_it_is_not_on_goes_to_review_when_its_subject_names_nothing_it_owes(autumn_2026):
    raw = mail("融媒体中心森林防火隐患排查情况", "请查收。\n县融媒体中心",
               {"隐患排查情况报告.docx": _docx(["融媒体中心森林防火隐患排查情况报告", "经排查，未发现隐患。"])})
    m = place(autumn_2026, raw, dt.datetime(2026, 11, 9, 10, tzinfo=SH))
    assert (m.state, m.unit) == ("needs_review", "县融媒体中心") and "不在该活动的报送单位中" in m.reason, m.reason


WINTER_FIRE = {
    "id": "xf-2026w", "title": "2026年冬季消防安全隐患排查整治", "notice_date": "2026-11-16",
    "mailbox": {"subject_hints": ["消防安全", "隐患排查整治"]}, "units": {"kinds": ["town", "township"]},
    "requirements": [{"id": "hazards", "title": "隐患排查整治台账及现场照片", "due": "2026-12-04T17:00:00+08:00",
                      "hints": ["隐患排查整治台账", "整治台账"],
                      "parts": [{"id": "table", "title": "台账", "kind": "document", "words": ["台账"]},
                                {"id": "photos", "title": "现场照片", "kind": "photo", "min_count": 3}]}],
}
WORK_SUMMARY = {
    "id": "zj-2026", "title": "2026年工作总结和2027年工作计划", "notice_date": "2026-11-23",
    "mailbox": {"subject_hints": ["工作总结"]}, "units": {"kinds": ["department", "institution"]},
    "requirements": [{"id": "summary", "title": "工作总结", "due": "2026-12-11T17:00:00+08:00", "hints": ["工作总结"],
                      "parts": [{"id": "doc", "title": "工作总结", "kind": "document", "words": ["工作总结"]}]}],
}
QUESTIONNAIRE = {
    "id": "wj-2026", "title": "2026年度政务公开工作问卷调查", "notice_date": "2026-11-30",
    "mailbox": {"subject_hints": ["调查问卷"]}, "units": {"kinds": ["town", "township", "department", "institution"]},
    "requirements": [{"id": "survey", "title": "政务公开工作调查问卷", "due": "2026-12-14T17:00:00+08:00",
                      "hints": ["调查问卷", "问卷"],
                      "parts": [{"id": "table", "title": "问卷", "kind": "document", "words": ["问卷"]}]}],
}


@pytest.fixture(scope="module")
def winter_2026():
    return [load_campaign(None, roster=ROSTER)] + [campaign_from_dict(d, roster=ROSTER)
                                                    for d in (WINTER_FIRE, WORK_SUMMARY, QUESTIONNAIRE)]


@pytest.mark.parametrize("short, unit", [("文旅广电局", "县文旅局"), ("乡振局", "县乡村振兴局")])
def test_a_short_form_no_roster_lists_names_the_one_unit_it_shortens(winter_2026, short, unit):
    """Nothing else names the unit: the short form alone, in the subject and the sign-off."""
    raw = mail(f"{short}2026年工作总结", f"请审阅。\n{short}", {"年度工作总结.docx": _docx(["2026年度工作总结", "一、主要工作成效。"])},
               sender="first.time@163.com")
    m = place(winter_2026, raw, dt.datetime(2026, 12, 10, 10, tzinfo=SH))
    assert (m.state, m.campaign, m.unit, m.requirements) == ("filed", "zj-2026", unit, ["summary"]), m.reason
    assert "简称" in m.reason


def test_a_name_that_shortens_no_unit_stays_unknown(winter_2026):
    """经管局 begins no unit's name: it is not taken for a bureau that merely shares 管 and 局."""
    raw = mail("经管局工作总结", "请审阅。\n经管局", {"年度工作总结.docx": _docx(["2026年度工作总结"])}, sender="first.time@163.com")
    m = place(winter_2026, raw, dt.datetime(2026, 12, 10, 10, tzinfo=SH))
    assert (m.state, m.unit) == ("needs_review", None), m.reason


def test_two_campaigns_in_one_mail_though_an_old_campaign_shares_a_word(winter_2026):
    """The 5·15 campaign also asks for a 总结 and speaks of 政务公开: it claims the same
    document as the 工作总结 campaign, which must not hide that the 问卷 is another's."""
    raw = mail("司法局报送材料", "年度工作总结和调查问卷一并报送。\n县司法局",
               {"司法局2026年度工作总结.docx": _docx(["建昌县司法局2026年度工作总结"]),
                "司法局2026年度政务公开工作调查问卷.xlsx": b"PK\x03\x04"})
    m = place(winter_2026, raw, dt.datetime(2026, 12, 9, 10, tzinfo=SH))
    assert m.state == "needs_review" and "分属多项活动" in m.reason, m.reason
    assert "工作总结" in m.reason and "问卷调查" in m.reason


def test_a_subject_naming_a_material_no_campaign_asks_for_is_not_placed_by_its_topic(winter_2026):
    """A 工作信息 about the fire campaign's work, with two pictures, is news, not its 台账."""
    raw = mail("汤神庙镇工作信息", "附件为我镇工作信息一篇，请审阅。\n汤神庙镇",
               {"汤神庙镇扎实开展冬季消防安全隐患排查整治.docx": _docx(["汤神庙镇扎实开展冬季消防安全隐患排查整治", "入冬以来，我镇组织专班排查。"]),
                "IMG_1.png": PNG, "IMG_2.png": PNG})
    m = place(winter_2026, raw, dt.datetime(2026, 12, 2, 10, tzinfo=SH))
    assert (m.state, m.unit) == ("needs_review", "汤神庙镇") and "工作信息" in m.reason, m.reason


def test_a_mail_whose_files_are_only_behind_a_large_attachment_link_is_filed_saying_so(winter_2026):
    raw = mail("养马甸子乡消防安全隐患排查整治台账及照片",
               "照片较大，台账和照片一起用超大附件发送：\n\n从网易163邮箱发来的超大附件\n养马甸子乡消防排查.zip (86.2M, 2026年12月17日 16:20 到期)\n"
               "下载: https://mail.163.com/large-attachment-download/index.html?p=K8M2Q7&file=xfpc\n养马甸子乡")
    m = place(winter_2026, raw, dt.datetime(2026, 12, 2, 16, tzinfo=SH))
    assert (m.state, m.campaign, m.unit) == ("filed", "xf-2026w", "养马甸子乡"), m.reason
    assert "超大附件链接" in m.reason and "下载" in m.reason


@pytest.mark.parametrize("body", ["请审核是否符合要求。", "请审阅，看看是否妥当。", "麻烦核对一下有无遗漏？"])
def test_a_request_to_check_the_attachment_is_no_question(early_2026, body):
    """"请审核是否符合要求" asks the office to look at what is attached: the bare 预案 is still
    placed by time, as without the sentence."""
    raw = mail("材料", f"{body}\n牤牛营子乡", {"材料.docx": _docx(["材料"])})
    m = place(early_2026, raw, dt.datetime(2026, 2, 2, 10, tzinfo=SH))
    assert (m.state, m.campaign, m.unit) == ("filed", "fx-2026", "牤牛营子乡"), m.reason


@pytest.mark.parametrize("body", ["是否需要盖章？", "请问名单是否要附身份证号", "能否延期两天"])
def test_a_question_beside_a_bare_file_still_goes_to_a_person(early_2026, body):
    raw = mail("材料", f"{body}\n牤牛营子乡", {"材料.docx": _docx(["材料"])})
    m = place(early_2026, raw, dt.datetime(2026, 2, 2, 10, tzinfo=SH))
    assert (m.state, m.unit) == ("needs_review", "牤牛营子乡") and "询问" in m.reason, m.reason


SPRING_FARMING = {
    "id": "cg-2026", "title": "2026年春耕备耕生产情况统计表", "notice_date": "2026-03-09",
    "mailbox": {"subject_hints": ["春耕备耕生产", "春耕", "备耕"]}, "units": {"kinds": ["town", "township"]},
    "requirements": [{"id": "statistics", "title": "春耕备耕生产情况统计表", "due": "2026-03-20T17:00:00+08:00",
                      "hints": ["春耕备耕生产情况统计表", "春耕备耕"],
                      "parts": [{"id": "table", "title": "统计表", "kind": "document", "formats": ["xlsx"], "words": ["春耕"]}]}],
}
HOTLINE = {
    "id": "rx-2026", "title": "按月报送12345政务服务便民热线工单办理情况", "notice_date": "2026-03-30",
    "mailbox": {"subject_hints": ["12345", "热线", "工单"]},
    "units": {"kinds": ["town", "township", "zone", "department", "institution"]},
    "requirements": [{"id": "statistics", "title": "热线工单办理情况统计表", "due": "2026-04-07T17:00:00+08:00",
                      "description": "首次报送2026年3月份工单办理情况，请于2026年4月7日17时前发送。",
                      "hints": ["12345", "热线工单", "工单办理"],
                      "parts": [{"id": "table", "title": "统计表", "kind": "document", "formats": ["xlsx"], "words": ["工单"]}]}],
}
AUDIT = {
    "id": "sj-2026", "title": "2025年度县本级预算执行审计查出问题整改情况", "notice_date": "2026-04-01",
    "mailbox": {"subject_hints": ["审计整改"]}, "units": ["县市场局", "县卫健局", "县教育局"],
    "requirements": [{"id": "rectification", "title": "审计整改情况报告", "due": "2026-04-24T17:00:00+08:00",
                      "hints": ["审计整改情况报告", "整改情况报告"],
                      "parts": [{"id": "stamped", "title": "审计整改情况报告（盖章PDF）", "kind": "document",
                                 "formats": ["pdf"], "words": ["整改情况报告", "整改报告"]}]}],
}


@pytest.fixture(scope="module")
def spring_2026():
    return [campaign_from_dict(d, roster=ROSTER) for d in (SPRING_FARMING, HOTLINE, AUDIT)]


def test_a_mail_in_traditional_characters_is_read_as_simplified(spring_2026):
    raw = mail("藥王廟鎮春耕備耕統計表", "請查收。\n藥王廟鎮", {"藥王廟鎮春耕備耕統計表.xlsx": b"PK\x03\x04"})
    m = place(spring_2026, raw, dt.datetime(2026, 3, 18, 9, tzinfo=SH))
    assert (m.state, m.campaign, m.unit, m.requirements) == ("filed", "cg-2026", "药王庙镇", ["statistics"]), m.reason


def test_a_villages_table_sent_by_its_town_is_no_other_matter(spring_2026):
    raw = mail("东营子村春耕备耕生产情况统计表", "乡里各村的数汇总好了，这是全乡的表，请查收。\n新开岭乡",
               {"附件1.xlsx": b"PK\x03\x04"})
    m = place(spring_2026, raw, dt.datetime(2026, 3, 20, 14, tzinfo=SH))
    assert (m.state, m.campaign, m.unit) == ("filed", "cg-2026", "新开岭乡"), m.reason


def test_another_months_report_is_not_the_one_the_campaign_collects(spring_2026):
    raw = mail("发改局4月份12345热线工单办理情况", "请查收。\n县发改局", {"发改局4月份12345热线工单办理情况统计表.xlsx": b"PK\x03\x04"})
    m = place(spring_2026, raw, dt.datetime(2026, 5, 4, 9, tzinfo=SH))
    assert (m.state, m.unit) == ("needs_review", "县发改局") and "4月份" in m.reason, m.reason
    raw = mail("发改局3月份12345热线工单办理情况", "请查收。\n县发改局", {"发改局3月份12345热线工单办理情况统计表.xlsx": b"PK\x03\x04"})
    m = place(spring_2026, raw, dt.datetime(2026, 4, 3, 9, tzinfo=SH))
    assert (m.state, m.campaign) == ("filed", "rx-2026"), m.reason


@pytest.mark.parametrize("old_name, unit", [("建昌县扶贫开发办公室", "县乡村振兴局"), ("县卫计局", "县卫健局"),
                                            ("县工商局", "县市场局"), ("国土资源局", "县自然资源局")])
def test_a_units_name_before_the_reform_is_still_the_unit(spring_2026, old_name, unit):
    raw = mail(f"{old_name}12345热线工单统计表", f"请查收。\n{old_name}", {"工单统计表.xlsx": b"PK\x03\x04"},
               sender="first.time@163.com")
    m = place(spring_2026, raw, dt.datetime(2026, 4, 3, 9, tzinfo=SH))
    assert (m.state, m.campaign, m.unit) == ("filed", "rx-2026", unit), m.reason


def test_a_material_word_of_the_campaigns_own_in_the_subject_is_not_another_matter(spring_2026):
    """"整改报告" is the audit campaign's own material, said short: the scan without text is its."""
    raw = mail("整改报告", "", {"扫描全能王 2026-04-21 16.05.pdf": b"%PDF-1.4\n%%EOF\n"}, sender="scj@163.com", name="县市场局")
    m = place(spring_2026, raw, dt.datetime(2026, 4, 21, 16, tzinfo=SH))
    assert (m.state, m.campaign, m.unit) == ("filed", "sj-2026", "县市场局"), m.reason


def test_a_unit_named_twice_in_the_mail_outweighs_an_address_learned_for_another(spring_2026):
    """A 包村干部's own QQ address, learned from 石佛乡's mail, sends the 农业农村局's table."""
    raw = mail("农业农村局3月份12345热线工单统计表", "局里的表，我代发一下。",
               {"农业农村局3月份12345热线工单办理情况统计表.xlsx": b"PK\x03\x04"}, sender="12345678@qq.com")
    learned = {"12345678@qq.com": ("cg-2026", "石佛乡")}
    m = match_mail(parse_message(raw), spring_2026, learned, received_at=dt.datetime(2026, 4, 2, 20, tzinfo=SH))
    assert (m.state, m.campaign, m.unit) == ("filed", "rx-2026", "县农业农村局"), m.reason
    bare = mail("3月份12345热线工单统计表", "请查收。", {"工单统计表.xlsx": b"PK\x03\x04"}, sender="12345678@qq.com")
    m = match_mail(parse_message(bare), spring_2026, learned, received_at=dt.datetime(2026, 4, 2, 20, tzinfo=SH))
    assert (m.state, m.unit) == ("filed", "石佛乡"), m.reason  # named nowhere else: the learned address decides


def test_a_place_in_a_sentence_is_no_unit(spring_2026):
    raw = mail("燃气材料", "请审阅。", {"报告.docx": _docx(["工作情况报告", "我单位迅速行动，共排查餐饮场所63家。"])},
               sender="first.time@163.com")
    m = place(spring_2026, raw, dt.datetime(2026, 4, 7, 15, tzinfo=SH))
    assert m.state == "needs_review" and "场所" not in m.reason, m.reason


DROWNING = {
    "id": "fn-2026", "title": "2026年夏季防溺水安全专项行动", "notice_date": "2026-06-01",
    "mailbox": {"subject_hints": ["防溺水"]}, "units": {"kinds": ["town", "township", "department"]},
    "requirements": [{"id": "ledger", "title": "危险水域排查台账及现场照片", "due": "2026-06-26T17:00:00+08:00",
                      "hints": ["危险水域排查台账", "排查台账"],
                      "parts": [{"id": "table", "title": "排查台账", "kind": "document", "formats": ["xlsx"], "words": ["台账"]}]}],
}
RIVER_CHIEF = {
    "id": "hz-2026", "title": "2026年上半年河长制工作述职报告", "notice_date": "2026-06-15",
    "mailbox": {"subject_hints": ["河长制", "河长"]}, "units": ["县水利局", "新开岭乡", "牤牛营子乡", "石佛乡"],
    "requirements": [{"id": "szbg", "title": "河长制工作述职报告", "due": "2026-07-10T17:00:00+08:00",
                      "description": "各乡镇总河长、县水利局主要负责同志的述职报告（Word格式）",
                      "hints": ["河长制工作述职报告", "述职报告"],
                      "parts": [{"id": "doc", "title": "述职报告", "kind": "document", "words": ["述职报告"]}]}],
}


@pytest.fixture(scope="module")
def summer_water():
    return [campaign_from_dict(d, roster=ROSTER) for d in (DROWNING, RIVER_CHIEF)]


def test_a_reply_to_the_offices_reminder_says_nothing_by_its_subject(summer_water):
    """The subject is the office's reminder about the 防溺水 台账; the 台账 "已发" before; what is
    attached is the 述职报告."""
    raw = mail("回复：关于催报夏季防溺水危险水域排查台账的提醒", "防溺水台账6月20日已发，附件是我乡河长制述职报告。\n新开岭乡",
               {"新开岭乡2026年上半年河长制工作述职报告.docx": _docx(["新开岭乡人民政府总河长2026年上半年河长制工作述职报告"])})
    m = place(summer_water, raw, dt.datetime(2026, 6, 24, 16, tzinfo=SH))
    assert (m.state, m.campaign, m.unit, m.requirements) == ("filed", "hz-2026", "新开岭乡", ["szbg"]), m.reason


def test_a_sign_off_with_the_signers_role_names_the_unit(summer_water):
    raw = mail("述职报告", "请审阅。", {"述职报告.docx": _docx(["2026年上半年河长制工作述职报告", "上半年我认真履行河长职责。",
                                                          "牤牛营子乡总河长 唐立英", "2026年7月"])}, sender="first.time@163.com")
    m = place(summer_water, raw, dt.datetime(2026, 7, 8, 9, tzinfo=SH))
    assert (m.state, m.campaign, m.unit) == ("filed", "hz-2026", "牤牛营子乡"), m.reason


def test_a_head_of_the_unit_before_the_material_is_no_other_matter(summer_water):
    raw = mail("水利局报送材料", "请查收。\n县水利局", {"局长上半年河长制工作述职报告.docx": _docx(["县水利局局长2026年上半年河长制工作述职报告"])})
    m = place(summer_water, raw, dt.datetime(2026, 6, 25, 9, tzinfo=SH))
    assert (m.state, m.campaign, m.unit) == ("filed", "hz-2026", "县水利局"), m.reason


def test_a_circular_forwarded_from_a_higher_office_is_not_the_units_material(summer_water):
    raw = mail("转发：市河长办关于河湖“清四乱”问题的通报", "市河长办的通报，供参考。\n县水利局",
               {"市河长办通报.docx": _docx(["葫芦岛市河长制办公室关于河湖“清四乱”问题的通报", "一、基本情况。"])})
    m = place(summer_water, raw, dt.datetime(2026, 6, 18, 11, tzinfo=SH))
    assert (m.state, m.unit) == ("needs_review", "县水利局"), m.reason


def test_a_schools_material_sent_on_by_its_bureau_goes_to_a_person(summer_water):
    """A school is no unit of the roster: whether 教育局's transmittal counts as its own is a person's call."""
    raw = mail("建昌县第二初级中学防溺水排查台账", "转报第二初级中学的台账和照片。", {"台账.xlsx": b"PK\x03\x04"}, sender="jyj@163.com")
    m = match_mail(parse_message(raw), summer_water, {"jyj@163.com": ("fn-2026", "县教育局")},
                   received_at=dt.datetime(2026, 6, 17, 14, tzinfo=SH))
    assert m.state == "needs_review" and "第二初级中学" in m.reason, m.reason


STRAW = {
    "id": "jg-2026", "title": "2026年秋季秸秆禁烧", "notice_date": "2026-10-09",
    "mailbox": {"subject_hints": ["秸秆禁烧", "禁烧"]}, "units": {"kinds": ["town", "township"]},
    "requirements": [{"id": "ledger", "title": "秸秆禁烧巡查台账（首周）", "due": "2026-10-16T17:00:00+08:00",
                      "hints": ["秸秆禁烧巡查台账", "巡查台账"],
                      "parts": [{"id": "table", "title": "巡查台账", "kind": "document", "formats": ["xlsx"], "words": ["台账"]}]}],
}
WEBSITE = {
    "id": "wz-2026", "title": "政府网站和政务新媒体自查", "notice_date": "2026-10-08",
    "mailbox": {"subject_hints": ["网站自查"]}, "units": ["县教育局", "县人社局"],
    "requirements": [{"id": "self-check", "title": "政府网站和政务新媒体自查表", "due": "2026-10-20T17:00:00+08:00",
                      "hints": ["自查表", "网站自查"],
                      "parts": [{"id": "table", "title": "自查表", "kind": "document", "formats": ["xlsx"], "words": ["自查表"]}]}],
}


@pytest.fixture(scope="module")
def autumn_straw():
    return [campaign_from_dict(d, roster=ROSTER) for d in (STRAW, WEBSITE)]


def test_another_weeks_ledger_is_not_the_first_weeks(autumn_straw):
    raw = mail("黑山科乡秸秆禁烧巡查台账（第二周）", "第二周台账，请审阅。\n黑山科乡", {"黑山科乡秸秆禁烧巡查台账（第二周）.xlsx": b"PK\x03\x04"})
    m = place(autumn_straw, raw, dt.datetime(2026, 10, 23, 15, tzinfo=SH))
    assert (m.state, m.unit) == ("needs_review", "黑山科乡") and "第2周" in m.reason, m.reason
    raw = mail("黑山科乡秸秆禁烧巡查台账（首周）", "请审阅。\n黑山科乡", {"黑山科乡秸秆禁烧巡查台账.xlsx": b"PK\x03\x04"})
    assert place(autumn_straw, raw, dt.datetime(2026, 10, 15, 15, tzinfo=SH)).state == "filed"


def test_photos_alone_answer_no_material_that_asks_for_none(autumn_straw):
    raw = mail("牤牛营子乡禁烧巡查照片", "我乡秸秆禁烧巡查现场照片4张。\n牤牛营子乡", {f"IMG_{i}.png": PNG for i in range(4)})
    m = place(autumn_straw, raw, dt.datetime(2026, 10, 14, 11, tzinfo=SH))
    assert (m.state, m.unit) == ("needs_review", "牤牛营子乡") and "只有照片" in m.reason, m.reason


def test_a_period_before_a_word_ending_like_a_unit_is_no_unit(autumn_straw):
    """第四季度网站(自查表): 站 ends unit names (林业站), but a period is no unit."""
    raw = mail("县教育局报送第四季度网站自查表", "请查收。\n县教育局", {"自查表.xlsx": b"PK\x03\x04"})
    m = place(autumn_straw, raw, dt.datetime(2026, 10, 15, 9, tzinfo=SH))
    assert (m.state, m.campaign, m.unit) == ("filed", "wz-2026", "县教育局"), m.reason


HEATING = {
    "id": "gn-2026", "title": "2026年冬季供暖保障", "notice_date": "2026-11-27",
    "mailbox": {"subject_hints": ["供暖"]}, "units": ["县住建局", "牤牛营子乡"],
    "requirements": [{"id": "table", "title": "供暖保障情况统计表", "due": "2026-12-11T17:00:00+08:00", "hints": ["供暖保障"],
                      "parts": [{"id": "table", "title": "统计表", "kind": "document", "formats": ["xlsx"], "words": ["统计表"]}]}],
}
WAGES = {
    "id": "nm-2026", "title": "2026年冬季农民工工资支付情况专项排查", "notice_date": "2026-12-01",
    "mailbox": {"subject_hints": ["农民工工资"]}, "units": ["县住建局", "县交通局"],
    "requirements": [{"id": "inspection", "title": "排查表及排查报告", "due": "2026-12-15T17:00:00+08:00",
                      "hints": ["农民工工资支付排查"],
                      "parts": [{"id": "table", "title": "排查表", "kind": "document", "formats": ["xlsx"], "words": ["排查表"]},
                                {"id": "stamped", "title": "排查报告（盖章PDF）", "kind": "document", "formats": ["pdf"],
                                 "words": ["报告"]}]}],
}
DUTY = {
    "id": "zb-2026", "title": "2027年元旦春节期间值班", "notice_date": "2026-12-08",
    "mailbox": {"subject_hints": ["值班"]}, "units": ["县住建局", "牤牛营子乡"],
    "requirements": [{"id": "duty", "title": "值班表", "due": "2026-12-18T17:00:00+08:00", "hints": ["值班表"],
                      "parts": [{"id": "table", "title": "值班表", "kind": "document", "formats": ["xlsx"], "words": ["值班表"]}]}],
}


@pytest.fixture(scope="module")
def winter_duty():
    return [campaign_from_dict(d, roster=ROSTER) for d in (HEATING, WAGES, DUTY)]


def test_a_bare_scan_goes_to_the_one_open_campaign_that_takes_its_format(winter_duty):
    """A PDF under a scanner's name while 住建局 owes the 欠薪 report (PDF) and the 值班表 (Excel only)."""
    raw = mail("盖章报告", "", {"scan_20261214.pdf": b"%PDF-1.4\n%%EOF\n"}, sender="zjj@163.com", name="县住建局")
    m = place(winter_duty, raw, dt.datetime(2026, 12, 14, 10, tzinfo=SH))
    assert (m.state, m.campaign, m.unit) == ("filed", "nm-2026", "县住建局"), m.reason


def test_the_unit_in_a_duty_tables_unit_cell_is_who_sends_it(winter_duty):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    for row in (["2027年元旦春节值班表"], ["值班单位", "牤牛营子乡人民政府", "值班电话", "18266426003"],
                ["日期", "带班领导", "值班人员"], ["1月1日", "史超建", "王静"]):
        ws.append(row)
    out = io.BytesIO()
    wb.save(out)
    raw = mail("值班表", "请查收。", {"值班表.xlsx": out.getvalue()}, sender="first.time@163.com")
    m = place(winter_duty, raw, dt.datetime(2026, 12, 15, 16, tzinfo=SH))
    assert (m.state, m.campaign, m.unit) == ("filed", "zb-2026", "牤牛营子乡"), m.reason


# A weekly 台账 drafted as one requirement per week (首周…；此后每周五…): the same words, two dues.
WEEKLY = {
    "id": "jh-2026", "title": "2026年秋季秸秆禁烧", "notice_date": "2026-10-09",
    "mailbox": {"addresses": ["jc7710089@163.com"], "subject_hints": ["秸秆禁烧"]},
    "units": {"kinds": ["town", "township"]},
    "requirements": [
        {"id": "ledger", "title": "秸秆禁烧巡查台账", "due": "2026-10-16T17:00:00+08:00", "hints": ["巡查台账"],
         "parts": [{"id": "table", "title": "巡查台账", "kind": "document", "formats": ["xlsx"], "words": ["巡查台账"]}]},
        {"id": "ledger-2", "title": "秸秆禁烧巡查台账", "due": "2026-10-23T17:00:00+08:00", "hints": ["巡查台账"],
         "parts": [{"id": "table", "title": "巡查台账", "kind": "document", "formats": ["xlsx"], "words": ["巡查台账"]}]},
        {"id": "photos", "title": "巡查照片", "due": "2026-10-23T17:00:00+08:00", "hints": ["巡查照片"],
         "parts": [{"id": "photos", "title": "巡查照片", "kind": "photo"}]},
    ],
}


@pytest.mark.parametrize("day, period", [(15, "ledger"), (16, "ledger-2"), (20, "ledger-2"), (28, "ledger-2")])
def test_a_recurring_reports_mail_answers_the_period_it_arrives_in(day, period):
    """Before the first week's deadline it is the first week's 台账; after it, the next one not yet
    due; once every period is past, the last one (a straggler). Never both weeks at once."""
    campaigns = [campaign_from_dict(WEEKLY, roster=ROSTER)]
    raw = mail("石佛乡秸秆禁烧巡查台账", "请查收。", {"石佛乡巡查台账.xlsx": b"PK\x03\x04"})
    m = place(campaigns, raw, dt.datetime(2026, 10, day, 18, tzinfo=SH))
    assert (m.state, m.unit, m.requirements) == ("filed", "石佛乡", [period]), m.reason


def test_another_material_named_beside_a_recurring_one_is_kept():
    campaigns = [campaign_from_dict(WEEKLY, roster=ROSTER)]
    raw = mail("石佛乡巡查台账及巡查照片", "请查收。", {"石佛乡巡查台账.xlsx": b"PK\x03\x04", "巡查照片1.png": PNG})
    m = place(campaigns, raw, dt.datetime(2026, 10, 15, 9, tzinfo=SH))
    assert (m.state, m.requirements) == ("filed", ["ledger", "photos"]), m.reason


SPRING = {
    "id": "qj-2027", "title": "2027年春季村庄清洁行动", "notice_date": "2027-02-22",
    "mailbox": {"addresses": ["jc7710089@163.com"], "subject_hints": ["村庄清洁"]},
    "units": {"kinds": ["town", "township"]},
    "requirements": [
        {"id": "plan", "title": "村庄清洁行动实施方案", "due": "2027-03-05T17:00:00+08:00", "hints": ["实施方案", "村庄清洁"],
         "parts": [{"id": "doc", "title": "实施方案", "kind": "document", "formats": ["docx", "doc"], "words": ["实施方案"]}]},
        {"id": "table", "title": "留守老人摸底汇总表", "due": "2027-03-19T17:00:00+08:00", "hints": ["汇总表", "摸底"],
         "parts": [{"id": "table", "title": "汇总表", "kind": "document", "formats": ["xlsx"], "words": ["汇总表"]}]},
    ],
}


def _sheet(rows: list[list]) -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    for row in rows:
        wb.active.append(row)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def test_a_plans_title_names_its_town_and_a_pronoun_names_no_unit():
    """附件1.docx from a phone, the subject 方案: the plan's title line names the town; 结合我乡（镇）实际
    in its first sentence is the town speaking of itself, no unit off the roster."""
    doc = _docx(["老大杖子乡人民政府2027年春季村庄清洁行动实施方案", "为扎实推进农村人居环境整治，结合我乡（镇）实际，制定本方案。",
                 "一、工作目标。3月底前完成各村生活垃圾集中清理。"])
    raw = mail("方案", "发自我的华为手机", {"附件1.docx": doc}, sender="new.phone@163.com")
    m = place([campaign_from_dict(SPRING, roster=ROSTER)], raw, dt.datetime(2027, 3, 4, 21, 40, tzinfo=SH))
    assert (m.state, m.unit, m.requirements) == ("filed", "老大杖子乡", ["plan"]), m.reason


@pytest.mark.parametrize("unit_name", ["结合我乡", "经本局", "按照该镇"])
def test_a_pronoun_before_a_units_kind_is_no_unknown_unit(unit_name):
    from collector.match.units import unknown_units

    raw = mail("石佛乡实施方案", "请查收", {"石佛乡实施方案.docx": _docx(["石佛乡村庄清洁行动实施方案", f"{unit_name}研究，制定本方案。"])})
    assert unknown_units(parse_message(raw), [campaign_from_dict(SPRING, roster=ROSTER)]) == []


HEADER = ["序号", "村（社区）", "留守老年人数", "其中80岁以上", "困境儿童数"]


def test_the_blank_form_sent_back_goes_to_review():
    raw = mail("石佛乡汇总表", "请查收。", {"附件2汇总表.xlsx": _sheet([["留守老人摸底汇总表"], HEADER, ["", "", "", "", ""],
                                                                   ["合计"], ["填表人：", "", "联系电话："]])})
    m = place([campaign_from_dict(SPRING, roster=ROSTER)], raw, dt.datetime(2027, 3, 12, 9, 40, tzinfo=SH))
    assert (m.state, m.unit, m.requirements) == ("needs_review", "石佛乡", []), m.reason
    assert "空白表格" in m.reason


@pytest.mark.parametrize("rows", [
    [HEADER, [1, "东营子村", 35, 4, 2]],  # figures under the header
    [HEADER, [1, "东营子村"]],  # one village named, its figures still to come: filled in, not blank
    [["石佛乡留守老人情况说明"], ["全乡共有留守老年人412人。"]],  # no header row: not a form at all
])
def test_a_filled_or_free_form_table_is_filed(rows):
    raw = mail("石佛乡汇总表", "请查收。", {"石佛乡汇总表.xlsx": _sheet([["留守老人摸底汇总表"], *rows])})
    m = place([campaign_from_dict(SPRING, roster=ROSTER)], raw, dt.datetime(2027, 3, 12, 9, 40, tzinfo=SH))
    assert (m.state, m.unit, m.requirements) == ("filed", "石佛乡", ["table"]), m.reason


def test_an_advert_naming_no_unit_is_ignored_and_one_phrase_is_not_enough():
    spring = [campaign_from_dict(SPRING, roster=ROSTER)]
    when = dt.datetime(2027, 3, 9, 3, 12, tzinfo=SH)
    advert = mail("您好！本公司可代开各类正规发票（增值税、普通）", "本公司有各行业发票代开，点数优惠，可先验后付。微信同号。",
                  sender="x83jd@126.com", name="刘经理")
    m = place(spring, advert, when)
    assert (m.state, m.unit) == ("ignored", None) and "广告" in m.reason, m.reason
    question = mail("咨询", "您好，请问报送的材料需要附发票吗？可以代开吗？", sender="x83jd@126.com")
    assert place(spring, question, when).state == "needs_review"
    with_file = mail("代开发票 微信同号", "见附件", {"价目表.xlsx": _sheet([["项目", "点数", "备注"], ["增值税", "3", ""]])},
                     sender="x83jd@126.com")
    assert place(spring, with_file, when).state == "needs_review"


# ---- round 7 (mixed14): a monthly report in two periods, a 推荐 with a 汇总表, a 防汛 with a 回执 and 预案

MONTHLY = {
    "id": "gs-2027", "title": "按月报送农村供水工程运行管护情况", "notice_date": "2027-06-01",
    "mailbox": {"addresses": ["jc7710089@163.com"], "subject_hints": ["农村供水"]},
    "units": {"kinds": ["town", "township"]},
    "requirements": [
        {"id": "may", "title": "农村供水月报表", "description": "首次请于2027年6月10日17时前报送5月份月报表",
         "due": "2027-06-10T17:00:00+08:00", "hints": ["月报表"],
         "parts": [{"id": "table", "title": "月报表", "kind": "document", "formats": ["xlsx"], "words": ["月报表"]}]},
        {"id": "june", "title": "农村供水月报表", "description": "此后每月10日前报送上月情况",
         "due": "2027-07-10T23:59:59+08:00", "hints": ["月报表"],
         "parts": [{"id": "table", "title": "月报表", "kind": "document", "formats": ["xlsx"], "words": ["月报表"]}]},
    ],
}


def _monthly_table(*months: int) -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    for month in months:
        ws = wb.create_sheet(f"{month}月")
        for row in ([f"农村供水月报表（2027年{month}月）"], ["序号", "工程名称", "运行状态", "停水时长"], [1, "东沟村供水站", "正常", 0]):
            ws.append(row)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


@pytest.mark.parametrize("subject, filename, months, day, expected", [
    ("西碱厂乡5月份供水月报表（补报）", "西碱厂乡月报表（5月份）.xlsx", (5,), (6, 16), ["may"]),  # late, says so: May's
    ("西碱厂乡6月份供水月报表", "西碱厂乡月报表（6月份）.xlsx", (6,), (7, 2), ["june"]),  # June named: June's
    ("西碱厂乡供水月报表", "西碱厂乡月报表（5月份）.xlsx", (6,), (7, 2), ["june"]),  # a stale file name: the table says June
    ("西碱厂乡供水月报", "西碱厂乡供水月报表.xlsx", (5, 6), (7, 2), ["june"]),  # a workbook of every month so far
    ("西碱厂乡供水月报表", "西碱厂乡月报表.xlsx", (5,), (6, 8), ["may"]),  # May's, in time
])
def test_a_monthly_reports_mail_answers_the_month_it_names(subject, filename, months, day, expected):
    raw = mail(subject, "请查收。", {filename: _monthly_table(*months)})
    m = place([campaign_from_dict(MONTHLY, roster=ROSTER)], raw, dt.datetime(2027, *day, 9, tzinfo=SH))
    assert (m.state, m.unit, m.requirements) == ("filed", "西碱厂乡", expected), m.reason


def test_last_months_table_named_only_by_its_file_while_this_month_is_owed_goes_to_review():
    raw = mail("八家子镇供水月报表", "请查收。", {"八家子镇月报表（5月份）.xlsx": _monthly_table(5)})
    m = place([campaign_from_dict(MONTHLY, roster=ROSTER)], raw, dt.datetime(2027, 7, 3, 8, 50, tzinfo=SH))
    assert (m.state, m.unit) == ("needs_review", "八家子镇") and "5月份" in m.reason and "发错" in m.reason, m.reason


def test_photos_of_a_paper_table_where_excel_is_asked_go_to_review():
    raw = mail("和尚房子乡供水月报", "电脑坏了，先把手写的月报表拍照发过去", {"mmexport1.jpg": PNG, "mmexport2.jpg": PNG})
    m = place([campaign_from_dict(MONTHLY, roster=ROSTER)], raw, dt.datetime(2027, 6, 9, 18, tzinfo=SH))
    assert (m.state, m.unit, m.requirements) == ("needs_review", "和尚房子乡", []) and "照片" in m.reason, m.reason


FLOOD = {
    "id": "fx-2027", "title": "2027年防汛准备", "notice_date": "2027-05-17",
    "mailbox": {"addresses": ["jc7710089@163.com"], "subject_hints": ["防汛"]},
    "units": {"kinds": ["town", "township", "department"]},
    "requirements": [
        {"id": "reply", "title": "防汛责任人回执", "due": "2027-05-21T17:00:00+08:00", "units": {"kinds": ["town", "township"]},
         "hints": ["责任人回执"],
         "parts": [{"id": "doc", "title": "防汛责任人回执", "kind": "document", "words": ["责任人回执"]},
                   {"id": "contact", "title": "手机号码", "kind": "field", "pattern": r"1[3-9]\d{9}"}]},
        {"id": "plan", "title": "行业防汛应急预案", "due": "2027-05-31T17:00:00+08:00", "units": ["县水利局", "县交通局"],
         "hints": ["应急预案"],
         "parts": [{"id": "doc", "title": "应急预案", "kind": "document", "formats": ["docx"], "words": ["应急预案"]}]},
    ],
}
RECOMMEND = {
    "id": "sb-2027", "title": "2027年度市级美丽乡村示范村推荐", "notice_date": "2027-05-10",
    "mailbox": {"addresses": ["jc7710089@163.com"], "subject_hints": ["美丽乡村", "示范村"]},
    "units": {"kinds": ["town", "township"]},
    "requirements": [{"id": "apply", "title": "申报书和推荐汇总表", "due": "2027-06-04T17:00:00+08:00",
                      "hints": ["申报书", "推荐汇总表"],
                      "parts": [{"id": "doc", "title": "申报书", "kind": "document", "words": ["申报书"]},
                                {"id": "table", "title": "推荐汇总表", "kind": "document", "words": ["推荐汇总表"]}]}],
}


@pytest.fixture(scope="module")
def summer():
    return [campaign_from_dict(d, roster=ROSTER) for d in (FLOOD, RECOMMEND)]


def test_meili_xiangcun_is_no_township(summer):
    raw = mail("建昌镇推荐申报市级美丽乡村示范村", "请查收。", {"建昌镇美丽乡村示范村申报书.docx": _docx(["美丽乡村示范村申报书", "申报村：东沟村"])})
    m = place(summer, raw, dt.datetime(2027, 5, 20, 9, tzinfo=SH))
    assert (m.state, m.campaign, m.unit) == ("filed", "sb-2027", "建昌镇"), m.reason


def test_an_address_spelling_a_units_name_in_pinyin_names_it(summer):
    raw = mail("回执", "", {"回执.xlsx": _sheet([["防汛责任人回执"], ["类别", "姓名", "手机号码"], ["行政责任人", "石宇", "13648887458"]])},
               sender="datunzhen_fxb@163.com")
    m = place(summer, raw, dt.datetime(2027, 5, 19, 8, 20, tzinfo=SH))
    assert (m.state, m.unit, m.requirements) == ("filed", "大屯镇", ["reply"]), m.reason
    for nobody in ("shiju2027@163.com", "jianchang@163.com"):  # too short to be anyone's, or the county's
        other = mail("回执", "", {"回执.xlsx": _sheet([["防汛责任人回执"]])}, sender=nobody)
        assert place(summer, other, dt.datetime(2027, 5, 19, 8, 20, tzinfo=SH)).state == "needs_review"


def test_a_neighbours_form_kept_as_a_template_is_the_unit_its_cells_name(summer):
    table = _sheet([["防汛责任人回执"], ["单位", "药王庙镇人民政府"], ["类别", "姓名", "职务", "手机号码"],
                    ["防汛行政责任人", "石宇", "水利站站长", "13648887458"]])
    raw = mail("防汛责任人回执", "请查收。", {"八家子镇防汛责任人回执.xlsx": table}, sender="first.time@163.com")
    m = place(summer, raw, dt.datetime(2027, 5, 20, 15, 45, tzinfo=SH))
    assert (m.state, m.unit, m.requirements) == ("filed", "药王庙镇", ["reply"]), m.reason
    named_twice = mail("八家子镇防汛责任人回执", "请查收。", {"八家子镇防汛责任人回执.xlsx": table}, sender="first.time@163.com")
    assert place(summer, named_twice, dt.datetime(2027, 5, 20, 15, 45, tzinfo=SH)).state == "needs_review"


def test_the_recommending_towns_cell_names_the_sender(summer):
    table = _sheet([["美丽乡村示范村推荐汇总表"], ["推荐乡镇（盖章）", "老大杖子乡人民政府", "填报日期", "2027年5月"],
                    ["序号", "推荐村", "户数"], [1, "三道沟村", 319]])
    doc = _docx(["美丽乡村示范村申报书", "申报村：三道沟村", "本村东与八家子镇接壤，西邻要路沟乡，距喇嘛洞镇12公里。"])
    raw = mail("示范村申报材料", "", {"三道沟村申报书.docx": doc, "推荐汇总表.xlsx": table}, sender="new.addr@163.com")
    m = place(summer, raw, dt.datetime(2027, 5, 25, 10, tzinfo=SH))
    assert (m.state, m.unit) == ("filed", "老大杖子乡"), m.reason


def test_a_village_committee_sending_for_itself_goes_to_review(summer):
    doc = _docx(["美丽乡村示范村申报书", "申报村：北山村", "所属乡镇：杨树湾子乡人民政府"])
    raw = mail("杨树湾子乡北山村美丽乡村示范村申报书", "县政府办：\n我村想申报市级美丽乡村示范村，申报书见附件。\n北山村村委会",
               {"北山村申报书.docx": doc})
    m = place(summer, raw, dt.datetime(2027, 5, 19, 15, tzinfo=SH))
    assert (m.state, m.unit) == ("needs_review", "杨树湾子乡") and "北山村村委会" in m.reason, m.reason
    by_the_town = mail("杨树湾子乡美丽乡村示范村申报书", "现将我乡北山村申报书报送，请查收。\n杨树湾子乡人民政府",
                       {"北山村申报书.docx": doc})
    assert place(summer, by_the_town, dt.datetime(2027, 5, 19, 15, tzinfo=SH)).state == "filed"


def test_a_draft_for_comment_and_a_meeting_invitation_are_no_submission(summer):
    draft = mail("交通局行业防汛应急预案（征求意见稿）", "我局预案修订稿征求意见，请提出修改意见，定稿后正式报送。",
                 {"交通运输行业防汛应急预案（征求意见稿）.docx": _docx(["建昌县交通运输局行业防汛应急预案"])}, name="县交通局")
    m = place(summer, draft, dt.datetime(2027, 5, 20, 16, tzinfo=SH))
    assert (m.state, m.unit) == ("needs_review", "县交通局") and "征求意见稿" in m.reason, m.reason
    invite = mail("邀请：全县防汛会商会议", "定于6月3日上午9时召开全县防汛会商会议，请派员参加。",
                  {"invite.ics": b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:\xe4\xbc\x9a\xe8\xae\xae\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"},
                  name="县水利局")
    m = place(summer, invite, dt.datetime(2027, 6, 1, 16, 30, tzinfo=SH))
    assert (m.state, m.unit) == ("needs_review", "县水利局") and "会议邀请" in m.reason, m.reason
    final = mail("交通局行业防汛应急预案（定稿）", "请查收。", {"交通运输行业防汛应急预案.docx": _docx(["建昌县交通运输局行业防汛应急预案"])},
                 name="县交通局")
    assert place(summer, final, dt.datetime(2027, 5, 28, 16, tzinfo=SH)).state == "filed"


JOINT = {
    "id": "mj-2027", "title": "2027年度工业企业亩均效益评价", "notice_date": "2027-08-16",
    "mailbox": {"addresses": ["jc7710089@163.com", "jcgxj7712@163.com"], "subject_hints": ["亩均效益"]},
    "units": {"kinds": ["town", "township"]},
    "requirements": [{"id": "data", "title": "亩均效益评价基础数据表", "due": "2027-09-03T17:00:00+08:00",
                      "hints": ["基础数据表", "亩均效益"],
                      "parts": [{"id": "table", "title": "基础数据表", "kind": "document", "words": ["基础数据表"]}]}],
}


def _forward(outer_from: str, outer_name: str, body: str, inner: bytes) -> bytes:
    m = EmailMessage()
    m["From"], m["To"], m["Subject"] = f"{outer_name} <{outer_from}>", "jc7710089@163.com", "转发：大屯镇亩均效益评价基础数据"
    m.set_content(body)
    m.add_attachment(inner, maintype="message", subtype="rfc822", filename="大屯镇亩均效益评价基础数据.eml")
    return m.as_bytes()


def test_a_letter_to_the_co_issuer_is_the_senders_and_its_forward_by_the_co_issuer_too():
    """汤神庙镇 writes “县工信局：…同时抄送县政府办”: the salutation names whom it is to. 县工信局, which
    issued the notice with the office and collects on its own address too, forwards 大屯镇's mail:
    the forwarded mail speaks, not the forwarder's name and sign-off."""
    joint = [campaign_from_dict(JOINT, roster=ROSTER)]
    table = _sheet([["亩均效益评价基础数据表"], ["填报单位", "汤神庙镇人民政府"], ["序号", "企业名称", "用地面积"], [1, "绿源公司", 114]])
    letter = mail("汤神庙镇亩均效益评价基础数据", "县工信局：\n我镇基础数据表见附件，同时抄送县政府办。",
                  {"汤神庙镇亩均效益评价基础数据表.xlsx": table})
    m = place(joint, letter, dt.datetime(2027, 8, 25, 10, 20, tzinfo=SH))
    assert (m.state, m.unit) == ("filed", "汤神庙镇"), m.reason
    inner = mail("大屯镇亩均效益评价基础数据", "县工信局：\n我镇材料见附件。",
                 {"大屯镇亩均效益评价基础数据表.xlsx": _sheet([["亩均效益评价基础数据表"], ["填报单位", "大屯镇人民政府"],
                                                           ["序号", "企业名称", "用地面积"], [1, "金穗粮油", 123]])},
                 sender="datun2027@163.com")
    forwarded = _forward("jcgxj7712@163.com", "县工信局", "孙主任：大屯镇的材料报到我局邮箱了，转给你们汇总。\n县工信局", inner)
    m = place(joint, forwarded, dt.datetime(2027, 8, 31, 9, 5, tzinfo=SH))
    assert (m.state, m.unit) == ("filed", "大屯镇"), m.reason


def test_a_record_for_another_office_is_not_the_units_only_material():
    """县水利局河长办：附件为我乡6月份河长巡河记录 — the salutation is no sender, and a 记录 is a kind of
    document of its own: not the 述职报告 the town owes, however it is the town's only requirement."""
    campaign = campaign_from_dict({
        "id": "hz-2026", "title": "2026年上半年河长制工作述职报告", "notice_date": "2026-06-15",
        "mailbox": {"addresses": ["jc7710089@163.com"], "subject_hints": ["河长制", "述职报告"]},
        "units": {"kinds": ["town", "township"]},
        "requirements": [{"id": "szbg", "title": "述职报告", "due": "2026-07-10T17:00:00+08:00", "hints": ["述职报告", "河长述职"],
                          "parts": [{"id": "doc", "title": "述职报告", "kind": "document", "words": ["述职报告"]}]}],
    }, roster=ROSTER)
    record = _sheet([["石佛乡2026年6月河长巡河记录"], ["日期", "河长", "河段", "发现问题"], ["6月5日", "王强", "大凌河石佛段", "无"]])
    raw = mail("石佛乡6月份巡河记录", "县水利局河长办：\n附件为我乡6月份河长巡河记录，请查收。", {"石佛乡6月份巡河记录.xlsx": record})
    m = place([campaign], raw, dt.datetime(2026, 7, 6, 10, tzinfo=SH))
    assert (m.state, m.requirements) == ("needs_review", []) and "巡河记录" in m.reason, m.reason


def test_next_years_signed_target_book_is_not_this_years_self_assessment():
    campaign = campaign_from_dict({
        "id": "kh-2027", "title": "2027年度目标责任制考核自评", "notice_date": "2027-12-06",
        "mailbox": {"addresses": ["jc7710089@163.com"], "subject_hints": ["目标责任制考核"]},
        "units": {"kinds": ["department"]},
        "requirements": [{"id": "kh", "title": "自评得分表及自评报告", "due": "2028-01-07T17:00:00+08:00",
                          "hints": ["自评得分表", "自评报告"],
                          "parts": [{"id": "doc", "title": "自评报告", "kind": "document", "words": ["自评报告"]}]}],
    }, roster=ROSTER)
    raw = mail("审计局2028年度目标责任书", "县政府办：\n我局2028年度目标责任书已由主要领导签字，扫描件见附件。",
               {"审计局2028年度目标责任书（签字版）.pdf": b"%PDF-1.4\n%%EOF\n"})
    m = place([campaign], raw, dt.datetime(2028, 1, 5, 14, 30, tzinfo=SH))
    assert (m.state, m.unit, m.requirements) == ("needs_review", "县审计局", []) and "目标责任书" in m.reason, m.reason


def test_a_pasted_notices_head_and_the_county_governments_name_name_no_unit(campaigns):
    """The notice pasted whole into the body leaves its issuer and 文号 lines last of the sender's
    words; 建昌县人民政府 there is the county's government, never a near miss of 建昌镇人民政府."""
    from collector.match.units import gather_hits

    notice = "建昌县人民政府办公室\n建政办发〔2023〕9号\n关于报送年度报告的通知\n各部门：\n请于1月20日前报送年度报告及统计表。"
    campaign = campaign_from_dict({**ANNUAL, "notice_text": notice}, roster=ROSTER)
    raw = mail("应急局年度报告", "按照以下通知要求，报送我局材料：\n\n" + notice,
               {"建昌县应急管理局年度报告.docx": _docx(["建昌县应急管理局2023年政府信息公开工作年度报告"])})
    m = place([campaign], raw, dt.datetime(2024, 1, 10, 9, tzinfo=SH))
    assert (m.state, m.unit) == ("filed", "县应急局"), m.reason
    assert not [h for h in gather_hits(parse_message(mail("x", "建昌县人民政府\n2024年1月10日")), [campaign], {})
                if "建昌镇" in h.units]


def test_a_units_former_name_is_on_the_roster():
    assert ROSTER.get("县政务服务中心") and "行政服务中心" in ROSTER.get("县政务服务中心").aliases


def test_round_10_names_a_shared_office_a_typo_and_a_tables_first_cells():
    """A building's office (综合楼办公室) sending for the unit it names is no unit off the roster; 汤王庙镇 in a
    subject is a slip for the 药王庙镇 of the sign-off; a table's first cells 乡镇 | 新开岭乡人民政府 say whose
    table it is, as 填报单位 does."""
    survey = campaign_from_dict({
        "id": "fw-2028", "title": "2028年春季农村房屋安全隐患排查", "notice_date": "2028-04-17",
        "mailbox": {"addresses": ["jc7710089@163.com"], "subject_hints": ["房屋安全隐患"]},
        "units": {"kinds": ["town", "township", "department", "institution"]},
        "requirements": [{"id": "fw", "title": "各村明细表和乡镇汇总表", "due": "2028-05-12T17:00:00+08:00",
                          "hints": ["各村明细表", "乡镇汇总表"],
                          "parts": [{"id": "table", "title": "各村明细表", "kind": "document", "words": ["明细表"]},
                                    {"id": "table2", "title": "乡镇汇总表", "kind": "document", "words": ["乡镇汇总表", "汇总表"]}]}],
    }, roster=ROSTER)
    when = dt.datetime(2028, 5, 9, 16, tzinfo=SH)
    shared = mail("机关事务中心房屋安全隐患排查", "机关事务中心明细表见附件。",
                  {"县机关事务中心房屋安全隐患排查明细表.xlsx": _sheet([["明细表"], ["填报单位", "建昌县机关事务服务中心"]])},
                  name="综合楼办公室")
    assert place([survey], shared, when).unit == "县机关事务中心"
    typo = mail("汤王庙镇农村房屋安全隐患排查材料", "县政府办：\n我镇明细表见附件。\n建昌县药王庙镇人民政府",
                {"汤王庙镇排查明细表.xlsx": _sheet([["明细表"], ["乡镇", "药王庙镇人民政府"]])})
    m = place([survey], typo, when)
    assert (m.state, m.unit) == ("filed", "药王庙镇"), m.reason
    village = mail("三道沟村房屋排查明细表", "县政府办：\n我是新开岭乡三道沟村的，乡里让各村直接发，明细表见附件。",
                   {"三道沟村房屋安全隐患排查明细表.xlsx": _sheet([["行政村房屋安全隐患排查明细表"],
                                                          ["乡镇", "新开岭乡人民政府", "行政村", "三道沟村"],
                                                          ["序号", "户主姓名", "房屋结构"], [1, "邵立", "砖混"]])})
    m = place([survey], village, when)
    assert (m.state, m.unit) == ("filed", "新开岭乡"), m.reason
    summary = mail("要路沟乡农村房屋安全隐患排查汇总表", "汇总表补上。",
                   {"要路沟乡农村房屋安全隐患排查情况汇总表.xlsx": _sheet([["乡镇排查情况汇总表"], ["乡镇", "要路沟乡人民政府"]])})
    m = place([survey], summary, when)  # 汇总表, a word of the campaign's own part, not another matter's table
    assert (m.state, m.unit) == ("filed", "要路沟乡"), m.reason


def debts_and_security_day():
    """Two campaigns open at once for the departments: a 清欠 table by 04-07, a 国家安全教育日 方案 by 04-10."""
    debts = campaign_from_dict({
        "id": "qq-2028", "title": "2028年第一季度清理拖欠企业账款情况", "notice_date": "2028-03-27",
        "mailbox": {"addresses": ["jc7710089@163.com"], "subject_hints": ["清理拖欠企业账款", "一季度清欠情况"]},
        "units": {"kinds": ["department"]},
        "requirements": [{"id": "qq", "title": "清欠统计表", "due": "2028-04-07T17:00:00+08:00", "hints": ["清欠统计表"],
                          "parts": [{"id": "table", "title": "统计表", "kind": "document", "words": ["统计表"]}]}],
    }, roster=ROSTER)
    security = campaign_from_dict({
        "id": "aq-2028", "title": "2028年全民国家安全教育日宣传活动", "notice_date": "2028-04-03",
        "mailbox": {"addresses": ["jc7710089@163.com"], "subject_hints": ["国家安全教育日"]},
        "units": {"kinds": ["department"]},
        "requirements": [{"id": "plan", "title": "宣传活动方案", "due": "2028-04-10T17:00:00+08:00", "hints": ["宣传活动方案"],
                          "parts": [{"id": "doc", "title": "方案", "kind": "document", "words": ["活动方案"]}]}],
    }, roster=ROSTER)
    return debts, security


def test_a_subject_naming_one_campaign_over_files_of_another_goes_to_review():
    debts, security = debts_and_security_day()
    raw = mail("县水利局一季度清欠情况", "请查收。",
               {"水利局全民国家安全教育日宣传活动方案.docx": _docx(["建昌县水利局2028年全民国家安全教育日宣传活动方案"])})
    m = place([debts, security], raw, dt.datetime(2028, 4, 9, 15, 20, tzinfo=SH))
    assert (m.state, m.unit) == ("needs_review", "县水利局") and "附件却是" in m.reason, m.reason
    # the unit has sent all the 清欠 asks and still owes the 方案: the subject is the last mail's, kept
    when = dt.datetime(2028, 4, 9, 15, 20, tzinfo=SH)
    owes_plan = {("aq-2028", "县水利局"): {"plan"}, ("qq-2028", "县财政局"): {"qq"}}
    m = place([debts, security], raw, when, open_requirements=owes_plan)
    assert (m.state, m.campaign, m.unit, m.requirements) == ("filed", "aq-2028", "县水利局", ["plan"]), m.reason
    # both sent already (the same file again, mixed17's case): still for a person
    m = place([debts, security], raw, when, open_requirements={("qq-2028", "县财政局"): {"qq"}, ("aq-2028", "县财政局"): {"plan"}})
    assert m.state == "needs_review" and "附件却是" in m.reason, m.reason


def test_in_one_run_the_subject_of_a_campaign_already_sent_yields_to_the_files(tmp_path):
    """One import, two mails of 县水利局: its 清欠 table, then the 方案 under the 清欠 mail's subject
    (再次编辑). The run knows after the first mail that the 清欠 is complete, so the second is the
    方案's, without waiting for the next run's status."""
    from match_order import match_in_arrival_order

    debts, security = debts_and_security_day()
    table = mail("县水利局一季度清欠情况", "请查收。",
                 {"县水利局清欠统计表.docx": _docx(["建昌县水利局2028年第一季度清理拖欠企业账款统计表"])})
    plan = mail("县水利局一季度清欠情况", "请查收。",
                {"水利局全民国家安全教育日宣传活动方案.docx": _docx(["建昌县水利局2028年全民国家安全教育日宣传活动方案"])})

    class Mail:
        def __init__(self, raw, when):
            self.raw, self.received_at = raw, when

    mails = [Mail(table, dt.datetime(2028, 4, 3, 9, 0, tzinfo=SH)), Mail(plan, dt.datetime(2028, 4, 9, 15, 20, tzinfo=SH))]
    (_, first), (_, second) = match_in_arrival_order(mails, [debts, security], tmp_path)
    assert (first.state, first.campaign, first.requirements) == ("filed", "qq-2028", ["qq"]), first.reason
    assert (second.state, second.campaign, second.unit, second.requirements) == (
        "filed", "aq-2028", "县水利局", ["plan"]), second.reason
    # the crossed mail alone, in a run of its own: the 清欠 not sent yet, the 方案 owed too — the files are what
    # arrived (mixed21's, mixed23's and mixed38's clerks file such mails by their files); the 清欠 stays owed
    (_, alone), = match_in_arrival_order(mails[1:], [debts, security], tmp_path / "fresh")
    assert (alone.state, alone.campaign, alone.requirements) == ("filed", "aq-2028", ["plan"]), alone.reason
    assert "按附件内容登记" in alone.reason and "该项仍未报送" in alone.reason, alone.reason


def test_a_slip_is_one_character_of_the_name_but_never_another_level(campaigns):
    from collector.match.which_unit import a_typo_of

    assert a_typo_of("汤王庙镇", "药王庙镇", campaigns)
    assert not a_typo_of("市林草局", "县林草局", campaigns)  # the city's bureau, not a slip
    assert not a_typo_of("药王庙乡", "药王庙镇", campaigns)  # another kind


def test_a_resend_after_the_office_returned_it_is_a_correction(campaigns):
    raw = mail("县发改局年度报告（修改后）", "县政府办：\n按退回意见修改后的年度报告重新报送。\n县发改局",
               {"县发改局年度报告.docx": _docx(["建昌县发展和改革局2023年政府信息公开工作年度报告"])})
    m = place(campaigns, raw, dt.datetime(2024, 1, 15, 9, tzinfo=SH))
    assert (m.state, m.unit, m.is_correction) == ("filed", "县发改局", True), m.reason


def test_an_update_the_notice_asks_for_is_a_correction(campaigns):
    raw = mail("县发改局统计表（4月更新）", "县政府办：\n人员调整，现报送更新后的统计表。\n县发改局",
               {"县发改局统计表.xlsx": b"PK\x03\x04"})
    m = place(campaigns, raw, dt.datetime(2024, 1, 18, 9, tzinfo=SH))
    assert (m.state, m.unit, m.is_correction) == ("filed", "县发改局", True), m.reason


def test_a_notice_issued_after_the_mail_lends_its_words_to_nothing(campaigns):
    """A 2029 campaign collecting 活动照片 from departments does not make a 2023 town's 5·15 photos
    "photos it does not owe": the notice did not exist when the mail came (mixed19's 008)."""
    later = campaign_from_dict({
        "id": "aw-2029", "title": "2029年第41个爱国卫生月活动", "notice_date": "2029-03-26",
        "mailbox": {"addresses": ["jc7710089@163.com"], "subject_hints": ["爱国卫生月"]},
        "units": {"kinds": ["department", "institution"]},
        "requirements": [{"id": "summary", "title": "活动总结及活动照片", "due": "2029-04-30T17:00:00+08:00",
                          "hints": ["活动总结", "活动照片"],
                          "parts": [{"id": "photos", "title": "活动照片", "kind": "photo", "min_count": 2}]}],
    }, roster=ROSTER)
    raw = mail("娘娘庙乡5·15活动照片（补报）", "补报活动照片，总结随后。", {"现场1.png": PNG, "现场2.png": PNG})
    m = place([*campaigns, later], raw, dt.datetime(2023, 5, 30, 9, 10, tzinfo=SH))
    assert (m.state, m.campaign, m.unit, m.requirements) == ("filed", "jianchang-515-2023", "娘娘庙乡", ["summary"]), m.reason


def test_a_signature_in_pinyin_names_the_unit(campaigns):
    body = "孙科长：\n附件是我局年度报告，请查收。\n\n--\nLiu Zhenyu\nJianchang Xian Ziranziyuan Ju | Bangongshi\nTel: 0429-7715830"
    raw = mail("年度报告", body, {"年度报告.docx": _docx(["2023年政府信息公开工作年度报告", "一、总体情况。"])})
    m = place(campaigns, raw, dt.datetime(2024, 1, 15, 9, tzinfo=SH))
    assert (m.state, m.unit) == ("filed", "县自然资源局") and "拼音落款" in m.reason, m.reason
    # English words that spell no unit name nothing
    raw = mail("年度报告", body.replace("Jianchang Xian Ziranziyuan Ju", "Best Regards From Our Office"),
               {"年度报告.docx": _docx(["2023年政府信息公开工作年度报告", "一、总体情况。"])})
    assert place(campaigns, raw, dt.datetime(2024, 1, 15, 9, tzinfo=SH)).state == "needs_review"


def test_a_units_files_sent_from_the_collecting_mailbox_itself_are_the_units(campaigns):
    """A bureau's staff at the office's computer, or the clerk mailing in a file received by WeChat:
    the files and their documents name the unit. The office's own 催报 to its own address, nothing attached, is its
    own mail: ignored (mixed41's and mixed42's clerks); tests/test_route_round41.py has the cases that still go to a
    person."""
    files = {"县林草局年度报告.docx": _docx(["建昌县林业和草原局", "2023年政府信息公开工作年度报告", "一、总体情况。"])}
    raw = mail("县林草局政务公开年度报告", "附件是县林草局的年度报告。", files, sender="jc7710089@163.com")
    m = place(campaigns, raw, dt.datetime(2024, 1, 15, 9, tzinfo=SH))
    assert (m.state, m.unit) == ("filed", "县林草局") and "收集邮箱本身" in m.reason, m.reason
    own = mail("关于催报县林草局年度报告的提醒", "县林草局：请于1月20日前报送年度报告。", sender="jc7710089@163.com")
    m = place(campaigns, own, dt.datetime(2024, 1, 15, 9, tzinfo=SH))
    assert m.state == "ignored" and "发给自己" in m.reason, m.reason


ROLL = {
    "id": "meeting-2030", "title": "2030年全县防汛抗旱工作会议", "notice_date": "2030-04-08",
    "mailbox": {"addresses": ["jc7710089@163.com"], "subject_hints": ["防汛抗旱", "参会回执"]},
    "units": {"kinds": ["town", "township", "department"]},
    "requirements": [{"id": "reply", "title": "参会人员回执", "due": "2030-04-12T12:00:00+08:00",
                      "hints": ["参会人员回执"],
                      "parts": [{"id": "names", "title": "参会人员姓名", "kind": "field",
                                 "pattern": r"(?:姓名|联系人)\s*[:：]?\s*[\u4e00-\u9fa5]{2,4}"},
                                {"id": "phone", "title": "手机号码", "kind": "field", "pattern": r"1[3-9]\d{9}"}]}],
}


@pytest.mark.parametrize("subject, body", [
    ("魏家岭乡参会回执", "县政府办：我乡参会回执如下\n单位\t姓名\t职务\t手机号码\n魏家岭乡\t李芳娜\t武装部长\t13275679762"),
    ("魏家岭乡参会回执：蒋涛总工程师 13722811008", ""),
])
def test_a_roll_typed_as_a_table_or_in_the_subject_answers_it(subject, body):
    roll = [campaign_from_dict(ROLL, roster=ROSTER)]
    m = place(roll, mail(subject, body), dt.datetime(2030, 4, 10, 17, tzinfo=SH))
    assert (m.state, m.unit, m.requirements) == ("filed", "魏家岭乡", ["reply"]), m.reason
    assert "参会人员姓名" in m.reason and "手机号码" in m.reason
