"""Held-out mailbox 60 (round 58): what it showed the collector missing, on mails and files written for these tests
(the campaigns are the ones the clerk loaded for mixed60: a 2070 汛前安全隐患排查 of the towns and five departments,
an Excel 台账 and 整改前后对比照片 by two deadlines, and a training's sign-up of the towns and the zone, the participants'
mobiles in the 回执 or the mail).

A zone named after a town calls itself with the town's full name in its own (八家子镇开发区管委会) and is the zone; a
department naming its photos by the towns its work was in sends its own; a mail asking the county to send people is
a request for a person, whatever it attaches; a 回执 sent back with no one's name, saying no one comes, is no sign-up;
a Word file whose pictures are links to the sender's disk brings no picture (tests/parsers/test_linked_pictures.py)."""

from __future__ import annotations

import datetime as dt
import io
from types import SimpleNamespace

from route_helpers import SH, held_out_campaigns, mail, place
from test_route_round55 import xlsx

PC, PX = "2070-04-22-xqaqyhdpcdzz", "2070-05-06-qxjcfxhyjglywpxb"
MAY_7 = dt.datetime(2070, 5, 7, 10, 0, tzinfo=SH)
MAY_20 = dt.datetime(2070, 5, 20, 9, 0, tzinfo=SH)


def campaigns():
    return held_out_campaigns("mixed60")


def jpeg(shade: int) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (1024, 768), (90, 60 + 30 * shade, 40)).save(out, "JPEG")
    return out.getvalue()


def receipt(official: str, people: list[tuple[str, str, str]], note: str = "") -> bytes:
    rows = [["参训人员回执"], ["单位名称：" + official], ["序号", "姓名", "职务", "手机号码", "备注"]]
    return xlsx(rows + [[i, *p, note if i == 1 else ""] for i, p in enumerate(people, 1)])


# ---------------------------------------------------------------- who sends


def test_a_zone_writing_its_towns_full_name_into_its_own_is_the_zone():
    raw = mail("八家子镇开发区管委会培训回执", "县政府办公室：\n我委参训人员回执见附件。\n八家子镇开发区管委会",
               {"八家子镇开发区管委会参训回执.xlsx": receipt("八家子镇开发区管委会", [("严伟", "副主任", "13841290011")])},
               sender="bjzkfq_2070@126.com")
    m = place(campaigns(), raw, MAY_7)
    assert (m.state, m.campaign, m.unit, m.requirements) == ("filed", PX, "八家子经济开发区", ["bm"])


def test_the_town_itself_is_still_the_town():
    raw = mail("八家子镇培训回执", "县政府办公室：\n我镇参训人员回执见附件。\n八家子镇党政办",
               {"八家子镇参训回执.xlsx": receipt("八家子镇人民政府", [("严伟", "副镇长", "13841290011")])},
               sender="bjzz_2070@126.com")
    m = place(campaigns(), raw, MAY_7)
    assert (m.state, m.campaign, m.unit) == ("filed", PX, "八家子镇")


def test_the_town_named_forms_are_made_from_the_roster_not_a_list():
    from collector.match.names import zone_names_with_their_towns

    def unit(name, kind, *aliases):
        return SimpleNamespace(name=name, kind=kind, all_names=lambda: [name, *aliases])

    units = [unit("青山镇", "town"), unit("白石乡", "township"), unit("青山工业园区", "zone", "青山园区管委会"),
             unit("县科技园区", "zone")]
    assert zone_names_with_their_towns(units) == [("青山镇工业园区", "青山工业园区"), ("青山镇园区管委会", "青山工业园区")]


def photo_pairs(names: list[str]) -> dict[str, bytes]:
    return {f"{n}整改{w}.jpg": jpeg(i * 2 + j) for i, n in enumerate(names) for j, w in enumerate(("前", "后"))}


