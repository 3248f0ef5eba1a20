"""What held-out notice 2556 showed the drafter missing in the address (fixed on branch h-fixn127b), on notice texts
written for these tests, each with a near miss that must not change: a 补充通知 naming the old mailbox in one sentence
and retiring it in the next (`…报送至a@163.com。因该邮箱停用，现将报送邮箱变更为b@163.com，原邮箱不再接收材料`) collects
at the new one only; two mailboxes both in use, one sentence each, stay both."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text


def draft(tmp_path, body: str):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县民政局", "关于养老服务机构消防检查情况统计的补充通知", "各乡镇人民政府，县卫健局",
        body, "2690年5月12日", contact="韩雪  联系电话：0429-7714420"))


def test_a_mailbox_retired_in_the_next_sentence_is_no_collecting_address(tmp_path):
    c = draft(tmp_path, "5月6日我局印发的《关于养老服务机构消防检查情况统计的通知》，要求各单位将统计材料报送至jcmzj@163.com。"
                        "因该邮箱停用，现将报送邮箱变更为jcmzj_xf@163.com，原邮箱不再接收材料。\n"
                        "各乡镇仍于6月3日（星期二）前报送检查情况统计表（Excel格式）。")
    assert c.addresses == ["jcmzj_xf@163.com"]


def test_a_mailbox_changed_in_the_next_sentence_is_no_collecting_address(tmp_path):
    c = draft(tmp_path, "原通知要求将统计表发送至jcmzj@163.com。现报送邮箱调整为jcmzj_xf@163.com。\n"
                        "各乡镇仍于6月3日（星期二）前报送检查情况统计表（Excel格式）。")
    assert c.addresses == ["jcmzj_xf@163.com"]


def test_near_miss_two_mailboxes_both_in_use_stay_both(tmp_path):
    c = draft(tmp_path, "各乡镇于6月3日（星期二）前将检查情况统计表（Excel格式）发送至jcmzj@163.com。"
                        "县卫健局于6月5日（星期四）前将消防检查报告（Word格式）发送至jcmzj_xf@163.com，该邮箱仅接收卫健系统材料。")
    assert sorted(c.addresses) == ["jcmzj@163.com", "jcmzj_xf@163.com"]


def test_near_miss_the_old_mailbox_kept_working_stays(tmp_path):
    c = draft(tmp_path, "原通知要求将统计表发送至jcmzj@163.com。现增设报送邮箱jcmzj_xf@163.com，原邮箱仍可接收材料。\n"
                        "各乡镇仍于6月3日（星期二）前报送检查情况统计表（Excel格式）。")
    assert sorted(c.addresses) == ["jcmzj@163.com", "jcmzj_xf@163.com"]
