"""What held-out notices 2140–2159 showed the drafter missing in the deadlines and the units (fixed on branch h-fixn107b),
on notice texts written for these tests, each with a near miss that must not change: `于次日上午10时前` with no date of
its own is the day after the date just named, `截至9月30日的《…》` is the figures' date and no deadline, and a unit named
only in what the senders work from (`各乡镇人民政府结合开发区监测数据，…`) sends nothing (2156); an institution the
salutation addresses apart beside 县直各部门, asked in an item of its own, is not one of the departments an item says
县直各部门 to (2150)."""

from __future__ import annotations

import datetime as dt

from drafting_helpers import draft_of_a_file, notice_text

ZONE = "八家子经济开发区"


def industry(tmp_path, body: str, addressee: str = "各乡镇人民政府，八家子经济开发区管委会，县统计局"):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县工业和信息化局", "关于做好上半年规上工业企业监测工作的通知", addressee, body, "2735年6月2日",
        opening="为掌握全县工业企业运行情况，现将有关事项通知如下：",
        mailbox="jcgxj_jc2735@163.com", contact="高明  电话：0429-7431120"))


def day_and_hour(r) -> tuple[dt.date, dt.time]:
    return r.due.date(), r.due.timetz().replace(tzinfo=None)


# ---------------------------------------------------------------- 2156: 于次日上午10时前, the day after the one named


NEXT_DAY = ("一、县统计局于6月12日（星期四）前报送规上工业企业名录（Excel格式）。\n"
            "二、各乡镇人民政府{when}报送本乡镇工业企业走访总结（Word格式）。")


def test_the_next_day_with_no_date_of_its_own_is_the_day_after_the_one_named_before(tmp_path):
    bureau, towns = industry(tmp_path, NEXT_DAY.format(when="于次日下午3时前")).requirements
    assert day_and_hour(bureau) == (dt.date(2735, 6, 12), dt.time(23, 59, 59))
    assert day_and_hour(towns) == (dt.date(2735, 6, 13), dt.time(15, 0))
    assert "建昌镇" in towns.units and "县统计局" not in towns.units
    assert [p["kind"] for p in towns.parts] == ["document"]


def test_near_miss_the_next_day_with_no_date_before_it_stays_no_deadline(tmp_path):
    draft = industry(tmp_path, "一、各乡镇人民政府于次日下午3时前报送本乡镇工业企业走访总结（Word格式）。")
    assert draft.requirements == []
    assert any("次日下午3时前" in line for line in draft.unsettled)


# ---------------------------------------------------------------- 2156: 报送截至5月31日的《…》, the figures' date


def test_a_date_as_of_which_what_is_sent_is_taken_is_no_deadline_of_its_own(tmp_path):
    (r,) = industry(tmp_path, f"一、{ZONE}管委会于6月12日前报送截至5月31日的《规上工业企业监测表》（Excel格式）。").requirements
    assert r.due.date() == dt.date(2735, 6, 12) and r.units == [ZONE]


def test_near_miss_a_sending_said_to_run_until_a_date_keeps_it(tmp_path):
    (r,) = industry(tmp_path, f"一、{ZONE}管委会报送《规上工业企业监测表》（Excel格式），报送时间截至6月12日。").requirements
    assert r.due.date() == dt.date(2735, 6, 12)


# ---------------------------------------------------------------- 2156: 各乡镇人民政府结合开发区监测数据, what they draw on


def test_a_unit_named_only_in_what_the_senders_draw_on_sends_nothing(tmp_path):
    (r,) = industry(tmp_path, "一、各乡镇人民政府结合开发区排查数据，于6月20日前报送本乡镇工业企业走访总结（Word格式）。"
                    ).requirements
    assert "建昌镇" in r.units and ZONE not in r.units


def test_near_miss_a_unit_named_among_those_who_draw_on_their_own_facts_keeps_it(tmp_path):
    (r,) = industry(tmp_path, "一、各乡镇人民政府、开发区管委会结合本地排查情况，于6月20日前报送工业企业走访总结（Word格式）。"
                    ).requirements
    assert "建昌镇" in r.units and ZONE in r.units


# ---------------------------------------------------------------- 2150: 县直各部门 beside 县融媒体中心, asked on its own


MEDIA = "县融媒体中心"
APART = "各乡镇人民政府，县直各部门，县融媒体中心"
QUIZ = ("一、{who}组织干部职工参加“宪法知识竞赛”线上答题，请于5月10日（星期五）前报送本单位参赛情况截图。\n"
        "二、{media}制作普法宣传短视频，于5月15日下午5时前报送视频成片（MP4格式）。")


def law(tmp_path, body: str, addressee: str = APART):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县司法局", "关于开展宪法宣传月活动的通知", addressee, body, "2732年4月28日",
        opening="为深入开展宪法学习宣传，现将有关事项通知如下：",
        mailbox="jcsfj_pf2732@163.com", contact="郭宁  电话：0429-7422180"))


def test_an_institution_addressed_apart_and_asked_on_its_own_is_no_department_of_an_item(tmp_path):
    quiz, video = law(tmp_path, QUIZ.format(who="县直各部门（含县司法局各股室）", media=MEDIA)).requirements
    assert MEDIA not in quiz.units and "县司法局" in quiz.units and "县教育局" in quiz.units
    assert video.units == [MEDIA]


def test_an_item_saying_the_departments_beside_a_unit_it_names_leaves_the_institution_out(tmp_path):
    quiz, _ = law(tmp_path, QUIZ.format(who=f"县直各部门、{ZONE}管委会", media=MEDIA)).requirements
    assert MEDIA not in quiz.units and ZONE in quiz.units and "县教育局" in quiz.units


def test_near_miss_the_county_units_take_the_institution_in(tmp_path):
    quiz, _ = law(tmp_path, QUIZ.format(who="县直各单位", media=MEDIA)).requirements
    assert MEDIA in quiz.units and "县教育局" in quiz.units


def test_near_miss_an_institution_addressed_apart_and_not_asked_on_its_own_stays_a_department(tmp_path):
    quiz, video = law(tmp_path, QUIZ.format(who="县直各部门（含县司法局各股室）", media="各乡镇人民政府")).requirements
    assert MEDIA in quiz.units and "县教育局" in quiz.units
    assert "建昌镇" in video.units


def test_the_county_units_keep_an_institution_asked_on_its_own_by_a_verb_the_unit_reader_knows(tmp_path):
    quiz, video = law(tmp_path, QUIZ.format(who="县直各单位", media=MEDIA).replace("制作", "负责制作")).requirements
    assert MEDIA in quiz.units and video.units == [MEDIA]