def test_a_department_naming_its_photos_by_the_towns_its_work_was_in_sends_its_own():
    raw = mail("水利局汛前隐患整改照片", "县政府办公室：\n我局水利工程隐患整改前后对比照片见附件。\n建昌县水利局办公室",
               photo_pairs(["1-巴什罕乡大营子塘坝", "2-新开岭乡河道险工段"]), sender="jcslj_bgs@163.com")
    m = place(campaigns(), raw, MAY_20)
    assert (m.state, m.campaign, m.unit, m.requirements) == ("filed", PC, "县水利局", ["zp"])


def test_one_town_alone_in_a_departments_file_names_is_still_asked_about():
    raw = mail("水利局汛前隐患整改照片", "县政府办公室：\n整改前后对比照片见附件。\n建昌县水利局办公室",
               photo_pairs(["巴什罕乡大营子塘坝"]), sender="jcslj_bgs@163.com")
    assert place(campaigns(), raw, MAY_20).state == "needs_review"


def test_a_town_signing_with_other_towns_in_its_file_names_is_still_asked_about():
    raw = mail("新开岭乡汛前隐患整改照片", "县政府办公室：\n整改前后对比照片见附件。\n新开岭乡党政办",
               photo_pairs(["1-巴什罕乡大营子塘坝", "2-素珠营子乡河道险工段"]), sender="xklx_dzb@163.com")
    assert place(campaigns(), raw, MAY_20).state == "needs_review"


# ---------------------------------------------------------------- not to be filed as it stands


def test_a_town_asking_the_county_to_send_people_goes_to_a_person():
    raw = mail("石佛乡河堤出现管涌", "县政府办公室：\n今天上午巡堤发现东营子村段河堤出现管涌两处，已组织群众沙袋围堵。"
               "请求县水利局派技术人员到现场指导处置。现场照片见附件。\n石佛乡 王海 13904291177",
               {"IMG_0031.jpg": jpeg(1), "IMG_0032.jpg": jpeg(2)}, sender="sfx_2070@qq.com")
    m = place(campaigns(), raw, MAY_20)
    assert (m.state, m.unit) == ("needs_review", "石佛乡") and "派技术人员" in m.reason


def test_photos_of_work_done_with_the_countys_experts_are_filed():
    raw = mail("石佛乡汛前隐患整改前后对比照片", "县政府办公室：\n东营子村河堤隐患经县水利局派技术人员现场指导，已整改完毕。"
               "整改前后对比照片见附件。\n石佛乡党政办",
               photo_pairs(["1号隐患", "2号隐患"]), sender="sfx_2070@qq.com")
    m = place(campaigns(), raw, MAY_20)
    assert (m.state, m.campaign, m.unit, m.requirements) == ("filed", PC, "石佛乡", ["zp"])


def test_a_receipt_saying_no_one_comes_goes_to_a_person():
    raw = mail("要路沟乡培训回执", "县政府办公室：\n回执见附件。\n要路沟乡党政办",
               {"要路沟乡参训人员回执.xlsx": receipt("要路沟乡人民政府", [("/", "", "")], "防汛值班人员不足，不能参加")},
               sender="ylgx_dzb@163.com")
    m = place(campaigns(), raw, MAY_7)
    assert (m.state, m.unit) == ("needs_review", "要路沟乡") and "不能参加" in m.reason


def test_a_receipt_naming_one_and_excusing_another_is_filed():
    raw = mail("要路沟乡培训回执", "县政府办公室：\n回执见附件，应急办主任因公出差不能参加，由副乡长一人参训。\n要路沟乡党政办",
               {"要路沟乡参训人员回执.xlsx": receipt("要路沟乡人民政府", [("苏明", "副乡长", "15164290088")])},
               sender="ylgx_dzb@163.com")
    m = place(campaigns(), raw, MAY_7)
    assert (m.state, m.campaign, m.unit, m.requirements) == ("filed", PX, "要路沟乡", ["bm"])
