"""What held-out notice 2896 showed the drafter missing (fixed on branch h-fixn144d): clauses pairing each unit with
its own paper (`建昌县农业农村局请提供…统计表（Excel格式），建昌县水利局请提供…数据表（Excel格式）`) and a date said of the
papers together (`两项数据请于5月19日…前发送至…`) are one requirement a unit, each with its own paper, on the same day.
A date that goes on the units' ask (`…，于5月19日前发送`, 1394) stays one requirement of both, a sheet each, and so does
`分别将X、Y（均为Excel格式）` (no pairing said, 2828)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text
from test_drafting import part_shape


def draft(tmp_path, body: str):
    return draft_of_a_file(tmp_path, notice_text(
        "葫芦岛市生态环境局建昌分局", "关于开展农业面源污染调查评估工作的通知", "建昌县农业农村局、建昌县水利局",
        body, "2988年5月12日", opening="现将有关要求通知如下。", mailbox="jcfj_nymy2988@163.com",
        contact="闫丽娜  电话：0429-7641183"))


def shapes(tmp_path, body: str) -> list[tuple[list[str], list[str]]]:
    return sorted((sorted(r.units), [part_shape(p) for p in r.parts]) for r in draft(tmp_path, body).requirements)


def test_each_unit_asked_its_own_paper_then_the_papers_dated_is_a_requirement_each(tmp_path):
    assert shapes(tmp_path, "建昌县农业农村局请提供全县主要农作物农药施用量统计表（Excel格式），建昌县水利局请提供辖区主要河流"
                            "断面水质监测数据表（Excel格式），两项数据请于5月19日下午4点前发送至邮箱。") \
        == [(["县农业农村局"], ["sheet"]), (["县水利局"], ["sheet"])]


def test_variant_other_verbs_and_the_papers_dated_as_the_tables_above(tmp_path):
    assert shapes(tmp_path, "县农业农村局须报送化肥施用量统计表（Excel格式）；县水利局须报送水质监测台账（Excel格式）；"
                            "以上两张表均于5月19日17时前发送至邮箱。") \
        == [(["县农业农村局"], ["sheet"]), (["县水利局"], ["sheet"])]


def test_variant_a_document_and_a_sheet_dated_as_the_materials(tmp_path):
    assert shapes(tmp_path, "县农业农村局请提供面源污染防治工作总结（Word格式），县水利局请提供水质监测数据表（Excel格式），"
                            "上述材料请于5月19日前发送至邮箱。") \
        == [(["县农业农村局"], ["document"]), (["县水利局"], ["sheet"])]


def test_near_miss_the_date_going_on_the_units_ask_stays_one_requirement(tmp_path):
    assert shapes(tmp_path, "县农业农村局提供化肥施用量统计表（Excel格式），县水利局提供水质监测数据表（Excel格式），"
                            "于5月19日前发送至邮箱。") == [(["县农业农村局", "县水利局"], ["sheet"])]


def test_near_miss_both_papers_of_both_units_said_respectively_stays_one_requirement(tmp_path):
    assert len(shapes(tmp_path, "县农业农村局、县水利局请于5月19日前，分别将化肥施用量统计表、水质监测数据表（均为Excel格式）"
                                "发送至邮箱。两项数据请按时报送。")) == 1
