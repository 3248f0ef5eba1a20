"""What held-out notices 2320–2339 showed the drafter missing with groups paired to dates and with corrections (fixed on
branch h-fixn116c), on notice texts written for these tests, each with a near miss that must not change:
`各乡镇、县直各部门请分别于A、B前将…` pairs the groups with the dates in turn, as without the 请, and county bodies no roster
lists opening their own item (`县人民法院、县人民检察院参照本通知要求，于…前报送…`) ask no unit addressed (2336); a sentence
sending its own materials by its date, its 更正 the work it reports on (`缺失的补设、错误的更正…，于…前将《…表》报送`), is
the ask, no window for corrections, and units said `本次除外` are left out (2330)."""

from __future__ import annotations

import datetime as dt

from drafting_helpers import draft_of_a_file, notice_text
from collector.roster import builtin_roster


def draft(tmp_path, body: str, addressee: str = "各乡镇人民政府，县直各部门"):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县应急管理局", "关于开展2760年度应急避难场所排查工作的通知", addressee, body, "2760年3月2日",
        opening="为摸清应急避难场所底数，现将有关事项通知如下：",
        mailbox="jcyjj_bncs2760@163.com",
        contact="周岩  联系电话：0429-7412260"))


def kinds(units: list[str]) -> set[str]:
    roster = builtin_roster()
    return {roster.get(u).kind for u in units}


def by_day(requirements) -> dict[dt.date, set[str]]:
    return {r.due.date(): kinds(r.units) for r in requirements}


# ---------------------------------------------------------------- 2336: 各乡镇、县直各部门请分别于A、B前


PAIRED = "一、{who}分别于3月16日（星期二）、3月19日（星期五）前将《应急避难场所排查表》（Excel格式）报送县应急局。"


def test_groups_asked_with_qing_before_fenbie_take_the_dates_in_turn(tmp_path):
    got = by_day(draft(tmp_path, PAIRED.format(who="各乡镇、县直各部门请")).requirements)
    assert got == {dt.date(2760, 3, 16): {"town", "township"}, dt.date(2760, 3, 19): {"department"}}


def test_near_miss_groups_sending_two_materials_by_the_two_dates_send_both(tmp_path):
    body = ("一、各乡镇、县直各部门请分别于3月16日（星期二）、3月19日（星期五）前报送《应急避难场所排查表》和"
            "《应急避难场所整改表》。")
    got = by_day(draft(tmp_path, body).requirements)
    assert got == {dt.date(2760, 3, 16): {"town", "township", "department"},
                   dt.date(2760, 3, 19): {"town", "township", "department"}}


COURT = ("一、各乡镇、县直各部门于3月16日（星期二）前将《应急避难场所排查表》（Excel格式）报送县应急局。\n"
         "二、{who}参照本通知要求，于3月23日（星期二）前报送本单位避难场所情况。")


def test_county_bodies_off_the_roster_opening_their_item_ask_no_unit(tmp_path):
    d = draft(tmp_path, COURT.format(who="县人民医院、县中医院"))
    assert [r.due.date() for r in d.requirements] == [dt.date(2760, 3, 16)]
    assert any("名册外单位" in line and "县人民医院" in line for line in d.unsettled)


def test_near_miss_a_roster_unit_among_them_keeps_the_item(tmp_path):
    d = draft(tmp_path, COURT.format(who="县卫健局、县中医院"))
    (_, own) = d.requirements
    assert own.due.date() == dt.date(2760, 3, 23) and own.units == ["县卫健局"]


# ---------------------------------------------------------------- 2330: …错误的更正…，于…前将《…表》报送; 本次除外


def test_a_correction_that_is_the_work_reported_leaves_the_sentence_its_ask(tmp_path):
    body = ("一、各乡镇要对辖区内避难场所标识逐一核查，损坏的修复、内容错误的及时更正，于3月26日（星期五）前将"
            "《避难场所标识核查表》（Excel格式）报送县应急局。")
    (r,) = draft(tmp_path, body, addressee="各乡镇人民政府").requirements
    assert r.due.date() == dt.date(2760, 3, 26) and r.corrections_until is None
    assert kinds(r.units) == {"town", "township"}


def test_near_miss_a_window_for_correcting_what_was_sent_stays_a_window(tmp_path):
    body = ("一、各乡镇于3月16日（星期二）前将《避难场所标识核查表》（Excel格式）报送县应急局。\n"
            "二、报送后发现内容错误需要更正的，请于3月26日（星期五）前报送更正后的核查表。")
    (r,) = draft(tmp_path, body, addressee="各乡镇人民政府").requirements
    assert r.due.date() == dt.date(2760, 3, 16)
    assert r.corrections_until.date() == dt.date(2760, 3, 26)


DONE_LAST_YEAR = ("八家子镇、石佛乡已于上年完成排查，{said}。\n"
                  "一、其他各乡镇于3月26日（星期五）前将《避难场所排查表》（Excel格式）报送县应急局。")


def test_towns_said_to_be_excepted_this_time_send_nothing(tmp_path):
    (r,) = draft(tmp_path, DONE_LAST_YEAR.format(said="本次除外"), addressee="各乡镇人民政府").requirements
    assert "八家子镇" not in r.units and "石佛乡" not in r.units and "建昌镇" in r.units


def test_near_miss_towns_said_to_be_checked_again_this_time_still_send(tmp_path):
    (r,) = draft(tmp_path, DONE_LAST_YEAR.format(said="本次重点复核"), addressee="各乡镇人民政府").requirements
    assert "八家子镇" in r.units and "石佛乡" in r.units
