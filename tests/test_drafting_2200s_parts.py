"""What held-out notices 2200–2219 showed the drafter missing in the parts (fixed on branch h-fixn110b), on notice texts
written for these tests, each with a near miss that must not change: a bare 初稿 sent of the material named before it
is that material's draft, one file (2206); materials listed by unit (`（一）各乡镇人民政府：…（Excel格式）`, `（二）县卫健局：…
（PDF扫描件）`) with one date for all (`上述材料请于…前报送`) are one requirement of each item's units, the towns too, and
`其中，县卫健局的材料…请于…前报送` gives that item its own date, in its place (2216)."""

from __future__ import annotations

import datetime as dt

from drafting_helpers import draft_of_a_file, notice_text


def draft(tmp_path, body: str, addressee: str = "各乡镇人民政府，县卫健局、县医保局",
          title: str = "关于开展2741年度医疗救助资金专项检查的通知"):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县民政局", title, addressee, body, "2741年5月20日",
        opening="为做好医疗救助资金专项检查，现将有关事项通知如下：",
        mailbox="jcmzj_yljz2741@163.com",
        contact="吴静  联系电话：0429-7125583"))


def kinds(r) -> list[str]:
    return [p["kind"] + ":" + ",".join(p.get("formats", [])) for p in r.parts]


# ---------------------------------------------------------------- 2206: 起草《…实施方案》，于…前报送初稿（Word格式）


HANDBOOK = ("一、县文旅局负责起草《全县红色旅游发展实施方案》，于6月3日（星期一）前报送初稿（Word格式），经审核修改后，"
            "于6月17日（星期一）前报送盖章定稿扫描件（PDF格式）。")


def test_a_bare_draft_sent_of_the_material_named_before_is_that_material(tmp_path):
    first, final = draft(tmp_path, HANDBOOK, addressee="县文旅局").requirements
    assert len(first.parts) == 1 and "实施方案" in first.parts[0]["title"]
    assert "docx" in first.parts[0]["formats"]
    assert final.due.date() == dt.date(2741, 6, 17) and len(final.parts) == 1


def test_near_miss_a_draft_named_before_the_material_is_no_draft_of_it(tmp_path):
    (r,) = draft(tmp_path, "一、县文旅局于6月3日（星期一）前报送初稿（Word格式）及《全县红色旅游线路统计表》（Excel格式）。",
                 addressee="县文旅局").requirements
    assert len(r.parts) == 2


# ---------------------------------------------------------------- 2216: 一、（一）各乡镇人民政府：… 二、上述材料请于…；其中，…


LISTED_BY_UNIT = ("一、报送材料\n（一）各乡镇人民政府：农村医疗救助对象花名册（Excel格式）。各村卫生室不单独报送，由所在乡镇一并汇总。\n"
                  "（二）县卫健局：医疗救助政策调整文件（PDF扫描件）。\n"
                  "（三）县医保局：医疗救助资金结算明细（Excel格式）。\n"
                  "二、报送时间\n上述材料请于6月14日（星期五）前报送县民政局社会救助股{rest}\n"
                  "三、有关要求\n各单位要对所报材料的真实性负责。")
EARLIER = "；其中，县卫健局的材料因需先行审阅，请于6月7日（星期五）下午4时前报送。"


def test_materials_listed_by_unit_are_each_items_units_the_towns_too(tmp_path):
    requirements = draft(tmp_path, LISTED_BY_UNIT.format(rest="。")).requirements
    towns = [r for r in requirements if "建昌镇" in r.units]
    assert len(towns) == 1 and len(towns[0].units) == 28 and kinds(towns[0])[0].startswith("document:xlsx")
    assert [r.units for r in requirements if r is not towns[0]] == [["县卫健局"], ["县医保局"]]


def test_their_materials_by_a_date_of_their_own_are_that_items_alone(tmp_path):
    towns, health, insurance = draft(tmp_path, LISTED_BY_UNIT.format(rest=EARLIER)).requirements
    assert towns.due == insurance.due and towns.due.date() == dt.date(2741, 6, 14) and "县卫健局" not in towns.units
    assert health.units == ["县卫健局"] and health.due.replace(tzinfo=None) == dt.datetime(2741, 6, 7, 16, 0)
    assert kinds(health) == ["document:pdf"]
    assert insurance.units == ["县医保局"]


def test_their_materials_dated_in_the_next_sentence_are_that_items_alone(tmp_path):
    towns, health, insurance = draft(tmp_path, LISTED_BY_UNIT.format(rest="。" + EARLIER[1:])).requirements
    assert health.units == ["县卫健局"] and health.due.date() == dt.date(2741, 6, 7)
    assert towns.due.date() == insurance.due.date() == dt.date(2741, 6, 14)


def test_near_miss_their_materials_with_no_date_of_their_own_keep_the_one_date(tmp_path):
    requirements = draft(tmp_path, LISTED_BY_UNIT.format(rest="；其中，县卫健局的材料须加盖单位公章。")).requirements
    assert all(r.due.date() == dt.date(2741, 6, 14) for r in requirements)
    assert any("县卫健局" in r.units for r in requirements)


def test_near_miss_a_date_sentence_naming_its_own_material_is_one_requirement(tmp_path):
    body = LISTED_BY_UNIT.replace("上述材料请于6月14日（星期五）前报送县民政局社会救助股{rest}",
                                  "请各单位于6月14日（星期五）前将自查报告（Word格式）报送县民政局社会救助股。")
    (r,) = draft(tmp_path, body).requirements
    assert "建昌镇" in r.units and "县卫健局" in r.units and "县医保局" in r.units


def test_near_miss_a_units_item_naming_no_material_keeps_the_list_one_requirement(tmp_path):
    body = LISTED_BY_UNIT.format(rest="。").replace("医疗救助资金结算明细（Excel格式）", "医疗救助资金结算情况核实意见")
    requirements = draft(tmp_path, body).requirements
    assert len(requirements) == 1 and "县医保局" in requirements[0].units and "建昌镇" in requirements[0].units
