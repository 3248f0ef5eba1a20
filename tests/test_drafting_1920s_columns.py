"""A list's or a form's columns, said beside it, are what the sheet holds, no field of their own (notices 1920, 1925,
1927, 1934, 1936; drafting/materials/list_columns.py): a 须 before the verb in the list's bracket (`名单（Excel格式，须含姓名、
…联系电话）`), the list named again as the clause's subject (`护林员名单（均为Excel格式，护林员名单须含…）`), and a
回执 written out under the asking sentence as its title and a row of labels (`回执 / 单位名称 联系人 …联系电话`). Near
misses: names and phones typed in the mail body stay a field; a 名单 with no columns said is its sheet only."""

from __future__ import annotations

from collector.drafting import draft_campaign
from collector.roster import builtin_roster

ROSTER = builtin_roster()

HEAD = """建昌县林业和草原局
关于开展{topic}的通知

各乡镇人民政府：
为做好{topic}工作，现将有关事项通知如下：
一、报送要求
"""
TAIL = """
联系人：李明  联系电话：0429-7200000
邮箱：jclcj_test@163.com

建昌县林业和草原局
2030年2月1日
"""


def kinds(body: str, topic: str = "护林员队伍核查") -> list[list[str]]:
    draft = draft_campaign(HEAD.format(topic=topic) + body + TAIL, ROSTER)
    return [sorted(p["kind"] for p in r.parts) for r in draft.requirements]


def test_a_must_before_the_columns_in_the_bracket_names_no_field():
    body = "请各乡镇于2月20日前，将本乡镇护林员名单（Excel格式，须含姓名、性别、身份证号、所在村、手机号码）发送至县林草局邮箱。\n"
    assert kinds(body) == [["document"]]


def test_the_list_named_again_in_its_bracket_holds_the_columns():
    body = ("请各乡镇于2月20日前，将护林站建设情况统计表及护林员名单（均为Excel格式，护林员名单应包括姓名、身份证号、"
            "巡护片区、联系电话）发送至县林草局邮箱。\n")
    assert kinds(body) == [["document", "document"]]


RECEIPT = ("（一）请各乡镇于2月20日前，如实填写下方回执，以Word格式发送至县林草局邮箱。\n回执\n{header}\n"
           "（二）请县财政局于2月27日前，报送护林员补助资金测算情况（Word格式）。\n")


def test_a_receipt_written_out_under_the_asking_sentence_is_the_form_its_labels_columns():
    # as a PDF's text layer gives the table: its title line, then the header's cells spaced apart
    assert kinds(RECEIPT.format(header="单位名称 联系人 护林员姓名 巡护片区 联系电话")) == [["document"], ["document"]]


def test_a_receipt_written_out_with_its_cells_tabbed_is_the_form_too():
    assert kinds(RECEIPT.format(header="单位名称\t联系人\t护林员姓名\t巡护片区\t联系电话")) == [["document"], ["document"]]


def test_near_miss_names_and_phones_typed_in_the_mail_body_stay_a_field():
    body = "请各乡镇于2月20日前，将联络员姓名和手机号码直接在邮件正文中注明，发送至县林草局邮箱，无需另附表格。\n"
    assert kinds(body) == [["field"]]


def test_near_miss_a_list_with_no_columns_said_is_its_sheet_only():
    body = "请各乡镇于2月20日前，将本乡镇护林员名单（Excel格式）发送至县林草局邮箱。\n"
    assert kinds(body) == [["document"]]


def test_near_miss_a_receipt_asking_its_particulars_in_its_own_bracket_keeps_its_fields():
    # no form written out: the 回执's bracket asks the names and phones (mail_body.py), as before
    body = "请各乡镇于2月20日前，将参会回执（注明参会人员姓名、手机号码）发送至县林草局邮箱。\n"
    assert kinds(body) == [["document", "field", "field"]]


def test_near_miss_a_form_title_followed_by_a_sentence_that_asks_is_no_header():
    body = ("（一）请各乡镇于2月20日前，填写下方回执，以Word格式发送至县林草局邮箱。\n回执请注明联络员姓名及联系电话。\n"
            "（二）请县财政局于2月27日前，报送护林员补助资金测算情况（Word格式）。\n")
    # an asking verb (请, 注明) after the form's title: a sentence, no row of labels; read as before
    assert kinds(body) == [["document", "field", "field"], ["document"]]
