"""What held-out notice 2761 showed the drafter missing (fixed on branch h-fixn137f): a roster unit's party organ written
with 机关 before it (`建昌县统计局机关党支部`, `县水利局机关党总支`) answers for that unit, as `县档案馆党支部` already did
(senders/units.PARTY_ORGAN)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text


def draft(tmp_path, body: str, addressee: str = "县直各机关党组织"):
    return draft_of_a_file(tmp_path, notice_text(
        "中共建昌县直属机关工作委员会", "关于报送第三季度主题党日活动开展情况的通知", addressee, body, "2920年9月9日",
        opening="为及时掌握各机关党支部主题党日活动开展情况，现将有关事项通知如下。",
        contact="王红，联系电话：0429-7125678"))


def units_by_due(d):
    return {(r.due.month, r.due.day): r.units for r in d.requirements}


def test_a_units_organs_branch_in_a_table_row_is_the_unit(tmp_path):
    d = draft(tmp_path, "请下列单位党组织按表中时间，将材料发送至邮箱jczsjggw_ztdr@163.com。\n"
                        "序号\t单位\t报送材料\t截止时间\n"
                        "1\t建昌县统计局机关党支部\t主题党日活动登记表（Excel格式）\t9月23日（星期一）16:00前\n"
                        "2\t建昌县科学技术局机关党支部\t主题党日活动登记表（Excel格式）\t9月23日（星期一）16:00前\n"
                        "3\t建昌县档案馆党支部\t主题党日活动总结（Word格式）\t9月30日（星期一）16:00前")
    got = units_by_due(d)
    assert got[(9, 23)] == ["县统计局", "县科技局"]
    assert got[(9, 30)] == ["县档案馆"]


def test_near_variant_organs_general_branch_and_committee_in_a_sentence(tmp_path):
    d = draft(tmp_path, "请县水利局机关党总支、县统计局机关党组于9月23日（星期一）下午4时前将主题党日活动登记表（Excel格式）"
                        "发送至邮箱jczsjggw_ztdr@163.com。")
    assert sorted(units_by_due(d)[(9, 23)]) == ["县水利局", "县统计局"]


def test_near_variant_organs_branch_on_the_addressee_line(tmp_path):
    d = draft(tmp_path, "请于9月23日（星期一）下午4时前将主题党日活动登记表（Excel格式）发送至邮箱jczsjggw_ztdr@163.com。",
              addressee="建昌县统计局机关党支部、建昌县水利局机关党支部")
    assert sorted(units_by_due(d)[(9, 23)]) == ["县水利局", "县统计局"]


def test_near_miss_a_unit_named_for_the_organs_is_itself(tmp_path):
    d = draft(tmp_path, "请县机关事务服务中心党支部于9月23日（星期一）下午4时前将主题党日活动登记表（Excel格式）"
                        "发送至邮箱jczsjggw_ztdr@163.com。")
    assert units_by_due(d)[(9, 23)] == ["县机关事务中心"]
