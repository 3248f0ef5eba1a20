"""What held-out notices 1680–1699 showed the drafter missing (the share of branch h-fixn84a), on notice texts written
for these tests, each with a near miss that must not fire: units let off in a later paragraph by a section's number
(1689, 1696, 1697), by a count pointing back at the clauses before (1680, 1692), of their own paper or 本表 (1687, 1692);
items pointed back at as 所列全部三项材料 (1680) or 上述两项材料 (1689); an item of the list a sentence leaves out (1680);
a bureau checking the towns' results (1697)."""

from __future__ import annotations

from collector.drafting import draft_campaign
from collector.roster import builtin_roster

ROSTER = builtin_roster()
TOWNS = sorted(ROSTER.names(["town", "township"]))
DEPARTMENTS = sorted(ROSTER.names(["department", "institution"]))


def draft(body: str, salutation: str = "各乡镇人民政府：", tail: str = ""):
    text = (f"关于开展2452年秸秆综合利用情况调查的通知\n{salutation}\n{body}\n邮箱：jcjgly_ban@163.com\n"
            f"联系人：綦晓东  联系电话：0429-7719034\n\n建昌县秸秆综合利用办公室\n2452年9月1日\n{tail}")
    return draft_campaign(text, ROSTER)


def kinds(r) -> list[str]:
    return sorted(p["kind"] + ("/" + p["formats"][0] if p.get("formats") else "") for p in r.parts)


# ---------------------------------------------------------------- 1689, 1696, 1697: 不报送第二项材料, a section later


SECTIONS = ("一、各乡镇于9月12日（星期五）前报送秸秆收储点台账（Excel格式）。\n"
            "二、各乡镇于9月26日（星期五）前报送秸秆还田工作总结（Word格式）。\n"
            "三、雷家店乡、巴什罕乡本年度无还田任务，本次不报送第{n}项材料。")


def test_a_let_off_naming_a_section_by_its_number_takes_the_units_out_of_that_section():
    ledger, summary = draft(SECTIONS.format(n="二")).requirements
    assert sorted(ledger.units) == TOWNS
    assert sorted(summary.units) == sorted(set(TOWNS) - {"雷家店乡", "巴什罕乡"})


def test_a_let_off_naming_a_section_the_notice_has_not_takes_nobody_out():
    """Near miss: 第五项, and the notice has no 五、: neither requirement loses a town."""
    ledger, summary = draft(SECTIONS.format(n="五")).requirements
    assert sorted(ledger.units) == TOWNS and sorted(summary.units) == TOWNS


# ---------------------------------------------------------------- 1680, 1692: A…，B…，上述两单位不报送…


COUNTED_BACK = ("一、县直各单位于9月12日（星期五）前报送本单位秸秆利用台账（Excel格式）。\n"
                "二、县农业农村局为本次调查牵头单位，县林草局台账已由市林草局统一汇总，上述{n}单位不报送本单位秸秆利用台账。")


def test_units_counted_back_are_the_units_the_clauses_before_open_with():
    (ledger,) = draft(COUNTED_BACK.format(n="两"), "县直各单位：").requirements
    assert "县农业农村局" not in ledger.units and "县林草局" not in ledger.units
    assert len(ledger.units) == len(DEPARTMENTS) - 2


def test_units_counted_back_by_a_wrong_count_are_not_all_taken():
    """Near miss: 上述三单位 and two units named before: the count is not theirs, 县林草局 (not opening the sentence)
    stays."""
    (ledger,) = draft(COUNTED_BACK.format(n="三"), "县直各单位：").requirements
    assert "县林草局" in ledger.units


# ---------------------------------------------------------------- 1687, 1692: 不报送本表, 不报送本单位…表


OWN_PAPER = "一、县直各单位于9月12日（星期五）前报送本单位秸秆利用台账（Excel格式）。{excusal}\n"


def test_a_co_issuer_not_sending_this_table_is_let_off():
    (ledger,) = draft(OWN_PAPER.format(excusal="县发改局作为联合发文单位，不报送本表。"), "县直各单位：").requirements
    assert "县发改局" not in ledger.units and len(ledger.units) == len(DEPARTMENTS) - 1


def test_a_unit_not_sending_its_own_paper_is_let_off():
    (ledger,) = draft(OWN_PAPER.format(excusal="县税务局数据已由系统推送，不报送本单位秸秆利用台账。"),
                      "县直各单位：").requirements
    assert "县税务局" not in ledger.units


def test_not_sending_ones_own_paper_as_a_condition_lets_nobody_off():
    """Near miss: 不报送本单位台账的，予以通报 is what befalls a late unit, not a let-off."""
    (ledger,) = draft(OWN_PAPER.format(excusal="县税务局等单位不报送本单位秸秆利用台账的，将予以通报。"),
                      "县直各单位：").requirements
    assert "县税务局" in ledger.units and len(ledger.units) == len(DEPARTMENTS)


