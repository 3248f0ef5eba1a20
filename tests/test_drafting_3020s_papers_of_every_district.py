"""What held-out notice 3026 showed the drafter missing (fixed on branch h-fixn150c), on notice texts written for these
tests, each with a near miss that must not change: towns split into districts, each a line with its units and its own
day naming nothing sent (`东片（建昌镇、…）于6月13日前报送；`), the papers named once for every district in a sentence
after the lines (`各片乡镇均报送参赛报名表（Excel格式）及…扫描件（PDF格式）`) or before them (`报送材料：…。`): each district's
day sends those papers, not the last's alone (`asks/papers_of_every_group.py`)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text
from test_drafting import part_shape


def draft(tmp_path, body: str):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县文化旅游和广播电视局", "关于做好全县农民运动会报名工作的通知", "各乡镇人民政府", body, "2993年6月3日",
        opening="全县农民运动会定于8月8日至10日举行，现将报名有关事项通知如下。",
        mailbox="jcwl_nyh@163.com", contact="邢伟  电话：0429-7514423"))


EAST = ["建昌镇", "喇嘛洞镇", "药王庙镇"]
WEST = ["玲珑塔镇", "大屯镇", "要路沟乡"]
NORTH = ["八家子镇", "杨树湾子乡", "黑山科乡"]


def shapes(d) -> dict[tuple[int, int], tuple[list[str], list[str]]]:
    return {(r.due.month, r.due.day): (sorted(r.units), sorted(part_shape(p) for p in r.parts)) for r in d.requirements}


def lines(labels=("东片", "西片", "北片"), days=("6月13日（星期四）", "6月17日（星期一）", "6月20日（星期四）"), end="报送"):
    return "\n".join(f"{label}（{'、'.join(units)}）于{day}前{end}{'；' if i < 2 else '。'}"
                     for i, (label, units, day) in enumerate(zip(labels, (EAST, WEST, NORTH), days)))


def assert_each_district_sends(d, want=("scan", "sheet")):
    got = shapes(d)
    assert got[6, 13] == (sorted(EAST), sorted(want))
    assert got[6, 17] == (sorted(WEST), sorted(want))
    assert got[6, 20] == (sorted(NORTH), sorted(want))


# ---------------------------------------------------------------- 3026: 各片乡镇均报送… after the lines


def test_papers_named_once_after_the_district_lines(tmp_path):
    d = draft(tmp_path, "二、分片报送。报名按片区分批进行：\n" + lines() + "\n"
                        "各片乡镇均报送参赛报名表（Excel格式）及运动员身份证复印件扫描件（PDF格式），发送至jcwl_nyh@163.com。"
                        "逾期视为自动放弃。\n三、联系方式。")
    assert_each_district_sends(d)


def test_variant_every_area_must_send_under_numbered_batches(tmp_path):
    d = draft(tmp_path, "二、分批报送。\n" + lines(labels=("第一批", "第二批", "第三批"), end="报送完毕")
              + "\n以上各批乡镇均须报送参赛报名表（Excel格式）和运动员身份证扫描件（PDF格式）。\n三、联系方式。")
    assert_each_district_sends(d)


def test_variant_papers_named_before_the_lines(tmp_path):
    d = draft(tmp_path, "二、报送要求。\n报送材料：参赛报名表（Excel格式）及运动员身份证复印件扫描件（PDF格式），发送至jcwl_nyh@163.com。\n"
                        "报送时间：\n" + lines(end="报送") + "\n三、联系方式。")
    assert_each_district_sends(d)


# ---------------------------------------------------------------- near miss: each line its own paper


def test_near_miss_each_district_line_names_its_own_paper(tmp_path):
    body = ("二、分片报送。\n"
            f"东片（{'、'.join(EAST)}）于6月13日前报送参赛报名表（Excel格式）；\n"
            f"西片（{'、'.join(WEST)}）于6月17日前报送运动员身份证扫描件（PDF格式）；\n"
            f"北片（{'、'.join(NORTH)}）于6月20日前报送参赛报名表（Excel格式）。\n"
            "各片乡镇均报送参赛承诺书（Word格式）。\n三、联系方式。")
    got = shapes(draft(tmp_path, body))
    assert got[6, 13] == (sorted(EAST), ["sheet"])
    assert got[6, 17] == (sorted(WEST), ["scan"])
