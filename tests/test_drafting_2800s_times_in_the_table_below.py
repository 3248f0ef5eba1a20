"""What held-out notice 2809 showed the drafter missing (fixed on branch h-fixn140b), on notice texts written for these
tests: a paragraph naming the papers and where they go, closed by a line pointing the times at the table below
(`…三项材料一并发送至…邮箱。报送时间见下表。` over `序号 | 单位 | 截止时间`, no paper column): each row sends those papers
by its own date, rows of one day joined (2809)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text
from test_drafting import part_shape


def draft(tmp_path, body: str, addressee: str = "县市场局、县公安局，建昌镇人民政府、八家子镇人民政府"):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县商务局", "关于报送2944年度预付卡管理工作总结的通知", addressee, body, "2944年12月7日",
        contact="杨帆，电话：0429-7517790"))


def shapes(requirement) -> list[str]:
    return sorted(part_shape(p) for p in requirement.parts)


def dues(d) -> list[tuple[str, list[str]]]:
    return [(r.due.strftime("%m-%d %H:%M"), sorted(r.units)) for r in d.requirements]


# ---------------------------------------------------------------- 2809: …发送至…。报送时间见下表。


TABLE = ("序号\t单位\t截止时间\n"
         "1\t建昌县市场监督管理局\t12月16日（星期三）17:00前\n"
         "2\t建昌镇人民政府\t12月16日（星期三）17:00前\n"
         "3\t八家子镇人民政府\t12月21日（星期一）17:00前\n")


def test_the_papers_named_above_a_times_table_are_what_each_row_sends(tmp_path):
    d = draft(tmp_path, "请各单位认真总结本年度工作。各单位须报送三项材料：年度工作总结（Word格式）、工作总结扫描件（PDF格式）、"
                        "辖区发卡企业统计表（Excel格式），三项材料一并发送至jcswj_yufuka@163.com。报送时间见下表。\n" + TABLE)
    assert dues(d) == [("12-16 17:00", ["县市场局", "建昌镇"]), ("12-21 17:00", ["八家子镇"])]
    assert all(shapes(r) == ["document", "scan", "sheet"] for r in d.requirements)


def test_variant_a_time_limit_set_out_in_the_table_below_on_a_line_of_its_own(tmp_path):
    d = draft(tmp_path, "请各单位将工作总结（Word格式）和统计表（Excel格式）报送至县商务局邮箱jcswj_yufuka@163.com。\n"
                        "各单位报送时限详见下表：\n" + TABLE.replace("截止时间", "报送时限"))
    assert dues(d) == [("12-16 17:00", ["县市场局", "建昌镇"]), ("12-21 17:00", ["八家子镇"])]
    assert all(shapes(r) == ["document", "sheet"] for r in d.requirements)


def test_variant_a_schedule_as_below_with_other_head_words(tmp_path):
    table = ("序号\t责任单位\t截止日期\n"
             "1\t县市场局\t12月16日前\n"
             "2\t建昌镇\t12月21日前\n")
    d = draft(tmp_path, "请各单位填写预付卡发卡企业统计表（Excel格式），经主要负责人签字盖章后扫描为PDF，一并报送县商务局。"
                        "具体报送时间安排如下表。\n" + table)
    assert [u for _, u in dues(d)] == [["县市场局"], ["建昌镇"]]
    assert all(shapes(r) == ["scan", "sheet"] for r in d.requirements)


def test_near_miss_the_times_below_are_of_the_inspections_not_of_sending(tmp_path):
    d = draft(tmp_path, "请各单位将工作总结（Word格式）报送至县商务局邮箱jcswj_yufuka@163.com。现场检查时间见下表。\n"
                        + TABLE.replace("截止时间", "检查时间").replace("17:00前", ""))
    assert d.requirements == []


def test_a_row_of_a_body_off_the_roster_is_left_out(tmp_path):
    d = draft(tmp_path, "各单位须将年度工作总结（Word格式）发送至jcswj_yufuka@163.com。报送时间见下表。\n"
                        + TABLE + "4\t建昌县消费者协会\t12月21日（星期一）17:00前\n")
    assert dues(d) == [("12-16 17:00", ["县市场局", "建昌镇"]), ("12-21 17:00", ["八家子镇"])]
