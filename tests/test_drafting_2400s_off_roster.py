"""What held-out notices 2387, 2409, 2416 and 2417 showed the drafter missing with bodies off the roster (fixed on branch
h-fixn120c), on notice texts written for these tests, each with a near miss that must not change: a table row whose unit
cell is one county body no roster lists (县人武部, 县人民医院) is that body's (2409, 2417); 各承保机构 addressed are
insurers, off the roster, and their own item theirs (2387); a sentence saying its material does not go to the notice's
mailbox (…，由县人武部转交，不向本邮箱报送) is no requirement (2416)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text

from collector.roster import builtin_roster
from test_drafting import part_shapes

TOWNS = set(builtin_roster().names(["town", "township"]))


def draft(tmp_path, body: str, addressee: str = "各乡镇人民政府，县教育局，县民政局"):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县退役军人事务局", "关于做好2861年度优抚对象信息核查工作的通知", addressee, body, "2861年9月7日",
        opening="为做好优抚对象信息核查工作，现将有关事项通知如下：",
        mailbox="jctyjrj_yfhc2861@163.com",
        contact="褒扬优抚股 陈永刚，电话：0429-7901234"))


# ---------------------------------------------------------------- 2409, 2417: 县人武部 | 名单 | Excel | 9月14日前


ROWS = ("二、报送材料及时间\n单位\t报送材料\t格式\t截止时间\n"
        "各乡镇\t优抚对象信息核查表\tExcel\t9月19日（星期一）\n"
        "{unit}\t优抚对象名单\tExcel\t9月14日前{whither}\n"
        "县教育局\t优抚对象子女教育优待情况\tWord\t9月28日（星期三）\n")


def test_a_row_of_a_county_body_off_the_roster_is_that_bodys(tmp_path):
    d = draft(tmp_path, ROWS.format(unit="县人武部", whither="（报市军分区）"))
    towns, education = d.requirements
    assert set(towns.units) == TOWNS and part_shapes(towns) == ["sheet"]
    assert education.units == ["县教育局"]
    assert any("县人武部" in line and "名册外" in line for line in d.unsettled)
    towns, education = draft(tmp_path, ROWS.format(unit="县人民医院", whither="")).requirements
    assert education.units == ["县教育局"]


def test_near_miss_a_row_of_a_roster_unit_named_with_its_bureau_word_stays_its(tmp_path):
    _, civil, _ = draft(tmp_path, ROWS.format(unit="县民政局", whither="")).requirements
    assert civil.units == ["县民政局"] and part_shapes(civil) == ["sheet"]


# ---------------------------------------------------------------- 2387: 各承保机构于8月12日前将…清单报县财政局


INSURERS = ("一、各承保机构于8月12日前将理赔案件清单报县财政局。\n"
            "二、各乡镇于8月19日（星期五）前报送理赔核查表（Excel格式）。")


def test_the_underwriters_addressed_are_off_the_roster_and_their_item_theirs(tmp_path):
    d = draft(tmp_path, INSURERS, addressee="各乡镇人民政府，县民政局，各承保机构")
    (towns,) = d.requirements
    assert set(towns.units) == TOWNS
    assert any("各承保机构" in line and "名册外" in line for line in d.unsettled)


def test_near_miss_a_towns_item_naming_the_underwriters_stays_the_towns(tmp_path):
    d = draft(tmp_path, "一、各乡镇会同各承保机构于8月12日前报送理赔案件清单（Excel格式）。",
              addressee="各乡镇人民政府，各承保机构")
    (towns,) = d.requirements
    assert set(towns.units) == TOWNS


# ---------------------------------------------------------------- 2416: …，由县人武部转交，不向本邮箱报送


def test_a_material_said_not_to_go_to_the_mailbox_is_no_requirement(tmp_path):
    d = draft(tmp_path, "（一）各乡镇于3月16日（星期一）前报送随军家属就业意愿摸底表（Excel格式）。\n"
                        "（二）县民政局于3月18日前提供随军家属名册，由县人武部转交，不向本邮箱报送。")
    (towns,) = d.requirements
    assert set(towns.units) == TOWNS
    assert any("3月18日" in line and "不报送本单位" in line for line in d.unsettled)


def test_near_miss_the_original_kept_from_the_mailbox_its_scan_mailed_stays_a_requirement(tmp_path):
    _, civil = draft(tmp_path, "（一）各乡镇于3月16日（星期一）前报送随军家属就业意愿摸底表（Excel格式）。\n"
                               "（二）县民政局于3月18日前提供随军家属名册，原件不向本邮箱报送，扫描件发送至本邮箱。").requirements
    assert civil.units == ["县民政局"]


# ---------------------------------------------------------------- 2415: 各中小学 | 推荐表 | Word | 8月12日前 (the lead)


def test_a_row_of_a_group_of_bodies_off_the_roster_is_theirs(tmp_path):
    d = draft(tmp_path, ROWS.format(unit="各中小学", whither="（报县教育局人事股）"))
    towns, education = d.requirements
    assert set(towns.units) == TOWNS and education.units == ["县教育局"]
    assert any("各中小学" in line and "名册外" in line for line in d.unsettled)


def test_near_miss_a_row_of_the_towns_or_the_departments_stays_theirs(tmp_path):
    for unit, kind in (("各乡镇", TOWNS), ("各乡", None), ("县直各部门", None)):
        rows = draft(tmp_path, ROWS.format(unit=unit, whither="")).requirements
        assert len(rows) == 3, unit  # 9月14日 the group's own requirement
        if kind:
            assert set(rows[1].units) == kind
