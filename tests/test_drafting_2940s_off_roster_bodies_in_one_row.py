"""What held-out notice 2957 showed the drafter missing (fixed on branch h-fixn146d), on notice texts written for these
tests: a table row whose unit cell names two or more bodies no roster lists (`共青团建昌县委员会、建昌县青年联合会`) was
drafted as a requirement of the row above's units. A unit cell listing only off-roster bodies (joined by 、 / 和 / ，)
is off the roster as one such body's cell is, and the row is left out (`unit_cell.off_roster_row`); one roster unit
among them keeps the row."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text


def draft(tmp_path, body: str):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县青年发展型县域建设工作领导小组办公室", "关于报送青年发展型县域建设试点工作进展情况的通知",
        "领导小组各成员单位，有关乡镇人民政府", body, "2958年9月29日",
        opening="为迎接省级中期评估，现请有关单位报送试点工作进展情况。",
        mailbox="jcqnfz_t2958@163.com", contact="宋雨晴  联系电话：0429-7912881"))


def table(last: str, number: str = "3") -> str:
    return "\n".join([
        "序号\t单位\t报送材料\t报送时间",
        "1\t建昌县教育局、建昌县人力资源和社会保障局\t试点工作进展情况报告（Word格式）\t10月16日16:00前",
        "2\t玲珑塔镇、大屯镇\t青年友好乡镇建设情况（Word格式）\t10月24日前",
        f"{number}\t{last}\t青年工作台账（Excel格式）\t10月24日前"])


def sheets(d) -> list[tuple[str, ...]]:
    return [tuple(r.units) for r in d.requirements if any(p.get("title") == "青年工作台账" for p in r.parts)]


# ---------------------------------------------------------------- 2957: 共青团建昌县委员会、建昌县青年联合会


def test_a_row_of_two_off_roster_bodies_is_left_out(tmp_path):
    d = draft(tmp_path, table("共青团建昌县委员会、建昌县青年联合会"))
    assert sheets(d) == []
    assert [tuple(r.units) for r in d.requirements] == [("县教育局", "县人社局"), ("玲珑塔镇", "大屯镇")]


def test_variant_bodies_joined_by_he_and_a_chinese_number(tmp_path):
    d = draft(tmp_path, table("建昌县妇女联合会和建昌县科学技术协会", number="（三）"))
    assert sheets(d) == []


def test_variant_three_bodies_by_their_short_names(tmp_path):
    d = draft(tmp_path, table("县总工会、县残联、县红十字会"))
    assert sheets(d) == []


def test_near_miss_a_roster_unit_among_them_keeps_the_row(tmp_path):
    d = draft(tmp_path, table("建昌县民政局、共青团建昌县委员会"))
    assert sheets(d) == [("县民政局",)]


def test_bodies_joined_by_he_are_read_by_the_rosters_own_county():
    from collector.drafting.senders.unit_cell import off_roster_row
    from collector.drafting.senders.units import UnitResolver
    from collector.roster import Roster, Unit

    other = UnitResolver(Roster("绥中县", [Unit("县民政局", "department"), Unit("前所镇", "town")]))
    row = "3\t{}\t青年工作台账（Excel格式）\t10月24日前"
    # two bodies off that county's roster: off the roster
    assert off_roster_row(row.format("绥中县妇女联合会和绥中青年联合会"), other) == "绥中县妇女联合会和绥中青年联合会"
    # 和 before 绥中 (that county's name, not 建昌) parts the cell: one of that roster's units among them keeps the row
    assert off_roster_row(row.format("绥中县妇女联合会和绥中县民政局"), other) == ""
