"""A 信息 campaign (a Word article and photos) and an online survey (its 提交成功 screenshot) open at once,
beside the 5·15 campaign of 2023, on mails written for these tests (the misses of the twenty-third
held-out mailbox, tests/fixtures/mixed23): an old campaign's word shared with an open one, a screenshot
said to be the survey's, a neighbour sending for a town, an article in another town's template."""

from __future__ import annotations

import datetime as dt

import pytest
from route_helpers import PNG, ROSTER, SH, _docx, mail, place

from collector.campaign import campaign_from_dict, load_campaign

INFO = {
    "id": "xx-2034", "title": "乡村治理和政务公开典型经验信息", "notice_date": "2034-05-08",
    "mailbox": {"subject_hints": ["典型经验信息", "政务公开"]}, "units": {"kinds": ["town", "township"]},
    "requirements": [{"id": "info", "title": "典型经验信息及工作图片", "due": "2034-05-26T17:00:00+08:00",
                      "hints": ["典型经验", "经验信息"],
                      "parts": [{"id": "doc", "title": "信息（Word）", "kind": "document", "formats": ["docx"],
                                 "words": ["典型经验", "经验信息"]},
                                {"id": "photos", "title": "工作图片", "kind": "photo", "min_count": 2}]}],
}
SURVEY = {
    "id": "wj-2034", "title": "乡村治理工作问卷调查", "notice_date": "2034-05-12",
    "mailbox": {"subject_hints": ["问卷调查"]}, "units": {"kinds": ["town", "township"]},
    "requirements": [{"id": "proof", "title": "问卷提交凭证", "due": "2034-05-19T17:00:00+08:00",
                      "hints": ["提交成功", "问卷填报截图"],
                      "parts": [{"id": "proof", "title": "提交成功截图", "kind": "document",
                                 "formats": ["png", "jpg", "pdf"], "words": ["截图", "问卷"]}]}],
}
MAY = dt.datetime(2034, 5, 15, 10, 20, tzinfo=SH)


@pytest.fixture(scope="module")
def campaigns():
    return [load_campaign(None, roster=ROSTER)] + [campaign_from_dict(d, roster=ROSTER) for d in (INFO, SURVEY)]


def article(town: str) -> bytes:
    return _docx([f"{town}：村规民约“管”出文明新风", f"今年以来，{town}人民政府坚持以群众需求为导向，推进乡村治理和政务公开。",
                  "一是建强阵地。二是创新方式。三是注重实效。"])


def test_a_word_an_old_campaign_shares_with_an_open_one_does_not_keep_the_old_one_current(campaigns):
    """政务公开 is one of the 5·15 (2023) campaign's subject words, and the open 信息 campaign's too; eleven
    years on, the article in a file named 新建文档 that says 政务公开 is the 信息's, not a 5·15 straggler."""
    raw = mail("石佛乡", "县政府办：\n附件是我乡的信息和图片。\n石佛乡党政办", {
        "新建 Microsoft Word 文档.docx": _docx(["石佛乡：政务公开进村入户", "今年以来，石佛乡推进政务公开进村入户。"]),
        "微信图片_20340515101011.jpg": PNG, "微信图片_20340515101012.jpg": PNG})
    m = place(campaigns, raw, MAY)
    assert (m.state, m.campaign, m.unit, m.requirements) == ("filed", "xx-2034", "石佛乡", ["info"]), m.reason
    # a mail that says 5·15 is still the old campaign's straggler, by its own word
    raw = mail("石佛乡5·15政务公开日活动总结", "补报。\n石佛乡党政办", {"活动总结.docx": _docx(["石佛乡5·15政务公开日活动总结"])})
    assert place(campaigns, raw, MAY).campaign == "jianchang-515-2023"


def test_a_screenshot_the_sender_calls_the_surveys_is_the_surveys_proof(campaigns):
    raw = mail("大屯镇问卷", "县政府办：\n领导在手机上填的，截图转给您。\n大屯镇", {"微信图片_20340515.jpg": PNG})
    m = place(campaigns, raw, MAY)
    assert (m.state, m.campaign, m.unit, m.requirements) == ("filed", "wj-2034", "大屯镇", ["proof"]), m.reason
    # pictures said to be nothing in particular, in a week both campaigns take pictures: a person looks
    raw = mail("大屯镇", "县政府办：\n见附件。\n大屯镇", {"微信图片_20340515.jpg": PNG})
    m = place(campaigns, raw, MAY)
    assert (m.state, m.unit) == ("needs_review", "大屯镇") and "多项活动" in m.reason, m.reason


def test_a_town_sending_for_its_neighbour_files_it_under_the_neighbour(campaigns):
    files = {"魏家岭乡典型经验信息.docx": article("魏家岭乡"), "IMG_1.jpg": PNG, "IMG_2.jpg": PNG}
    raw = mail("魏家岭乡典型经验信息（贺杖子乡代发）", "县政府办公室：\n魏家岭乡邮箱登不上，委托我乡代为报送，请查收。\n贺杖子乡党政办", files)
    m = place(campaigns, raw, MAY)
    assert (m.state, m.campaign, m.unit) == ("filed", "xx-2034", "魏家岭乡"), m.reason
    # without a word saying so, two towns named in strong places are for a person
    raw = mail("魏家岭乡典型经验信息（贺杖子乡）", "县政府办公室：\n我乡报送，请查收。\n贺杖子乡党政办", files)
    assert place(campaigns, raw, MAY).state == "needs_review"


def test_an_article_in_another_towns_template_is_the_town_its_headline_names(campaigns):
    """Word named 汤神庙镇典型经验信息.docx (the sample it was copied from), its headline 雷家店乡：…"""
    raw = mail("雷家店乡典型经验信息", "县政府办公室：\n附件为我乡典型经验信息和图片。\n雷家店乡党政办",
               {"汤神庙镇典型经验信息.docx": article("雷家店乡"), "IMG_1.jpg": PNG, "IMG_2.jpg": PNG})
    m = place(campaigns, raw, MAY)
    assert (m.state, m.campaign, m.unit) == ("filed", "xx-2034", "雷家店乡"), m.reason


def test_a_number_inside_a_longer_one_is_no_mention_of_a_campaign_long_over():
    """Eleven years after the 5·15 of 2023, a 0515 inside a file name's date (微信图片_20340515…) does not
    make photos its straggler; 5·15 or 政务公开日 written out still does."""
    from collector.match.words import contains_word

    campaigns = [load_campaign(None, roster=ROSTER), campaign_from_dict(SURVEY, roster=ROSTER)]
    raw = mail("石佛乡", "县政府办：\n见附件。\n石佛乡党政办", {"微信图片_20340515101011.jpg": PNG})
    assert place(campaigns, raw, MAY).campaign != "jianchang-515-2023"
    raw = mail("石佛乡5·15政务公开日活动总结", "补报。\n石佛乡党政办", {"总结.docx": _docx(["石佛乡政务公开日活动总结"])})
    assert place(campaigns, raw, MAY).campaign == "jianchang-515-2023"
    assert not contains_word("微信图片_20340515101011.jpg", "515") and contains_word("5·15 515活动", "515")
