"""What held-out notice 2773 showed the drafter missing (fixed on branch h-fixn137f): `…管理委员会` is the long form of
`…管委会` for any unit (`八家子经济开发区管理委员会` where the roster's aliases say `八家子经济开发区管委会`), read so by
the resolver (senders/units.UnitResolver.resolve)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text


def draft(tmp_path, body: str, addressee: str = "各有关单位"):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县工商业联合会", "关于开展民营经济人士理想信念教育集中培训的通知", addressee, body, "2926年8月5日",
        opening="为深入开展民营经济人士理想信念教育，现将有关事项通知如下。",
        contact="蒋涛，联系电话：0429-7127891"))


def units_by_due(d):
    return {(r.due.month, r.due.day): r.units for r in d.requirements}


def test_the_zones_management_committee_in_an_annex_list(tmp_path):
    d = draft(tmp_path, "请附件所列单位填写《参训人员推荐名单》（Excel格式），于8月19日（星期一）上午9时前发送至邮箱"
                        "jcgsl_lxjy@163.com。\n附件：推荐单位名单\n\n附件\n\n推荐单位名单\n\n1.建昌县商务局\n"
                        "2.八家子经济开发区管理委员会")
    assert units_by_due(d)[(8, 19)] == ["县商务局", "八家子经济开发区"]


def test_near_variant_another_alias_asked_in_the_sentence(tmp_path):
    d = draft(tmp_path, "请县商务局、八家子开发区管理委员会于8月19日（星期一）上午9时前将《参训人员推荐名单》（Excel格式）"
                        "发送至邮箱jcgsl_lxjy@163.com。")
    assert units_by_due(d)[(8, 19)] == ["县商务局", "八家子经济开发区"]


def test_near_variant_on_the_addressee_line(tmp_path):
    d = draft(tmp_path, "请于8月19日（星期一）上午9时前将《参训人员推荐名单》（Excel格式）发送至邮箱jcgsl_lxjy@163.com。",
              addressee="县商务局，建昌县八家子经济开发区管理委员会")
    assert units_by_due(d)[(8, 19)] == ["县商务局", "八家子经济开发区"]


def test_near_miss_a_management_committee_off_the_roster_is_no_zone(tmp_path):
    d = draft(tmp_path, "请县商务局、县城乡规划管理委员会于8月19日（星期一）上午9时前将《参训人员推荐名单》（Excel格式）"
                        "发送至邮箱jcgsl_lxjy@163.com。")
    assert "八家子经济开发区" not in units_by_due(d)[(8, 19)]
    assert "县商务局" in units_by_due(d)[(8, 19)]
