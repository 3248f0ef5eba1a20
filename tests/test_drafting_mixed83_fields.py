"""What held-out mixed83 showed the drafter missing in its fields (the share of branch h-fixd83), on notice texts
written for these tests, each with a near miss that must not change: a 关于推荐…的通知 whose matter is only a quoted
honour keeps its verb (W1); a requirement's title without the due said as 于同一时间前 glued on (Z3); a document part's
title without its format word, Word版 (Z4 / W4, and mixed82's M4); subject hints without the county's name and
without a word only a quoted name's bracket holds (W2)."""

from __future__ import annotations

from collector.drafting import draft_campaign
from collector.drafting.materials.format_free_titles import title_without_its_format
from collector.drafting.heading.telling_hints import hints_that_tell
from collector.roster import builtin_roster

ROSTER = builtin_roster()
BOX = "jctw_zzb@163.com"


def draft(title: str, body: str, salutation: str = "县教育局、县卫生健康局：", issuer: str = "共青团建昌县委员会"):
    text = (f"{title}\n\n{salutation}\n{body}\n联系人：王晓东  电话：0429-7716054\n\n{issuer}\n2094年3月9日\n")
    return draft_campaign(text, ROSTER)


ASK = ("    请各单位填写《{form}》（Word格式）和《推荐汇总表》（Excel格式），于2094年3月20日（星期五）17:00前报送至邮箱"
       f"{BOX}，邮件主题注明“单位名称+{{subject}}”。")


# ---------------------------------------------------------------- W1: 关于推荐“X”的通知 → “X”推荐


def test_a_nomination_of_a_quoted_honour_keeps_its_verb_after_the_honour():
    d = draft("关于推荐2094年度建昌县“青年文明号（集体）”的通知", ASK.format(form="青年文明号推荐表", subject="青年文明号推荐"))
    assert d.title == "2094年度建昌县“青年文明号（集体）”推荐"


def test_the_id_is_still_the_honours_letters():
    """The verb is added after the id is made: ids of clerks' files stay as drafted."""
    d = draft("关于推荐2094年度建昌县“青年文明号（集体）”的通知", ASK.format(form="青年文明号推荐表", subject="青年文明号推荐"))
    assert d.id == "2094-03-09-jcxqnwmhjt"
    assert "推荐" not in d.subject_hints  # the verb alone tells no campaign


def test_an_application_for_a_quoted_honour_keeps_its_verb_too():
    d = draft("关于申报2094年度“五好家庭”的通知", ASK.format(form="五好家庭申报表", subject="五好家庭申报"))
    assert d.title == "2094年度“五好家庭”申报"


def test_a_nomination_going_on_past_the_quotes_loses_its_verb_as_before():
    """Near miss: “建昌工匠”人选 names who is put forward."""
    d = draft("关于推荐2094年度“建昌工匠”人选的通知", ASK.format(form="建昌工匠推荐表", subject="建昌工匠推荐"))
    assert d.title == "2094年度“建昌工匠”人选"


def test_a_nomination_without_quotes_loses_its_verb_as_before():
    """Near miss: no quoted honour."""
    d = draft("关于推荐2094年度优秀共青团干部的通知", ASK.format(form="优秀共青团干部推荐表", subject="优秀团干部推荐"))
    assert d.title == "2094年度优秀共青团干部"


def test_a_quoted_honour_after_another_verb_is_titled_as_before():
    """Near miss: 开展…推荐工作 names its act already."""
    d = draft("关于开展2094年度“青年文明号”推荐工作的通知", ASK.format(form="青年文明号推荐表", subject="青年文明号推荐"))
    assert d.title == "2094年度“青年文明号”推荐"


# ---------------------------------------------------------------- Z3: …情况说明,于同一时间前

TWO_ITEMS = ("    （一）各乡镇人民政府将《乡镇平安创建自评表》（Excel格式），于2094年3月20日（星期五）17:00前报送至邮箱"
             f"{BOX}。\n    （二）县公安局、县司法局将《{{paper}}》（Word格式）{{when}}报送至同一邮箱。")


