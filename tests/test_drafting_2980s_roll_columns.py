"""What held-out notice 2987 showed the drafter missing (fixed on branch h-fixn149a), on notice texts written for these
tests, with a near miss that must not change: a clause of its own saying what a roll (名册) or a table holds
(`…回访名册（Excel格式），名册须列明信访人、联系方式、办理结果和承办人`, `表中应包括…`) names its columns, no typed field
of names and phones beside the sheet."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text
from test_drafting import part_shape


def shapes(tmp_path, body: str) -> list[list[str]]:
    draft = draft_of_a_file(tmp_path, notice_text(
        "建昌县信访局", "关于开展信访事项群众满意度回访工作的通知", "各乡镇人民政府", body, "2973年7月7日",
        opening="为检验信访事项办理质效，现将有关事项通知如下。", mailbox="jcxfj_myd2973@163.com",
        contact="王丽  联系电话：0429-7813456"))
    return [sorted(map(part_shape, r.parts)) for r in draft.requirements]


# ---------------------------------------------------------------- 2987: 名册须列明信访人、联系方式…


def test_what_the_roll_lists_is_its_columns(tmp_path):
    assert shapes(tmp_path, "各乡镇人民政府于7月19日（星期一）前报送本乡镇第二季度办结信访事项回访名册（Excel格式），"
                            "名册须列明信访人、联系方式、办理结果和承办人。") == [["sheet"]]


def test_variant_what_the_table_includes(tmp_path):
    assert shapes(tmp_path, "各乡镇人民政府于7月19日前填报《信访事项回访登记表》（Excel格式），表中应包括信访人姓名、"
                            "联系电话、回访结果。") == [["sheet"]]


def test_variant_the_roll_inside_must_record(tmp_path):
    assert shapes(tmp_path, "各乡镇人民政府于7月19日前报送矛盾纠纷当事人名册（Excel格式），名册内须载明当事人姓名、"
                            "手机号码及化解情况。") == [["sheet"]]


def test_near_miss_the_senders_contact_in_prose_is_a_field(tmp_path):
    [asked] = shapes(tmp_path, "各乡镇人民政府于7月19日前报送信访事项回访名册（Excel格式），请填写联系人姓名及电话。")
    assert "field" in asked and "sheet" in asked
