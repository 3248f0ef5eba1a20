"""Ordinary county shapes found by the lead probing by hand (2026-12-07, second round), each with its near misses:

- the facts of a matter joined to a material (`将隐患排查开展情况及巡护照片报送`): a document of their own beside the
  photos, a 《title》 or a material's bare noun (`material_lists.facts_joined_to_materials`); the photos alone before;
- the facts sent when the sentence after only points back (`…报送“回头看”工作开展情况，…。以上材料发送至…`): the title
  was `以上材料` (`one_requirement`, the ANAPHOR title);
- `各乡镇于12月5日前、县直有关部门于12月10日前…`: the second date was given the towns too (`units.DEPT_WORDS`);
- `…总结，县应急局、县住建局同时报送…台账`: a 同时 clause of some units after a comma of the dated sentence is read as
  the sentence after one is (`same_day.the_same_time_clause_apart`); before, the three units took the whole sentence and
  every other unit's summary was lost;
- `请A镇、B镇以外的各乡镇…`: the units left out with no 除 (`requirement_units.EXCEPT_RE`);
- `县发改局、…为本次报送部门` (`requirement_units.SCOPE_NAMED_FIRST_RE`) and `项目实施单位名单见附件1` (`role_listed.py`): who the
  undecided departments, or a role, are;
- `报送截止时间为…。请各乡镇报送…，县交通局、县财政局报送…。`: each group its own clause (`group_clauses._clauses_just_below`);
- `将附件1、附件2填写完整后报送`: both 附件 by their titles (`draft.attachments_by_title`), a 《title》 with no material word
  a document (`parts._titled_with_no_material_word`)."""

from __future__ import annotations

import pytest
from drafting_helpers import draft_of_a_file, notice_text
from test_drafting import part_shapes

from collector.roster import builtin_roster

TOWNS = sorted(u.name for u in builtin_roster().units if u.kind in ("town", "township"))


def drafted(tmp_path, body: str, addressee: str = "各乡镇人民政府", title: str = "关于开展3031年专项检查的通知"):
    return draft_of_a_file(tmp_path, notice_text("建昌县应急管理局", title, addressee, body, "3031年3月10日"))


def only(tmp_path, body: str, **kw):
    (r,) = drafted(tmp_path, body, **kw).requirements
    return r


# ---------------------------------------------------------------- facts joined to a material

@pytest.mark.parametrize("sent", ["将隐患排查开展情况及巡护照片报送至jcyj3031@163.com",
                                  "将本单位隐患排查开展情况和现场照片（3至5张）发送至jcyj3031@163.com",
                                  "将隐患排查开展情况（500字左右）连同3—5张巡护照片报送至jcyj3031@163.com"])
def test_the_facts_joined_to_photos_are_a_document_beside_them(tmp_path, sent):
    r = only(tmp_path, f"请各乡镇于3月20日前{sent}。")
    assert sorted(part_shapes(r)) == ["document", "photo"]
    assert any(p["title"] == "隐患排查开展情况" for p in r.parts)


@pytest.mark.parametrize("sent, shapes", [
    ("将排查情况及《隐患整改台账》（Excel格式）发送至jcyj3031@163.com", ["document", "sheet"]),
    ("报送上半年专项行动开展情况及统计表（Excel格式），邮箱：jcyj3031@163.com", ["document", "sheet"]),
])
def test_variant_the_facts_joined_to_a_titled_or_bare_material(tmp_path, sent, shapes):
    assert sorted(part_shapes(only(tmp_path, f"请各乡镇于3月20日前{sent}。"))) == shapes


@pytest.mark.parametrize("sent, shapes", [
    # the table of those facts: one sheet, as before
    ("将辖区砖厂基本情况及整治方式统计表（Excel格式）发送至jcyj3031@163.com", ["sheet"]),
    # facts and another thing under one Word bracket: one document
    ("报送专栏开设情况及宣传报道链接（Word格式），邮箱：jcyj3031@163.com", ["document"]),
    # the facts inside one paper's name
    ("将上半年工作开展情况及下半年工作打算报送至jcyj3031@163.com", ["document"]),
])
def test_near_miss_facts_inside_or_held_by_another_name_add_no_paper(tmp_path, sent, shapes):
    assert sorted(part_shapes(only(tmp_path, f"请各乡镇于3月20日前{sent}。"))) == shapes