def test_a_co_issuer_asked_to_send_this_table_is_kept():
    """Near miss: 县发改局…请一并报送本表: no let-off."""
    (ledger,) = draft(OWN_PAPER.format(excusal="县发改局作为联合发文单位，请一并报送本表。"), "县直各单位：").requirements
    assert "县发改局" in ledger.units


# ---------------------------------------------------------------- 1680: 第一部分所列全部三项材料, and the item left out


LIST = ("一、报送内容\n（一）秸秆利用工作报告（Word格式）；\n（二）秸秆利用情况统计表（Excel格式）；\n"
        "（三）经主要负责同志签批的报告审核单（加盖公章后扫描为PDF）。\n二、报送要求\n"
        "（一）各乡镇于9月12日（星期五）前报送第一部分第（一）（二）项材料。\n"
        "（二）县直各单位于9月26日（星期五）前报送第一部分所列全部{n}项材料。")


def test_all_the_items_of_a_section_counted_are_written_out():
    towns, departments = draft(LIST.format(n="三"), "各乡镇人民政府，县直各单位：").requirements
    assert kinds(departments) == ["document/docx", "document/pdf", "document/xlsx"]


def test_a_count_the_section_has_not_leaves_the_words_as_written():
    """Near miss: 全部四项 under a section of three items: not written out, no scan read."""
    towns, departments = draft(LIST.format(n="四"), "各乡镇人民政府，县直各单位：").requirements
    assert "document/pdf" not in kinds(departments)


def test_an_item_the_sentence_leaves_out_lends_it_no_form():
    """(一) chooses items (一)(二) word for word: the scan of item (三), just above the heading, is not the towns'."""
    towns, _ = draft(LIST.format(n="三"), "各乡镇人民政府，县直各单位：").requirements
    assert kinds(towns) == ["document/docx", "document/xlsx"]


def test_an_item_the_sentence_names_lends_it_its_form():
    """Near miss: the towns choose all three items: the scan is theirs too."""
    text = LIST.format(n="三").replace("第一部分第（一）（二）项材料", "第一部分第（一）至（三）项材料")
    towns, _ = draft(text, "各乡镇人民政府，县直各单位：").requirements
    assert "document/pdf" in kinds(towns)


# ---------------------------------------------------------------- 1689: 上述两项材料, the formed clauses of the sentence above


ABOVE = ("一、请各乡镇梳理辖区秸秆收储点名单，填写《秸秆收储点情况表》（Excel格式），并编制秸秆利用实施方案（Word格式）。\n"
         "二、请各乡镇于9月12日（星期五）前将上述{n}项材料发送至邮箱。")


def test_materials_counted_back_are_the_clauses_above_saying_their_form():
    (r,) = draft(ABOVE.format(n="两")).requirements
    assert kinds(r) == ["document/docx", "document/xlsx"]


def test_materials_counted_back_by_a_wrong_count_are_not_read_from_the_clauses():
    """Near miss: 上述三项材料 and two clauses saying a form: not those two."""
    (r,) = draft(ABOVE.format(n="三")).requirements
    assert kinds(r) != ["document/docx", "document/xlsx"]


# ---------------------------------------------------------------- 1697: 县交通局汇总审核各乡镇核实结果


CHECKS = ("一、各乡镇于9月12日（星期五）前报送秸秆收储点台账（Excel格式）。\n"
          "二、{who}于9月26日（星期五）前报送全县秸秆利用报告（Word格式）。")


def test_a_bureau_checking_the_towns_results_sends_alone():
    ledger, report = draft(CHECKS.format(who="县农业农村局汇总审核各乡镇台账"), "各乡镇人民政府，县农业农村局：").requirements
    assert report.units == ["县农业农村局"]


def test_a_bureau_and_the_towns_sending_together_both_send():
    """Near miss: 县农业农村局和各乡镇: the towns send too."""
    ledger, report = draft(CHECKS.format(who="县农业农村局和各乡镇"), "各乡镇人民政府，县农业农村局：").requirements
    assert "县农业农村局" in report.units and set(TOWNS) <= set(report.units)


# ---------------------------------------------------------------- 1680: 已按…部署通过…平台报送, a thing done before


PLATFORM = "一、县直各单位于9月12日（星期五）前报送本单位秸秆利用台账（Excel格式）。\n二、{said}\n"


def test_a_unit_that_has_sent_by_the_platform_already_is_let_off():
    (ledger,) = draft(PLATFORM.format(said="县林草局已按市林草局统一部署通过省级平台报送台账，本次无需报送第一项材料。"),
                      "县直各单位：").requirements
    assert "县林草局" not in ledger.units


def test_a_unit_told_to_enter_the_platform_still_sends_the_rest():
    """Near miss: 县林草局须按…通过平台填报, the entry not mailed: it is not let off the ledger."""
    (ledger,) = draft(PLATFORM.format(said="县林草局须按市林草局统一部署通过省级平台填报台账（平台填报数据无需另行报送）。"),
                      "县直各单位：").requirements
    assert "县林草局" in ledger.units
