"""Held-out mailboxes 41 to 44. 41 and 42: the office's note to its own mailbox is ignored; a file sent 供参考 beside the
material owed is not the other requirement sent again, nor a correction; a unit saying its work is not done and
sending part ahead goes to a person; a unit signing by what it runs (政务大厅, 气象台) is that unit; a sheet saved
as tab-separated text is the table asked; a correction of one file of a set of several mends that one. 43 and 44:
an address learned for one unit yields to the mail's own words naming another; a running total where period figures
are asked, an outline with a request for more time and a request for help go to a person; a draft and its revision in
one mail are no correction; an answer written into the quoted notice is read; an off-roster working body or a
commissioned company sending for a unit is that unit's sender; a map holding a unit's outline alone is not the plots."""

from __future__ import annotations

import datetime as dt
import io
import sys
from email.message import EmailMessage
from pathlib import Path

import pytest
from PIL import Image
from route_helpers import SH, _docx, held_out_campaigns, mail, place

from collector.status import FiledFile, evaluate, FiledMail

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


def msg(sha: str, day: int, files: list[FiledFile], correction: bool = False, req: str = "pc") -> FiledMail:
    return FiledMail(sha, None, dt.datetime(2051, 4, day, 10, 0, tzinfo=SH), "a@163.com", "", "", correction, files, [req])


def test_a_sheet_saved_as_tab_separated_text_is_the_table_asked():
    campaign = campaign_of(WZA)
    req = next(r for r in campaign.requirements if r.id == "pc")
    rows = "公共场所无障碍设施排查台账\n填报单位：\t建昌县卫生健康局\t\n序号\t场所名称\t盲道\n1\t县医院\t有\n2\t县中医院\t有\n"
    sheet = FiledFile("卫健局公共场所无障碍设施排查台账.txt", "document", rows, False, None, None, content_type="text/plain")
    prose = FiledFile("卫健局公共场所无障碍设施排查台账.txt", "document", rows.replace("\t", " "), False, None, None,
                 content_type="text/plain")
    assert evaluate([msg("a", 12, [sheet])], req, campaign)[0] is True
    assert evaluate([msg("b", 12, [prose])], req, campaign)[0] is False


def recording(village: str) -> FiledFile:
    return FiledFile(f"{village}.m4a", "other", "", False, None, None, content_type="audio/mp4", sha256=village)


def test_a_correction_of_one_recording_of_three_mends_that_one():
    campaign = next(c for c in held_out_campaigns("mixed41") if c.id == GB)
    req = campaign.requirements[0]
    table = FiledFile("王宝营子乡农村应急广播联调联试情况统计表.xlsx", "document", "农村应急广播联调联试情况统计表\n王宝营子乡",
                 False, None, None, content_type="application/vnd.ms-excel")
    first = msg("first", 14, [table] + [recording(v) for v in ("东村", "西村", "南村")], req=req.id)
    mended = msg("mended", 15, [recording("西村")], correction=True, req=req.id)
    complete, _, missing, current = evaluate([first, mended], req, campaign)
    assert complete and not missing and current == {"first", "mended"}
    whole = msg("whole", 16, [table] + [recording(v) for v in ("东村", "西村", "南村")], correction=True, req=req.id)
    assert evaluate([first, mended, whole], req, campaign)[3] == {"whole"}


# ---------------------------------------------------------------- the pipeline: villages named by an earlier table

def town_table(town: str, villages: list[str]) -> bytes:
    rows = "\n".join(f"{k}\t{v}\t2\t2\t清晰\t是" for k, v in enumerate(villages, 1))
    return mail(f"{town}应急广播联调联试统计表", f"县政府办公室：\n统计表见附件，录音由广播员用手机另发。\n{town}党政办",
                {f"{town}农村应急广播联调联试情况统计表.docx": _docx(
                    ["农村应急广播联调联试情况统计表", f"填报乡镇（盖章）：{town}", "序号\t行政村\t终端数量\t在线数量\t收听效果\t是否录音",
                     rows])}, sender="zhen_dzb@163.com")


def recorder_share(villages: list[str]) -> bytes:
    files = {f"{v}.m4a": b"\x00\x00\x00\x20ftypM4A " + bytes(64) for v in villages}
    return mail("分享3个录音", "来自华为录音机的分享", files, sender="13700001234@139.com")


def dated(raw: bytes, day: int, hour: int) -> bytes:
    return f"Date: Mon, {day:02d} Apr 2051 {hour:02d}:00:00 +0800\r\n".encode() + raw


def imported_messages(tmp_path, mails: list[bytes]) -> list[dict]:
    from mixed_status import as_json, import_mailbox

    class Raw:
        def __init__(self, k, raw):
            self.name, self.raw = f"{k:02d}", raw

    option = ",".join(["builtin", str(Path(__file__).parent / "fixtures" / "mixed41" / "campaigns" / "2051-04-06-gb.yaml")])
    data_dir = import_mailbox(tmp_path, [Raw(k, dated(r, 13, 9 + k)) for k, r in enumerate(mails)], option,
                              "2051-04-30T12:00:00+08:00")
    return sorted(as_json(data_dir, option, "messages"), key=lambda m: m["received_at"])


