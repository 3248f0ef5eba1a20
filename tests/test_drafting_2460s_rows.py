"""What held-out notices 2463, 2465, 2471 and 2475 showed the drafter missing in a requirements table's rows (fixed on
branch h-fixn123a), on notice texts written for these tests, each with a near miss that must not change: a row of a
group of bodies named by their own line of work or place (`各助产机构`, `各围棋培训机构`, `各驻县单位`) is theirs, no
roster unit's; a row letting an institution of the salutation off after giving the reason (`降雪预报另行通报，本次不报送`)
lets it off, so `县直各部门` does not take it in."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text


def draft(tmp_path, body: str, addressee: str):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县人力资源和社会保障局", "关于开展2741年度职业技能提升行动统计工作的通知", addressee, body, "2741年6月20日",
        opening="为做好职业技能提升行动统计工作，现将有关事项通知如下：",
        mailbox="jcrsj_jineng2741@163.com",
        contact="许文静  联系电话：0429-7426618"))


# ---------------------------------------------------------------- 2463, 2465, 2475: 各助产机构 | … | 四月十九日前报…


GROUP_ROWS = ("二、材料报送\n请各单位按下表报送。\n单位\t材料\t格式\t时间\n"
              "各乡镇\t补贴人员花名册\tExcel\t7月10日（星期一）前\n"
              "县财政局\t补贴资金拨付情况\tWord\t7月12日（星期三）前\n"
              "{group}\t培训学员花名册\tExcel\t7月7日前报县就业服务中心\n")


def test_a_row_of_a_group_named_by_its_line_of_work_is_theirs(tmp_path):
    for group in ("各职业培训机构", "各民办养老机构", "各驻县单位"):
        d = draft(tmp_path, GROUP_ROWS.format(group=group), f"各乡镇人民政府，县财政局，{group}")
        assert [r.title for r in d.requirements] == ["补贴人员花名册", "补贴资金拨付情况"], group
        assert any(f"名册外单位“{group}”" in line for line in d.unsettled), group


def test_a_row_of_a_group_off_the_salutation_is_theirs_too(tmp_path):
    d = draft(tmp_path, GROUP_ROWS.format(group="各技工培训机构"), "各乡镇人民政府，县财政局")
    assert [r.title for r in d.requirements] == ["补贴人员花名册", "补贴资金拨付情况"]


def test_near_miss_a_row_of_a_group_named_by_its_part_in_the_work_stays_a_requirement(tmp_path):
    for group in ("各成员单位", "各责任单位", "各有关单位"):
        d = draft(tmp_path, GROUP_ROWS.format(group=group), "各乡镇人民政府，县财政局，县直各部门")
        assert [r.title for r in d.requirements] == ["补贴人员花名册", "补贴资金拨付情况", "培训学员花名册"], group


# ---------------------------------------------------------------- 2471: 县气象局 | 降雪预报另行通报，本次不报送 | — | —


LET_OFF_ROWS = ("二、材料报送\n请各单位按下表报送。\n单位\t材料\t格式\t时间\n"
                "县直各部门\t职工技能培训统计表\tExcel\t7月10日（星期一）前\n"
                "县融媒体中心\t技能竞赛宣传短视频\tMP4\t7月14日（星期五）前\n"
                "县气象局\t{cells}\n")


def test_an_institution_let_off_in_its_row_after_the_reason_is_no_department_of_it(tmp_path):
    d = draft(tmp_path, LET_OFF_ROWS.format(cells="职工培训已纳入系统统计，本次不报送\t—\t—"),
              "县直各部门，县融媒体中心，县气象局")
    depts = next(r for r in d.requirements if r.title == "职工技能培训统计表")
    assert "县气象局" not in depts.units and "县财政局" in depts.units
    assert any("表中本次不报送的县气象局" in line for line in d.unsettled)


def test_near_miss_an_institution_asked_in_its_row_sends_its_own_paper(tmp_path):
    d = draft(tmp_path, LET_OFF_ROWS.format(cells="气象服务保障情况\tWord\t7月12日（星期三）前"),
              "县直各部门，县融媒体中心，县气象局")
    assert [r.units for r in d.requirements if r.title == "气象服务保障情况"] == [["县气象局"]]
    depts = next(r for r in d.requirements if r.title == "职工技能培训统计表")
    assert "县气象局" not in depts.units and "县财政局" in depts.units
