"""Held-out mailbox 65 (round 62a): what it showed the collector missing, on mails and files written for these tests
(mixed60's 2070 基层防汛和应急管理业务培训班, whose towns answer a 回执 of names and mobiles, a field; a 秸秆禁烧网格员 table of
the towns written here).

Photos alone that the sender says are the form filled in (`参训人员回执已手工填好，拍照发送`) are the answer of a
requirement of fields, even where the notice does not offer that way; a person who says where he works (`我是大屯镇党政办
干事…`) names his unit as a sign-off does; a firm selling a paid course (`培训费：2800元/人`, its 报名回执) is an
advertisement; a town's villages' own sheets where the notice asks one table a town (`由乡镇汇总后报送，不要分村报送`) wait
for a person."""

from __future__ import annotations

import dataclasses
import datetime as dt

from route_helpers import SH, _docx, held_out_campaigns, mail, one_table_campaign, place
from test_route_round55 import xlsx
from test_route_round56a import desk_photo

MAY_7 = dt.datetime(2070, 5, 7, 10, 30, tzinfo=SH)
TOWNS = {"kinds": ["town", "township"]}


def training():
    """mixed60's training, alone: its 回执 a field of names and mobiles, its notice offering no photographed form."""
    (px,) = [c for c in held_out_campaigns("mixed60") if c.id.startswith("2070-05-06")]
    return px


# ---------------------------------------------------------------- a form filled in and photographed, said so


def test_photos_the_sender_says_are_the_form_filled_in_answer_a_requirement_of_fields():
    px = training()
    raw = mail("大屯镇参训人员回执", "县政府办公室：\n参训人员回执已手工填好，拍照发送，请查收。\n大屯镇党政办",
               {"IMG_20700507_0931.jpg": desk_photo(5)}, sender="dtz_dzb2070@163.com")
    m = place([px], raw, MAY_7)
    assert (m.state, m.campaign, m.unit, m.requirements) == ("filed", px.id, "大屯镇", [px.requirements[0].id]), m.reason
    assert "人工查看" in m.reason


def test_so_do_they_when_no_word_names_the_requirement():
    px = training()
    raw = mail("大屯镇", "表格填完了，截图发过来。\n大屯镇党政办", {"Screenshot_20700507.png": desk_photo(6)},
               sender="dtz_dzb2070@163.com")
    m = place([px], raw, MAY_7)
    assert (m.state, m.unit, m.requirements) == ("filed", "大屯镇", [px.requirements[0].id]), m.reason


def test_photos_without_those_words_or_of_a_form_not_yet_filled_still_go_to_a_person():
    px = training()
    for body in ("县政府办公室：\n参训人员回执照片见附件。\n大屯镇党政办", "回执还没填好，先拍照发来空表，请问职务一栏怎么写？\n大屯镇党政办"):
        raw = mail("大屯镇参训人员回执", body, {"IMG_20700507_0931.jpg": desk_photo(5)}, sender="dtz_dzb2070@163.com")
        m = place([px], raw, MAY_7)
        assert m.state == "needs_review", (body, m.reason)


def test_the_status_counts_the_photo_the_sender_says_is_the_filled_form():
    from collector.status import FiledFile, FiledMail, parts_present

    px = training()
    (req,) = px.requirements
    photo = FiledFile("IMG_0931.jpg", "photo", "", False, 1200, 900, content_type="image/jpeg", sha256="p1")

    def brought(body: str) -> dict:
        msg = FiledMail("s1", None, MAY_7, "dtz_dzb2070@163.com", "", body, False, [photo], [req.id], "大屯镇参训人员回执")
        return parts_present(msg, req, px)

    assert brought("参训人员回执已手工填好，拍照发送。") == {req.parts[0].id: 1}
    assert brought("参训人员回执照片见附件。") == {req.parts[0].id: 0}


# ---------------------------------------------------------------- a writer saying where he works


def test_a_person_saying_where_he_works_names_his_unit():
    px = training()
    for opening in ("我是大屯镇党政办干事周立新", "本人系大屯镇应急办工作人员周立新"):
        raw = mail("报名参加基层防汛培训", f"您好！\n{opening}，经镇领导同意，报名参加本次培训。\n手机：13591827364\n周立新",
                   sender="zhoulx1988@126.com", name="周立新")
        m = place([px], raw, MAY_7)
        assert (m.state, m.unit, m.requirements) == ("filed", "大屯镇", [px.requirements[0].id]), (opening, m.reason)


