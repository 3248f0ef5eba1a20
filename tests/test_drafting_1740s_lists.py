"""What held-out notices 1745 and 1746 showed the drafter missing (the share of branch h-fixn87b), on notice texts
written for these tests, each with a near miss that must not fire: a list a unit sorts through into the one it forms,
`梳理…名录，形成一份《…名录》（Excel格式）` (1745); a 征求意见 notice to 各有关单位 whose units are only in a list
after the 落款, announced by `附：…名单` and opening with a whole group (各乡镇人民政府), the drafting bureau told
`不再反馈意见`, and opinions asked on a stamped scan with `无修改意见的，也请反馈“无意见”` (1746)."""

from __future__ import annotations

from collector.drafting import draft_campaign
from collector.roster import builtin_roster

ROSTER = builtin_roster()
TOWNS = sorted(ROSTER.names(["town", "township"]))
BOX = "jcsfj_hfz@163.com"


def draft(body: str, salutation: str = "县民政局，县卫健局：", title: str = "关于做好养老服务机构摸底工作的通知",
          tail: str = ""):
    text = (f"{title}\n{salutation}\n{body}\n报送邮箱：{BOX}\n"
            f"联系人：马立群  联系电话：0429-7716342\n\n建昌县司法局\n2474年5月6日\n{tail}")
    return draft_campaign(text, ROSTER)


def shapes(r) -> list[str]:
    return sorted(p["kind"] + ("/" + p["formats"][0] if p.get("formats") else "") for p in r.parts)


# ---------------------------------------------------------------- 1745: 梳理X，形成Y: Y is sent, X is worked over

SORTED = ("一、县民政局、县卫健局共同梳理本部门掌握的养老机构、医养结合机构名录，{then}"
          "于5月20日（星期五）前报送。\n")


def test_a_list_sorted_through_into_the_one_formed_is_no_part_of_its_own():
    (r,) = draft(SORTED.format(then="形成一份《养老服务机构汇总名录》（Excel格式），")).requirements
    assert shapes(r) == ["document/xlsx"]
    assert "汇总名录" in r.title


def test_a_list_sorted_and_sent_without_anything_formed_is_the_part():
    """Near miss: no 形成: the list sorted through is what is sent."""
    (r,) = draft(SORTED.format(then="")).requirements
    assert shapes(r) == ["document"]
    assert "机构名录" in r.title


def test_a_list_written_after_forming_a_report_stays_a_part():
    """Near miss: 形成 before the list, not after it: both the report and the list are sent."""
    body = "一、县民政局形成工作报告（Word格式），并附养老机构名录（Excel格式），于5月20日（星期五）前报送。\n"
    (r,) = draft(body, "县民政局：").requirements
    assert shapes(r) == ["document/docx", "document/xlsx"]


# ---------------------------------------------------------------- 1746: units only in a 附：…名单 after the 落款

CONSULT_TITLE = "关于征求《建昌县养老服务设施管理办法（征求意见稿）》意见的通知"
CONSULT = ("县司法局会同县民政局起草了《建昌县养老服务设施管理办法（征求意见稿）》，请认真研究并提出修改意见。\n"
           "一、请于5月20日（星期五）前将{form}发送至县司法局邮箱。{nil}\n"
           "{drafter}"
           "附：征求意见单位名单\n")
NAME_LIST = "征求意见单位名单\n各乡镇人民政府\n县民政局\n县财政局\n县卫健局\n"
STAMPED = "加盖单位公章的《意见反馈表》扫描件（PDF格式）"
NIL_ALSO = "无修改意见的，也请反馈“无意见”。"


def consult(form: str = STAMPED, nil: str = NIL_ALSO, drafter: str = "二、县民政局作为起草单位，不再反馈意见。\n"):
    return draft(CONSULT.format(form=form, nil=nil, drafter=drafter), "各有关单位：", CONSULT_TITLE, NAME_LIST)


def test_the_units_of_a_name_list_after_the_signature_a_whole_group_line_included():
    (r,) = consult(drafter="").requirements
    assert sorted(r.units) == sorted(TOWNS + ["县民政局", "县财政局", "县卫健局"])


def test_a_line_naming_a_part_of_a_group_adds_no_group():
    """Near miss: 有关乡镇人民政府 is not every town: only the named bureaus stay."""
    text = CONSULT.format(form=STAMPED, nil=NIL_ALSO, drafter="")
    d = draft(text, "各有关单位：", CONSULT_TITLE, NAME_LIST.replace("各乡镇人民政府", "有关乡镇人民政府"))
    (r,) = d.requirements
    assert not set(r.units) & set(TOWNS)
    assert sorted(r.units) == ["县卫健局", "县民政局", "县财政局"]


def test_the_drafting_bureau_that_gives_no_more_opinions_is_let_off():
    (r,) = consult().requirements
    assert "县民政局" not in r.units and "县财政局" in r.units


def test_a_bureau_told_to_give_its_opinions_to_another_is_not_let_off():
    """Near miss: 反馈 without a 不再 / 无需: the bureau still answers."""
    (r,) = consult(drafter="二、县民政局作为起草单位，也请反馈意见。\n").requirements
    assert "县民政局" in r.units


def test_opinions_on_a_stamped_scan_stay_the_scan_when_nil_is_said_nowhere_else():
    (r,) = consult().requirements
    assert shapes(r) == ["document/pdf"]


def test_nil_said_in_the_mail_makes_the_opinions_a_field_even_on_a_stamped_form():
    """Near miss: 在邮件正文中注明“无意见”即可 says where the nil answer goes: one typed field."""
    (r,) = consult(nil="无修改意见的，在邮件正文中注明“无意见”即可。").requirements
    assert shapes(r) == ["field"]


def test_nil_also_replied_for_opinions_not_stamped_is_a_field():
    """Near miss: no stamp on what is asked: 也请反馈“无意见” lets the mail say it."""
    (r,) = consult(form="《意见反馈表》（Word格式）").requirements
    assert shapes(r) == ["field"]
