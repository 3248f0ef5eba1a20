"""What held-out notices 3482 and 3488 showed the drafter missing (fixed on branch h-fixn176a), on notice texts written
for these tests, with near misses that must not change.

3482: a sentence after a unit's own dated ask telling of another unit's paper sent already with something else, then
letting it off (`建昌县财政局的整改情况已随预算执行审计一并报送，本次不报送`), sends nothing along: the ask keeps its one
paper (`sent_along.sent_or_let_off`). 3488: an item asking an addressee no roster lists by 请 before its name
(`（三）请建昌县消防救援大队于5月24日前将…发送`) is that body's, not the towns' of the same salutation
(`off_roster_groups.ASKED_BY_NAME`)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text
from test_drafting import part_shapes

# ---------------------------------------------------------------- 3482: …已随…一并报送，本次不报送 after a dated ask


def audit_notice(tmp_path, later: str, *, first: str = ""):
    body = ("一、报送单位\n建昌县交通运输局、建昌县水利局。\n二、报送材料及时间\n"
            + (first or "请以上单位于1月25日16时前将整改情况报告（Word格式）发送至jcsj_zg@163.com。") + "\n" + later)
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县审计局", "关于报送3220年度审计发现问题整改情况的通知", "各有关单位", body, "3221年1月11日",
        contact="冯晓丽，电话：0429-7512208"))


def the_later_ask(d):
    (r,) = [r for r in d.requirements if r.due.strftime("%m-%d") == "02-08"]
    return r


def test_a_paper_sent_already_with_another_and_let_off_is_no_paper_along(tmp_path):
    r = the_later_ask(audit_notice(tmp_path, "建昌县教育局请于2月8日前将学校食堂经费专项整改说明（Word格式）发送至上述邮箱。"
                                             "建昌县财政局的整改情况已随预算执行审计一并报送，本次不报送。"))
    assert r.units == ["县教育局"] and part_shapes(r) == ["document"]


def test_variant_sent_already_and_said_so_only(tmp_path):
    r = the_later_ask(audit_notice(tmp_path, "请县教育局于2月8日前报送学校食堂经费整改说明（Word格式）。"
                                             "县财政局整改情况已经同时报送。"))
    assert part_shapes(r) == ["document"]


def test_variant_let_off_without_saying_it_was_sent(tmp_path):
    r = the_later_ask(audit_notice(tmp_path, "县教育局于2月8日前将食堂经费整改说明（Word格式）发送至上述邮箱。"
                                             "县财政局整改情况随年度决算一并报送，本次不另行报送。"))
    assert part_shapes(r) == ["document"]


def test_near_miss_a_paper_still_sent_along(tmp_path):
    r = the_later_ask(audit_notice(tmp_path, "建昌县教育局请于2月8日前将学校食堂经费专项整改说明（Word格式）发送至上述邮箱。"
                                             "请一并报送食堂经费整改台账。"))
    assert sorted(p["title"] for p in r.parts) == ["学校食堂经费专项整改说明", "食堂经费整改台账"]


# ---------------------------------------------------------------- 3488: （三）请<off-roster addressee>于…前将…发送


def emergency_notice(tmp_path, third: str, addressee: str = "各乡镇人民政府，建昌县消防救援大队"):
    body = ("一、评估内容\n主要包括机构设置、人员配备、物资储备等方面。\n二、报送要求\n"
            "（一）请各乡镇于5月8日16时前将应急管理站达标自评表（Excel格式）发送至jcyjj_pg@163.com。\n"
            "（二）请各乡镇于5月31日前将应急管理站建设情况报告（Word格式）发送至上述邮箱。\n" + third)
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县应急管理局", "关于开展乡镇应急管理站达标评估的通知", addressee, body, "3224年4月22日",
        contact="马国庆，电话：0429-7512350"))


def assert_the_towns_two_only(d):
    assert sorted(r.due.strftime("%m-%d") for r in d.requirements) == ["05-08", "05-31"]
    assert any("名册外单位" in u and "05-24" not in u for u in d.unsettled)


def test_an_off_roster_addressee_asked_by_qing_sends_its_own_paper(tmp_path):
    assert_the_towns_two_only(emergency_notice(
        tmp_path, "（三）请建昌县消防救援大队于5月24日前将乡镇专职消防队联建情况（Word格式）发送至上述邮箱。"))


def test_variant_another_body_in_a_numbered_item(tmp_path):
    assert_the_towns_two_only(emergency_notice(
        tmp_path, "3．请建昌县人民武装部于5月24日前将民兵应急分队编组情况（Word格式）报送我局。",
        addressee="各乡镇人民政府，建昌县人民武装部"))


def test_variant_two_off_roster_addressees_asked_together(tmp_path):
    assert_the_towns_two_only(emergency_notice(
        tmp_path, "（三）请建昌县消防救援大队、建昌县人民武装部于5月24日前将联建联训情况（Word格式）发送至上述邮箱。",
        addressee="各乡镇人民政府，建昌县消防救援大队，建昌县人民武装部"))


def test_near_miss_the_towns_asked_with_the_brigade(tmp_path):
    d = emergency_notice(
        tmp_path, "（三）请各乡镇会同建昌县消防救援大队于5月24日前将乡镇专职消防队联建情况（Word格式）发送至上述邮箱。")
    (r,) = [r for r in d.requirements if r.due.strftime("%m-%d") == "05-24"]
    assert "建昌镇" in r.units and len(d.requirements) == 3
