"""Held-out mailbox 59 (round 57): what it showed the collector missing, on mails and files written for these tests
(the campaigns are the ones the clerk loaded for mixed59: a 2069 评选 推荐 of the towns and eight departments, each
within a 名额, asking a Word 推荐表, a 2寸 photo and a Word 事迹材料 a person and an Excel 汇总表 a unit; beside it the
towns' 秋粮收获进度, four figures typed in the body).

A text message made a mail (`X秋收进度：播种…`) names its town by its opening heading; a town's station of a longer
name (…农业技术推广站) signs for the town; a unit named in a clause saying its files were sent by mistake
(`误将交通局的材料发来`) is not the sender; an office off the roster passing on a mail sent to it by mistake sends the
forwarded mail's unit's; a mail asking whether a nominee may stand and saying it will change the list if not waits for a
person, and so does a nomination over the unit's 名额 the notice sets; a form asked in Word, printed, filled in and
scanned, is that form."""

from __future__ import annotations

import datetime as dt
import io
from email.message import EmailMessage

from route_helpers import SH, _docx, held_out_campaigns, mail, place
from test_route_round55 import xlsx

TJ, QS = "2069-10-09-jcxzmjcgb", "2069-10-15-qlshjd"
OCT_16_EVENING = dt.datetime(2069, 10, 16, 20, 0, tzinfo=SH)
OCT_22 = dt.datetime(2069, 10, 22, 10, 0, tzinfo=SH)


def campaigns():
    return held_out_campaigns("mixed59")


def jpeg() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (413, 579), (200, 30, 30)).save(out, "JPEG")
    return out.getvalue()


def nomination(unit: str, official: str, people: list[str]) -> dict[str, bytes]:
    """A unit's 推荐 files: a 推荐表, a photo and a 事迹材料 a person, and the unit's 汇总表."""
    files: dict[str, bytes] = {}
    for person in people:
        files[f"{unit}最美基层干部推荐表（{person}）.docx"] = _docx(
            ["“最美基层干部”推荐表", "姓名", person, "推荐单位", official, "主要事迹", "扎根基层十余年。"])
        files[f"{person}.jpg"] = jpeg()
        files[f"{person}同志事迹材料.docx"] = _docx([f"{person}同志个人事迹材料", "一、基本情况", f"{person}，男，现任{official}干部。"])
    files[f"{unit}最美基层干部推荐汇总表.xlsx"] = xlsx(
        [["推荐汇总表"], ["推荐单位：", official], ["序号", "姓名", "工作单位及职务"]]
        + [[i, p, official] for i, p in enumerate(people, 1)])
    return files


# ---------------------------------------------------------------- who sends


def test_a_text_message_made_a_mail_names_its_town_by_its_opening_heading():
    raw = mail("短信邮件", "巴什罕乡秋收进度：播种2.10万亩，已收1.50万亩，进度71.4%，离田0.60万亩。巴什罕乡 韩冬\n\n"
               "——此邮件由139邮箱“短信发邮件”发送。回复本邮件，对方将以短信形式收到。", sender="13904291234@139.com")
    m = place(campaigns(), raw, OCT_16_EVENING)
    assert (m.state, m.campaign, m.unit, m.requirements) == ("filed", QS, "巴什罕乡", ["qs"])


def test_a_salutation_with_the_answer_after_it_is_no_heading():
    raw = mail("短信邮件", "巴什罕乡党政办：播种2.10万亩，已收1.50万亩，进度71.4%，离田0.60万亩。", sender="13904291234@139.com")
    assert place(campaigns(), raw, OCT_16_EVENING).state == "needs_review"


def test_a_towns_station_of_a_longer_name_signs_for_the_town():
    raw = mail("秋收进度", "县政府办：\n一、秋粮播种面积：21000亩\n二、已收获面积：15000亩\n三、收获进度：71.4%\n"
               "四、秸秆离田面积：6000亩\n巴什罕乡农业技术推广站", sender="qiuyue88@foxmail.com", name="秋月无边")
    m = place(campaigns(), raw, OCT_16_EVENING)
    assert (m.state, m.campaign, m.unit) == ("filed", QS, "巴什罕乡")


