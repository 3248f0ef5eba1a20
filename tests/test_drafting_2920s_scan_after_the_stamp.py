"""What held-out notices 2920–2939 showed the drafter missing (fixed on branch h-fixn146a), on notice texts written
for these tests, each with a near miss that must not change: a paper stamped or signed and then scanned
(`检测报告盖章后的扫描件（PDF格式）`, `鉴定报告加盖公章后的扫描件`, `统计年报表封面经…签字并加盖公章后的扫描件`) is that
paper's scan alone, the paper no file of its own (2920, 2934, 2925)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text
from test_drafting import part_shapes


def draft(tmp_path, body: str, addressee: str = "各乡镇人民政府，县商务局"):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县应急管理局", "关于开展安全生产检查的通知", addressee, body, "2940年4月11日",
        opening="为做好安全生产工作，现将有关事项通知如下。",
        mailbox="jcyjj_aq2940@163.com",
        contact="刘洋  联系电话：0429-7212119"))


# ---------------------------------------------------------------- 2920, 2934: X盖章后的扫描件


def test_a_report_stamped_then_scanned_is_its_scan_alone(tmp_path):
    r = draft(tmp_path, "县商务局负责组织大型商场委托检测机构出具年度检测报告，"
                        "请将检测报告盖章后的扫描件（PDF格式）于5月9日前报送。").requirements
    assert [part_shapes(q) for q in r] == [["scan"]]


def test_variant_signed_by_whom_then_scanned(tmp_path):
    r = draft(tmp_path, "请县商务局将验收报告经项目负责人签字后的PDF扫描件于5月9日前发送至邮箱。").requirements
    assert [part_shapes(q) for q in r] == [["scan"]]


def test_variant_a_named_paper_stamped_then_scanned_beside_a_sheet(tmp_path):
    r = draft(tmp_path, "请各乡镇于5月9日前将《安全生产责任书》加盖公章后扫描件（PDF格式）"
                        "和隐患排查台账（Excel格式）一并发送至邮箱。").requirements
    assert [part_shapes(q) for q in r] == [["scan", "sheet"]]


# ---------------------------------------------------------------- 2925: a page of the table, signed and stamped


def test_the_cover_of_a_table_signed_and_stamped_then_scanned_is_no_sheet(tmp_path):
    r = draft(tmp_path, "各单位需报送三项材料：一是安全生产工作总结（Word格式）；二是统计年报表封面经单位主要负责人"
                        "签字并加盖公章后的扫描件（PDF格式）；三是安全生产统计年报表（Excel格式）。"
                        "以上三项材料请于5月9日16时前一并发送至邮箱。").requirements
    assert [part_shapes(q) for q in r] == [["document", "scan", "sheet"]]


# ---------------------------------------------------------------- near miss: the report named apart from its scan


def test_near_miss_a_report_and_its_stamped_scan_stay_two(tmp_path):
    r = draft(tmp_path, "请县商务局将检测报告（Word格式）及盖章后的扫描件（PDF格式）于5月9日前报送。").requirements
    assert [part_shapes(q) for q in r] == [["document", "scan"]]


def test_near_miss_a_stamped_scan_and_its_excel_copy_keep_the_sheet_by_its_name(tmp_path):
    r = draft(tmp_path, "请各乡镇于7月6日前，将运行台账加盖公章后的扫描件及Excel版报送。").requirements
    assert [part_shapes(q) for q in r] == [["scan", "sheet"]]
    assert "运行台账" in [p["title"] for p in r[0].parts]
