"""Matcher behaviour, case by case (the labelled set measures it as a whole)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from collector import index
from collector.campaign import campaign_from_dict, load_campaigns
from collector.match import learn_address, load_learned, match_mail, strip_quoted
from collector.model import Attachment, ForwardedMail, ParsedMail

SH = ZoneInfo("Asia/Shanghai")
NOTICE = (Path(__file__).parents[1] / "collector" / "campaigns" / "2023-05-05-5.15政务公开日通知.txt").read_text(
    encoding="utf-8")


@pytest.fixture(scope="module")
def cs():
    return load_campaigns(None)


def doc(name="总结.docx", text=None):
    return Attachment(name, "application/octet-stream", "document", b"x", text=text)


def photo(name="IMG_1.jpg", parent=None):
    return Attachment(name, "image/jpeg", "photo", b"x", parent=parent)


def mail(subject="", body="", name=None, addr="someone@163.com", atts=(), fwd=(), not_submission=None):
    return ParsedMail("<t@x>", subject, addr, name, f"{name or ''} <{addr}>", ["jc7710089@163.com"], None, body,
                      list(atts), list(fwd), not_submission)


@pytest.mark.parametrize("subject,unit", [
    ("建昌县发展和改革局访谈材料", "县发改局"),
    ("县发改局访谈材料", "县发改局"),
    ("发改局访谈材料", "县发改局"),
    ("建昌县发改局访谈材料", "县发改局"),
    ("建昌县人力资源和社会保障局访谈材料", "县人社局"),
    ("喇嘛洞活动总结", "喇嘛洞镇"),
    ("开发区活动总结", "八家子经济开发区"),
    ("八家子经济开发区活动总结", "八家子经济开发区"),
    ("八家子镇活动总结", "八家子镇"),
    ("葫芦岛市生态环境局建昌分局访谈稿", "生态环境局建昌分局"),
    ("国家税务总局建昌县税务局活动总结", "县税务局"),
    ("二道湾子乡活动总结", "二道湾子蒙古族乡"),
])
def test_names_short_forms_and_official_names(cs, subject, unit):
    m = match_mail(mail(subject, atts=[doc("访谈稿.docx" if "访谈" in subject else "总结.docx"), photo()]), cs)
    assert (m.state, m.unit) == ("filed", unit), m.reason


@pytest.mark.parametrize("typo,unit", [("莽牛营子乡", "牤牛营子乡"), ("腊嘛洞镇", "喇嘛洞镇"), ("发该局", "县发改局"),
                                       ("卫建局", "县卫健局"), ("巴什汉乡", "巴什罕乡"), ("老大丈子乡", "老大杖子乡")])
def test_homophones_and_near_misses(cs, typo, unit):
    m = match_mail(mail(f"{typo}活动总结", atts=[doc(), photo()]), cs)
    assert (m.state, m.unit) == ("filed", unit), m.reason
    assert "近似" in m.reason


def test_no_fuzzy_match_between_two_real_units(cs):
    # 县财政局 is one character from 县民政局: not in the 5·15 campaign (though on the
    # standing roster), never filed as 民政局
    m = match_mail(mail("县财政局活动总结", atts=[doc(), photo()]), cs)
    assert m.state == "needs_review" and m.unit != "县民政局"
    assert "县财政局" in m.reason and "县财政局" in m.suggestions


def test_bajiazi_alone_is_ambiguous(cs):
    m = match_mail(mail("八家子活动总结", atts=[doc(), photo()]), cs)
    assert m.state == "needs_review" and m.unit is None
    assert set(m.suggestions) == {"八家子镇", "八家子经济开发区"}


def test_bajiazi_resolved_by_the_signature(cs):
    m = match_mail(mail("八家子活动总结", "附件是总结。\n八家子镇人民政府\n2023年5月20日", atts=[doc(), photo()]), cs)
    assert (m.state, m.unit) == ("filed", "八家子镇")


def test_a_reply_quoting_the_notice_names_no_unit(cs):
    body = "收到。\n\n-----原始邮件-----\n发件人: 县政府办公室\n发送时间: 2023年5月5日\n主题: 通知\n\n" + NOTICE
    m = match_mail(mail("回复：关于开展第十七届“5·15政务公开日”活动的通知", body), cs)
    # the quoted notice names every unit, none of them the sender's; a bare 收到 to the notice, no file, is then
    # nothing to do (round 72, match/acknowledged.py): ignored, no unit
    assert (m.state, m.unit) == ("ignored", None), m.reason


def test_pasted_notice_without_separator_is_ignored(cs):
    # some clients quote nothing but paste the notice text under the reply
    body = "附件为我镇的活动总结，请查收。\n大屯镇\n\n" + NOTICE
    m = match_mail(mail("回复：通知", body, atts=[doc(), photo()]), cs)
    assert (m.state, m.unit) == ("filed", "大屯镇"), m.reason


def test_strip_quoted_variants():
    body = ("我们的材料见附件\n县水利局\n> 发件人: x\n> 请各单位报送\n"
            "在 2023年5月10日 09:00，县政府办公室 写道：\n县发改局 县人社局")
    assert strip_quoted(body) == "我们的材料见附件\n县水利局"
    assert strip_quoted("好的\n-----Original Message-----\nFrom: a") == "好的"
    assert strip_quoted("发件人：张三（县水利局）\n材料见附件") == "发件人:张三(县水利局)\n材料见附件"  # NFKC


def test_other_units_mentioned_in_a_report_do_not_move_the_mail(cs):
    body = "附件是活动总结。\n活动中会同县公安局、县司法局开展了联合宣传。\n石佛乡人民政府"
    report = "石佛乡开展政务公开日活动总结\n一、……\n会同县公安局开展普法宣传，县公安局派出民警。\n石佛乡人民政府"
    m = match_mail(mail("活动总结", body, atts=[doc(text=report), photo()]), cs)
    assert (m.state, m.unit) == ("filed", "石佛乡"), m.reason


def test_body_mention_alone_is_not_enough(cs):
    m = match_mail(mail("活动总结", "这次活动会同县公安局开展了普法宣传，效果很好，请查收附件。", atts=[doc(), photo()]), cs)
    assert m.state == "needs_review"
    assert "县公安局" in m.suggestions


def test_city_level_unit_is_not_the_county_one(cs):
    m = match_mail(mail("葫芦岛市公安局活动总结", atts=[doc(), photo()]), cs)
    assert m.state == "needs_review"


def test_signature_only_and_document_only(cs):
    m = match_mail(mail("总结", "附件请查收\n\n建昌县应急管理局\n2023年5月21日", atts=[doc(), photo()]), cs)
    assert (m.state, m.unit) == ("filed", "县应急局")
    text = "建昌县医疗保障局关于5·15政务公开日活动的总结\n一、……\n二、……\n三、……\n建昌县医疗保障局\n2023年5月22日"
    m = match_mail(mail("总结", "", atts=[doc(text=text), photo()]), cs)
    assert (m.state, m.unit) == ("filed", "县医保局")


def test_forwarded_original_sender(cs):
    fwd = ForwardedMail("slj2023@163.com", "建昌县水利局", "访谈材料", None)
    m = match_mail(mail("转发：访谈材料", "请查收", name="王丽", atts=[doc("访谈稿.docx")], fwd=[fwd]), cs)
    assert (m.state, m.unit, m.requirements) == ("filed", "县水利局", ["interview"])


def test_learned_address_files_a_bare_photo_mail(tmp_path, cs):
    db = index.connect(tmp_path)
    first = mail("喇嘛洞镇活动总结", "附件是总结。\n喇嘛洞镇人民政府", addr="lmd2023@163.com", atts=[doc()])
    m1 = match_mail(first, cs, load_learned(db))
    assert learn_address(db, first, m1, "a" * 64)
    bare = mail("照片", "", addr="lmd2023@163.com", atts=[photo("1.jpg"), photo("2.jpg")])
    assert match_mail(bare, cs, {}).state == "needs_review"
    m2 = match_mail(bare, cs, load_learned(db))
    assert (m2.state, m2.unit, m2.requirements) == ("filed", "喇嘛洞镇", ["summary"])
    assert "已学习的发件地址" in m2.reason
    # a mail matched only by its learned address teaches nothing new
    assert not learn_address(db, bare, m2, "b" * 64)


def test_the_collecting_mailbox_is_never_learned_as_a_units_address(tmp_path, cs):
    from collector.campaign import office_addresses

    db = index.connect(tmp_path)
    sent = mail("喇嘛洞镇活动总结", "附件是喇嘛洞镇的总结。\n喇嘛洞镇人民政府", addr="jc7710089@163.com",
                atts=[doc("喇嘛洞镇活动总结.docx", "喇嘛洞镇关于5·15政务公开日活动的总结\n……\n喇嘛洞镇人民政府")])
    m = match_mail(sent, cs)
    assert (m.state, m.unit) == ("filed", "喇嘛洞镇"), m.reason
    assert not learn_address(db, sent, m, "f" * 64, office=office_addresses(cs))
    assert load_learned(db) == {}
    # a person assigning it (no campaigns at hand): a mail sent from and to one address teaches nothing
    assert not learn_address(db, sent, m, "f" * 64, how="confirmed")
    assert load_learned(db) == {}


def test_forwarders_and_conflicting_addresses_are_not_learned(tmp_path, cs):
    db = index.connect(tmp_path)
    fwd = ForwardedMail("slj@163.com", "建昌县水利局", "访谈材料", None)
    p = mail("转发：访谈材料", atts=[doc("访谈稿.docx")], addr="clerk@163.com", fwd=[fwd])
    assert not learn_address(db, p, match_mail(p, cs), "c" * 64)
    a = mail("县民政局活动总结", addr="shared@qq.com", atts=[doc(), photo()])
    b = mail("县教育局活动总结", addr="shared@qq.com", atts=[doc(), photo()])
    learn_address(db, a, match_mail(a, cs), "d" * 64)
    learn_address(db, b, match_mail(b, cs), "e" * 64)
    assert load_learned(db) == {}
    assert db["learned_addresses"].get("shared@qq.com")["how"] == "conflict"


def test_learned_address_against_a_named_unit_goes_to_review(cs):
    learned = {"x@163.com": ("jianchang-515-2023", "县发改局")}
    m = match_mail(mail("喇嘛洞镇补充照片", addr="x@163.com", atts=[photo()]), cs, learned)
    assert m.state == "needs_review"
    assert set(m.suggestions) >= {"县发改局", "喇嘛洞镇"}


def test_requirements_from_words_attachments_and_deadlines(cs):
    assert match_mail(mail("县发改局访谈稿", atts=[doc("访谈稿.docx")]), cs).requirements == ["interview"]
    assert match_mail(mail("县发改局照片", atts=[photo()]), cs).requirements == ["summary"]
    both = match_mail(mail("县发改局访谈稿及活动总结", atts=[doc("访谈稿.docx"), doc(), photo()]), cs)
    assert both.requirements == ["interview", "summary"]
    plain = mail("县发改局材料", atts=[doc("材料.docx")])
    before = dt.datetime(2023, 5, 9, 10, tzinfo=SH)
    after = dt.datetime(2023, 5, 20, 10, tzinfo=SH)
    assert match_mail(plain, cs, received_at=before).requirements == ["interview"]
    assert match_mail(plain, cs, received_at=after).requirements == ["summary"]
    assert match_mail(plain, cs).state == "needs_review"  # nothing tells which
    town = match_mail(mail("大屯镇材料", atts=[doc("材料.docx")]), cs)
    assert town.requirements == ["summary"]  # a town has only the summary


def test_shared_interview_slot_is_not_a_conflict(cs):
    m = match_mail(mail("县农业农村局、县乡村振兴局访谈材料", atts=[doc("访谈稿.docx")]), cs)
    assert (m.state, m.unit, m.requirements) == ("filed", "县农业农村局", ["interview"])
    m = match_mail(mail("县农业农村局、县乡村振兴局活动总结", atts=[doc(), photo()]), cs)
    assert m.state == "needs_review"  # summaries are separate


@pytest.mark.parametrize("subject", ["县民政局活动总结（更正）", "县民政局活动总结以此为准", "县民政局活动总结最终版"])
def test_corrections(cs, subject):
    assert match_mail(mail(subject, atts=[doc(), photo()]), cs).is_correction


def test_not_a_submission_is_ignored(cs):
    m = match_mail(mail("自动回复：县发改局访谈材料", not_submission="auto-reply"), cs)
    assert (m.state, m.unit) == ("ignored", None)
    assert "自动回复" in m.reason


def test_two_campaigns_open(cs):
    other = campaign_from_dict({
        "id": "safety-2023", "title": "安全生产月", "timezone": "Asia/Shanghai", "county": "建昌县",
        "mailbox": {"subject_hints": ["安全生产月"]},
        "units": [{"name": "县应急局", "kind": "department", "official_name": "建昌县应急管理局"}],
        "requirements": [{"id": "plan", "title": "活动方案", "due": "2023-06-30T16:00:00+08:00", "units": "all",
                          "hints": ["方案"]}],
    })
    both = cs + [other]
    m = match_mail(mail("县应急局安全生产月活动方案", atts=[doc("方案.docx")]), both)
    assert (m.campaign, m.unit, m.requirements) == ("safety-2023", "县应急局", ["plan"])
    m = match_mail(mail("县应急局5.15政务公开日活动总结", atts=[doc(), photo()]), both)
    assert (m.campaign, m.unit, m.requirements) == ("jianchang-515-2023", "县应急局", ["summary"])


def test_a_requirement_the_unit_does_not_owe_goes_to_review(cs):
    # 县教育局 is not in 附件1: an interview manuscript from it is not a summary
    m = match_mail(mail("县教育局访谈稿", atts=[doc("访谈稿.docx")]), cs)
    assert m.state == "needs_review" and m.unit == "县教育局"
    assert "无需报送" in m.reason


def test_spaces_inside_names(cs):
    m = match_mail(mail("县 发改局 访谈材料", atts=[doc("访谈稿.docx")]), cs)
    assert (m.state, m.unit) == ("filed", "县发改局")


def test_mail_from_the_collecting_mailbox_itself(cs):
    m = match_mail(mail("关于县发改局访谈材料的回复", addr="jc7710089@163.com", atts=[doc("访谈稿.docx")]), cs)
    assert m.state == "needs_review" and "收集邮箱" in m.reason


def test_unknown_unit_kinds():
    from collector.match import unknown_units

    cs = load_campaigns(None)
    assert unknown_units(mail("建昌县档案馆活动总结"), cs) == ["建昌县档案馆"]
    assert unknown_units(mail("县发改局活动总结"), cs) == []


from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_words = st.sampled_from(["县发改局", "八家子", "喇嘛洞", "莽牛营子乡", "总结", "访谈稿", "更正", "> ", "\n", "-----原始邮件-----",
                          "发件人:", "县统计局", "会同", "我单位", "照片", " ", "（", "）", "建昌县", "市", "\u200b"])
_text = st.lists(st.one_of(_words, st.text(max_size=5)), max_size=30).map("".join)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(subject=_text, body=_text, name=st.one_of(st.none(), _text), fname=_text, dtext=st.one_of(st.none(), _text))
def test_matcher_never_fails_and_never_files_without_evidence(cs, subject, body, name, fname, dtext):
    m = match_mail(mail(subject, body, name=name, atts=[doc(fname + ".docx", dtext), photo()]), cs)
    assert m.state in ("filed", "needs_review", "ignored") and m.reason
    if m.state == "filed":
        assert m.unit and m.requirements and m.signals


def test_short_signature_right_above_a_pasted_notice_is_kept(cs):
    m = match_mail(mail("回复：通知", "附件为访谈稿，请查收\n县发改局\n" + NOTICE, atts=[doc("访谈稿.docx")]), cs)
    assert (m.state, m.unit) == ("filed", "县发改局"), m.reason


def test_notice_attached_back_names_no_unit(cs):
    m = match_mail(mail("通知", "收到", atts=[doc("通知.docx", NOTICE)]), cs)
    assert m.state == "needs_review" and not m.suggestions


def test_dashes_above_a_signature_are_not_a_quote():
    assert strip_quoted("附件是总结\n----------\n喇嘛洞镇 张三") == "附件是总结\n----------\n喇嘛洞镇张三"
    assert strip_quoted("好的\n________________________________\n发件人: 县政府办公室\n发送时间: 2023年5月5日\n县发改局") == "好的"


def test_words_deep_in_a_report_do_not_add_a_requirement(cs):
    body = "附件为活动总结和照片。\n\n一、基本情况\n二、主要做法\n三、成效\n我局领导参加了“部门谈”访谈活动。\n县交通局"
    m = match_mail(mail("县交通局活动总结", body, atts=[doc(), photo()]), cs)
    assert m.requirements == ["summary"]


@pytest.mark.parametrize("subject", ["葫芦岛市乡村振兴局活动总结", "绥中县公安局活动总结", "凌源市民政局活动总结",
                                     "辽宁省教育厅通知"])
def test_units_of_other_counties_and_levels_are_never_ours(cs, subject):
    m = match_mail(mail(subject, atts=[doc(), photo()]), cs)
    assert m.state == "needs_review", m.reason


def test_names_after_ordinary_words_are_ours(cs):
    for subject in ["报送县发改局访谈稿", "关于县发改局访谈稿", "转发县发改局访谈稿"]:
        m = match_mail(mail(subject, atts=[doc("访谈稿.docx")]), cs)
        assert (m.state, m.unit) == ("filed", "县发改局"), subject


def test_villages_and_landmarks_named_after_a_township_are_not_it(cs):
    m = match_mail(mail("石佛寺景区宣传照片", name="李强", atts=[photo()]), cs)
    assert m.state == "needs_review"
    m = match_mail(mail("石佛乡活动照片", name="李强", atts=[photo()]), cs)
    assert m.unit == "石佛乡"


def test_a_roster_unit_in_the_body_does_not_cover_an_unknown_sender(cs):
    body = "现将县发改局牵头的活动总结报送。\n建昌县统计局"
    m = match_mail(mail("建昌县统计局活动总结", body, atts=[doc(), photo()]), cs)
    assert m.state == "needs_review" and "县统计局" in m.suggestions  # on the roster, not in the 5·15 campaign


@pytest.mark.parametrize("subject, sign_off", [("县档案馆活动总结", "建昌县档案馆"), ("档案馆5·15活动总结", "县档案馆办公室")])
def test_a_unit_on_the_roster_but_in_no_campaign_is_not_called_unknown(cs, subject, sign_off):
    """县档案馆 is on the standing roster; the 5·15 notice was not sent to it. The clerk is
    told so, and offered the unit, not asked to add it to the roster a second time."""
    m = match_mail(mail(subject, f"请查收。\n{sign_off}", atts=[doc("活动总结.docx"), photo()]), cs)
    assert m.state == "needs_review", m.reason
    assert "不在名册中" not in m.reason and "县档案馆" in m.reason and "不在各项活动的报送单位中" in m.reason
    assert "县档案馆" in m.suggestions and not any(s.startswith("加入名册") for s in m.suggestions)


def test_a_unit_on_no_roster_is_still_offered_for_the_roster(cs):
    m = match_mail(mail("县城市供热公司活动总结", "请查收。\n建昌县城市供热公司", atts=[doc("活动总结.docx")]), cs)
    assert m.state == "needs_review" and "不在名册中" in m.reason, m.reason
    assert any(s.startswith("加入名册") for s in m.suggestions)
