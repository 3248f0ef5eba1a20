"""What held-out notice 2814 showed the drafter missing (fixed on branch h-fixn140c): a section heading naming its units
and then what the section is of them (`一、县文旅局、县商务局报送材料`, `二、各乡镇需提交的资料`) gives that section's senders,
as a heading of units alone (`一、县文旅局、县商务局`) does; a heading naming no unit (`一、报送材料`) gives none."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text


def draft(tmp_path, first_heading: str, second_heading: str = "二、各乡镇报送材料"):
    body = (f"{first_heading}\n（一）节庆活动年度工作总结（Word格式）；\n（二）节庆活动及展销成交情况统计表（Excel格式）。\n"
            "以上材料请于12月11日（星期一）下午4点前一并发送至邮箱。\n"
            f"{second_heading}\n各乡镇人民政府请于12月18日前将本乡镇节庆活动统计表（Excel格式）发送至同一邮箱。")
    return draft_of_a_file(tmp_path, notice_text(
        "县农业农村局", "关于报送2947年度农民丰收节节庆活动总结的通知", "县文旅局、县商务局，各乡镇人民政府", body,
        "2947年11月29日", opening="为全面总结经验，现就有关事项通知如下：", mailbox="jcnyj_fs2947@163.com",
        contact="田雨  电话：0429-7512355"))


def _first_units(c):
    return set(next(r for r in c.requirements if r.due.day == 11).units)


# ---------------------------------------------------------------- 2814: 一、县文旅局、县商务局报送材料


def test_the_units_of_a_heading_saying_they_send(tmp_path):
    assert _first_units(draft(tmp_path, "一、县文旅局、县商务局报送材料")) == {"县文旅局", "县商务局"}


def test_variant_units_joined_by_he_needing_to_submit(tmp_path):
    assert _first_units(draft(tmp_path, "一、县文旅局和县商务局需提交的资料")) == {"县文旅局", "县商务局"}


def test_variant_one_bureau_reporting_contents(tmp_path):
    assert _first_units(draft(tmp_path, "一、县文旅局上报内容")) == {"县文旅局"}


def test_near_miss_a_heading_naming_no_unit(tmp_path):
    units = _first_units(draft(tmp_path, "一、报送材料", "二、其他事项"))
    assert {"县文旅局", "县商务局", "建昌镇"} <= units
