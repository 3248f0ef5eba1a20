"""What held-out notice 2705 showed the drafter missing (fixed on branch h-fixn135c), on notice texts written for these
tests, with a near miss that must not change: `请你们对照项目实施方案，全面总结…，形成年度报告正文（Word版）` — the plan
对照 names after the addressed 你们 is what the work is read against, no paper to send (worked_from.BASIS_VERB_BEFORE,
as after 请 or a unit's name). A plan the clause revises (`请你们对照上级要求修订项目实施方案`) is still sent."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text
from test_drafting import part_shapes


def draft(tmp_path, body: str):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县总工会", "关于报送职工书屋建设项目年度报告的通知", "县教育局",
        body, "2695年1月6日", opening="现将有关事项通知如下。", mailbox="jczgh_shuwu2695@163.com",
        contact="李红  联系电话：0429-7012288"))


def test_the_plan_you_work_from_is_not_sent(tmp_path):
    r, = draft(tmp_path, "请你们对照项目实施方案，全面总结服务人次和资金使用等情况，形成年度报告正文（Word版），"
                         "同时报送《服务人次统计表》（Excel版），以上材料请于1月22日（星期二）上午10时前发送至上述邮箱。"
                         ).requirements
    assert part_shapes(r) == ["document", "sheet"]


def test_near_miss_a_plan_you_revise_is_sent(tmp_path):
    r, = draft(tmp_path, "请你们对照上级要求修订项目实施方案（Word版），同时报送《服务人次统计表》（Excel版），"
                         "以上材料请于1月22日（星期二）上午10时前发送至上述邮箱。").requirements
    assert part_shapes(r) == ["document", "sheet"]
