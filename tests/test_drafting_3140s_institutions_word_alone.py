"""What held-out notice 3150 showed the drafter missing (fixed on branch h-fixn156a), on notice texts written for these
tests, with a near miss that must not change: a sentence asking `各直属机构` (各直属单位, 各事业单位) under an addressee line
naming a department beside that group (`各直属机构，县商务局：`) asks the institutions alone, not the department, which has
an item of its own."""

from __future__ import annotations

from collector.roster import builtin_roster
from drafting_helpers import draft_of_a_file, notice_text

INSTITUTIONS = sorted(u.name for u in builtin_roster().units if u.kind == "institution")


def draft(tmp_path, body: str, addressee: str = "各直属机构，县商务局"):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县发展和改革局", "关于开展机关食堂应急成品粮储备情况核查的通知", addressee, body, "3055年5月4日",
        opening="现将有关事项通知如下。", contact="吴建军，电话：0429-7515306"))


def units_by_due(d) -> dict[str, list[str]]:
    return {r.due.strftime("%m-%d"): sorted(r.units) for r in d.requirements}


# ---------------------------------------------------------------- 3150: 各直属机构，县商务局 / 一、各直属机构请于…


def test_the_institutions_group_asks_the_institutions_alone(tmp_path):
    d = draft(tmp_path, "一、各直属机构请于5月18日（星期五）16时前将本单位机关食堂应急成品粮储备情况表（Excel格式）发送至"
                        "jcfgj_cpl@163.com。\n二、县商务局请于5月28日前将全县粮油应急供应网点说明（Word格式）发送至上述邮箱。")
    assert units_by_due(d) == {"05-18": INSTITUTIONS, "05-28": ["县商务局"]}


def test_variant_zhishu_danwei_with_qing_first(tmp_path):
    d = draft(tmp_path, "1．请各直属单位于5月18日16:00前报送储备情况表（Excel格式），邮箱jcfgj_cpl@163.com；\n"
                        "2．请县商务局于5月28日前报送网点说明（Word格式）。", addressee="县直各直属单位，县商务局")
    assert units_by_due(d)["05-18"] == INSTITUTIONS


def test_variant_shiye_danwei_beside_a_department(tmp_path):
    d = draft(tmp_path, "（一）各事业单位于5月18日16时前将储备情况表（Excel格式）发送至jcfgj_cpl@163.com。\n"
                        "（二）县教育局于5月28日前将学校食堂储备说明（Word格式）发送至上述邮箱。", addressee="各事业单位，县教育局")
    assert units_by_due(d) == {"05-18": INSTITUTIONS, "05-28": ["县教育局"]}


def test_near_miss_every_department_still_takes_the_bureau_in(tmp_path):
    d = draft(tmp_path, "一、各部门请于5月18日16时前将储备情况表（Excel格式）发送至jcfgj_cpl@163.com。\n"
                        "二、县商务局请于5月28日前将网点说明（Word格式）发送至上述邮箱。", addressee="县政府各部门，县商务局")
    assert "县商务局" in units_by_due(d)["05-18"]
