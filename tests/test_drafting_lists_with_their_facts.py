"""A list joined by 及 to a paper of the listed things' facts under one format bracket (`企业名录及库存情况表（Excel格式）`,
`网点名单及保障能力说明（Word格式）`) is one file: six blind writers (held-out 2486, 2608, 2827, 3062, 3072, 3150) read it
so, against a convention that made two parts. A plan or a bare 说明 beside a list, or a list joined by 和, stays a file of
its own."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text
from test_drafting import part_shapes


def draft(tmp_path, ask: str):
    return draft_of_a_file(tmp_path, notice_text(
        "县商务局", "关于开展粮油应急保障能力调查的通知", "各乡镇人民政府", ask, "3001年3月2日",
        mailbox="jcswj_yjbz3001@163.com", contact="韩冬梅  联系电话：0429-7512069"))


def kinds(d) -> list[list[str]]:
    return [part_shapes(r) for r in d.requirements]


def titles(d) -> list[str]:
    return [p["title"] for r in d.requirements for p in r.parts]


# ---------------------------------------------------------------- one file, named whole


def test_a_register_and_its_stock_table_in_excel_is_one_sheet(tmp_path):
    d = draft(tmp_path, "请各乡镇于3月18日（星期一）16:00前将辖区粮食收储企业名录及库存情况表（Excel格式）发送至邮箱。")
    assert kinds(d) == [["sheet"]]
    assert titles(d) == ["粮食收储企业名录及库存情况表"]


def test_variant_a_list_and_its_capacity_note_in_word_is_one_document(tmp_path):
    d = draft(tmp_path, "请各乡镇于5月28日前将辖区粮油应急供应网点名单及保障能力说明（Word格式）发送至邮箱。")
    assert kinds(d) == [["document"]]
    assert titles(d) == ["粮油应急供应网点名单及保障能力说明"]


def test_variant_a_catalogue_and_its_data_summary_among_other_papers(tmp_path):
    d = draft(tmp_path, "请各乡镇于6月20日16时前将工作总结（Word格式）和辖区排污单位名录及监测数据汇总表（Excel格式）"
                        "发送至邮箱。")
    assert sorted(titles(d)) == sorted(["工作总结", "排污单位名录及监测数据汇总表"])
    assert sorted(kinds(d)[0]) == ["document", "sheet"]


def test_variant_yiji_before_a_statement_of_the_programmes(tmp_path):
    d = draft(tmp_path, "请各乡镇于3月30日前将节目清单以及播出情况说明（Word格式）发送至邮箱。")
    assert kinds(d) == [["document"]]


# ---------------------------------------------------------------- near misses: two files still


def test_near_miss_a_list_and_a_plan_stay_two_documents(tmp_path):
    d = draft(tmp_path, "请各乡镇于3月18日前将联合检查人员名单及检查方案（Word格式）发送至邮箱。")
    assert kinds(d) == [["document", "document"]]


def test_near_miss_a_list_and_a_bare_note_stay_two_documents(tmp_path):
    d = draft(tmp_path, "请各乡镇于3月18日前将纳税信用A级企业名单及说明（Word格式）发送至邮箱。")
    assert kinds(d) == [["document", "document"]]


def test_near_miss_a_list_joined_by_he_to_a_table_stays_two_sheets(tmp_path):
    d = draft(tmp_path, "请各乡镇于3月18日前将储备企业名单和库存情况统计表（Excel格式）发送至邮箱。")
    assert kinds(d) == [["sheet", "sheet"]]
