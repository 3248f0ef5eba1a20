"""What held-out notices 1840–1859 showed the drafter missing (the share of branch h-fixn92a), on notice texts written
for these tests, each with a near miss that must not change: the addressees of one kind (主送单位中的县直部门) and a
let-off of one of them after a semicolon (1843); units by the odd or even 序号 of a table's rows (1851); towns named
only in a one-row table, pointed back at by 上述各乡, one of them sending only one of the materials by name (1857)."""

from __future__ import annotations

from collector.drafting import draft_campaign
from collector.drafting.senders.let_off import without_a_let_off_after
from collector.drafting.senders.units import UnitResolver
from collector.roster import builtin_roster

ROSTER = builtin_roster()
RESOLVER = UnitResolver(ROSTER)
TOWNS = sorted(ROSTER.names(["town", "township"]))
BOX = "jcslj_hdxc@163.com"
SALUTATION = "汤神庙镇、大屯镇人民政府，石佛乡、素珠营子乡人民政府，县水利局，县交通局，县住建局："


def draft(body: str, salutation: str = SALUTATION):
    text = (f"关于开展2462年河道安全隐患排查工作的通知\n{salutation}\n{body}\n报送邮箱：{BOX}\n"
            f"联系人：钱立伟  联系电话：0429-7718830\n\n建昌县水利事务服务中心\n2462年5月4日\n")
    return draft_campaign(text, ROSTER)


def kinds(r) -> list[str]:
    return sorted(p["kind"] + ("/" + p["formats"][0] if p.get("formats") else "") for p in r.parts)


# ---------------------------------------------------------------- 1843: 主送单位中的县直部门, a let-off after ；

BY_KIND = ("二、报送要求\n（一）主送单位中的各镇：请于5月15日（星期五）前报送《河道隐患点位统计表》（Excel格式）。\n"
           "（二）主送单位中的{who}：请于5月22日（星期五）前报送本行业河道管护情况说明（Word格式）{tail}。\n")


def test_the_departments_among_the_addressees_are_those_the_salutation_names():
    towns, depts = draft(BY_KIND.format(who="县直部门", tail="")).requirements
    assert sorted(towns.units) == ["大屯镇", "汤神庙镇"]
    assert sorted(depts.units) == ["县交通局", "县住建局", "县水利局"]


def test_every_department_of_the_roster_is_not_taken_for_the_addressees():
    """Near miss: the salutation names three departments; 主送单位中的各部门 is those, not every department."""
    _, depts = draft(BY_KIND.format(who="各部门", tail="")).requirements
    assert sorted(depts.units) == ["县交通局", "县住建局", "县水利局"]


def test_the_townships_among_the_addressees_are_not_the_towns():
    """Near miss: 主送单位中的各乡 is the two 乡 the salutation names, not the 镇 beside them."""
    _, townships = draft(BY_KIND.format(who="各乡", tail="")).requirements
    assert sorted(townships.units) == ["石佛乡", "素珠营子乡"]


def test_a_unit_let_off_after_the_semicolon_is_out_and_its_words_are_no_part():
    tail = "；县住建局负责城区排水管网点位的核对，本次不报送材料"
    _, depts = draft(BY_KIND.format(who="县直部门", tail=tail)).requirements
    assert sorted(depts.units) == ["县交通局", "县水利局"]
    assert kinds(depts) == ["document/docx"]


def test_a_statement_after_the_semicolon_that_asks_something_stays():
    """Near miss: a unit after the semicolon that sends more is no let-off: the words stay."""
    segment = "请于5月22日前报送管护情况说明（Word格式）；县住建局另附排水管网点位图（PDF格式）"
    assert without_a_let_off_after(segment, RESOLVER) == segment
    let_off = "请于5月22日前报送管护情况说明（Word格式）；县住建局负责点位核对，本次不报送材料"
    assert without_a_let_off_after(let_off, RESOLVER) == "请于5月22日前报送管护情况说明（Word格式）"


# ---------------------------------------------------------------- 1851: 序号为单数 / 双数的乡镇

ROWS = ("一、排查乡镇\n序号\t乡镇\t隐患点数量\t其中涉水景区\n1\t汤神庙镇\t4\t2\n2\t大屯镇\t2\t1\n3\t石佛乡\t3\t3\n"
        "4\t素珠营子乡\t1\t0\n5\t老大杖子乡\t2\t1\n二、报送要求\n")


