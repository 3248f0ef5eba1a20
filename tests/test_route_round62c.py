"""Held-out mailbox 67 (round 62c): what it showed the collector missing, on campaigns, mails and files written for
these tests (a 2081 政府信息公开年度报告 of the departments asking an Excel 统计表 and a screenshot of the report's page on
the county site, which the notice lets a link replace; a 项目观摩会 of named departments asking a Word 汇报稿 and a PPT
deck; an 安全生产 photo campaign whose photos may come by download link).

A screenshot of a published page is answered by the page's link on a government site, in the body or in the unit's
table, and by the page printed to PDF; a link elsewhere (a 公众号 article), or a government link where photos of an
event are asked, brings nothing. A deck asked in PPT comes as PowerPoint's PDF export named as the slides. A unit
forwarding the 退信 of its own mail and saying it sends the files again has nothing to file; asking whether to resend
waits for a person."""

from __future__ import annotations

import datetime as dt

from collector.campaign import campaign_from_dict
from collector.status import FiledFile, FiledMail, parts_present
from route_helpers import ROSTER, SH, _docx, mail, place

GK, GM = "2081-04-02-zfxxgkndbg", "2081-04-06-xmgmh"
APR_10 = dt.datetime(2081, 4, 10, 10, 0, tzinfo=SH)
OFFICE = "jc7710089@163.com"


def disclosure(page_title: str = "年度报告网站发布页面截图（或正文中的网页链接）"):
    """The 政府信息公开年度报告: an Excel 统计表 and a picture of the report's page on the county site, a link allowed."""
    return campaign_from_dict({
        "id": GK, "title": "2080年度政府信息公开工作年度报告发布情况", "notice_date": "2081-04-02",
        "mailbox": {"addresses": [OFFICE], "subject_hints": ["政府信息公开年度报告"]},
        "units": {"kinds": ["department"]},
        "requirements": [{"id": "gk", "title": "年度报告统计表及发布页面截图", "due": "2081-04-20T17:00:00+08:00",
                          "hints": ["年度报告统计表", "信息公开年度报告", "发布页面"],
                          "parts": [{"id": "sheet", "title": "年度报告统计表", "kind": "document",
                                     "formats": ["xlsx", "xls"], "words": ["年度报告统计表", "统计表"]},
                                    {"id": "shot", "title": page_title, "kind": "photo", "min_count": 1,
                                     "links": True}]}],
    }, roster=ROSTER)


def meeting(notice: str = "请于4月16日12时前将汇报稿（Word格式）和汇报幻灯片（PPT格式）发送至县政府办公室邮箱。"):
    """The 项目观摩会: a Word 汇报稿 and a PPT deck from three departments."""
    return campaign_from_dict({
        "id": GM, "notice_text": notice, "title": "全县重点项目观摩会汇报", "notice_date": "2081-04-06",
        "mailbox": {"addresses": [OFFICE], "subject_hints": ["项目观摩会汇报"]},
        "units": ["县商务局", "县林草局", "县税务局"],
        "requirements": [{"id": "gm", "title": "观摩会汇报稿和幻灯片", "due": "2081-04-16T12:00:00+08:00",
                          "hints": ["观摩会汇报", "汇报稿"],
                          "parts": [{"id": "slides", "title": "汇报幻灯片（PPT）", "kind": "document",
                                     "formats": ["pptx", "ppt"], "words": ["幻灯片", "演示文稿"]},
                                    {"id": "text", "title": "汇报稿（Word）", "kind": "document",
                                     "formats": ["docx", "doc"], "words": ["汇报稿"]}]}],
    }, roster=ROSTER)


def brought(campaign, atts: list[FiledFile], body: str = "请查收。") -> dict:
    (req,) = campaign.requirements
    msg = FiledMail("s1", None, APR_10, "sjj2081@163.com", "", body, False, atts, [req.id], "年度报告")
    return parts_present(msg, req, campaign)


SHEET = FiledFile("审计局年度报告统计表.xlsx", "document", "政府信息公开年度报告统计表\n填报单位：县审计局", False, None, None)


# ---------------------------------------------------------------- a page's link for its screenshot


def test_a_government_sites_page_link_alone_is_the_screenshot():
    raw = mail("审计局政府信息公开年度报告发布页面",
               "县政府办公室：\n我局年度报告已在县政府网站发布，发布页面链接：https://www.jcx.gov.cn/xxgk/ndbg/2081017.html\n建昌县审计局",
               sender="sjj2081@163.com")
    m = place([disclosure()], raw, APR_10)
    assert (m.state, m.unit, m.requirements) == ("filed", "县审计局", ["gk"]), m.reason
    assert "政府网站的网页链接" in m.reason