def test_a_requirement_due_at_the_same_time_is_titled_without_those_words():
    d = draft("关于开展2094年平安乡镇创建自评工作的通知", TWO_ITEMS.format(paper="配合平安创建情况说明", when="，于同一时间前"),
              "各乡镇人民政府，县公安局、县司法局：", "中共建昌县委政法委员会")
    towns, departments = d.requirements
    assert departments.title == "配合平安创建情况说明"
    assert departments.due == towns.due


def test_a_material_named_with_time_in_it_keeps_its_name():
    """Near miss: 时间 inside the material's own name, the due a date of its own."""
    d = draft("关于开展2094年平安乡镇创建自评工作的通知",
              TWO_ITEMS.format(paper="值班时间调整情况说明", when="，于2094年3月27日（星期五）17:00前"),
              "各乡镇人民政府，县公安局、县司法局：", "中共建昌县委政法委员会")
    _, departments = d.requirements
    assert departments.title == "值班时间调整情况说明"


# ---------------------------------------------------------------- Z4 / W4: a part titled …Word版


def test_a_word_document_part_is_titled_by_its_material_alone():
    d = draft("关于推荐2094年度建昌县“青年文明号（集体）”的通知", ASK.format(form="青年文明号推荐表", subject="青年文明号推荐"))
    doc = next(p for p in d.requirements[0].parts if p["id"] == "doc")
    assert doc["title"] == "青年文明号推荐表" and doc["formats"] == ["docx", "doc", "wps"]


def test_a_stamped_scan_part_keeps_its_own_title():
    """Near miss: the stamped copy's title says what it is (盖章PDF版), not a format of the same file."""
    body = (f"    请各单位于2094年3月20日17:00前将本单位平安创建工作总结（Word版及加盖公章的PDF版）报送至邮箱{BOX}。")
    parts = {p["id"]: p for p in draft("关于报送2094年平安创建工作总结的通知", body).requirements[0].parts}
    assert parts["doc"]["title"] == "平安创建工作总结"
    assert parts["stamped"]["title"].endswith("盖章PDF版")


def test_a_format_word_said_after_the_name_goes_but_an_editable_copy_stays():
    assert title_without_its_format("情况报告Word版") == "情况报告"
    assert title_without_its_format("情况报告（Word格式）") == "情况报告"
    assert title_without_its_format("确认表可编辑Word版") == "确认表可编辑Word版"  # near miss: editable, no PDF
    assert title_without_its_format("Word版") == "Word版"  # near miss: nothing else to keep


# ---------------------------------------------------------------- W2: 建昌县, 团支部 as hints


def test_the_countys_name_and_a_quoted_names_bracket_word_are_no_hints():
    d = draft("关于推荐2094年度建昌县“青年文明号（集体）”的通知", ASK.format(form="青年文明号推荐表", subject="青年文明号推荐"))
    assert "建昌县" not in d.subject_hints and "集体" not in d.subject_hints
    assert {"青年文明号（集体）", "青年文明号", "青年文明号推荐"} <= set(d.subject_hints)


def test_a_bracket_outside_any_quote_still_gives_its_word():
    """Near miss: （消防） qualifies the campaign's own matter, not a quoted name."""
    assert hints_that_tell(["安全生产", "消防"], "2094年度安全生产（消防）检查", "建昌县") == ["安全生产", "消防"]


def test_the_countys_name_inside_a_longer_hint_stays():
    """Near miss: 建昌工匠 says the county's name and more."""
    assert hints_that_tell(["建昌工匠", "建昌县", "建昌"], "2094年度“建昌工匠”人选", "建昌县") == ["建昌工匠"]


def test_a_bracket_word_the_title_also_says_outside_stays():
    """Near miss: 团支部 said outside the quoted name's bracket too."""
    title = "2094年度“五四红旗团委（团支部）”和优秀团支部"
    assert "团支部" in hints_that_tell(["五四红旗团委", "团支部"], title, "建昌县")
