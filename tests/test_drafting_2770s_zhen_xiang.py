"""What held-out notice 2778 showed the drafter missing (fixed on branch h-fixn137f): `各镇乡` (各镇、乡) on the addressee
line is the towns and the townships, as `各乡镇` / `各乡、镇` are (senders/unit_lists.ADDRESSEE_KINDS)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text
from collector.roster import builtin_roster


def draft(tmp_path, body: str, addressee: str):
    return draft_of_a_file(tmp_path, notice_text(
        "中共建昌县委组织部", "关于开展党群服务中心运行情况调研的通知", addressee, body, "2930年4月6日",
        opening="为推动党群服务中心规范运行，现将有关事项通知如下。",
        contact="刘洋，联系电话：0429-7123456"))


BODY = "请各镇乡填写《党群服务中心运行情况调研表》（Excel格式），于4月18日（星期一）下午5时前发送至邮箱jcdjb_dqzx@163.com。"


def local_units():
    return sorted(builtin_roster().names(("town", "township")))


def test_zhen_xiang_on_the_addressee_line_is_both_kinds(tmp_path):
    d = draft(tmp_path, BODY, "各镇乡党委、人民政府，县民政局")
    assert sorted(u for u in d.requirements[0].units if u != "县民政局") == local_units()


def test_near_variant_zhen_dun_xiang(tmp_path):
    d = draft(tmp_path, BODY.replace("各镇乡", "各镇、乡"), "各镇、乡人民政府")
    assert sorted(d.requirements[0].units) == local_units()


def test_near_variant_zhen_xiang_government(tmp_path):
    d = draft(tmp_path, BODY.replace("各镇乡", "你单位"), "各镇乡人民政府")
    assert sorted(d.requirements[0].units) == local_units()


def test_near_miss_the_towns_alone(tmp_path):
    d = draft(tmp_path, BODY.replace("各镇乡", "各镇"), "各镇人民政府")
    assert sorted(d.requirements[0].units) == sorted(builtin_roster().names(("town",)))