def test_odd_and_even_rows_of_the_table_send_by_their_own_dates():
    body = ROWS + ("请上表中序号为单数的乡镇于5月15日（星期五）前、序号为双数的乡镇于5月22日（星期五）前，"
                   "将《河道隐患排查表》（Excel格式）及隐患点位照片报送至县水利事务服务中心邮箱。\n")
    odd, even = draft(body, "有关乡镇人民政府（见下表）：").requirements
    assert sorted(odd.units) == ["汤神庙镇", "石佛乡", "老大杖子乡"]
    assert sorted(even.units) == ["大屯镇", "素珠营子乡"]
    assert (odd.due.day, even.due.day) == (15, 22)


def test_every_town_beside_a_numbered_table_stays_every_town():
    """Near miss: 各乡镇 beside the same table, no 序号 said, is every town."""
    body = ROWS + "请各乡镇于5月15日（星期五）前报送《河道隐患排查表》（Excel格式）。\n"
    (r,) = draft(body, "各乡镇人民政府：").requirements
    assert sorted(r.units) == TOWNS


def test_a_range_of_rows_still_reads_as_a_range():
    """Near miss: 序号1—2的乡镇 keeps reading the rows in the range."""
    body = ROWS + "请上表中序号1—2的乡镇于5月15日（星期五）前报送《河道隐患排查表》（Excel格式）。\n"
    (r,) = draft(body, "有关乡镇人民政府（见下表）：").requirements
    assert sorted(r.units) == ["大屯镇", "汤神庙镇"]


# ---------------------------------------------------------------- 1857: a one-row table of names, one sending less

ONE_ROW = ("一、排查范围\n本次排查涉及大凌河沿岸的以下4个乡：\n石佛乡\t素珠营子乡\t老大杖子乡\t要路沟乡\n二、报送要求\n"
           "（一）请上述各乡于5月15日（星期五）前将《河道隐患排查表》（Excel格式）及隐患点位照片报送至县水利事务服务中心邮箱{tail}。\n"
           "（二）请县水利局于5月22日（星期五）中午12时前报送河道管护情况说明（Word格式）。\n")


def test_the_townships_of_a_one_row_table_are_those_above():
    towns, bureau = draft(ONE_ROW.format(tail=""), "有关乡人民政府，县水利局：").requirements
    assert sorted(towns.units) == ["石佛乡", "素珠营子乡", "老大杖子乡", "要路沟乡"]
    assert kinds(towns) == ["document/xlsx", "photo"]
    assert bureau.units == ["县水利局"] and bureau.due.hour == 12


def test_one_of_them_sending_only_one_material_by_name_is_a_requirement_of_its_own():
    tail = "；其中，要路沟乡所辖隐患点已于去年完成治理，本次只报送隐患点位照片，不报送排查表"
    rest, one, bureau = draft(ONE_ROW.format(tail=tail), "有关乡人民政府，县水利局：").requirements
    assert sorted(rest.units) == ["石佛乡", "素珠营子乡", "老大杖子乡"]
    assert kinds(rest) == ["document/xlsx", "photo"]
    assert one.units == ["要路沟乡"] and kinds(one) == ["photo"] and one.due == rest.due
    assert bureau.units == ["县水利局"]


def test_a_unit_sending_only_what_all_send_is_no_split():
    """Near miss: 只报送 both materials the others send: nothing fewer, the requirement stays one."""
    tail = "；其中，要路沟乡本次只报送《河道隐患排查表》（Excel格式）及隐患点位照片"
    towns, bureau = draft(ONE_ROW.format(tail=tail), "有关乡人民政府，县水利局：").requirements
    assert sorted(towns.units) == ["石佛乡", "素珠营子乡", "老大杖子乡", "要路沟乡"]


def test_every_township_outside_a_pointing_back_stays_every_township():
    """Near miss: 各乡 with no 上述 is every township, whatever the row above lists."""
    body = ONE_ROW.format(tail="").replace("请上述各乡", "请各乡")
    towns, _ = draft(body, "各乡人民政府，县水利局：").requirements
    assert sorted(towns.units) == sorted(ROSTER.names(["township"]))
