"""What held-out notices 2340–2359 showed the drafter missing in a clause giving some of a sentence's senders a date of
their own (fixed on branch h-fixn117c), on notice texts written for these tests, each with a near miss that must not
change: `…，其中县卫健局须于当日上午10时前报送，以便汇总…` is 县卫健局's alone, sends the paper of the clause before, and
takes 县卫健局 out of that clause's requirement (2358)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text

from test_drafting import part_shapes


def draft(tmp_path, body: str, addressee: str = "各乡镇人民政府，县卫健局、县民政局"):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县医疗保障局", "关于开展2770年度慢特病待遇落实情况评估的通知", addressee, body, "2770年5月6日",
        opening="为评估慢特病门诊保障政策落实成效，现将有关事项通知如下：",
        mailbox="jcybj_mtb2770@163.com",
        contact="邓宇  联系电话：0429-7211690"))


SENT = "一、各乡镇、县卫健局请于5月20日（星期二）前报送慢特病待遇落实情况评估表（Excel格式），{clause}。"


def test_a_clause_of_some_senders_by_their_own_hour_sends_the_same_paper_alone(tmp_path):
    towns, health = draft(tmp_path, SENT.format(clause="其中县卫健局须于当日上午10时前报送，以便汇总后提交专家评估")).requirements
    assert len(towns.units) == 28 and "县卫健局" not in towns.units and part_shapes(towns) == ["sheet"]
    assert health.units == ["县卫健局"] and part_shapes(health) == ["sheet"]
    assert (health.due.month, health.due.day, health.due.hour) == (5, 20, 10)


def test_a_clause_of_some_senders_by_an_earlier_day_sends_the_same_paper_alone(tmp_path):
    towns, health = draft(tmp_path, SENT.format(clause="其中县卫健局须于5月16日前报送")).requirements
    assert "县卫健局" not in towns.units
    assert health.units == ["县卫健局"] and health.title == towns.title and (health.due.month, health.due.day) == (5, 16)


def test_a_clause_of_some_senders_naming_a_paper_of_its_own_is_theirs_and_leaves_them_in_the_groups(tmp_path):
    towns, jianchang = draft(tmp_path, SENT.format(
        clause="其中建昌镇须于5月15日前报送典型案例（Word格式）")).requirements
    assert "建昌镇" in towns.units and "县卫健局" in towns.units
    assert jianchang.units == ["建昌镇"] and part_shapes(jianchang) == ["document"]


def test_near_miss_a_clause_of_another_unit_by_its_own_date_keeps_its_own_units(tmp_path):
    towns, civil = draft(tmp_path, SENT.format(clause="县民政局于5月23日前报送困难群众就医情况说明（Word格式）")).requirements
    assert len(towns.units) == 29 and civil.units == ["县民政局"] and part_shapes(civil) == ["document"]
