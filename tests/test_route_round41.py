"""Held-out mailboxes 41 and 42: the office's note to its own mailbox is ignored; a file sent 供参考 beside the
material owed is not the other requirement sent again, nor a correction; a unit saying its work is not done and
sending part ahead goes to a person; a unit signing by what it runs (政务大厅, 气象台) is that unit; a sheet saved
as tab-separated text is the table asked; a correction of one file of a set of several mends that one."""

from __future__ import annotations

import datetime as dt
import io
from email.message import EmailMessage

import pytest
from PIL import Image
from route_helpers import SH, _docx, held_out_campaigns, mail, place

from collector.status import _Att, _evaluate, _Msg

APRIL_2051 = dt.datetime(2051, 4, 13, 21, 40, tzinfo=SH)
MAY_2051 = dt.datetime(2051, 5, 15, 10, 30, tzinfo=SH)
WZA = "2051-04-03-qxggcswzasspczg"  # 无障碍: the 7 镇, five departments and 县政务服务中心; 台账 (pc) then 整改 (zg)
GB = "2051-04-06-ncyjgbqxldls"  # 应急广播联调联试: the 28 towns; 统计表 and three recordings
OFFICE = "jc7710089@163.com"


def jpeg(seed: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (640, 480), (seed * 40 % 256, 90, 120)).save(out, "JPEG")
    return out.getvalue()


def note(to: str, files: dict[str, bytes] = ()) -> bytes:
    m = EmailMessage()
    m["From"], m["To"], m["Subject"] = f"县政府办公室 <{OFFICE}>", to, "明天催报"
    m.set_content("无障碍排查台账还没报的：八家子镇、喇嘛洞镇、县交通局，明早电话催。\n\n来自网易邮箱大师")
    for name, data in dict(files).items():
        m.add_attachment(data, maintype="application", subtype="octet-stream", filename=name)
    return m.as_bytes()


def test_the_offices_note_to_its_own_mailbox_is_ignored():
    m = place(held_out_campaigns("mixed41"), note(OFFICE), APRIL_2051)
    assert m.state == "ignored" and "发给自己" in m.reason, m.reason


@pytest.mark.parametrize("to, files", [
    ("jczzf_bgs@163.com", {}),  # the office writing to a unit, copied to itself: a person decides
    (OFFICE, {"喇嘛洞镇排查台账.docx": _docx(["公共场所无障碍设施排查台账", "喇嘛洞镇"])}),  # a unit's file saved to itself
])
def test_the_offices_own_mail_to_another_or_with_a_file_still_goes_to_a_person(to, files):
    assert place(held_out_campaigns("mixed41"), note(to, files), APRIL_2051).state == "needs_review"


def rectification(body: str) -> bytes:
    return mail("玲珑塔镇无障碍整改材料", f"县政府办公室：\n{body}\n玲珑塔镇党政办", {
        "玲珑塔镇整改情况报告.docx": _docx(["玲珑塔镇公共场所无障碍设施整改情况报告"]),
        "整改前1.jpg": jpeg(1), "整改后1.jpg": jpeg(2), "整改前2.jpg": jpeg(3), "整改后2.jpg": jpeg(4),
        "玲珑塔镇公共场所无障碍设施排查整改台账（更新）.xlsx": _docx(["公共场所无障碍设施排查台账", "玲珑塔镇"])},
        sender="lhdhcpu85@foxmail.com")


def test_a_file_sent_for_reference_beside_the_material_owed_is_not_the_other_requirement_nor_a_correction():
    raw = rectification("我镇整改情况报告、整改前后对比照片见附件，另附更新后的排查整改台账，供参考。")
    m = place(held_out_campaigns("mixed41"), raw, MAY_2051, open_requirements={(WZA, "玲珑塔镇"): {"zg"}})
    assert (m.state, m.campaign, m.unit, m.requirements, m.is_correction) == ("filed", WZA, "玲珑塔镇", ["zg"], False), \
        m.reason


def test_without_for_reference_the_updated_ledger_counts_and_is_a_new_version():
    raw = rectification("我镇整改情况报告、整改前后对比照片和更新后的排查整改台账见附件。")
    m = place(held_out_campaigns("mixed41"), raw, MAY_2051, open_requirements={(WZA, "玲珑塔镇"): {"zg"}})
    assert (m.requirements, m.is_correction) == (["pc", "zg"], True), m.reason


