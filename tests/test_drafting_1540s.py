"""What held-out notices 1540–1559 showed the drafter missing, on notice texts written for these tests: a 均为Word格式
clause after the items of a sentence giving them their format (1540); a bracket pointing at the contact lines for the
mailbox asking no phone number (1541); 县民政局等七个补贴主管部门, a count from the first of the units the salutation names
beside a group (1544); an addressee line opened by 致：and closed without a colon (1559)."""

from __future__ import annotations

from collector.drafting import draft_campaign
from collector.roster import builtin_roster

ROSTER = builtin_roster()
SHEETS, SCANS = {"xlsx", "xls", "et", "csv"}, {"pdf", "jpg", "jpeg", "png"}


def shape(part: dict) -> str:
    """The part as an expected file names it (tests/test_drafting.py's part_shape, for the shapes used here)."""
    if part["kind"] in ("photo", "field"):
        return part["kind"]
    formats = set(part.get("formats") or [])
    return "sheet" if formats & SHEETS else "scan" if formats and formats <= SCANS else "document"


def draft(body: str, salutation: str = "各乡镇人民政府，县文旅局，县自然资源局：", head: str = ""):
    text = (f"建昌县乡村振兴工作专班\n\n关于做好2438年乡村风貌调查工作的通知\n\n{head}{salutation}\n{body}\n"
            f"联系人：刘建军　　联系电话：0429-7716620\n\n建昌县乡村振兴工作专班\n2438年3月20日\n")
    return draft_campaign(text, ROSTER)


def shapes_of(body: str, **kw) -> list[list[str]]:
    return [sorted(shape(p) for p in r.parts) for r in draft(body, **kw).requirements]


# 1540: 均为Word格式 after the items it speaks of


def test_a_clause_giving_all_the_items_one_format_makes_a_list_a_word_document():
    body = ("二、报送要求\n（一）县文旅局提供辖区内各级文物保护单位清单，县自然资源局提供相关村庄规划编制情况，均为Word格式，"
            "请于4月22日下午3时前分别发送至jcxczx_fm@163.com。")
    assert shapes_of(body) == [["document"]]


def test_a_bracket_after_the_list_that_says_no_format_leaves_it_to_the_clause():
    """清单（附件1）: the bracket says where the form is, not its format; 均为Word格式 still gives it."""
    body = ("二、报送要求\n（一）县文旅局提供各级文物保护单位清单（附件1），县自然资源局提供村庄规划编制情况，均为Word格式，"
            "请于4月22日前发送至jcxczx_fm@163.com。")
    assert shapes_of(body) == [["document"]]


def test_the_clause_gives_no_format_to_a_list_named_after_it():
    """Near miss: 均为Word格式 speaks of the 情况说明 before it; the 清单 the sentence goes on to name stays a sheet."""
    body = ("二、报送要求\n（一）县自然资源局提供村庄规划编制情况说明，均为Word格式，并附各级文物保护单位清单，"
            "请于4月22日前发送至jcxczx_fm@163.com。")
    assert shapes_of(body) == [["document", "sheet"]]


# 1541: （见文末联系方式） after the mailbox


def test_a_bracket_pointing_at_the_contact_lines_for_the_mailbox_asks_no_phone():
    body = ("二、报送材料\n各乡镇填写《乡村风貌统计表》（Excel格式），于4月15日16:30前发送至专班电子邮箱（见文末联系方式）。")
    assert shapes_of(body, salutation="各乡镇人民政府：") == [["sheet"]]


def test_a_contact_asked_beside_the_pointer_is_still_asked():
    """Near miss: 联系人及联系方式 is asked of the towns; the pointer after the mailbox takes away only itself."""
    body = ("二、报送材料\n各乡镇填写《乡村风貌统计表》（Excel格式），注明联系人及联系方式，于4月15日16:30前发送至专班电子邮箱"
            "（见文末联系方式）。")
    assert shapes_of(body, salutation="各乡镇人民政府：") == [["field", "sheet"]]


# 1544: 县民政局等七个补贴主管部门, the salutation naming the seven beside 各乡镇人民政府

SEVEN = ["县民政局", "县农业农村局", "县林草局", "县人社局", "县医保局", "县退役军人局", "县教育局"]
SALUTATION = "各乡镇人民政府，" + "、".join(SEVEN) + "："


def units_of(body: str) -> list[list[str]]:
    return [sorted(r.units) for r in draft(body, salutation=SALUTATION).requirements]


def test_the_first_of_a_count_with_what_they_do_is_the_run_of_the_salutation_from_it():
    body = ("二、报送要求\n（一）县民政局等七个补贴主管部门：请于4月13日12时前，将本部门《补贴项目清单》（Excel格式）发送至"
            "jcxczx_fm@163.com。\n（二）各乡镇：请于4月20日前，将自查报告（Word格式）发送至上述邮箱。")
    assert units_of(body)[0] == sorted(SEVEN)


def test_a_count_the_run_from_the_first_falls_short_of_is_not_read_so():
    """Near miss: 县医保局 is fifth of seven, the run from it three long, not seven: only 县医保局, as before."""
    body = ("二、报送要求\n（一）县医保局等七个补贴主管部门：请于4月13日12时前，将本部门《补贴项目清单》（Excel格式）发送至"
            "jcxczx_fm@163.com。")
    assert units_of(body) == [["县医保局"]]


# 1559: 致：县政府各部门、各直属机构 with no colon after it


def test_an_addressee_line_opened_by_zhi_needs_no_closing_colon():
    body = "二、报送要求\n请各单位于4月15日15:00前将《风貌自查表》（Excel格式）发送至jcxczx_fm@163.com。"
    d = draft(body, salutation="致：县政府各部门、各直属机构")
    assert d.unit_kinds == ["department", "institution"] and not d.unsettled


def test_a_line_with_another_label_above_the_addressees_is_not_the_addressee_line():
    """Near miss: 签发人：… under the title is a label line too, no closing colon; the addressees are the line below."""
    body = "二、报送要求\n请各乡镇于4月15日15:00前将《风貌自查表》（Excel格式）发送至jcxczx_fm@163.com。"
    d = draft(body, salutation="各乡镇人民政府：", head="签发人：王立新\n")
    assert d.unit_kinds == ["town", "township"]