def test_a_body_off_the_roster_signing_is_still_asked_about():
    raw = mail("秋收进度", "县政府办：\n一、秋粮播种面积：21000亩\n二、已收获面积：15000亩\n三、收获进度：71.4%\n"
               "四、秸秆离田面积：6000亩\n县农业技术推广中心", sender="qiuyue88@foxmail.com", name="秋月无边")
    assert place(campaigns(), raw, OCT_16_EVENING).state == "needs_review"


def test_a_unit_named_as_the_one_whose_files_went_by_mistake_is_not_the_sender():
    raw = mail("司法局最美基层干部推荐（重发）", "县政府办公室：\n昨天误将公安局的推荐材料发来，请删除。现报送我局推荐材料。\n建昌县司法局办公室",
               nomination("司法局", "建昌县司法局", ["冯涛"]), sender="sfjbgs2069@163.com")
    m = place(campaigns(), raw, OCT_22)
    assert (m.state, m.campaign, m.unit, m.requirements) == ("filed", TJ, "县司法局", ["tj"])


def test_the_other_units_files_sent_again_still_go_to_a_person():
    raw = mail("司法局最美基层干部推荐（重发）", "县政府办公室：\n昨天误将公安局的推荐材料发来，请删除。现报送我局推荐材料。\n建昌县司法局办公室",
               nomination("公安局", "建昌县公安局", ["冯涛", "吴迪"]), sender="sfjbgs2069@163.com")
    assert place(campaigns(), raw, OCT_22).state == "needs_review"


def forward_by_an_office_off_the_roster(words: str) -> bytes:
    inner = EmailMessage()
    inner["From"] = "巴什罕乡党政办 <bshx_dzb@163.com>"
    inner["To"] = "jcxcb@163.com"
    inner["Subject"] = "巴什罕乡最美基层干部推荐材料"
    inner["Date"] = "Mon, 21 Oct 2069 09:00:00 +0800"
    inner.set_content("县政府办：\n我乡推荐材料见附件。\n巴什罕乡党政办")
    for name, data in nomination("巴什罕乡", "巴什罕乡人民政府", ["邓航"]).items():
        inner.add_attachment(data, maintype="application", subtype="octet-stream", filename=name)
    outer = EmailMessage()
    outer["From"] = "中共建昌县委宣传部办公室 <jcxcb@163.com>"
    outer["To"] = "jc7710089@163.com"
    outer["Subject"] = "转发：巴什罕乡最美基层干部推荐材料"
    outer.set_content(f"县政府办公室：\n{words}\n县委宣传部办公室")
    outer.add_attachment(inner)
    return outer.as_bytes()


def test_an_office_off_the_roster_passing_on_a_misaddressed_mail_sends_the_towns():
    raw = forward_by_an_office_off_the_roster("巴什罕乡将推荐材料误发至我部邮箱，现转给你们，请查收。")
    m = place(campaigns(), raw, OCT_22)
    assert (m.state, m.campaign, m.unit, m.requirements) == ("filed", TJ, "巴什罕乡", ["tj"])


def test_an_office_off_the_roster_forwarding_of_its_own_accord_is_still_asked_about():
    raw = forward_by_an_office_off_the_roster("巴什罕乡的推荐材料已经我部审核，现一并报送。")
    assert place(campaigns(), raw, OCT_22).state == "needs_review"


# ---------------------------------------------------------------- not to be filed as it stands


def test_a_nomination_standing_on_the_offices_answer_goes_to_a_person():
    raw = mail("巴什罕乡最美基层干部推荐", "县政府办公室：\n我乡推荐材料见附件。邓航同志前年受过提醒谈话，是否符合推荐条件请明示；"
               "如不符合，我乡另行推荐。\n巴什罕乡党政办", nomination("巴什罕乡", "巴什罕乡人民政府", ["邓航"]))
    m = place(campaigns(), raw, OCT_22)
    assert (m.state, m.unit) == ("needs_review", "巴什罕乡") and "另行推荐" in m.reason


