"""Held-out mailboxes 45 and 46, through the real pipeline (OCR included): a unit named only in its signature made a
picture; a screenshot asked as proof of an online form that shows it failed, or a page still to fill, goes to a
person; the scanner's .bmp of a paper asked as a picture; a unit writing the other name it works under in brackets."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sys
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import pytest
from route_helpers import SH, held_out_campaigns, mail, place

from collector.parsers import ocr

FIXTURES = Path(__file__).parent / "fixtures"
sys.path.insert(0, str(FIXTURES / "mixed45"))
sys.path.insert(0, str(FIXTURES / "mixed"))
import mixed45_docs  # noqa: E402  (the 问卷星 screenshots and the signature card, drawn)

WJ = "2055-05-17-zwydyyhgzqsyqkwj"  # 问卷调查: the towns and departments, a “提交成功” screenshot
MAY_2055 = dt.datetime(2055, 5, 20, 14, 50, tzinfo=SH)
needs_ocr = pytest.mark.skipif(not ocr.enabled(), reason="tesseract with chi_sim not installed")


def routed_by_the_pipeline(tmp_path, raw: bytes):
    from match_order import match_in_arrival_order

    class Raw:
        def __init__(self, raw):
            self.raw, self.received_at, self.name = raw, MAY_2055, "one"

    ((_, m),) = match_in_arrival_order([Raw(raw)], held_out_campaigns("mixed45"), tmp_path)
    return m


def with_picture_in_body(subject: str, text: str, picture: bytes, sender: str) -> bytes:
    m = EmailMessage()
    m["From"], m["To"], m["Subject"] = sender, "jc7710089@163.com", subject
    m["Date"] = format_datetime(MAY_2055)
    m.set_content(text)
    m.add_alternative(f"<p>{text}</p><p><img src=\"cid:card001\"></p>", subtype="html")
    m.get_payload()[1].add_related(picture, maintype="image", subtype="png", cid="<card001>")
    return m.as_bytes()


@needs_ocr
def test_a_unit_named_only_in_its_signature_picture(tmp_path):
    card = mixed45_docs.signature_card("县应急局", "办公室", "王敏", "13904291234", "0429-7712345")
    raw = with_picture_in_body("问卷调查", "问卷已填报，截图见附件。", card, "wangmin2055@qq.com")
    m = routed_by_the_pipeline(tmp_path, raw)
    assert m.unit == "县应急局" and "图片" in m.reason, m.reason


@needs_ocr
@pytest.mark.parametrize("failed", [True, False])
def test_a_screenshot_of_a_form_that_failed_goes_to_a_person(tmp_path, failed):
    shot = mixed45_docs.phone_png("14:48", failed=failed)
    raw = mail("交通局问卷调查", "问卷已提交，截图见附件。\n交通局", {"交通局问卷截图.png": shot}, sender="jtj2055@163.com")
    raw = f"Date: {format_datetime(MAY_2055)}\r\n".encode() + raw
    m = routed_by_the_pipeline(tmp_path, raw)
    assert (m.state, m.unit) == ("needs_review" if failed else "filed", "县交通局"), m.reason
    assert not failed or "没有提交成功" in m.reason


def test_the_scanners_bmp_of_a_paper_asked_as_a_picture():
    from collector.campaign import Part

    part = Part("pledge", "承诺书", "document", ["承诺书"], formats=["pdf", "jpg", "jpeg", "png"])
    assert part.takes_format("bmp") and part.takes_format("tif") and not part.takes_format("docx")


def test_a_unit_writing_the_name_it_also_works_under_in_brackets():
    raw = mail("农业农村局（乡村振兴局）问卷调查", "我局与县乡村振兴局合署办公，问卷由我局统一填报一份，截图见附件。\n"
               "建昌县农业农村局（建昌县乡村振兴局）办公室", {"问卷截图.png": mixed45_docs.phone_png("10:20")},
               sender="nyj2055@163.com")
    m = place(held_out_campaigns("mixed45"), raw, MAY_2055)
    assert (m.state, m.unit) == ("filed", "县农业农村局"), m.reason


def test_a_picture_named_for_another_campaign_beside_this_ones_papers_splits_the_mail():
    from mixed_docs import fixed_xlsx

    files = {"雷家店乡三资承诺书.pdf": b"%PDF-1.4\n" + bytes(200),
             "雷家店乡村级三资管理基本情况统计表.xlsx": fixed_xlsx([["村级“三资”管理基本情况统计表"], ["填报单位：雷家店乡"]]),
             "雷家店乡问卷调查截图.png": mixed45_docs.phone_png("16:40")}
    raw = mail("雷家店乡三资承诺书、统计表和问卷截图", "我乡三资承诺书、统计表和问卷调查提交成功截图一并发送，请查收。\n雷家店乡党政办",
               files, sender="ljd2055@163.com")
    m = place(held_out_campaigns("mixed45"), raw, dt.datetime(2055, 5, 24, 16, 50, tzinfo=SH))
    assert m.state == "needs_review" and "分属多项活动" in m.reason, m.reason
    quiet = mail("雷家店乡三资承诺书及统计表", "我乡三资承诺书和统计表见附件。\n雷家店乡党政办", files, sender="ljd2055@163.com")
    m = place(held_out_campaigns("mixed45"), quiet, dt.datetime(2055, 5, 24, 16, 50, tzinfo=SH))
    assert m.state == "filed", m.reason  # a picture's name alone, the sender's words naming one campaign: no split
    del files["雷家店乡问卷调查截图.png"]
    alone = mail("雷家店乡三资承诺书和统计表", "我乡三资承诺书、统计表见附件。\n雷家店乡党政办", files, sender="ljd2055@163.com")
    assert place(held_out_campaigns("mixed45"), alone, dt.datetime(2055, 5, 24, 16, 50, tzinfo=SH)).state == "filed"


@pytest.mark.parametrize("words, said", [
    ("提交失败\n网络异常，请检查网络后重试", "提交失败"),
    ("问卷星\n6. 专区是否配备政务公开查阅终端?\n7. 专区每周开放天数:\n〇 5天", "6. 专区是否配备政务公开查阅终端?"),
    ("提交成功！\n您的答卷已经提交，感谢您的参与！", ""),
    ("我的答卷\n提交时间：2055-05-20 14:48\n1. 专区是否配备查阅终端？ 是\n2. 每周开放天数 5天", ""),  # the answers page
    ("5G 86%\n问卷星", ""),
])
def test_what_a_screenshot_says_of_the_form(words, said):
    from collector.looks import form_not_sent

    assert form_not_sent(words) == said


# A 问卷's proof given as the “查看我的答卷” link typed in the body, where the notice allows it: a photo part with a
# `pattern` takes the sender's words it finds (docs/campaign-format.md). mixed45's clerk gave the part one
# (`myanswer|查看我的答卷`); the questionnaire's own link (wj.qq.com/s2/…) is no answer.

ANSWER_LINK = "https://wj.qq.com/r/myanswer.html?sid=18825041&hash=5d2f"


def test_an_answer_link_typed_in_the_body_is_the_screenshot_asked():
    raw = mail("财政局问卷调查", f"我局已完成问卷填报。截图不便，按通知要求将“查看我的答卷”链接附后：\n{ANSWER_LINK}\n县财政局办公室",
               sender="czj2055@163.com")
    m = place(held_out_campaigns("mixed45"), raw, MAY_2055)
    assert (m.state, m.unit, m.campaign, m.requirements) == ("filed", "县财政局", WJ, ["wj"]), m.reason


def test_the_questionnaires_own_link_is_no_answer():
    raw = mail("财政局问卷调查", "我局已填报，问卷链接：https://wj.qq.com/s2/18825041/7c3a/\n县财政局办公室",
               sender="czj2055@163.com")
    m = place(held_out_campaigns("mixed45"), raw, MAY_2055)
    assert m.state == "needs_review" and m.requirements == [], m.reason


def test_a_links_question_mark_is_no_question():
    from collector.match.requirements import _asks

    assert not _asks(f"链接附后：{ANSWER_LINK}")
    assert _asks(f"链接附后：{ANSWER_LINK} 这样可以吗？")


def _link_mail(body: str):
    from collector.status import FiledMail

    return FiledMail("cd" * 32, None, MAY_2055, "czj2055@163.com", "", body, False, [], ["wj"], subject="财政局问卷调查")


def test_a_photo_part_with_a_pattern_counts_each_distinct_answer_link_once():
    from collector.status import parts_present

    (wj,) = [c for c in held_out_campaigns("mixed45") if c.id == WJ]
    req = wj.requirements[0]
    assert parts_present(_link_mail(f"链接：{ANSWER_LINK}"), req, wj) == {"proof": 1}
    assert parts_present(_link_mail(f"链接：{ANSWER_LINK}\n再发一遍：{ANSWER_LINK}"), req, wj) == {"proof": 1}
    assert parts_present(_link_mail("问卷链接：https://wj.qq.com/s2/18825041/7c3a/"), req, wj) == {"proof": 0}
    without = dataclasses.replace(req.parts[0], pattern=None)
    assert parts_present(_link_mail(f"链接：{ANSWER_LINK}"), dataclasses.replace(req, parts=[without]), wj) == {"proof": 0}


# A reply on one notice's thread answering another: the thread's subject and the quoted notice say nothing, and the
# sender's own words name one campaign's topic by the head of one of its words (问卷 of 问卷调查) that no other tied
# campaign carries (campaigns._topic_in_own_words).

CN_THREAD = "回复：关于开展2055年度农村集体“三资”管理规范化承诺工作的通知"


def _cn_notice() -> str:
    (cn,) = [c for c in held_out_campaigns("mixed45") if c.id != WJ and "三资" in c.title]
    return cn.notice_text


@pytest.mark.parametrize("own, expected", [
    ("问卷已填报", WJ),                 # the 问卷's head only
    ("已填报", None),                   # nothing named
])
def test_a_reply_on_another_notices_thread_goes_by_the_topic_its_own_words_name(own, expected):
    from route_helpers import office_quote

    raw = mail(CN_THREAD, f"{own}\n娘娘庙乡党政办" + office_quote("关于开展2055年度农村集体“三资”管理规范化承诺工作的通知",
                                                            _cn_notice()),
               {"微信图片_20550522101530.png": mixed45_docs.phone_png("10:15")}, sender="nnmx2055@qq.com")
    m = place(held_out_campaigns("mixed45"), raw, MAY_2055)
    assert m.unit == "娘娘庙乡", m.reason
    assert (m.campaign, m.state) == ((expected, "filed") if expected else (None, "needs_review")), m.reason


def test_a_mail_of_its_own_is_not_read_for_a_topics_head():
    from collector.match.campaigns import _topic_in_own_words
    from collector.parsers import parse_message

    campaigns = held_out_campaigns("mixed45")
    raw = mail("娘娘庙乡", "问卷已填报", {"微信图片.png": mixed45_docs.phone_png("10:15")}, sender="nnmx2055@qq.com")
    assert _topic_in_own_words(parse_message(raw), campaigns) is None
    raw = mail(CN_THREAD, "问卷已填报", {"微信图片.png": mixed45_docs.phone_png("10:15")}, sender="nnmx2055@qq.com")
    assert _topic_in_own_words(parse_message(raw), campaigns)[0].id == WJ
    raw = mail(CN_THREAD, "问卷已填报，三资工作正在推进", {"微信图片.png": mixed45_docs.phone_png("10:15")},
               sender="nnmx2055@qq.com")
    assert _topic_in_own_words(parse_message(raw), campaigns) is None  # both named: a person looks
