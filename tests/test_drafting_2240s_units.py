"""What held-out notices 2240–2259 showed the drafter missing in the units (fixed on branch h-fixn112a), on notice texts
written for these tests, each with a near miss that must not change: an audit office's `县X局于…前提供…（Excel格式）`
with its address given only as where the things go (`请将资料发送至…@163.com`, no `邮箱：` label) is sent there (2247); a let-off in a bracket after a group (`各乡镇（要路沟乡、黑山科乡…，无需报送）`) lets off the units it
names, not the group (2253)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text


def audit(tmp_path, items: str, closing: str = "请将资料发送至jcsj_gc2741@163.com。"):
    text = ("建昌县审计局\n关于开展2741年农村公路建设资金审计调查的通知\n\n县交通局、县财政局：\n"
            f"现将需提供的资料通知如下：\n{items}\n审计组将于5月30日前进点。{closing}\n联系人：李明，联系电话：7870011\n\n"
            "建昌县审计局\n2741年4月21日\n")
    return draft_of_a_file(tmp_path, text)


# ---------------------------------------------------------------- 2247: 提供…（Excel格式）… 请将资料发送至…@163.com


ITEMS = ("一、县交通局于5月8日（星期四）前，提供农村公路项目台账（Excel格式）。\n"
         "二、县财政局于5月12日（星期一）上午十时前，{what}。")


def test_files_provided_are_sent_to_the_address_the_things_are_sent_to(tmp_path):
    roads, finance = audit(tmp_path, ITEMS.format(what="提供公路资金拨付明细表（Excel格式）")).requirements
    assert roads.units == ["县交通局"] and finance.units == ["县财政局"]
    assert str(finance.due).startswith("2741-05-12")


def test_near_miss_a_file_provided_to_another_unit_is_no_requirement(tmp_path):
    drafted = audit(tmp_path, ITEMS.format(what="将公路资金拨付明细表（Excel格式）提供给县交通局")).requirements
    assert not any("县财政局" in r.units for r in drafted)


# ---------------------------------------------------------------- 2253: 各乡镇（牤牛营子乡、石佛乡无设施大棚，无需报送）


def livestock(tmp_path, body: str):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县农业农村局", "关于开展2742年养殖场防疫排查的通知", "各乡镇人民政府", body, "2742年3月2日",
        opening="现将有关事项通知如下：", mailbox="jcnyj_fy2742@163.com", contact="周平  联系电话：0429-7935501"))


ASK = "请各乡镇{bracket}于3月16日（星期一）前报送养殖场防疫排查表（Excel格式）。"


def test_a_let_off_in_a_bracket_after_a_group_lets_off_only_the_units_it_names(tmp_path):
    (r,) = livestock(tmp_path, ASK.format(bracket="（要路沟乡、黑山科乡无规模养殖场，无需报送）")).requirements
    assert "建昌镇" in r.units and "娘娘庙乡" in r.units
    assert "要路沟乡" not in r.units and "黑山科乡" not in r.units


def test_near_miss_the_let_off_said_outside_a_bracket_is_read_as_before(tmp_path):
    (r,) = livestock(tmp_path, ASK.format(bracket="") + "\n要路沟乡、黑山科乡无规模养殖场，无需报送。").requirements
    assert "建昌镇" in r.units and "要路沟乡" not in r.units and "黑山科乡" not in r.units