def test_part_sent_ahead_of_work_not_yet_done_goes_to_a_person():
    raw = mail("喇嘛洞镇无障碍整改材料（整改前照片）",
               "我镇两处无障碍设施整改正在施工，先报送整改前照片2张，整改完成后报送整改后照片和整改情况报告。\n喇嘛洞镇党政办",
               {"整改前1.jpg": jpeg(5), "整改前2.jpg": jpeg(6)}, sender="vfinvux47@yeah.net")
    m = place(held_out_campaigns("mixed41"), raw, dt.datetime(2051, 4, 26, 16, 40, tzinfo=SH))
    assert (m.state, m.unit) == ("needs_review", "喇嘛洞镇") and "正在施工" in m.reason, m.reason


@pytest.mark.parametrize("signed", ["县政务大厅管理办公室", "建昌县政务服务大厅"])
def test_the_hall_signs_for_the_service_centre(signed):
    raw = mail("无障碍排查台账", f"县政府办公室：\n台账见附件。\n{signed}",
               {"政务大厅公共场所无障碍设施排查台账.xlsx": _docx(["公共场所无障碍设施排查台账", f"填报单位：{signed}"])},
               sender="3390021@qq.com")
    m = place(held_out_campaigns("mixed41"), raw, APRIL_2051)
    assert (m.state, m.campaign, m.unit) == ("filed", WZA, "县政务服务中心"), m.reason


def test_the_weather_station_signs_for_the_weather_bureau():
    raw = mail("建昌县气象台应急值守通讯录", "县政府办公室：\n我台应急值守联络人员通讯录见附件。\n建昌县气象台",
               {"气象台应急值守通讯录.xlsx": _docx(["应急值守联络人员通讯录", "填报单位：建昌县气象台"])}, sender="jcqxt@163.com")
    m = place(held_out_campaigns("mixed42"), raw, dt.datetime(2052, 4, 9, 14, 30, tzinfo=SH))
    assert (m.state, m.unit) == ("filed", "县气象局"), m.reason


# ---------------------------------------------------------------- the status stage


def campaign_of(cid: str):
    return next(c for c in held_out_campaigns("mixed41") if c.id == cid)


def msg(sha: str, day: int, files: list[_Att], correction: bool = False, req: str = "pc") -> _Msg:
    return _Msg(sha, None, dt.datetime(2051, 4, day, 10, 0, tzinfo=SH), "a@163.com", "", "", correction, files, [req])


def test_a_sheet_saved_as_tab_separated_text_is_the_table_asked():
    campaign = campaign_of(WZA)
    req = next(r for r in campaign.requirements if r.id == "pc")
    rows = "公共场所无障碍设施排查台账\n填报单位：\t建昌县卫生健康局\t\n序号\t场所名称\t盲道\n1\t县医院\t有\n2\t县中医院\t有\n"
    sheet = _Att("卫健局公共场所无障碍设施排查台账.txt", "document", rows, False, None, None, content_type="text/plain")
    prose = _Att("卫健局公共场所无障碍设施排查台账.txt", "document", rows.replace("\t", " "), False, None, None,
                 content_type="text/plain")
    assert _evaluate([msg("a", 12, [sheet])], req, campaign)[0] is True
    assert _evaluate([msg("b", 12, [prose])], req, campaign)[0] is False


def recording(village: str) -> _Att:
    return _Att(f"{village}.m4a", "other", "", False, None, None, content_type="audio/mp4", sha256=village)


def test_a_correction_of_one_recording_of_three_mends_that_one():
    campaign = next(c for c in held_out_campaigns("mixed41") if c.id == GB)
    req = campaign.requirements[0]
    table = _Att("王宝营子乡农村应急广播联调联试情况统计表.xlsx", "document", "农村应急广播联调联试情况统计表\n王宝营子乡",
                 False, None, None, content_type="application/vnd.ms-excel")
    first = msg("first", 14, [table] + [recording(v) for v in ("东村", "西村", "南村")], req=req.id)
    mended = msg("mended", 15, [recording("西村")], correction=True, req=req.id)
    complete, _, missing, current = _evaluate([first, mended], req, campaign)
    assert complete and not missing and current == {"first", "mended"}
    whole = msg("whole", 16, [table] + [recording(v) for v in ("东村", "西村", "南村")], correction=True, req=req.id)
    assert _evaluate([first, mended, whole], req, campaign)[3] == {"whole"}
