"""What held-out notices 760–779 showed the drafter missing, on notice texts written for these tests: a time
typed with the ratio sign (16∶00), an invisible character inside the mailbox, a notice with no date line whose
文号 gives the year, a weekday counted within a month (7月份第一个星期五), an addressee line parted by spaces, and
papers carried by hand where mail is forbidden."""

from __future__ import annotations

import datetime as dt

import pytest
from test_drafting_dates import dues, dues_and_says, notice
from test_drafting_700s import units_of

from collector.drafting import draft_campaign
from collector.roster import builtin_roster


# ---------------------------------------------------------------- characters a pasted text carries


def test_a_time_typed_with_the_ratio_sign_is_read():
    assert dues("请各乡镇于3月20日（星期五）16∶30前将排查表发送至jcsl@163.com。") == [dt.datetime(2026, 3, 20, 16, 30)]


@pytest.mark.parametrize("invisible", ["\u200b", "\u200d", "\u2060", "\ufeff", "\u00ad"])
def test_an_invisible_character_inside_the_mailbox_is_dropped(invisible):
    body = f"请各乡镇于3月20日前将统计表发送至jcsl_{invisible}tj2026@163.com。"
    assert draft_campaign(notice(body), builtin_roster()).addresses == ["jcsl_tj2026@163.com"]


# ---------------------------------------------------------------- the year, the day


def test_with_no_date_line_the_doc_numbers_year_is_the_deadlines_year():
    text = ("建昌县植保植检站文件\n\n建植保发〔2045〕6号\n\n关于做好病虫害监测工作的通知\n\n各乡镇人民政府：\n\n"
            "去年（2044年）我县首次发现虫害。请于5月26日（星期五）前将监测点设置情况表发送至jczb@163.com。\n\n"
            "建昌县植保植检站\n")
    draft = draft_campaign(text, builtin_roster())
    assert [r.due.replace(tzinfo=None) for r in draft.requirements] == [dt.datetime(2045, 5, 26, 23, 59, 59)]
    assert any("文号中的2045年" in line for line in draft.unsettled), draft.unsettled


def test_a_date_line_still_wins_over_the_doc_number():
    text = ("建农发〔2025〕3号\n关于报送春耕生产情况的通知\n\n各乡镇人民政府：\n\n请于3月20日前将统计表发送至jcny@163.com。\n\n"
            "建昌县农业农村局\n2026年3月2日\n")
    assert [r.due.year for r in draft_campaign(text, builtin_roster()).requirements] == [2026]


@pytest.mark.parametrize("said, due", [
    ("4月份第一个星期五下班前", dt.datetime(2026, 4, 3, 17, 0)),  # 2026-04-01 is a Wednesday
    ("4月第二个周一16时前", dt.datetime(2026, 4, 13, 16, 0)),
    ("4月最后一个星期三前", dt.datetime(2026, 4, 29, 23, 59, 59)),
    ("2027年1月第1个星期一前", dt.datetime(2027, 1, 4, 23, 59, 59)),
])
def test_a_weekday_counted_within_a_month_is_that_day(said, due):
    assert dues_and_says(f"请各乡镇于{said}将推荐表发送至jczscq@163.com。", "截止") == [due]


def test_a_counted_weekday_that_is_when_something_happens_is_no_deadline():
    body = ("县局将于4月第一个星期五召开推进会。\n"
            "请各乡镇于3月25日前将推荐表发送至jczscq@163.com。")
    assert dues(body) == [dt.datetime(2026, 3, 25, 23, 59, 59)]


# ---------------------------------------------------------------- units, and papers carried by hand


def test_an_addressee_line_parted_by_spaces_names_each_unit():
    addressee = "建昌镇人民政府 玲珑塔镇人民政府 汤神庙镇人民政府 要路沟乡人民政府"
    assert units_of("请上述乡镇于3月20日前将申报材料发送至jcym@163.com。", addressee=addressee) == [
        sorted(["建昌镇", "玲珑塔镇", "汤神庙镇", "要路沟乡"])]


def test_words_parted_by_spaces_that_are_not_all_units_stay_one_piece():
    draft = draft_campaign(notice("请于3月20日前将申报材料发送至jcym@163.com。").replace(
        "各乡镇人民政府：", "建昌镇人民政府 有关企业："), builtin_roster())
    assert "建昌镇" not in draft.units


@pytest.mark.parametrize("by_hand", [
    "具体台账属工作秘密，不得通过互联网邮箱发送，请各乡镇密封后于3月25日前专人送县委政法委412室",
    "涉密材料请于3月25日前通过机要渠道报送，严禁通过电子邮件传输",
])
def test_papers_carried_by_hand_where_mail_is_forbidden_are_no_requirement(by_hand):
    body = f"（一）请各乡镇于3月20日前将工作总结发送至jcshb@126.com。\n（二）{by_hand}。"
    draft = draft_campaign(notice(body), builtin_roster())
    assert [r.due.replace(tzinfo=None) for r in draft.requirements] == [dt.datetime(2026, 3, 20, 23, 59, 59)]
    assert any("专人送达" in line for line in draft.unsettled), draft.unsettled


def test_a_paper_copy_by_hand_beside_the_mailed_one_keeps_its_requirement():
    body = "请各乡镇于3月20日前将工作总结电子版发送至jcshb@126.com，纸质版盖章后专人送县委政法委412室。"
    assert dues(body) == [dt.datetime(2026, 3, 20, 23, 59, 59)]
