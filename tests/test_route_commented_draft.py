"""A 征求意见稿 sent back with the opinions as Word 批注 (mixed61's 45, on a consultation written for these tests): the
parse stage reads a .docx's comments as marked lines, and the office's own draft carrying them is the unit's answer;
the same draft without comments, or another consultation's draft with comments, is not."""

from __future__ import annotations

import datetime as dt
import io

from route_helpers import ROSTER, SH, mail, place

from collector.campaign import campaign_from_dict
from collector.parsers.documents import extract_text

CID = "2088-03-02-grbf"
WHEN = dt.datetime(2088, 3, 9, 15, 30, tzinfo=SH)


def consultation():
    return campaign_from_dict({
        "id": CID, "title": "《建昌县城镇供热管理办法（征求意见稿）》修改意见", "notice_date": "2088-03-02",
        "mailbox": {"addresses": ["jc7710089@163.com"], "subject_hints": ["供热管理办法"]},
        "units": {"kinds": ["department"]},
        "requirements": [{"id": "yj", "title": "修改意见（反馈表或邮件注明“无意见”）", "due": "2088-03-12 17:00:00+08:00",
                          "hints": ["意见反馈表"],
                          "parts": [{"id": "opinion", "title": "修改意见或注明“无意见”", "kind": "field",
                                     "pattern": "无意见|修改意见|建议|第.{1,4}条"}]}],
    }, roster=ROSTER)


def draft_docx(name: str, comments: list[str], author: str = "交通局法规股 李明") -> bytes:
    """The office's draft, articles only, with ``comments`` anchored on its articles as Word writes them."""
    import docx

    d = docx.Document()
    d.add_paragraph(f"{name}（征求意见稿）")
    articles = [d.add_paragraph(f"第{n}条 供热单位应当按照规定的标准和期限供热。") for n in "一二三四"]
    for article, text in zip(articles, comments):
        d.add_comment(article.runs, text=text, author=author, initials="LM")
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def test_a_word_files_comments_are_read_after_its_text_with_their_author():
    text, _ = extract_text(draft_docx("建昌县城镇供热管理办法", ["建议供热期延长至次年3月31日"]), "docx")
    assert text.splitlines()[-1] == "批注（交通局法规股 李明）：建议供热期延长至次年3月31日"
    assert "批注" not in extract_text(draft_docx("建昌县城镇供热管理办法", []), "docx")[0]


def test_the_draft_sent_back_with_comments_is_the_units_opinion():
    files = {"建昌县城镇供热管理办法（征求意见稿）.docx": draft_docx("建昌县城镇供热管理办法", ["建议明确停热补偿标准", "第三条表述不清"])}
    m = place([consultation()], mail("交通局供热办法意见", "意见见附件批注。", files, name="县交通局"), WHEN)
    assert (m.state, m.campaign, m.unit, m.requirements) == ("filed", CID, "县交通局", ["yj"])


def test_the_draft_sent_back_without_comments_is_held():
    files = {"建昌县城镇供热管理办法（征求意见稿）.docx": draft_docx("建昌县城镇供热管理办法", [])}
    m = place([consultation()], mail("交通局供热办法", "请查收。", files, name="县交通局"), WHEN)
    assert m.state == "needs_review" and m.requirements == []


def test_another_consultations_draft_with_comments_is_not_this_ones_answer():
    files = {"建昌县殡葬管理办法（征求意见稿）.docx": draft_docx("建昌县殡葬管理办法", ["建议删除第四条"])}
    m = place([consultation()], mail("交通局意见", "意见见批注。", files, name="县交通局"), WHEN)
    assert m.state != "filed"
