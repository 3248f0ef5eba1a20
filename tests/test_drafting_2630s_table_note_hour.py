"""What held-out notices 2620–2639 showed the drafter missing (fixed on branch h-fixn131b), on notice texts written
for these tests, each with a near miss that must not change: a note right under a table of bare dates giving every
row's day one hour (`注：上表截止时间均为当日下午三时`, 2631: hour_for_all.THE_TABLE_ABOVE)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text


def draft(tmp_path, note: str):
    body = ("现请有关单位按下表报送材料。\n"
            "报送单位\t报送材料\t报送日期\n"
            "各乡镇\t冬季取暖用煤储备统计表（Excel）\t十一月九日（星期一）\n"
            "建昌县商务局\t城区煤炭市场供应情况（Word）\t十一月十二日（星期四）\n"
            f"{note}\n"
            "县发改局将根据统计结果适时组织调度。")
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县发展和改革局", "关于做好冬季取暖用煤储备情况统计工作的通知", "各乡镇人民政府，县商务局", body,
        "2690年10月28日", opening="为保障群众温暖过冬，现将有关事项通知如下。",
        mailbox="jcfgj_qunuan2690@163.com", contact="韩立新  联系电话：0429-7812260"))


def test_a_note_under_the_table_gives_every_row_its_hour(tmp_path):
    reqs = draft(tmp_path, "注：上表截止时间均为当日下午三时，请各单位按时报送。").requirements
    assert len(reqs) == 2
    assert [(r.due.month, r.due.day, r.due.hour, r.due.minute) for r in reqs] == [(11, 9, 15, 0), (11, 12, 15, 0)]


def test_near_miss_a_note_of_an_hour_that_closes_nothing_leaves_the_days_whole(tmp_path):
    reqs = draft(tmp_path, "注：上表所列调度会均为当日下午三时召开。").requirements
    assert len(reqs) == 2
    assert [(r.due.day, r.due.hour, r.due.minute) for r in reqs] == [(9, 23, 59), (12, 23, 59)]