def test_the_facts_sent_are_the_title_when_the_next_sentence_only_points_back(tmp_path):
    d = drafted(tmp_path, "请各单位于3月15日前报送“回头看”工作开展情况，3月31日前报送隐患整改台账（Excel格式）及整改前后对比照片。"
                          "以上材料发送至jcyj3031@163.com。")
    first = min(d.requirements, key=lambda r: r.due)
    assert first.title == "“回头看”工作开展情况" and len(d.requirements) == 2


# ---------------------------------------------------------------- the county's 有关部门 beside the towns

def test_the_county_departments_said_by_their_group_word_take_their_own_date(tmp_path):
    d = drafted(tmp_path, "各乡镇于3月20日前、县直有关部门于3月25日前将自查报告（加盖公章的PDF扫描件）发送至jcyj3031@163.com。",
                addressee="各乡镇人民政府，县自然资源局、县农业农村局")
    assert [(r.due.day, sorted(r.units)) for r in sorted(d.requirements, key=lambda r: r.due)] == [
        (20, TOWNS), (25, ["县农业农村局", "县自然资源局"])]


def test_near_miss_towns_and_departments_together_are_every_addressee(tmp_path):
    r = only(tmp_path, "请各乡镇和县直有关部门于3月20日前将自查报告发送至jcyj3031@163.com。",
             addressee="各乡镇人民政府，县自然资源局、县农业农村局")
    assert sorted(r.units) == sorted(TOWNS + ["县农业农村局", "县自然资源局"])


# ---------------------------------------------------------------- some units sending more at the same time

@pytest.mark.parametrize("who, units", [("县应急局、县住建局、县交通局", ["县交通局", "县住建局", "县应急局"]),
                                        ("县统计局", ["县统计局"])])
def test_a_same_time_clause_of_some_units_after_a_comma_is_theirs_alone(tmp_path, who, units):
    d = drafted(tmp_path, f"请于7月5日前将上半年安全生产工作总结报送至jcyj3031@163.com，{who}同时报送本行业重大隐患排查整治台账（Excel格式）。",
                addressee="各乡镇人民政府，县直各部门")
    summary, ledger = sorted(d.requirements, key=lambda r: len(r.units), reverse=True)
    assert set(TOWNS + units) <= set(summary.units) and part_shapes(summary) == ["document"]
    assert sorted(ledger.units) == units and part_shapes(ledger) == ["sheet"] and ledger.due == summary.due


def test_near_miss_a_same_time_clause_with_no_units_sends_along(tmp_path):
    r = only(tmp_path, "请各乡镇于7月5日前将上半年安全生产工作总结报送至jcyj3031@163.com，同时报送隐患排查整治台账（Excel格式）。")
    assert sorted(part_shapes(r)) == ["document", "sheet"]


def test_near_miss_a_clause_of_some_units_with_a_date_of_its_own_is_their_own_deadline(tmp_path):
    d = drafted(tmp_path, "请各乡镇于7月5日前将上半年安全生产工作总结报送至jcyj3031@163.com，县统计局于7月10日前报送汇总表（Excel格式）。",
                addressee="各乡镇人民政府，县统计局")
    assert [(r.due.day, len(r.units)) for r in sorted(d.requirements, key=lambda r: r.due)] == [(5, len(TOWNS)), (10, 1)]


# ---------------------------------------------------------------- units left out with no 除

