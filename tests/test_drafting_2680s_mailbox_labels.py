"""What held-out notices 2680–2699 showed the drafter missing (fixed on branch h-fixn134b), on notice texts written
for these tests, each with a near miss that must not change: a mailbox labelled by the paper it takes,
`发送至统计表邮箱…`, `文字材料邮箱`, `报表接收邮箱`, names no paper: the towns' one 台账 is one sheet, not two (2696)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text
from test_drafting import part_shape


def draft(tmp_path, body: str):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县应急管理局", "关于开展野外钓鱼安全隐患排查整治的通知", "各乡镇人民政府，县水利局", body, "2888年6月8日",
        opening="本次报送设两个邮箱，统计表和文字材料请分别发送，不要混发。",
        contact="曹宇  联系电话：0429-7978834"))


def test_a_mailbox_labelled_by_its_paper_names_no_paper(tmp_path):
    d = draft(tmp_path, "　　一、请各乡镇填写《野外钓鱼点位安全隐患排查台账》（Excel格式），于6月17日（星期四）上午9时前"
                        "发送至统计表邮箱jcyjj_fish_tz@163.com。\n"
                        "　　二、请县水利局形成检查报告（Word格式），于6月24日（星期四）下午5时前发送至文字材料邮箱"
                        "jcyjj_fish_bg@163.com。")
    towns, bureau = sorted(d.requirements, key=lambda r: r.due)
    assert [part_shape(p) for p in towns.parts] == ["sheet"]
    assert [part_shape(p) for p in bureau.parts] == ["document"]
    assert "统计表" not in towns.hints and "文字材料" not in bureau.hints


def test_near_miss_a_sheet_asked_before_the_mailbox_is_still_asked(tmp_path):
    d = draft(tmp_path, "　　一、请各乡镇填写统计表，于6月17日（星期四）上午9时前发送至邮箱jcyjj_fish_tz@163.com。\n"
                        "　　二、请县水利局形成检查报告（Word格式），于6月24日（星期四）下午5时前发送至邮箱"
                        "jcyjj_fish_bg@163.com。")
    towns, _ = sorted(d.requirements, key=lambda r: r.due)
    assert [part_shape(p) for p in towns.parts] == ["sheet"]
