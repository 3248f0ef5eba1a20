"""What held-out notice 2840 showed the drafter missing (fixed on branch h-fixn141g), on notice texts written for these
tests: a ledger the units build for their own work (`要逐项建立整改台账，明确整改责任和时限`) is no paper to send when the
sentence goes on to send another, named at the head of its clause with no 将 (`整改报告（Word格式）连同整改前后对比截图，
于5月5日前发送至上述邮箱`): the paper so fronted is what the clause sends (`made_not_sent.named_as_sent`), as one
after the verb or after 将 is, and the ledger is kept."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text
from test_drafting import part_shape


def draft(tmp_path, body: str):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县消防安全委员会办公室", "关于开展高层建筑消防安全自查整改工作的通知", "各乡镇人民政府，县住建局", body,
        "2960年4月8日", opening="为防范化解火灾风险，现将有关事项通知如下。",
        mailbox="jcxaw_gaoceng@163.com", contact="刘明远  联系电话：0429-7612385"))


def shapes(tmp_path, body):
    return [sorted(map(part_shape, r.parts)) for r in draft(tmp_path, body).requirements]


# ---------------------------------------------------------------- 2840: 建立整改台账…，整改报告（Word格式）连同…截图，于…发送


def test_a_ledger_built_is_kept_when_a_fronted_report_is_sent(tmp_path):
    assert shapes(tmp_path, "三、整改阶段。对督导检查中发现的问题，各乡镇要逐项建立整改台账，明确整改责任和时限，整改报告"
                            "（Word格式）连同整改前后对比截图，于5月5日（星期一）下午5时前发送至上述邮箱。") \
        == [["document", "photo"]]


def test_variant_a_list_built_then_a_report_and_photos_reported_without_a_comma(tmp_path):
    assert shapes(tmp_path, "二、各乡镇要建立隐患整改清单，实行销号管理，整改情况报告（Word格式）和整改照片于6月10日前"
                            "报送至上述邮箱。") == [["document", "photo"]]


def test_variant_a_ledger_built_then_a_pdf_statement_after_a_semicolon(tmp_path):
    assert shapes(tmp_path, "二、对检查发现的问题，各单位要建立问题台账，明确整改时限；整改情况说明（PDF格式）请于6月10日"
                            "17时前上报至上述邮箱。") == [["scan"]]


def test_near_miss_a_ledger_with_its_own_format_sent_together(tmp_path):
    assert shapes(tmp_path, "二、各乡镇要建立整改台账（Excel格式），整改报告（Word格式）于6月10日前一并报送至上述邮箱。") \
        == [["document", "sheet"]]


def test_near_miss_a_word_of_a_condition_heading_its_clause_is_not_what_is_sent(tmp_path):
    # mixed48's kept draft: `表格较多的可压缩后发送` says how the files go, if many; the 采集表 stays the paper sent
    body = ("二、采集方式。请各乡镇（开发区）组织各村（社区）如实填写《建昌县村级网格员信息采集表》（见附件，Excel格式），"
            "一人一表。采集表须保留Excel格式，以便导入平台，请勿转为PDF或图片。网格员身份证复印件、照片由各乡镇留存，不需报送。\n"
            "三、报送要求。各乡镇（开发区）汇总本辖区全部网格员的采集表后，统一发送至上述邮箱，表格较多的可压缩后发送。"
            "报送截止时间为2960年6月21日（星期五）17时。")
    assert any("采集表" in p["title"] for p in draft(tmp_path, body).requirements[0].parts)
