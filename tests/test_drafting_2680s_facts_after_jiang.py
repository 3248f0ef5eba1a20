"""What held-out notices 2680–2699 showed the drafter missing (fixed on branch h-fixn134b), on notice texts written
for these tests, each with a near miss that must not change: the facts 将 sends named at length,
`将企业退休人员中高龄老人的社会化管理服务情况（Word格式）发送至同一邮箱`, are the one document asked (the 将 says where the
name starts, the format's bracket where it ends), not dropped for their length and replaced by the words of the
sentences after (`县财政局本次不报送材料`, a meeting's `…工作情况汇报`) (2693)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text
from test_drafting import part_shape


def draft(tmp_path, body: str):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县老龄工作委员会办公室", "关于报送2885年度老龄工作年度报告的通知", "县民政局、县人力资源和社会保障局", body,
        "2886年1月14日", contact="蒋秀英  联系电话：0429-7949936"))


def the_bureaus(draft_, unit: str):
    return next(r for r in draft_.requirements if unit in r.units)


def test_facts_named_at_length_after_jiang_are_the_one_document(tmp_path):
    d = draft(tmp_path, "　　请县民政局认真撰写年度报告（Word格式），于1月22日（星期二）下午4时30分前发送至县老龄办邮箱"
                        "jclld_laoling@163.com。县人力资源和社会保障局请于1月29日（星期二）前将企业退休人员中高龄老人的"
                        "社会化管理服务情况（Word格式）发送至同一邮箱。县财政局本次不报送材料。县老龄委定于2月11日召开"
                        "全体成员会议，听取各成员单位年度工作情况汇报。")
    r = the_bureaus(d, "县人社局")
    assert [part_shape(p) for p in r.parts] == ["document"]
    assert r.parts[0]["title"] == "企业退休人员中高龄老人的社会化管理服务情况"


def test_near_miss_short_facts_after_jiang_are_read_as_before(tmp_path):
    d = draft(tmp_path, "　　请县民政局认真撰写年度报告（Word格式），于1月22日（星期二）下午4时30分前发送至县老龄办邮箱"
                        "jclld_laoling@163.com。县人力资源和社会保障局请于1月29日（星期二）前将社会化管理服务情况"
                        "（Word格式）发送至同一邮箱。县财政局本次不报送材料。")
    r = the_bureaus(d, "县人社局")
    assert [part_shape(p) for p in r.parts] == ["document"]
    assert r.parts[0]["title"] == "社会化管理服务情况"
