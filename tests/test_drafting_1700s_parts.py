"""What held-out notices 1700–1719 showed the drafter missing (the share of branch h-fixn85c), on notice texts written
for these tests, each with a near miss that must not fire: a mailbox written as an account name with its webmail in
brackets (1714); a paper with its stamp before its PDF scan (1710); a 回执 named only in an item's heading beside
particulars typed in the mail, and things named as a section lists them (1712); units let off by a 均 clause from 上述材料 (1716); a
self-check table named from 自查情况, and a Word copy with its stamped scan attached in its bracket (1705)."""

from __future__ import annotations

from collector.drafting import draft_campaign
from collector.roster import builtin_roster

ROSTER = builtin_roster()
TOWNS = sorted(ROSTER.names(["town", "township"]))
DEPARTMENTS = sorted(ROSTER.names(["department", "institution"]))
MAILBOX = "邮箱：jcqxsl_ban@163.com\n"


def draft(body: str, salutation: str = "各乡镇人民政府：", mailbox: str = MAILBOX, tail: str = ""):
    text = (f"关于开展2461年农田灌溉设施情况调查的通知\n{salutation}\n{body}\n{mailbox}"
            f"联系人：邬建平  联系电话：0429-7713528\n\n建昌县农田水利建设办公室\n2461年9月1日\n{tail}")
    return draft_campaign(text, ROSTER)


def kinds(r) -> list[str]:
    return sorted(p["kind"] + ("/" + p["formats"][0] if p.get("formats") else "") for p in r.parts)


ONE = "一、各乡镇于9月12日（星期三）前报送灌溉设施台账（Excel格式）。\n"


# ---------------------------------------------------------------- 1714: 电子邮箱：jcnyyc2514（163邮箱）


def test_an_account_name_with_its_webmail_in_brackets_is_that_webmails_address():
    campaign = draft(ONE, mailbox="电子邮箱：jcgg_tj2461（126邮箱）\n")
    assert campaign.addresses == ["jcgg_tj2461@126.com"]


def test_a_number_with_a_webmail_in_brackets_under_another_label_is_no_address():
    """Near miss: 联系电话：13904291234（163邮箱同号）: a phone number, not labelled a mailbox, is no account."""
    campaign = draft(ONE, mailbox="联系电话：13904291234（163邮箱）\n")
    assert campaign.addresses == []


# ---------------------------------------------------------------- 1710: 抽检报告加盖公章的PDF扫描件


def test_a_paper_followed_by_its_stamp_and_pdf_scan_is_sent_as_that_scan_only():
    (r,) = draft("一、县水利局于9月12日（星期三）前报送灌溉设施台账（Excel格式）及验收报告加盖公章的PDF扫描件。",
                 "县水利局：").requirements
    assert kinds(r) == ["document/pdf", "document/xlsx"]


def test_a_stamped_scan_joined_after_a_word_paper_keeps_the_word_copy():
    """Near miss: 验收报告（Word版）及加盖公章的PDF扫描件: the scan is beside the Word copy, not instead of it."""
    (r,) = draft("一、县水利局于9月12日（星期三）前报送验收报告（Word版）及加盖公章的PDF扫描件。", "县水利局：").requirements
    assert kinds(r) == ["document/docx", "document/pdf"]


# ---------------------------------------------------------------- 1712: 一、活动回执。…直接在邮件正文中填写报送


def test_a_receipt_named_only_in_the_items_heading_is_no_file_beside_the_typed_particulars():
    (r,) = draft("一、参会回执。各乡镇于9月12日（星期三）前将联络员姓名、职务、联系电话直接在邮件正文中填写报送。").requirements
    assert kinds(r) == ["field"]


def test_a_receipt_the_sending_clause_names_stays_a_file():
    """Near miss: 报送参会回执，联络员…直接在邮件正文中填写: the clause that sends names the 回执, it is a file."""
    (r,) = draft("一、各乡镇于9月12日（星期三）前报送参会回执，联络员姓名、职务、联系电话直接在邮件正文中填写。").requirements
    assert kinds(r) == ["document", "field"]


# ---------------------------------------------------------------- 1712: 第二部分所列工作站人员名单及照片


LISTED_IN_A_PART = ("一、管护队伍建设。各乡镇填写灌溉设施管护人员名单（附件1，Excel格式），并拍摄泵站照片。\n"
                    "二、县水利局于9月19日（星期三）前报送灌区续建配套情况（Word版）。\n"
                    "三、县农业农村局配合做好灌区管护，无需报送材料。\n"
                    "四、请各乡镇于9月12日（星期三）前将第{n}部分所列灌溉设施管护人员名单及照片发送至邮箱。")