VILLAGES = ["上窝铺村", "下甸子村", "南营子村"]


def test_recordings_named_by_villages_only_are_the_town_whose_table_lists_them(tmp_path):
    rows = imported_messages(tmp_path, [town_table("喇嘛洞镇", VILLAGES), recorder_share(VILLAGES)])
    last = rows[-1]
    assert (last["state"], last["campaign"], last["unit"]) == ("filed", GB, "喇嘛洞镇"), last
    assert "村名" in last["reason"], last["reason"]


def test_villages_two_towns_tables_list_leave_the_mail_to_a_person(tmp_path):
    rows = imported_messages(tmp_path, [town_table("喇嘛洞镇", VILLAGES), town_table("药王庙镇", VILLAGES[:2] + ["东村"]),
                                        recorder_share(VILLAGES[:2])])
    assert (rows[-1]["state"], rows[-1]["unit"]) == ("needs_review", None), rows[-1]


# ---------------------------------------------------------------- mixed43 and mixed44

JULY_2053 = dt.datetime(2053, 7, 3, 9, 20, tzinfo=SH)
JW = "2053-03-27-ajdbsjwjhhdcjckh"  # 精文减会 quarterly table of the departments and 直属机构: q1, q2


def quarter_table(unit: str, period: str) -> bytes:
    sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed"))
    from mixed_docs import fixed_xlsx

    return fixed_xlsx([["精文减会和督查检查考核情况统计表"], [f"填报单位：{unit}", "", f"统计时段：{period}"],
                       ["项目", "单位", "数量"], ["以本单位名义印发的文件", "件", 12]])


def test_an_address_learned_for_one_unit_yields_to_the_mails_own_words_naming_another():
    raw = mail("发改局二季度精文减会统计表", "我已调到县发改局办公室工作，附件为发改局第二季度精文减会统计表，请查收。"
               "商务局的由新同事报送。\n王敏\n建昌县发展和改革局办公室",
               {"发改局二季度精文减会统计表.xlsx": quarter_table("建昌县发展和改革局", "2053年第二季度")}, sender="wangmin88@163.com")
    from collector.parsers import parse_message
    from collector.match import match_mail

    campaigns = held_out_campaigns("mixed43")
    m = match_mail(parse_message(raw), campaigns, {"wangmin88@163.com": (JW, "县商务局")}, received_at=JULY_2053)
    assert (m.state, m.unit, m.requirements) == ("filed", "县发改局", ["q2"]), m.reason


@pytest.mark.parametrize("period, state", [("2053年1-6月（上半年累计）", "needs_review"), ("2053年4-6月", "filed")])
def test_a_running_total_where_period_figures_are_asked_goes_to_a_person(period, state):
    raw = mail("商务局二季度精文减会统计表", "附件为我局精文减会统计表，请查收。\n建昌县商务局",
               {"商务局精文减会统计表.xlsx": quarter_table("建昌县商务局", period)}, sender="swj2053@qq.com")
    m = place(held_out_campaigns("mixed43"), raw, dt.datetime(2053, 7, 8, 15, 0, tzinfo=SH))
    assert m.state == state and m.unit == "县商务局", m.reason
    assert state == "filed" or "累计" in m.reason


def test_a_draft_and_its_revision_in_one_mail_are_no_correction():
    files = {f"人社局一季度统计表（{v}）.xlsx": quarter_table("建昌县人力资源和社会保障局", "2053年第一季度") for v in ("初稿", "修改稿")}
    raw = mail("转发：一季度统计表", "以修改稿为准。\n建昌县人力资源和社会保障局办公室", files, sender="rsj_bgs@163.com")
    m = place(held_out_campaigns("mixed43"), raw, dt.datetime(2053, 4, 9, 10, 0, tzinfo=SH))
    assert (m.state, m.unit, m.is_correction) == ("filed", "县人社局", False), m.reason
    one = mail("一季度统计表", "以修改稿为准。\n建昌县人力资源和社会保障局办公室",
               {"人社局一季度统计表（修改稿）.xlsx": quarter_table("建昌县人力资源和社会保障局", "2053年第一季度")},
               sender="rsj_bgs@163.com")
    assert place(held_out_campaigns("mixed43"), one, dt.datetime(2053, 4, 9, 10, 0, tzinfo=SH)).is_correction


SEPT_2054 = dt.datetime(2054, 9, 16, 15, 40, tzinfo=SH)
YX, JZ = "2054-09-14-qxzwyxzhqlhs", "2054-09-01-xzjzcg"  # 政务邮箱账号核实 (in the body); 乡镇简志初稿 (Word + 5 photos)


