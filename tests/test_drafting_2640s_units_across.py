"""What held-out notices 2640–2659 showed the drafter missing (fixed on branch h-fixn132a), on notice texts written
for these tests, each with a near miss that must not change: a table laid out across, the units along its first row
and the labels down its first column (`单位 | 喇嘛洞镇 | 西碱厂乡 | …` / `报送材料 | …` / `截止时间 | …`), is read as its
rows would be: each unit its own paper and day, an off-roster body's column left out (2649)."""

from __future__ import annotations

import pytest
from drafting_helpers import draft_of_a_file, notice_text
from test_drafting import part_shape


def draft(tmp_path, body: str, addressee: str = "喇嘛洞镇、西碱厂乡，建昌县融媒体中心"):
    return draft_of_a_file(tmp_path, notice_text(
        "县林草局", "关于开展观鸟点位资源调查的通知", addressee, body, "2981年9月3日",
        opening="为摸清全县观鸟点位资源，县林草局决定开展一次观鸟点位资源调查。",
        contact="韩雪松，电话：0429-7721048"))


def shapes(requirement) -> list[str]:
    return sorted(map(part_shape, requirement.parts))


ACROSS = ("单位\t喇嘛洞镇\t西碱厂乡\t建昌县融媒体中心\t建昌县观鸟爱好者协会\n"
          "报送材料\t观鸟点位统计表（Excel格式）\t观鸟点位统计表（Excel格式）\t观鸟宣传短片（MP4格式）\t历年观鸟记录汇编\n"
          "截止时间\t9月12日（星期三）下午2时前\t9月12日（星期三）下午2时前\t9月20日（星期四）前\t9月17日（星期一）前")
DOWN = ("单位\t报送材料\t截止时间\n"
        "喇嘛洞镇\t观鸟点位统计表（Excel格式）\t9月12日（星期三）下午2时前\n"
        "西碱厂乡\t观鸟点位统计表（Excel格式）\t9月12日（星期三）下午2时前\n"
        "建昌县融媒体中心\t观鸟宣传短片（MP4格式）\t9月20日（星期四）前\n"
        "建昌县观鸟爱好者协会\t历年观鸟记录汇编\t9月17日（星期一）前")


def _as_expected(requirements) -> None:
    assert [(r.due.strftime("%m-%d %H:%M"), r.units, shapes(r)) for r in requirements] == [
        ("09-12 14:00", ["喇嘛洞镇", "西碱厂乡"], ["sheet"]),
        ("09-20 23:59", ["县融媒体中心"], ["video"]),
    ]


# ---------------------------------------------------------------- 2649: the units across the table's first row


POINTING = "请各单位按下表所列材料和时间，将材料发送至jclcj_guanniao@163.com。\n"  # 2649's lead-in: no pointer to write out
PLAIN = "请各单位按下表要求，将材料发送至jclcj_guanniao@163.com。\n"


@pytest.mark.parametrize("lead_in, table", [
    (POINTING, ACROSS),  # 2649 itself: the units across its first row, read by its columns
    (PLAIN, ACROSS),
    (PLAIN, DOWN),  # near miss: the labels across its first row, read as before
    (POINTING, DOWN),
], ids=["across-pointing", "across-plain", "near-miss-down-plain", "down-pointing"])
def test_a_table_reads_the_same_with_its_units_across_or_down(tmp_path, lead_in, table):
    _as_expected(draft(tmp_path, lead_in + table).requirements)


def test_near_miss_a_pointer_to_a_materials_table_below_is_still_written_out(tmp_path):
    d = draft(tmp_path, "请各单位于9月12日（星期三）前将下表所列材料发送至jclcj_guanniao@163.com。\n"
                        "材料名称\t格式\n观鸟点位统计表\tExcel\n观鸟点位分布图\tJPG", addressee="喇嘛洞镇、西碱厂乡")
    [r] = d.requirements
    assert r.units == ["喇嘛洞镇", "西碱厂乡"]
    assert sorted(p["title"] for p in r.parts) == ["观鸟点位分布图", "观鸟点位统计表"]
