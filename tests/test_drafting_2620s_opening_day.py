"""What held-out notice 2621 showed the drafter missing (fixed on branch h-fixn131a), on notice texts written for these
tests, with a near miss that must not change: the day a fair, a show or a hall opens (`县丰收节展销会拟于9月23日在县城
文化广场开幕，届时将优先安排报送材料齐全的合作社参展`: 开市 / 开幕 / 开馆 / 开园 / 开业 / 开赛) is no deadline, though the
clause after it says 报送 (done_after.held_on_the_day)."""

from __future__ import annotations

import datetime as dt

from drafting_helpers import draft_of_a_file, notice_text


def draft(tmp_path, closing: str):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县农业农村局", "关于开展农民丰收节特色农产品统计的通知", "各乡镇人民政府，县商务局",
        "一、请各乡镇于9月10日（星期三）下午5时前将特色农产品统计表（Excel格式）发送至上述邮箱。\n"
        "二、县商务局请于9月15日（星期一）前报送展销场地安排说明（Word格式）。\n"
        f"三、{closing}", "2690年8月28日",
        opening="为办好农民丰收节，现将有关事项通知如下。",
        mailbox="jcnyj_fs2690@163.com",
        contact="王立军  联系电话：0429-7812260"))


def test_the_day_a_fair_opens_is_no_deadline(tmp_path):
    reqs = draft(tmp_path, "县丰收节展销会拟于9月23日在县城文化广场开幕，届时将优先安排报送材料齐全的合作社参展。").requirements
    assert [r.due.replace(tzinfo=None) for r in reqs] == [dt.datetime(2690, 9, 10, 17), dt.datetime(2690, 9, 15, 23, 59, 59)]


def test_near_miss_a_paper_sent_in_the_opening_days_clause_still_is(tmp_path):
    reqs = draft(tmp_path, "各乡镇于9月20日开幕前将布展方案（Word格式）报送至上述邮箱。").requirements
    assert [r.due.replace(tzinfo=None) for r in reqs] == [dt.datetime(2690, 9, 10, 17), dt.datetime(2690, 9, 15, 23, 59, 59),
                                                          dt.datetime(2690, 9, 20, 23, 59, 59)]
