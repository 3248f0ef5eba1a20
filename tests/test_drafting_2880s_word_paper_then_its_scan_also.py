"""What held-out notice 2899 showed the drafter missing (fixed on branch h-fixn144c), on notice texts written for these
tests: a paper formed in its own editable format, then its scan sent as well in the next clause
(`形成年度报告（Word格式），同时将…签字并加盖公章的年度报告扫描件（PDF格式）、…台账（Excel格式）一并报送`), is two files, the
Word report and its scan; a paper formed with no format of its own whose scan is then sent is the scan alone (2899)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text
from test_drafting import part_shape


def draft(tmp_path, body: str):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县乡村振兴局", "关于报送产业园建设年度报告的通知", "各乡镇人民政府", body, "2989年2月9日",
        opening="按照现代农业产业园建设管理的要求，现将有关事项通知如下。",
        mailbox="jcxczx_cyy@163.com",
        contact="孟庆和，联系电话：0429-7623359"))


def shapes(requirement) -> list[str]:
    return sorted(map(part_shape, requirement.parts))


def test_the_word_report_then_its_scan_also_sent(tmp_path):
    r, = draft(tmp_path, "请各单位认真总结年度产业园建设情况，形成年度报告（Word格式），同时将主要负责人签字并加盖公章的"
                         "年度报告扫描件（PDF格式）、产业园建设项目台账（Excel格式）一并报送，三项材料于2月23日（星期一）"
                         "16时前发送至jcxczx_cyy@163.com。").requirements
    assert shapes(r) == ["document", "scan", "sheet"]


def test_variant_bing_jiang_and_a_pdf_scan_named_without_a_bracket(tmp_path):
    r, = draft(tmp_path, "各乡镇要撰写自查报告（Word版），并将经乡镇主要负责同志签字的自查报告PDF扫描件于2月23日前"
                         "一并发送至jcxczx_cyy@163.com。").requirements
    assert shapes(r) == ["document", "scan"]


def test_variant_tongshi_baosong_the_stamped_scan(tmp_path):
    r, = draft(tmp_path, "一、各乡镇编制工作总结（WPS文字或Word格式），同时报送加盖单位公章的工作总结扫描件（PDF格式）。\n"
                         "二、以上材料请于2月23日前发送至jcxczx_cyy@163.com。").requirements
    assert shapes(r) == ["document", "scan"]


def test_near_miss_a_paper_formed_stamped_then_its_scan_sent_is_one_scan(tmp_path):
    r, = draft(tmp_path, "各乡镇形成自查报告（加盖单位公章），于2月23日前将自查报告PDF扫描件发送至jcxczx_cyy@163.com。"
               ).requirements
    assert shapes(r) == ["scan"]