def test_units_before_yiwai_de_ge_are_left_out_without_chu(tmp_path):
    r = only(tmp_path, "请汤神庙镇、药王庙镇、玲珑塔镇、大屯镇以外的各乡镇于6月10日前将综合文化站自评报告报送至jcyj3031@163.com。")
    assert sorted(r.units) == sorted(set(TOWNS) - {"汤神庙镇", "药王庙镇", "玲珑塔镇", "大屯镇"})


def test_near_miss_a_yiwai_de_after_the_sender_is_what_is_sent(tmp_path):
    r = only(tmp_path, "请各乡镇于6月10日前将辖区以外的其他务工人员名单（Excel格式）报送至jcyj3031@163.com。")
    assert sorted(r.units) == TOWNS


# ---------------------------------------------------------------- the departments named first, then what they are

SECTIONS = ("一、报送内容：第一季度项目建设进展情况表（附件1）。\n二、报送时间：即日起至3月6日。\n"
            "三、报送方式：发送至县发改局邮箱jcfg3031@163.com。\n")


def test_units_named_before_wei_baosong_bumen_are_the_undecided_departments(tmp_path):
    r = only(tmp_path, SECTIONS + "县发改局、县财政局、县住建局为本次报送部门。", addressee="各乡镇人民政府，县直相关部门")
    assert sorted(r.units) == sorted(TOWNS + ["县住建局", "县发改局", "县财政局"])


def test_near_miss_a_lead_department_named_so_is_no_sender(tmp_path):
    r = only(tmp_path, SECTIONS + "县发改局为本次工作牵头部门。", addressee="各乡镇人民政府，县直相关部门")
    assert sorted(r.units) == TOWNS


# ---------------------------------------------------------------- a role whose list is in an annex

def with_a_list(tmp_path, body: str, listed: str = "建昌镇、汤神庙镇、药王庙镇、县水利局、县交通局"):
    text = notice_text("建昌县财政局", "关于报送3031年度衔接资金项目绩效目标表的通知",
                       "各乡镇人民政府，县水利局、县交通局、县农业农村局", body, "3031年3月5日")
    text += f"\n附件：1．项目实施单位名单\n2．项目绩效目标表\n\n附件1\n项目实施单位名单\n{listed}\n"
    (r,) = draft_of_a_file(tmp_path, text).requirements
    return r


@pytest.mark.parametrize("pointer", ["项目实施单位名单见附件1。", "项目实施单位详见附件1。"])
def test_a_role_whose_list_the_notice_points_to_is_that_list(tmp_path, pointer):
    r = with_a_list(tmp_path, "请各项目实施单位于3月20日前将项目绩效目标表（附件2，Excel格式）报送至jccz3031@163.com。" + pointer)
    assert sorted(r.units) == ["县交通局", "县水利局", "建昌镇", "汤神庙镇", "药王庙镇"]


def test_near_miss_a_list_pointed_to_for_another_role_leaves_the_senders(tmp_path):
    r = with_a_list(tmp_path, "请各乡镇于3月20日前将项目绩效目标表（附件2，Excel格式）报送至jccz3031@163.com。示范单位名单见附件1。")
    assert sorted(r.units) == TOWNS


# ---------------------------------------------------------------- a date line over the groups' clauses

def test_clauses_of_groups_under_a_line_giving_only_the_date_are_each_groups_own(tmp_path):
    d = drafted(tmp_path, "报送截止时间为3031年11月15日下午4:30。请各乡镇报送创建工作总结及佐证材料，县交通局、县财政局报送资金保障情况说明。"
                          "材料报送至jcjt3031@163.com。", addressee="各乡镇人民政府，县交通局、县财政局")
    got = sorted((sorted(r.units), sorted(p["title"] for p in r.parts)) for r in d.requirements)
    assert got == sorted([(["县交通局", "县财政局"], ["资金保障情况说明"]), (TOWNS, sorted(["佐证材料", "创建工作总结"]))])
    assert {r.due.hour for r in d.requirements} == {16}