def test_a_link_off_a_government_site_alone_is_still_held():
    raw = mail("审计局政府信息公开年度报告发布页面",
               "县政府办公室：\n我局年度报告已在公众号发布，链接：https://mp.weixin.qq.com/s/Xy7kQ2pLm9Rz\n建昌县审计局",
               sender="sjj2081@163.com")
    assert place([disclosure()], raw, APR_10).state == "needs_review"


def test_the_page_link_in_the_body_or_in_the_table_counts_for_the_screenshot():
    link = "https://www.jcx.gov.cn/xxgk/ndbg/2081017.html"
    assert brought(disclosure(), [SHEET], f"统计表见附件，发布页面：{link}") == {"sheet": 1, "shot": 1}
    with_column = FiledFile("审计局年度报告统计表.xlsx", "document",
                            f"政府信息公开年度报告统计表\n填报单位：县审计局\n发布网址 {link}", False, None, None)
    assert brought(disclosure(), [with_column]) == {"sheet": 1, "shot": 1}


def test_a_public_account_article_is_no_page_of_the_site():
    body = "统计表见附件，报告已在公众号发布：https://mp.weixin.qq.com/s/Xy7kQ2pLm9Rz"
    assert brought(disclosure(), [SHEET], body) == {"sheet": 1, "shot": 0}


def test_a_government_link_brings_no_photos_of_an_event():
    photos = disclosure("检查现场照片")
    body = "统计表见附件，相关报道：https://www.jcx.gov.cn/xwzx/2081017.html"
    assert brought(photos, [SHEET], body) == {"sheet": 1, "shot": 0}


def test_the_page_printed_to_pdf_is_its_screenshot():
    printed = FiledFile("审计局年度报告发布页面.pdf", "document", "", False, None, None, content_type="application/pdf")
    assert brought(disclosure(), [SHEET, printed]) == {"sheet": 1, "shot": 1}
    other = FiledFile("审计局年度报告.pdf", "document", "", False, None, None, content_type="application/pdf")
    assert brought(disclosure(), [SHEET, other]) == {"sheet": 1, "shot": 0}


# ---------------------------------------------------------------- a deck exported to PDF


def test_a_deck_exported_to_pdf_is_the_deck_asked_in_ppt():
    text = FiledFile("林草局观摩会汇报稿.docx", "document", "县林草局关于重点项目建设情况的汇报", False, None, None)
    deck = FiledFile("林草局观摩会汇报幻灯片.pdf", "document", "县林草局重点项目建设情况\n项目观摩会", False, None, None)
    assert brought(meeting(), [text, deck]) == {"slides": 1, "text": 1}


def test_a_deck_the_notice_wants_played_from_the_file_is_no_pdf():
    played = meeting("请于4月16日12时前报送汇报幻灯片（PPT格式，会上播放使用）和汇报稿（Word格式）。")
    deck = FiledFile("林草局观摩会汇报幻灯片.pdf", "document", "县林草局重点项目建设情况\n项目观摩会", False, None, None)
    assert brought(played, [deck]) == {"slides": 0, "text": 0}


def test_a_pdf_not_named_as_the_slides_is_no_deck():
    report = FiledFile("林草局观摩会汇报稿.pdf", "document", "县林草局关于重点项目建设情况的汇报", False, None, None)
    assert brought(meeting(), [report]) == {"slides": 0, "text": 0}


# ---------------------------------------------------------------- a forwarded 退信 of the unit's own mail


BOUNCE = ("\n\n-------- 转发邮件信息 --------\n发件人：Postmaster@qq.com\n主题：退信\n\n很抱歉您的邮件被退回。\n"
          "退信原因：邮件大小超过了收件方服务器的限制（552）。")


def test_a_forwarded_bounce_saying_the_files_are_sent_again_is_ignored():
    raw = mail("转发：退信", "县政府办公室：\n我局观摩会汇报邮件被退回，附件太大，现压缩幻灯片后重新发送。\n建昌县林草局" + BOUNCE,
               sender="lcj2081@qq.com")
    m = place([meeting()], raw, APR_10)
    assert m.state == "ignored", m.reason


def test_a_forwarded_bounce_asking_whether_to_resend_waits_for_a_person():
    raw = mail("转发：退信", "县政府办公室：\n我局观摩会汇报邮件被退回，是否需要重新发送？\n建昌县林草局" + BOUNCE,
               sender="lcj2081@qq.com")
    assert place([meeting()], raw, APR_10).state == "needs_review"


def test_a_resend_with_its_files_is_filed():
    files = {"林草局观摩会汇报稿.docx": _docx(["县林草局关于重点项目建设情况的汇报", "一、项目进展"])}
    raw = mail("林草局观摩会汇报（重发）", "县政府办公室：\n上午的邮件被退回，现重新发送汇报稿。\n建昌县林草局", files,
               sender="lcj2081@qq.com")
    m = place([meeting()], raw, APR_10)
    assert (m.state, m.unit, m.requirements) == ("filed", "县林草局", ["gm"]), m.reason