def test_a_unit_spoken_of_later_in_the_sentence_or_a_villages_cadre_is_no_introduction():
    px = training()
    for opening in ("我是一名退休干部，听说大屯镇也要派人参加，我也想报名旁听", "我是大屯镇石佛村会计，想报名参加本次培训"):
        raw = mail("报名参加基层防汛培训", f"您好！\n{opening}。\n手机：13591827364\n周立新", sender="zhoulx1988@126.com",
                   name="周立新")
        assert place([px], raw, MAY_7).state == "needs_review", opening


# ---------------------------------------------------------------- a course for sale


def offer(sender_name: str, words: str) -> bytes:
    return mail("关于举办2070年应急管理能力提升专题研修班的通知（附报名表）",
                f"各有关单位：\n为提升应急管理能力，定于2070年6月在沈阳举办专题研修班，{words}请填写报名表发送至本邮箱。\n"
                f"联系人：孙老师 13840401234\n{sender_name}",
                {"研修班报名表.docx": _docx(["研修班报名表", "单位", "姓名", "职务", "手机"])},
                sender="yjyx_2070@126.com", name=sender_name)


def test_a_firm_selling_a_paid_course_is_an_advertisement():
    for sender in ("辽宁华政教育科技有限公司", "沈阳市华政教育咨询有限公司"):
        m = place([training()], offer(sender, "培训费：2800元/人，食宿统一安排。"), MAY_7)
        assert m.state == "ignored" and "招生广告" in m.reason, (sender, m.reason)


def test_a_public_bodys_training_or_a_course_without_a_fee_is_no_advertisement():
    for sender, words in (("葫芦岛市应急管理局培训中心", "会务费每人600元。"), ("辽宁华政教育科技有限公司", "培训不收取费用。")):
        m = place([training()], offer(sender, words), MAY_7)
        assert "招生广告" not in m.reason, (sender, m.reason)


# ---------------------------------------------------------------- a town's villages' own sheets


NOTICE = ("关于报送秸秆禁烧网格员名单统计表的通知\n各乡镇人民政府：\n请各乡镇填写《秸秆禁烧网格员统计表》（Excel格式），"
          "各村按行填写，由乡镇汇总后报送，不要分村报送。")


def straw_watch(notice: str = NOTICE):
    c = one_table_campaign("wg-2070-09-01", "2070年秸秆禁烧网格员统计", "2070-09-01", "秸秆禁烧网格员", TOWNS,
                           "2070-09-10 17:00:00+08:00", ["网格员统计表"])
    return dataclasses.replace(c, notice_text=notice)


SEPT_5 = dt.datetime(2070, 9, 5, 11, 0, tzinfo=SH)


def sheet(owner: str, rows: list[list]) -> bytes:
    return xlsx([["秸秆禁烧网格员统计表"], ["填报单位：", owner], ["村", "网格员", "手机"], *rows])


VILLAGES = {f"{v}秸秆禁烧网格员统计表.xlsx": sheet(f"八家子镇{v}", [[v, "赵平", "13904290001"]])
            for v in ("新立屯村", "西大营子村", "宫杖子村")}


def test_villages_own_sheets_where_the_notice_asks_the_towns_one_table_go_to_a_person():
    raw = mail("八家子镇秸秆禁烧网格员统计表", "县政府办：\n我镇各村网格员统计表见附件。\n八家子镇党政办", VILLAGES)
    m = place([straw_watch()], raw, SEPT_5)
    assert (m.state, m.unit) == ("needs_review", "八家子镇") and "各村分别填写" in m.reason, m.reason


def test_the_towns_table_beside_them_or_a_notice_silent_on_it_is_filed():
    town = {"八家子镇秸秆禁烧网格员统计表.xlsx": sheet("八家子镇人民政府", [["新立屯村", "赵平", "13904290001"]])}
    cases = [(straw_watch(), {**VILLAGES, **town}),
             (straw_watch(), {"八家子镇各村秸秆禁烧网格员统计表.xlsx": sheet("八家子镇人民政府", [["宫杖子村", "钱亮", "13904290002"]])}),
             (straw_watch("请各乡镇填写《秸秆禁烧网格员统计表》（Excel格式）报送。"), VILLAGES)]
    for campaign, files in cases:
        raw = mail("八家子镇秸秆禁烧网格员统计表", "县政府办：\n网格员统计表见附件。\n八家子镇党政办", files)
        m = place([campaign], raw, SEPT_5)
        assert (m.state, m.unit) == ("filed", "八家子镇"), (list(files), m.reason)