def test_near_miss_one_group_under_the_date_line_asks_everything_of_it(tmp_path):
    d = drafted(tmp_path, "报送截止时间为3031年11月15日下午4:30。请各乡镇报送创建工作总结及佐证材料。材料报送至jcjt3031@163.com。")
    (r,) = d.requirements
    assert sorted(r.units) == TOWNS and len(r.parts) == 2


# ---------------------------------------------------------------- 附件 sent by their numbers

def with_two_annexes(tmp_path, body: str):
    text = notice_text("建昌县司法局", "关于开展3031年度行政执法案卷评查的通知", "各乡镇人民政府",
                       body + "\n\n附件：1．行政执法案卷目录\n2．行政执法案卷评查自评表", "3031年10月8日")
    (r,) = draft_of_a_file(tmp_path, text).requirements
    return r


@pytest.mark.parametrize("sent, shapes", [
    ("将附件1、附件2填写完整后报送至jcsf3031@163.com，附件2需加盖单位公章。", ["document", "scan"]),
    ("将附件1和附件2报送至jcsf3031@163.com。", ["document", "sheet"]),
])
def test_each_annex_of_a_run_after_jiang_is_a_paper_by_its_title(tmp_path, sent, shapes):
    r = with_two_annexes(tmp_path, "请各乡镇于10月20日前" + sent)
    assert sorted(part_shapes(r)) == shapes
    assert any("案卷目录" in p["title"] for p in r.parts) and any("自评表" in p["title"] for p in r.parts)


def test_near_miss_one_annex_sent_is_that_paper_alone(tmp_path):
    r = with_two_annexes(tmp_path, "请各乡镇于10月20日前将附件2报送至jcsf3031@163.com。")
    assert [p["title"] for p in r.parts] == ["行政执法案卷评查自评表"]


# ---------------------------------------------------------------- a body's members, listed in the body

MEMBERS = "县水利局、县自然资源局、县农业农村局、县住建局"


@pytest.mark.parametrize("addressee", ["各乡镇人民政府，县河长制成员单位", "各乡镇人民政府，县河长制各成员单位"])
def test_the_members_the_body_lists_after_their_name_are_the_addressed_members(tmp_path, addressee):
    r = only(tmp_path, f"请于1月10日前报送年度河长制工作总结及考核自评表（Excel格式）。县河长制成员单位名单：{MEMBERS}。"
                       "材料发送至jchz3031@163.com。", addressee=addressee)
    assert sorted(r.units) == sorted(TOWNS + MEMBERS.split("、"))


def test_near_miss_members_the_body_does_not_list_are_left_to_the_clerk(tmp_path):
    d = drafted(tmp_path, "请于1月10日前报送年度河长制工作总结及考核自评表（Excel格式）。材料发送至jchz3031@163.com。",
                addressee="各乡镇人民政府，县河长制成员单位")
    (r,) = d.requirements
    assert sorted(r.units) == TOWNS and any("县河长制成员单位" in line for line in d.unsettled)


@pytest.mark.parametrize("defined", ["承担化解任务的单位：建昌镇、汤神庙镇、县住建局、县人社局。",
                                     "承担积案化解任务的单位为：建昌镇、汤神庙镇、县住建局、县人社局。"])
def test_a_role_the_body_lists_after_a_colon_is_those_units(tmp_path, defined):
    r = only(tmp_path, "请承担积案化解任务的单位于11月30日前将化解情况报告及案件台账（Excel格式）报送至jcxf3031@163.com。" + defined,
             addressee="各乡镇人民政府，县直有关部门")
    assert sorted(r.units) == ["县人社局", "县住建局", "建昌镇", "汤神庙镇"]


def test_near_miss_a_colon_list_of_another_role_leaves_the_role_to_the_clerk(tmp_path):
    d = drafted(tmp_path, "请承担积案化解任务的单位于11月30日前将化解情况报告报送至jcxf3031@163.com。"
                          "负责督导的单位：县委政法委、县信访局。", addressee="各乡镇人民政府，县直有关部门")
    (r,) = d.requirements
    assert r.units == [] and any("承担积案化解任务的单位" in line for line in d.unsettled)
