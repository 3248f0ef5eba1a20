"""Who sends, two shapes the lead's probes (g1, g6, g7; g2, d3) showed the drafter missing (fixed on branch h-fixp178d), on
notice texts written for these tests, with near misses that must not change: a label's list of who takes part holding a
group word beside bureaus (`二、参加单位：各乡镇，县教育局、县住建局…` then `请各参加单位于…`) asks every town and township
addressed as well as the bureaus, not the bureaus alone (unit_refs.groups_on_the_label); a fuller salutation opening the
body under the addressee line (`各乡镇人民政府，县直有关部门：` over `各乡镇人民政府，县工信局、县农业农村局…：`) spells out
the undecided word: it means the units that salutation names of its kind (addressed.undecided_spelled_out_below)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text
from test_drafting import part_shape

from collector.roster import builtin_roster

ROSTER = builtin_roster()
TOWNS = sorted(ROSTER.names(("town", "township")))
FOUR = ["县教育局", "县住建局", "县市场局", "县综合执法局"]


def units_of(d) -> list[list[str]]:
    return [sorted(r.units) for r in d.requirements]


# ---------------------------------------------------------------- g1: 参加单位：各乡镇，县教育局… over 请各参加单位于…


def taking_part(tmp_path, listed: str, addressee: str = "各乡镇人民政府，县直有关单位", label: str = "参加单位",
                ask: str = "请各参加单位于5月8日前将活动开展情况总结（附3至5张照片）报送县爱卫办。"):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县卫生健康局", "关于开展3027年度爱国卫生月活动的通知", addressee,
        f"一、活动时间：4月1日至4月30日。\n二、{label}：{listed}。\n三、有关要求：{ask}", "3027年3月25日",
        opening="4月是第39个爱国卫生月。为深入开展爱国卫生运动，现将有关事项通知如下：",
        mailbox="jcws_awy@163.com", contact="李梅，电话：0429-7221234"))


def test_a_group_word_on_the_label_asks_every_town_too(tmp_path):
    d = taking_part(tmp_path, "各乡镇，县教育局、县住建局、县市场局、县综合执法局")
    (r,) = d.requirements
    assert sorted(r.units) == sorted(TOWNS + FOUR)
    assert sorted(map(part_shape, r.parts)) == ["document", "photo"]


def test_variant_canyu_the_group_last_and_the_bureaus_addressed_by_name(tmp_path):
    d = taking_part(tmp_path, "县教育局、县住建局、县市场局、县综合执法局，各乡镇人民政府",
                    addressee="各乡镇人民政府，县教育局、县住建局、县市场局、县综合执法局", label="参与单位",
                    ask="请各参与单位于6月12日前将活动总结（Word格式）发送至邮箱。")
    assert units_of(d) == [sorted(TOWNS + FOUR)]


def test_variant_departments_as_the_group_beside_three_towns(tmp_path):
    d = taking_part(tmp_path, "县直各部门，建昌镇、八家子镇、喇嘛洞镇", addressee="各乡镇人民政府，县直各部门")
    (units,) = units_of(d)
    departments = sorted(ROSTER.names(("department",)))
    assert sorted(u for u in units if u in TOWNS) == sorted(["建昌镇", "八家子镇", "喇嘛洞镇"])
    assert sorted(u for u in units if u not in TOWNS) == departments


def test_near_miss_a_label_of_bureaus_alone_keeps_the_bureaus(tmp_path):
    d = taking_part(tmp_path, "县教育局、县住建局、县市场局、县综合执法局")
    assert units_of(d) == [sorted(FOUR)]


def test_near_miss_towns_helping_on_the_label_are_not_asked(tmp_path):
    d = taking_part(tmp_path, "县教育局、县住建局、县市场局、县综合执法局，各乡镇配合")
    assert units_of(d) == [sorted(FOUR)]


# ---------------------------------------------------------------- g2: a second salutation right under the addressee line


def saluted(tmp_path, second: str, body: str, addressee: str = "各乡镇人民政府，县直有关部门"):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县发展和改革局", "关于报送3027年重点项目谋划储备情况的通知", addressee, f"{second}\n{body}", "3027年2月14日",
        mailbox="jcfg_xm@163.com", contact="张伟 0429-7320000"))


FIVE = ["县工信局", "县农业农村局", "县水利局", "县交通局", "县文旅局"]
ASK = ("为做好3027年重点项目谋划储备工作，请你们认真梳理本地区、本行业拟谋划项目，填写《重点项目储备表》（Excel格式），"
       "于2月28日前报送县发改局。")


def test_the_opening_salutation_spells_out_the_undecided_addressee(tmp_path):
    d = saluted(tmp_path, "各乡镇人民政府，县工信局、县农业农村局、县水利局、县交通局、县文旅局：", ASK)
    assert units_of(d) == [sorted(TOWNS + FIVE)]
    assert not any("无法确定具体单位" in line for line in d.unsettled)
    assert any(line.startswith("主送“县直有关部门”读作正文开头称呼所列的") for line in d.unsettled)


def test_variant_a_bare_ask_other_bureaus_full_names(tmp_path):
    d = saluted(tmp_path, "各乡镇人民政府，建昌县教育局、建昌县民政局：",
                "请于3月10日前将本单位养老服务设施情况统计表（Excel格式）报送县发改局。", addressee="各乡镇人民政府，县直有关单位")
    assert units_of(d) == [sorted(TOWNS + ["县教育局", "县民政局"])]


def test_variant_every_relevant_unit_a_town_among_them(tmp_path):
    d = saluted(tmp_path, "县教育局、县民政局，建昌镇人民政府：",
                "请于3月10日前将项目谋划情况说明（Word格式）报送县发改局。", addressee="各有关单位")
    assert units_of(d) == [sorted(["县教育局", "县民政局", "建昌镇"])]


def test_variant_towns_in_brackets(tmp_path):
    d = saluted(tmp_path, "各乡（镇）人民政府，县工信局、县水利局：", ASK)
    assert units_of(d) == [sorted(TOWNS + ["县工信局", "县水利局"])]


def test_near_miss_a_label_opening_the_body_leaves_the_word_to_choose(tmp_path):
    d = saluted(tmp_path, "报送要求：", "请于2月28日前将《重点项目储备表》（Excel格式）报送县发改局。")
    assert units_of(d) == [TOWNS]
    assert "主送“县直有关部门”无法确定具体单位，请选择" in d.unsettled


def test_near_miss_a_heading_opening_the_body_leaves_the_word_to_choose(tmp_path):
    d = saluted(tmp_path, "一、工作要求：", "请于2月28日前将《重点项目储备表》（Excel格式）报送县发改局。")
    assert units_of(d) == [TOWNS]
    assert "主送“县直有关部门”无法确定具体单位，请选择" in d.unsettled
