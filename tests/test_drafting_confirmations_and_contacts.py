"""Papers county notices ask by names the drafter did not know (found by hand, 2026-12-05), each with a near miss:

- a confirmation slip (`在途业务清理确认单`, `填报确认单`, 回执单, 交接单, 审批单) is a material (`requirements.DOC_NOUN`),
  one word of three at its end (`words.THREE_CHARACTER_NOUN`: 清理确认单, never 理确认单);
- a paper whose own bracket ends on its scan (`《…确认单》（附件2，单位负责人签字并加盖公章的扫描件）`) or whose bracket the
  scan follows (`《…确认单》（附件2，村委会盖章）扫描件`) is sent as that scan alone (`stamped.OWN_BRACKET_SAYS_SCAN`);
  `…（…盖章）扫描件和Excel版` keeps its sheet;
- a contact's particulars named as the thing sent (`联络员信息（姓名、职务、联系电话）`) are the names and phones typed in the
  mail, no file (`parts.particulars_of_a_contact`), and no hint beside another material (`requirements.CONTACT_INFO`);
  `联络员信息表` stays a sheet."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text

from test_drafting import part_shapes


def draft(tmp_path, body: str):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县财政局", "关于做好预算管理一体化系统切换工作的通知", "各乡镇人民政府，县直各预算单位", body, "2276年5月29日",
        opening="现将有关事项通知如下：", mailbox="jcczj_yth@163.com", contact="刘洋  联系电话：0429-7412233"))


def only(tmp_path, body: str):
    (r,) = draft(tmp_path, body).requirements
    return r


# ---------------------------------------------------------------- confirmation slips and their scans


def test_a_confirmation_slip_bracketed_as_its_scan_is_the_scan_alone(tmp_path):
    r = only(tmp_path, "请各单位于6月12日17时前报送《在途业务清理确认单》（附件2，单位负责人签字并加盖公章的扫描件）。")
    assert r.title == "在途业务清理确认单" and part_shapes(r) == ["scan"]
    assert "清理确认单" in r.hints and "理确认单" not in r.hints


def test_a_scan_after_the_papers_bracket_is_the_scan_alone(tmp_path):
    r = only(tmp_path, "请各单位于6月12日前将《资金清算确认表》（附件2，主要领导签字并加盖公章）扫描件发送至邮箱。")
    assert part_shapes(r) == ["scan"]


def test_near_miss_a_scan_and_its_excel_copy_keep_both(tmp_path):
    r = only(tmp_path, "请各单位于6月12日前将《资金清算确认表》（附件2，主要领导签字并加盖公章）扫描件和Excel版发送至邮箱。")
    assert part_shapes(r) == ["scan", "sheet"]


def test_a_slip_filled_in_online_is_the_paper_sent(tmp_path):
    r = only(tmp_path, "各单位请于6月12日前完成网上填报，并将填报确认单（盖章扫描件）发送至邮箱。")
    assert r.title == "填报确认单" and part_shapes(r) == ["scan"]


# ---------------------------------------------------------------- a contact's particulars


def test_a_contacts_particulars_are_typed_in_the_mail(tmp_path):
    r = only(tmp_path, "请各单位于6月5日前将本单位联络员信息（姓名、职务、联系电话）发送至邮箱。")
    assert r.title == "联络员信息" and part_shapes(r) == ["field", "field"]


def test_a_contact_named_beside_a_paper_adds_no_file_nor_hint(tmp_path):
    r = only(tmp_path, "请各单位于6月5日前将本单位切换工作方案和假期联络员信息报送至邮箱。")
    assert part_shapes(r) == ["document", "field"] and not any("联络员" in h for h in r.hints)
    assert r.parts[1]["title"] == "假期联络员姓名及联系电话"  # no particulars named: the name and phone, one field


def test_a_contact_named_alone_without_its_particulars_is_a_field(tmp_path):
    r = only(tmp_path, "请各单位于6月5日前将本单位联系人信息报送至邮箱。")
    assert part_shapes(r) == ["field"] and r.parts[0]["title"] == "联系人姓名及联系电话"


def test_near_miss_a_contacts_form_stays_a_sheet(tmp_path):
    r = only(tmp_path, "请各单位于6月5日前报送联络员信息表（附件1）。")
    assert r.title == "联络员信息表" and part_shapes(r) == ["sheet"]