def test_things_named_as_a_section_lists_them_take_the_format_the_section_gives():
    _, listed = draft(LISTED_IN_A_PART.format(n="一"), "各乡镇人民政府，县水利局、县农业农村局：").requirements
    assert kinds(listed) == ["document/xlsx", "photo"]


def test_things_pointed_at_a_section_that_does_not_name_them_stay_as_written():
    """Near miss: 第三部分所列…名单, and 三 names no 名单: no format is borrowed from 一."""
    _, listed = draft(LISTED_IN_A_PART.format(n="三"), "各乡镇人民政府，县水利局、县农业农村局：").requirements
    assert kinds(listed) == ["document", "photo"]


# ---------------------------------------------------------------- 1716: A…，B…，均无需报送上述材料 (later)


LET_OFF_OF_ALL = ("一、各部门、各直属机构于9月12日（星期三）前报送灌溉设施台账（Excel格式）。\n"
                  "二、各部门、各直属机构于9月19日（星期三）前报送灌区管护目录（附件2，Excel格式）。\n"
                  "三、县融媒体中心已纳入市级统一编目，县档案馆由本办一并编制，{all}无需报送上述材料。\n"
                  "四、县融媒体中心于9月26日（星期三）前报送宣传报道情况（Word版）。")
LET_OFF = {"县融媒体中心", "县档案馆"}


def test_a_let_off_opening_with_jun_lets_off_the_units_of_every_clause_from_all_named_above():
    """均 says it of both clauses' units; 上述材料 reaches the 目录 above though no material word names it."""
    ledger, catalogue, report = draft(LET_OFF_OF_ALL.format(all="均"), "县政府各部门、各直属机构：").requirements
    assert not LET_OFF & set(ledger.units) and not LET_OFF & set(catalogue.units)
    assert len(catalogue.units) == len(DEPARTMENTS) - 2
    assert report.units == ["县融媒体中心"]  # asked after the let-off: not one of 上述材料


def test_a_let_off_without_jun_is_said_of_the_clause_just_before_only():
    """Near miss: …，县档案馆由本办一并编制，无需报送上述材料: 县融媒体中心 of the first clause still sends."""
    ledger, catalogue, _ = draft(LET_OFF_OF_ALL.format(all=""), "县政府各部门、各直属机构：").requirements
    assert "县融媒体中心" in ledger.units and "县融媒体中心" in catalogue.units
    assert "县档案馆" not in ledger.units and "县档案馆" not in catalogue.units


# ---------------------------------------------------------------- 1705: 自查情况统计表; 核查报告（Word版，另附…PDF扫描件）


def test_a_self_check_table_is_one_sheet_not_a_report_beside_it():
    (r,) = draft("一、各乡镇开展自查，于9月12日（星期三）前报送自查情况统计表和问题整改台账（均为Excel格式，两个文件）。").requirements
    assert kinds(r) == ["document/xlsx", "document/xlsx"]


def test_a_self_check_report_joined_to_a_table_stays_a_report():
    """Near miss: 整改情况和统计表: the 和 parts them, the 整改情况 is a document of its own."""
    (r,) = draft("一、各乡镇于9月12日（星期三）前报送整改情况和统计表（Excel格式）。").requirements
    assert kinds(r) == ["document", "document/xlsx"]


DEPARTMENT_TABLE = ("一、有关部门按下表时限报送本部门补贴项目核查报告{bracket}：\n部门\t项目\t报送时限\n"
                    "县水利局\t灌溉补贴\t9月12日（星期三）前\n县林草局\t造林补贴\t9月19日（星期三）前")


def test_a_word_copy_with_its_stamped_scan_attached_in_the_bracket_is_two_files_for_each_row():
    water, forest = draft(DEPARTMENT_TABLE.format(bracket="（Word版，另附加盖公章的PDF扫描件）"),
                          "县水利局、县林草局：").requirements
    assert kinds(water) == kinds(forest) == ["document/docx", "document/pdf"]


def test_a_word_copy_or_its_stamped_scan_is_one_file():
    """Near miss: （Word版，或加盖公章的PDF扫描件）: either copy, one file."""
    water, forest = draft(DEPARTMENT_TABLE.format(bracket="（Word版，或加盖公章的PDF扫描件）"),
                          "县水利局、县林草局：").requirements
    assert len(kinds(water)) == len(kinds(forest)) == 1
