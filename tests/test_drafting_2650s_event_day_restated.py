"""What held-out notice 2654 showed the drafter missing (fixed on branch h-fixn132b), on notice texts written for these
tests, with near misses that must not change: a 补充通知 restating the day of the show beside the deadlines it moved
(`展演时间仍定于2月17日晚在县城文化广场举行`) sets no deadline of its own: the part of the day after the date (晚, 下午, 上午;
no hour) stands between the date and `在…举行 / 召开` (done_after.held_on_the_day). A deadline restated
(`报送时间仍定于2月17日晚`) stays one."""

from __future__ import annotations

import datetime as dt

import pytest

from drafting_helpers import draft_of_a_file, notice_text

FIRST = [dt.datetime(2690, 1, 20, 9), dt.datetime(2690, 1, 21, 23, 59, 59)]


def draft(tmp_path, closing: str):
    return draft_of_a_file(tmp_path, notice_text(
        "中共建昌县委宣传部", "关于做好春节社火展演筹备工作的补充通知", "各乡镇党委，县公安局",
        "一、县公安局报送展演安保工作方案（Word格式）的时间，由原通知规定的1月26日提前至1月20日（星期一）上午9时前。\n"
        "二、各乡镇报送社火节目报名表（Excel格式）的时间不变，仍为1月21日（星期二）前。\n"
        f"三、报送邮箱不变，仍为jcxcb_shehuo2690@163.com。{closing}", "2690年1月12日",
        opening="现将有关事项补充通知如下：",
        contact="郑晓光  联系电话：0429-7711860"))


def dues(reqs):
    return [r.due.replace(tzinfo=None) for r in reqs]


@pytest.mark.parametrize("closing", ["展演时间仍定于2月17日晚在县城文化广场举行。",
                                     "展演时间定于2月18日（星期二）下午在县城文化广场举行。",
                                     "总结会时间定于2月20日上午在县委三楼会议室召开。"])
def test_the_day_of_the_show_restated_is_no_deadline(tmp_path, closing):
    assert dues(draft(tmp_path, closing).requirements) == FIRST


def test_near_miss_a_deadline_restated_in_the_evening_stays_one(tmp_path):
    reqs = draft(tmp_path, "各乡镇展演视频（MP4格式）报送时间仍定于2月17日（星期一）晚。").requirements
    assert dues(reqs) == [*FIRST, dt.datetime(2690, 2, 17, 23, 59, 59)]
