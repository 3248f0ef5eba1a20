"""What held-out notices 1980–1999 showed the drafter missing (fixed on branch h-fixn99a), on notice texts written for
these tests, each with a near miss that must not change: a list the towns decide (`确定…名单`) is written into the form
they fill in after it, no file of its own (1982); an item of a 协会 off the roster (`县科协负责推荐…，于…前将…报送`) is
that body's, no requirement of every unit (1986); an urgency adverb before the title's verb (`关于加急做好…`) goes with
the verb (1988)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file

from collector.roster import builtin_roster

ROSTER = builtin_roster()
TOWNS = sorted(ROSTER.names(["town", "township"]))
SHEET = {"xlsx", "xls", "et", "csv"}


def draft(tmp_path, body: str, addressee: str = "各乡镇人民政府", title: str = "关于做好2660年春季助学帮扶工作的通知"):
    text = (f"建昌县教育局\n{title}\n\n{addressee}：\n{body}\n"
            f"联系人：曹阳  联系电话：0429-7714021\n\n建昌县教育局\n2660年3月2日\n")
    return draft_of_a_file(tmp_path, text)


def is_sheet(part) -> bool:
    return bool(set(part.get("formats") or []) & SHEET)


# ---------------------------------------------------------------- 1982: a list decided, then a form filled in


def test_a_list_the_towns_decide_is_written_into_the_form_they_fill_in(tmp_path):
    (r,) = draft(tmp_path, "一、各乡镇要逐户核实，确定帮扶学生名单，填写《春季助学帮扶学生信息表》（Excel格式），于3月16日前"
                           "报送县教育局资助中心邮箱jcjyj_zz@163.com。").requirements
    assert len(r.parts) == 1 and is_sheet(r.parts[0])
    assert r.parts[0]["title"] == "春季助学帮扶学生信息表"


def test_near_miss_a_list_decided_with_a_format_of_its_own_is_sent(tmp_path):
    (r,) = draft(tmp_path, "一、各乡镇要逐户核实，确定帮扶学生名单（Word格式），填写《春季助学帮扶学生信息表》（Excel格式），"
                           "一并于3月16日前报送县教育局资助中心邮箱jcjyj_zz@163.com。").requirements
    assert len(r.parts) == 2
    assert sum(is_sheet(p) for p in r.parts) == 1
    assert any("帮扶学生名单" in p["title"] and not is_sheet(p) for p in r.parts)


# ---------------------------------------------------------------- 1986: an off-roster 协会's own item


def test_an_item_of_an_association_off_the_roster_is_left_out(tmp_path):
    reqs = draft(tmp_path, "一、各乡镇填写《助学需求表》（Word格式），于3月16日前报送县教育局邮箱jcjyj_zz@163.com。\n"
                           "二、县科协负责推荐科普志愿者，于3月23日前将推荐名单（Excel格式）报送至上述邮箱。",
                 addressee="各乡镇人民政府，县科协").requirements
    assert len(reqs) == 1
    assert sorted(reqs[0].units) == TOWNS


def test_near_miss_a_roster_bureau_recommending_is_asked(tmp_path):
    reqs = draft(tmp_path, "一、各乡镇填写《助学需求表》（Word格式），于3月16日前报送县教育局邮箱jcjyj_zz@163.com。\n"
                           "二、县科技局负责推荐科普志愿者，于3月23日前将推荐名单（Excel格式）报送至上述邮箱。",
                 addressee="各乡镇人民政府，县科技局").requirements
    assert len(reqs) == 2
    assert reqs[1].units == ["县科技局"]


# ---------------------------------------------------------------- 1988: 加急 before the title's verb


def test_an_urgency_adverb_goes_with_the_titles_verb(tmp_path):
    d = draft(tmp_path, "一、各乡镇填写《助学需求表》（Word格式），于3月16日前报送县教育局邮箱jcjyj_zz@163.com。",
              title="关于加急做好2660年春季助学帮扶工作的通知")
    assert d.title == "2660年春季助学帮扶"


def test_near_miss_an_urgent_word_with_no_verb_after_it_stays(tmp_path):
    d = draft(tmp_path, "一、各乡镇填写《助学需求表》（Word格式），于3月16日前报送县教育局邮箱jcjyj_zz@163.com。",
              title="关于紧急调度2660年春季助学资金发放进度的通知")
    assert d.title == "紧急调度2660年春季助学资金发放进度"
