"""What held-out notices 2500–2519 showed the drafter missing in the units and the mailbox (fixed on branch
h-fixn125c), on notice texts written for these tests, each with a near miss that must not change: a 各有关单位 notice
whose ask names its units in a list after it (`请以下单位于…前报送…。名单如下：县住建局、县交通局…`) asks those units, a
list led by another purpose (`参会单位名单如下`) or of those let off is none (2512); a mailbox the notice moves to another
(`报送邮箱由a@…改至b@…，原邮箱不再接收`) is no collecting address, two mailboxes both in use stay (2516)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text


def draft(tmp_path, body: str, addressee: str = "各有关单位", mailbox: str = ""):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县人大常委会办公室", "关于报送2690年度代表建议办理情况的通知", addressee, body, "2690年5月12日",
        opening="根据年度工作安排，现将有关事项通知如下。", mailbox=mailbox,
        contact="韩雪  联系电话：0429-7714420"))


# ---------------------------------------------------------------- 2512: 请以下单位…。名单如下：…


def test_the_units_listed_after_the_ask_are_its_units(tmp_path):
    c = draft(tmp_path, "　　请以下单位于6月3日（星期二）前，将代表建议办理情况报告（Word格式）发送至jcrd_jy@163.com。"
                        "名单如下：县住建局、县交通局、县水利局。")
    assert sorted(c.units) == sorted(["县住建局", "县交通局", "县水利局"])
    (r,) = c.requirements
    assert sorted(r.units) == sorted(["县住建局", "县交通局", "县水利局"])


def test_near_miss_a_list_of_those_attending_names_no_sender(tmp_path):
    c = draft(tmp_path, "　　请以下单位于6月3日（星期二）前，将代表建议办理情况报告（Word格式）发送至jcrd_jy@163.com。"
                        "参会单位名单如下：县住建局、县交通局、县水利局。")
    assert list(c.units) == []


def test_near_miss_a_list_of_those_let_off_names_no_sender(tmp_path):
    c = draft(tmp_path, "　　以下单位本次无需报送代表建议办理情况报告，名单如下：县住建局、县交通局。"
                        "　　请各有关单位于6月3日（星期二）前将代表建议办理情况报告（Word格式）发送至jcrd_jy@163.com。")
    assert list(c.units) == []


# ---------------------------------------------------------------- 2516: 报送邮箱由a@…改至b@…，原邮箱不再接收


def test_a_mailbox_moved_to_another_is_no_collecting_address(tmp_path):
    c = draft(tmp_path, "　　一、请县住建局于6月3日（星期二）前报送代表建议办理情况报告（Word格式）。\n"
                        "　　二、报送邮箱由jcrd_old@163.com改至jcrd_new@163.com，原邮箱不再接收。", "县住建局")
    assert c.addresses == ["jcrd_new@163.com"]


def test_near_miss_two_mailboxes_both_in_use_both_stay(tmp_path):
    c = draft(tmp_path, "　　一、请县住建局于6月3日（星期二）前报送代表建议办理情况报告（Word格式）。\n"
                        "　　二、报告Word版发送至jcrd_word@163.com；盖章扫描件发送至jcrd_scan@163.com。", "县住建局")
    assert sorted(c.addresses) == ["jcrd_scan@163.com", "jcrd_word@163.com"]


def test_near_miss_a_moved_mailbox_the_notice_keeps_stays(tmp_path):
    c = draft(tmp_path, "　　一、请县住建局于6月3日（星期二）前报送代表建议办理情况报告（Word格式）。\n"
                        "　　二、报送邮箱由jcrd_old@163.com改至jcrd_new@163.com，原邮箱仍可接收。", "县住建局")
    assert sorted(c.addresses) == ["jcrd_new@163.com", "jcrd_old@163.com"]
