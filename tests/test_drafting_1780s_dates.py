"""What held-out notice 1798 showed the drafter missing (the share of branch h-fixn89c), on notice texts written for
these tests, each with a near miss that must not change: a deadline counted from a meeting the body sets
(`定于…召开…推进会`, then `于推进会翌日下班前`): 翌日 right after the event word is the day after it, and the event a
定于 sentence sets is the head of the phrase after 召开 (推进会), not an event word qualifying it (考试期间…); and 分别
pairing the units with the materials across any deadline the drafter reads between them
(`县教育局、县公安局自本通知印发之日起两周内，分别将A、B（Word格式）`: one document each)."""

from __future__ import annotations

import datetime as dt

from collector.drafting import draft_campaign
from collector.roster import builtin_roster

ROSTER = builtin_roster()
MAILBOX = "邮箱：jcqxsl_ban@163.com\n"


def draft(body: str, salutation: str = "各乡镇人民政府，县教育局，县公安局："):
    text = (f"关于做好2461年秋季农田灌溉设施排查工作的通知\n{salutation}\n{body}\n{MAILBOX}"
            f"联系人：邬建平  联系电话：0429-7713528\n\n建昌县农田水利建设办公室\n2461年9月1日\n")
    return draft_campaign(text, ROSTER)


def due(r) -> tuple:
    return (r.due.month, r.due.day, r.due.hour, r.due.minute)


MEETING = "一、召开推进会\n定于9月12日上午9时在县政府三楼会议室召开秋季灌溉设施排查推进会，请各乡镇分管负责同志参加。"
SENDS = "请各乡镇于{when}，将辖区灌溉设施排查清单（Excel格式）发送至上述邮箱。"


# ---------------------------------------------------------------- 1798: 推进会翌日下班前


def test_the_day_after_a_meeting_set_in_the_body_is_counted_from_its_date():
    (r,) = draft(MEETING + SENDS.format(when="推进会翌日下班前")).requirements
    assert due(r) == (9, 13, 17, 0)


def test_the_next_day_said_with_次日_is_the_same_day_after():
    (r,) = draft(MEETING + SENDS.format(when="会议次日中午12时前")).requirements
    assert due(r) == (9, 13, 12, 0)


def test_the_day_after_a_meeting_with_no_date_is_left_unsettled():
    """Near miss: the meeting's day is not given (另行通知): no day is guessed, the line asks for it."""
    c = draft("一、召开推进会\n推进会时间另行通知。" + SENDS.format(when="推进会翌日下班前"))
    assert not c.requirements
    assert any("推进会翌日下班前" in u and "未找到" in u for u in c.unsettled)


def test_the_event_a_meeting_sentence_sets_is_the_head_of_its_phrase():
    """定于…召开考试期间…推进会: the meeting is set, not the 考试 that qualifies it, so 会议召开前一日 counts from it."""
    (r,) = draft("定于9月12日在县政府三楼会议室召开考试期间灌溉设施排查推进会。"
                 + SENDS.format(when="会议召开前一日下班前")).requirements
    assert due(r) == (9, 11, 17, 0)


def test_an_event_word_with_no_head_after_it_still_names_the_event():
    """Near miss: 召开培训会 (培训会 itself no event word): the training is still the event, as before."""
    (r,) = draft("定于9月12日在县政府三楼会议室召开培训会。"
                 + SENDS.format(when="培训结束后3日内")).requirements
    assert due(r) == (9, 15, 23, 59)


def test_a_count_of_days_right_after_the_event_word_is_no_day_after():
    """Near miss: a count needs 后 (推进会3日内 is not read as three days after the meeting)."""
    c = draft(MEETING + SENDS.format(when="推进会3日内"))
    assert not any(r.due and r.due.date() == dt.date(2461, 9, 15) for r in c.requirements)


# ---------------------------------------------------------------- 1798: 自本通知印发之日起两周内，分别将


PAIRED = "二、请县教育局、县公安局{between}分别将校园周边灌溉设施安全方案、汛期巡查安排（Word格式）发送至上述邮箱。"


def test_units_pair_their_materials_across_a_deadline_counted_from_the_issue():
    (r,) = draft(PAIRED.format(between="自本通知印发之日起两周内，")).requirements
    assert due(r) == (9, 15, 23, 59)
    assert [p["kind"] for p in r.parts] == ["document"]


def test_units_pair_their_materials_across_a_deadline_counted_from_receipt():
    (r,) = draft(PAIRED.format(between="在收到通知后5个工作日内，")).requirements
    assert [p["kind"] for p in r.parts] == ["document"]


def test_words_between_the_units_and_分别_that_are_no_deadline_do_not_pair():
    """Near miss: 结合工作实际 between the units and 分别 is no deadline: each unit sends both, as written."""
    (r,) = draft(PAIRED.format(between="结合工作实际，") + "请于9月20日前报送。").requirements
    assert [p["kind"] for p in r.parts] == ["document", "document"]
