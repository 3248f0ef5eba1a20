"""What held-out notice 2608 showed the drafter reading wrong (fixed on branch h-fixn130b), on notice texts written
for these tests, with a near miss that must not change: a 清单 joined to a paper before one Word bracket
(`节目清单和宣传方案（Word格式）`) is a Word file, no sheet (format_names.said_of_the_pair); a table of figures
(统计表, 台账) keeps its sheet. 2608's own `节目清单及播出情况说明（Word格式）`, a list and its entries' facts, is one Word file
since the lead settled it as its writer read it (format_names.lists_with_their_facts)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text
from test_drafting import part_shapes


def draft(tmp_path, body: str, addressee: str = "各乡镇人民政府，县融媒体中心",
          title: str = "关于征集普法曲艺作品的通知"):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县司法局", title, addressee, body, "2690年3月13日",
        opening="为推动普法宣传深入基层，现将有关事项通知如下。",
        mailbox="jcsfj_quyi2690@163.com",
        contact="郑丽娜  联系电话：0429-7913379"))


# ---------------------------------------------------------------- 2608: 清单及…说明（Word格式）


def test_a_list_joined_to_a_paper_before_a_word_bracket_is_a_document(tmp_path):
    r = draft(tmp_path, "县融媒体中心请对近三年播出的普法类节目进行梳理，形成节目清单和宣传方案（Word格式），"
                           "于3月30日（星期一）前发送至上述邮箱。").requirements
    assert [part_shapes(q) for q in r] == [["document", "document"]]


def test_the_list_and_its_programmes_facts_are_one_document(tmp_path):
    r = draft(tmp_path, "县融媒体中心请对近三年播出的普法类节目进行梳理，形成节目清单及播出情况说明（Word格式），"
                           "于3月30日（星期一）前发送至上述邮箱。").requirements
    assert [part_shapes(q) for q in r] == [["document"]]


def test_near_miss_a_table_of_figures_keeps_its_sheet(tmp_path):
    r = draft(tmp_path, "县融媒体中心请对近三年播出的普法类节目进行梳理，形成节目统计表及播出情况说明（Word格式），"
                           "于3月30日（星期一）前发送至上述邮箱。").requirements
    assert [part_shapes(q) for q in r] == [["document", "sheet"]]