def test_an_answer_written_into_the_quoted_notice_is_read():
    campaigns = held_out_campaigns("mixed44")
    notice = next(c for c in campaigns if c.id == YX).notice_text
    quoted = "\n".join(notice.splitlines()[:12])
    body = ("见下文，已按格式填写。\n\n------------------ 原始邮件 ------------------\n发件人: \"县政府办公室\"<jc7710089@163.com>;\n"
            f"主题: 关于开展全县政务邮箱账号清理核实的通知\n\n{quoted}\njclcj_bgs@jianchang.gov.cn 在用 张三 13904291234\n建昌县林业和草原局")
    m = place(campaigns, mail("回复：关于开展全县政务邮箱账号清理核实的通知", body, sender="lcj2054@163.com", name="林草局办公室"),
              SEPT_2054)
    assert (m.state, m.unit, m.requirements) == ("filed", "县林草局", ["yx"]), m.reason


@pytest.mark.parametrize("body", [
    "我局政务邮箱jcxfj_bgs@jianchang.gov.cn密码忘记了，麻烦帮忙重置一下，重置后我们再核实反馈。\n建昌县信访局办公室",
])
def test_a_request_for_help_before_answering_goes_to_a_person(body):
    m = place(held_out_campaigns("mixed44"), mail("信访局政务邮箱", body, sender="xfj2054@163.com"), SEPT_2054)
    assert (m.state, m.unit) == ("needs_review", "县信访局"), m.reason


def zhi(town: str) -> dict[str, bytes]:
    return {f"《{town}简志》初稿.docx": _docx([f"{town}简志", "第一编 建置沿革"])} | {f"照片{k}.jpg": jpeg(k) for k in range(5)}


def test_an_outline_with_a_request_for_more_time_goes_to_a_person():
    raw = mail("西碱厂乡简志篇目及撰写进度", "我乡简志初稿尚未完成（约完成六成），申请延期至11月20日前报送。附篇目大纲，请审阅。\n西碱厂乡党政办",
               {"西碱厂乡简志篇目大纲.docx": _docx(["西碱厂乡简志篇目", "第一编 建置沿革"])}, sender="xjcx@qq.com")
    m = place(held_out_campaigns("mixed44"), raw, dt.datetime(2054, 10, 28, 11, 0, tzinfo=SH))
    assert (m.state, m.unit) == ("needs_review", "西碱厂乡") and "延期" in m.reason, m.reason


@pytest.mark.parametrize("name, body", [
    ("镇志编委会 李明", "县志办马老师：\n镇志初稿和照片发过去了，请审读。\n镇志编纂委员会办公室"),
    ("辽宁华章文化传媒有限公司", "县政府办公室：\n受药王庙镇人民政府委托，我公司承担《药王庙镇简志》编纂工作。现将初稿报送。\n"
                          "辽宁华章文化传媒有限公司 编辑部"),
])
def test_a_working_body_or_a_commissioned_company_sends_for_the_town(name, body):
    raw = mail("《药王庙镇简志》初稿", body, zhi("药王庙镇"), sender="zhi2054@163.com", name=name)
    m = place(held_out_campaigns("mixed44"), raw, dt.datetime(2054, 10, 22, 16, 20, tzinfo=SH))
    assert (m.state, m.campaign, m.unit) == ("filed", JZ, "药王庙镇"), m.reason


def test_a_company_no_words_tie_to_the_town_still_goes_to_a_person():
    raw = mail("《药王庙镇简志》初稿", "现将初稿报送。\n辽宁华章文化传媒有限公司 编辑部", zhi("药王庙镇"), sender="zhi2054@163.com",
               name="辽宁华章文化传媒有限公司")
    assert place(held_out_campaigns("mixed44"), raw, dt.datetime(2054, 10, 22, 16, 20, tzinfo=SH)).state == "needs_review"


def test_a_map_of_the_outline_alone_is_not_the_plots():
    campaign = next(c for c in held_out_campaigns("mixed43") if c.id.endswith("lhgdpczz"))
    req = campaign.requirements[0]
    plots = "撂荒地块\n地标：DK001　村名：东沟村；面积：12亩"
    outline = "撂荒地块\n地标：老大杖子乡人民政府行政区域　乡镇行政区域界线"

    def kmz(text):
        return FiledFile("老大杖子乡撂荒耕地地块.kmz", "document", text, False, None, None,
                    content_type="application/vnd.google-earth.kmz")
    table = FiledFile("老大杖子乡撂荒耕地排查整治台账.xlsx", "document", "撂荒耕地排查整治台账", False, None, None,
                 content_type="application/vnd.ms-excel")
    assert evaluate([msg("p", 20, [table, kmz(plots)], req=req.id)], req, campaign)[0] is True
    assert evaluate([msg("o", 20, [table, kmz(outline)], req=req.id)], req, campaign)[2] == [
        p.title for p in req.parts if p.id == "map"]
