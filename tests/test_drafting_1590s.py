"""What held-out notices 1580–1599 showed the drafter missing (six of the eleven; the other five are in
tests/test_drafting_1580s.py), on notice texts written for these tests: 报送时限同前 (1595), a second thing after 和 known
by its Word bracket (1581), 前述第1至3项材料 (1592), a limit counted from a training's end with facts typed in the mail
body (1598), a title a PDF broke inside its last word and a 材料 made of the things its bracket names (1597), and a
deadline said only in a 回执's note whose lines a PDF broke, with units the body lets off (1599)."""

from __future__ import annotations

import datetime as dt

from test_drafting import part_shapes as shapes

from collector.drafting import draft_campaign
from collector.drafting.reading.layout import split_notice
from collector.roster import builtin_roster

ROSTER = builtin_roster()
TOWNS = sorted(ROSTER.names(["town", "township"]))


def draft(body: str, salutation: str = "各乡镇人民政府：", tail: str = ""):
    text = (f"关于开展2450年农村产业发展情况调查的通知\n{salutation}\n{body}\n联系人：郝立民  联系电话：0429-7712280\n\n"
            f"建昌县农村经济服务中心\n2450年5月6日\n{tail}")
    return draft_campaign(text, ROSTER)


def test_a_time_limit_said_to_be_the_one_before():
    body = ("（一）各乡镇请于5月20日（星期五）下午4时前将《产业发展汇总表》（Excel格式）发送至jcncjj@163.com。\n"
            "（二）县农业农村局还需报送产业项目说明（Word格式），报送时限同前。")
    first, second = draft(body, "各乡镇人民政府，县农业农村局：").requirements
    assert second.due == first.due and second.due.replace(tzinfo=None) == dt.datetime(2450, 5, 20, 16, 0)
    assert second.units == ["县农业农村局"]


def test_a_time_limit_to_be_told_later_is_none():
    """Near miss: 报送时限另行通知 names no time; the second item is no requirement with the first one's date."""
    body = ("（一）各乡镇请于5月20日（星期五）下午4时前将《产业发展汇总表》（Excel格式）发送至jcncjj@163.com。\n"
            "（二）县农业农村局还需报送产业项目说明（Word格式），报送时限另行通知。")
    assert len(draft(body, "各乡镇人民政府，县农业农村局：").requirements) == 1


def test_a_second_thing_after_he_known_by_its_word_bracket():
    body = ("请各乡镇于5月20日前，将《产业主体摸底表》（附件2，Excel格式）和本乡镇食用菌产业发展情况（Word格式，不超过2000字）"
            "发送至jcncjj@163.com。")
    (r,) = draft(body).requirements
    assert shapes(r) == ["document", "sheet"]


ITEMS = ("二、申报材料\n1．《农村产业示范项目申报书》（Word格式）；\n2．项目专题视频（MP4格式，时长5分钟以内）；\n"
         "3．项目图片（JPG格式，5张以上）；\n4．纸质申报书一式三份（加盖公章）。\n"
         "三、线索摸排\n各乡镇请于5月13日（星期五）前将《项目线索汇总表》（Excel格式）发送至jcncjj@163.com。\n四、报送时间\n")


def test_the_items_chosen_by_their_numbers_however_far_above():
    body = ITEMS + "各乡镇请于5月27日（星期五）17时前，将前述第1至3项材料发送至jcncjj@163.com；第4项纸质材料请于6月3日前送至中心。"
    leads, chosen = draft(body).requirements
    assert shapes(leads) == ["sheet"]
    assert shapes(chosen) == ["document", "photo", "video"] and "前述" not in chosen.title


def test_one_item_chosen_by_its_number():
    """Near miss: 前述第1项材料 is the 申报书 alone, not the video and photos after it."""
    body = ITEMS + "各乡镇请于5月27日（星期五）17时前，将前述第1项材料发送至jcncjj@163.com。"
    _, chosen = draft(body).requirements
    assert shapes(chosen) == ["document"]


def test_a_limit_counted_from_a_trainings_end_with_facts_typed_in_the_mail_body():
    body = ("一、培训安排\n培训时间：5月18日至5月19日，共两天。\n二、报送要求\n"
            "培训结束后两日内，各乡镇请将本乡镇参训人员学习情况（参训人数、考核合格人数、意见建议）直接写在邮件正文中"
            "发送至jcncjj@163.com。")
    (r,) = draft(body).requirements
    assert r.due.replace(tzinfo=None) == dt.datetime(2450, 5, 21, 23, 59, 59)
    assert [p["kind"] for p in r.parts] == ["field"] and "参训人数" in r.parts[0]["pattern"]


def test_the_days_of_a_training_stay_no_deadline():
    """Near miss: 培训时间：5月18日至5月19日 alone, with nothing sent by it, is no requirement."""
    body = "培训时间：5月18日至5月19日，共两天。\n请各乡镇于5月10日前将《参训人员名单》（Excel格式）发送至jcncjj@163.com。"
    (r,) = draft(body).requirements
    assert r.due.replace(tzinfo=None) == dt.datetime(2450, 5, 10, 23, 59, 59)


def test_a_title_broken_inside_its_last_word():
    layout = split_notice("建昌县农村经济服务中心\n关于调整《关于开展2450年农村产业发展情况调查的通知》报送时间的补充通\n知\n"
                          "各乡镇人民政府：\n报送时间调整为5月27日。\n")
    assert layout.title.endswith("补充通知") and layout.addressee.startswith("各乡镇")


def test_a_material_made_of_the_things_its_bracket_names():
    body = ("各乡镇项目申报材料（项目申报汇总表，Excel格式；加盖公章的项目申报文件，PDF扫描件）请于5月27日（星期五）17时前"
            "发送至jcncjj@163.com。")
    (r,) = draft(body).requirements
    assert shapes(r) == ["scan", "sheet"]


def test_a_deadline_only_in_a_receipts_note_broken_by_a_pdf():
    body = ("一、工作要求\n（一）各乡镇负责汇总辖区内订购意向，按附件回执要求报送。\n"
            "（二）县市场局、县卫健局分别负责质量安全监管和营养宣传指导，无需报送。\n")
    tail = ("附件\n2450年订购意向回执\n学校名称 在校生人数 备注\n"
            "注：请于5月20日（星期五）16时前将本回执（Excel格式）连同加盖公章的扫描件\n（PDF格式）发送至jcncjj@163.com。\n")
    (r,) = draft(body, "各乡镇人民政府，县市场局，县卫健局：", tail).requirements
    assert shapes(r) == ["scan", "sheet"] and sorted(r.units) == TOWNS
