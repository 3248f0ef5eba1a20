"""What held-out notice 2633 showed the drafter missing (fixed on branch h-fixn131a), on notice texts written for these
tests, with a near miss that must not change: a window to withdraw what was sent and send it again, for those who find
it wrong (`报送后如发现信息有误需要修改的，可于4月19日前通过原邮箱申请撤回，修改后重新报送`), asks nothing new: no
requirement, its date the correction window (not_mailed.a_correction_window)."""

from __future__ import annotations

import datetime as dt

from drafting_helpers import draft_of_a_file, notice_text


def draft(tmp_path, closing: str):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县人力资源和社会保障局", "关于做好乡村工匠推荐申报工作的通知", "各乡镇人民政府，县文旅局",
        "一、请各乡镇于3月29日（星期五）下午5时前将推荐申报表（Word格式）发送至上述邮箱。\n"
        "二、县文旅局请于4月5日（星期五）前报送非遗传承人名册（Excel格式）。\n"
        f"三、{closing}", "2689年3月15日",
        opening="为加强乡村工匠队伍建设，现将有关事项通知如下。",
        mailbox="jcrsj_gj2689@163.com",
        contact="马立新  联系电话：0429-7863517"))


def dues(draft):
    return [r.due.replace(tzinfo=None) for r in draft.requirements]


def test_a_window_to_withdraw_and_send_again_is_no_requirement(tmp_path):
    d = draft(tmp_path, "报送后如发现信息有误需要修改的，可于4月19日（星期五）前通过原邮箱申请撤回，修改后重新报送，逾期不再受理。")
    assert dues(d) == [dt.datetime(2689, 3, 29, 17), dt.datetime(2689, 4, 5, 23, 59, 59)]
    assert any("更正截止" in line for line in d.unsettled)


def test_near_miss_a_withdrawal_asked_of_every_town_still_is_one(tmp_path):
    d = draft(tmp_path, "请各乡镇于4月19日（星期五）前撤回原报送的推荐申报表，按新模板重新报送推荐申报表（Word格式）。")
    assert dues(d) == [dt.datetime(2689, 3, 29, 17), dt.datetime(2689, 4, 5, 23, 59, 59), dt.datetime(2689, 4, 19, 23, 59, 59)]
