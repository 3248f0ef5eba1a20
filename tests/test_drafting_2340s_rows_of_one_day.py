"""What held-out notices 2340–2359 showed the drafter missing in the rows of a table of each unit's share (序号 | 单位 |
报送内容 | 截止时间) due the same day (fixed on branch h-fixn117c), on notice texts written for these tests, each with a
near miss that must not change: such rows are one requirement (each unit's share of one report) unless their units are
of two levels or their papers in formats apart (2345)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text

from test_drafting import part_shapes


def draft(tmp_path, body: str, addressee: str = "各乡镇人民政府，八家子经济开发区管委会，县直有关部门"):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县自然资源局", "关于开展2760年度闲置土地清查工作的通知", addressee, body, "2760年9月14日",
        opening="为盘活存量建设用地，现将有关事项通知如下：",
        mailbox="jczrzyj_xztd2760@163.com",
        contact="李东  联系电话：0429-7213095"))


ROWS = ("二、报送事项\n序号\t单位\t报送内容\t截止时间\n"
        "1\t{first}\t{first_paper}\t9月28日（星期五）前\n"
        "2\t县农业农村局\t农业设施用地备案清单（Excel格式）\t9月24日（星期一）上午10时30分前\n"
        "3\t{third}\t{third_paper}\t9月28日（星期五）前\n")


def test_rows_of_one_day_of_two_levels_and_formats_are_two_requirements(tmp_path):
    towns, _, bureau = draft(tmp_path, ROWS.format(
        first="各乡镇、八家子经济开发区", first_paper="闲置土地清查台账（Excel格式）及现场照片",
        third="生态环境局建昌分局", third_paper="闲置土地环境问题说明（Word格式）")).requirements
    assert "生态环境局建昌分局" not in towns.units and part_shapes(towns) == ["photo", "sheet"]
    assert bureau.units == ["生态环境局建昌分局"] and part_shapes(bureau) == ["document"]


def test_rows_of_one_day_of_two_levels_are_two_requirements(tmp_path):
    towns, _, bureau = draft(tmp_path, ROWS.format(
        first="各乡镇", first_paper="辖区闲置土地清查台账",
        third="县住建局", third_paper="在建项目停工情况说明")).requirements
    assert "县住建局" not in towns.units and bureau.units == ["县住建局"]


def test_rows_of_one_day_of_one_level_in_two_formats_are_two_requirements(tmp_path):
    water, _, bureau = draft(tmp_path, ROWS.format(
        first="县水利局", first_paper="水利设施用地清查台账（Excel格式）",
        third="县交通局", third_paper="交通设施用地问题说明（Word格式）")).requirements
    assert water.units == ["县水利局"] and part_shapes(water) == ["sheet"]
    assert bureau.units == ["县交通局"] and part_shapes(bureau) == ["document"]


def test_near_miss_two_bureaus_rows_of_one_day_in_one_format_stay_shares_of_one_report(tmp_path):
    both, _ = draft(tmp_path, ROWS.format(
        first="县水利局", first_paper="水利设施用地清查台账（Excel格式）",
        third="县交通局", third_paper="交通设施用地核查表（Excel格式）")).requirements
    assert set(both.units) == {"县水利局", "县交通局"}


def test_near_miss_a_row_of_a_body_off_the_roster_makes_no_requirement_of_its_own(tmp_path):
    requirements = draft(tmp_path, ROWS.format(
        first="县水利局", first_paper="水利设施用地清查情况说明",
        third="国网建昌县供电公司", third_paper="电力设施用地清查台账（Excel格式）")).requirements
    assert all(r.units for r in requirements)
