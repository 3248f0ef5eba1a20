"""What held-out notices 2940–2959 showed the drafter missing (fixed on branch h-fixn146a), on notice texts written
for these tests, each with a near miss that must not change: the rule a notice quotes from the document it goes by
(`按照《…实施办法》关于“每年年初更新新闻发言人名单并向社会公布”的规定`) names no material (2944)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text
from test_drafting import part_shapes


def draft(tmp_path, body: str, addressee: str = "各乡镇人民政府，县教育局"):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县人民政府新闻办公室", "关于报送新闻发言人名单的通知", addressee, body, "2952年1月5日",
        mailbox="jcxwb_fyr2952@163.com", contact="陈思远  电话：0429-7912519"))


def test_the_rule_quoted_from_the_document_gone_by_is_no_paper(tmp_path):
    r = draft(tmp_path, "按照《建昌县新闻发布工作实施办法》关于“每年年初更新新闻发言人名单并向社会公布”的规定，"
                        "请县教育局确定本单位新闻发言人一名，填写《新闻发言人信息表》（Excel格式），"
                        "于1月17日16:00前发送至邮箱。").requirements
    assert [part_shapes(q) for q in r] == [["sheet"]]


def test_variant_an_article_quoted_by_its_number(tmp_path):
    r = draft(tmp_path, "根据《建昌县档案管理办法》第十二条“各单位应建立档案工作台账”的要求，"
                        "请各乡镇于3月10日前报送档案工作总结（Word格式）。").requirements
    assert [part_shapes(q) for q in r] == [["document"]]


def test_variant_quoted_from_inside_the_document(tmp_path):
    r = draft(tmp_path, "对照《建昌县安全生产考核细则》中“按月报送隐患排查统计表”的要求，"
                        "请各乡镇于3月10日前报送自查报告（Word格式）。").requirements
    assert [part_shapes(q) for q in r] == [["document"]]


def test_near_miss_the_paper_named_after_the_quote_is_sent(tmp_path):
    r = draft(tmp_path, "按照《建昌县新闻发布工作实施办法》关于“新闻发布”的规定，"
                        "请县教育局于1月17日前报送新闻发言人名单（Excel格式）和工作总结（Word格式）。").requirements
    assert [part_shapes(q) for q in r] == [["document", "sheet"]]
