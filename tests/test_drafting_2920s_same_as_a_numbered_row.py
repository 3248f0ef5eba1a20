"""What held-out notice 2937 showed the drafter missing (fixed on branch h-fixn146d), on notice texts written for these
tests: a table's date cell saying it is a numbered row's (`同序号1`, as row 1's date) was not read, so the row's paper
joined the row above's and its unit was lost. A cell `同序号N` / `与序号N相同` / `同第N项` takes the cell of row N (the
row whose number cell is N) in the same column, as a 同上 takes the row above's (`plain_text._dittos_filled`)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text


def draft(tmp_path, body: str):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县文化旅游和广播电视局", "关于做好假日旅游市场安全保障工作的通知", "县文旅局、县市场局、县交通局", body,
        "2948年9月23日", opening="为确保假日旅游市场安全有序，现就有关工作通知如下。",
        mailbox="jcjrly_t2948@163.com", contact="宋佳  电话：0429-7217012"))


def table(same: str, number: str = "序号", marks: tuple[str, str, str] = ("1", "2", "3")) -> str:
    return "\n".join([
        "请各单位按下表报送材料：",
        f"{number}\t单位\t报送材料\t报送时间",
        f"{marks[0]}\t建昌县文化旅游和广播电视局\t景区客流统计表（Excel格式）\t10月8日（星期二）16:00前",
        f"{marks[1]}\t建昌县市场监督管理局\t市场价格检查情况（Word格式）\t10月14日（星期一）前",
        f"{marks[2]}\t建昌县交通运输局\t旅游客运量统计表（Excel格式）\t{same}"])


# ---------------------------------------------------------------- 2937: 同序号1


def test_a_date_cell_same_as_row_one(tmp_path):
    d = draft(tmp_path, table("同序号1"))
    assert any("县交通局" in r.units and f"{r.due:%m-%d %H:%M}" == "10-08 16:00" for r in d.requirements)
    assert all("县交通局" not in r.units for r in d.requirements if f"{r.due:%m-%d}" == "10-14")


def test_variant_said_as_the_same_as_a_numbered_item(tmp_path):
    d = draft(tmp_path, table("与序号1相同"))
    assert any("县交通局" in r.units and f"{r.due:%m-%d %H:%M}" == "10-08 16:00" for r in d.requirements)
    assert all("县交通局" not in r.units for r in d.requirements if f"{r.due:%m-%d}" == "10-14")


def test_variant_numbered_rows_in_chinese_and_the_item_named(tmp_path):
    d = draft(tmp_path, table("同第一项", number="编号", marks=("一", "二", "三")))
    assert any("县交通局" in r.units and f"{r.due:%m-%d %H:%M}" == "10-08 16:00" for r in d.requirements)
    assert all("县交通局" not in r.units for r in d.requirements if f"{r.due:%m-%d}" == "10-14")


def test_near_miss_a_number_no_row_has_is_left_as_read(tmp_path):
    d = draft(tmp_path, table("同序号7"))
    assert all(f"{r.due:%m-%d %H:%M}" != "10-08 16:00" or "县交通局" not in r.units for r in d.requirements)
