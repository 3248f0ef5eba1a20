"""What held-out notices 2984 and 2999 showed the drafter missing (fixed on branch h-fixn149a), on notice texts written
for these tests, each with a near miss that must not change: a paper asked in its own Word bracket, then signed or
stamped and scanned to PDF in the clause after that bracket (`年度报告（Word格式），经主要负责人签字并加盖单位公章后扫描为
PDF格式，连同资产报表（Excel格式），三项材料…一并报送`), is two papers, the Word document and its stamped scan."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text
from test_drafting import part_shape


def shapes(tmp_path, body: str) -> list[list[str]]:
    draft = draft_of_a_file(tmp_path, notice_text(
        "建昌县机关事务服务中心", "关于报送年度工作材料的通知", "县直各有关部门", body, "2972年1月10日",
        opening="为做好年度工作，现将有关事项通知如下。", mailbox="jcjgsw_zcbg2972@163.com",
        contact="李红  联系电话：0429-7812345"))
    return [sorted(map(part_shape, r.parts)) for r in draft.requirements]


# ---------------------------------------------------------------- 2984, 2999: （Word格式），经…签字并加盖公章后扫描为PDF格式


def test_a_word_paper_then_stamped_and_scanned_is_both(tmp_path):
    assert shapes(tmp_path, "请县教育局、县民政局编制本部门2971年度国有资产报告（Word格式），经主要负责人签字并加盖单位"
                            "公章后扫描为PDF格式，连同资产报表（Excel格式），三项材料于1月27日（星期一）16时前一并报送。") \
        == [["document", "scan", "sheet"]]


def test_variant_signed_and_stamped_then_scanned_into_a_pdf(tmp_path):
    assert shapes(tmp_path, "请县教育局、县民政局报送本单位年度工作总结（Word版），签字盖章后扫描成PDF，"
                            "于1月27日前发送至邮箱。") == [["document", "scan"]]


def test_variant_stamped_then_turned_into_a_pdf_sent_along(tmp_path):
    assert shapes(tmp_path, "请县教育局、县民政局于1月27日前填写项目推荐报告（Word格式），加盖公章后转为PDF格式一并报送。") \
        == [["document", "scan"]]


def test_near_miss_a_paper_stamped_then_scanned_with_no_word_bracket_is_the_scan(tmp_path):
    assert shapes(tmp_path, "请县教育局、县民政局于1月27日前报送检测报告盖章后的扫描件（PDF格式）。") == [["scan"]]


def test_near_miss_the_scan_said_in_the_word_bracket_is_the_scan(tmp_path):
    assert shapes(tmp_path, "请县教育局、县民政局于1月27日前报送情况说明（Word格式，加盖公章后扫描）。") == [["scan"]]