def test_a_courtesy_or_a_question_on_the_side_is_still_filed():
    raw = mail("巴什罕乡最美基层干部推荐", "县政府办公室：\n我乡推荐材料见附件，如有不妥请告知，我们及时修改。请问还需要纸质版吗？\n"
               "巴什罕乡党政办", nomination("巴什罕乡", "巴什罕乡人民政府", ["邓航"]))
    m = place(campaigns(), raw, OCT_22)
    assert (m.state, m.campaign, m.unit) == ("filed", TJ, "巴什罕乡")


def test_a_township_nominating_over_its_quota_goes_to_a_person():
    raw = mail("巴什罕乡最美基层干部推荐", "县政府办公室：\n推荐材料见附件。\n巴什罕乡党政办",
               nomination("巴什罕乡", "巴什罕乡人民政府", ["邓航", "叶艳"]))
    m = place(campaigns(), raw, OCT_22)
    assert (m.state, m.unit) == ("needs_review", "巴什罕乡") and "名额1名" in m.reason


def test_a_department_over_the_quota_its_table_gives_goes_to_a_person():
    raw = mail("司法局最美基层干部推荐", "县政府办公室：\n我局推荐最美基层干部2名，材料见附件。\n建昌县司法局办公室",
               nomination("司法局", "建昌县司法局", ["冯涛", "吴迪"]))
    m = place(campaigns(), raw, OCT_22)
    assert (m.state, m.unit) == ("needs_review", "县司法局") and "名额1名" in m.reason


def test_nominations_within_the_quota_are_filed():
    town = mail("八家子镇最美基层干部推荐", "县政府办公室：\n我镇推荐2名，材料见附件。\n八家子镇党委组织办",
                nomination("八家子镇", "八家子镇人民政府", ["邓航", "叶艳"]))
    police = mail("公安局最美基层干部推荐", "县政府办公室：\n我局推荐材料见附件。\n建昌县公安局政治处",
                  nomination("公安局", "建昌县公安局", ["冯涛", "吴迪"]), sender="jcgaj_zzc@163.com")
    for raw, unit in ((town, "八家子镇"), (police, "县公安局")):
        m = place(campaigns(), raw, OCT_22)
        assert (m.state, m.campaign, m.unit) == ("filed", TJ, unit)


# ---------------------------------------------------------------- 报送情况


def nomination_parts(files: list[str]) -> dict[str, int]:
    from collector.status import FiledFile, FiledMail, parts_present

    (campaign,) = [c for c in campaigns() if c.id == TJ]
    (req,) = campaign.requirements
    atts = [FiledFile(f, "photo" if f.endswith(".jpg") else "document", "", False, 413 if f.endswith(".jpg") else None,
                 579 if f.endswith(".jpg") else None) for f in files]
    msg = FiledMail("ab" * 32, None, OCT_22, "a@163.com", "", "", False, atts, ["tj"])
    return parts_present(msg, req, campaign)


def test_a_form_asked_in_word_filled_by_hand_and_scanned_is_the_form():
    have = nomination_parts(["巴什罕乡最美基层干部推荐表（邓航）.pdf", "邓航.jpg", "邓航同志事迹材料.docx", "巴什罕乡推荐汇总表.xlsx"])
    assert have == {"form": 1, "photo": 1, "story": 1, "table": 1}


def test_a_story_asked_in_word_sent_as_a_pdf_is_not_it():
    have = nomination_parts(["巴什罕乡最美基层干部推荐表（邓航）.docx", "邓航.jpg", "邓航同志事迹材料.pdf", "巴什罕乡推荐汇总表.xlsx"])
    assert have["form"] == 1 and have["story"] == 0
