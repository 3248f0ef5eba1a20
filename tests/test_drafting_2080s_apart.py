"""Held-out notice 2088: an institution the salutation names on its own beside `县直各部门`, and asks by name in an item
of its own, is not one of the 部门 the other item asks (`collector/drafting/senders/addressed_apart.py`), on notice texts
written for these tests, with near misses where it must stay."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file

from collector.roster import builtin_roster

TOWNS_AND_DEPARTMENTS = [u.name for u in builtin_roster().units if u.kind in ("town", "township", "department")]


def draft(tmp_path, salutation: str, items: str):
    text = ("建昌县总工会\n关于开展2703年职工书法作品征集活动的通知\n\n"
            f"{salutation}：\n为丰富职工文化生活，现将有关事项通知如下。\n{items}\n"
            "联系人：马丽  联系电话：0429-7715520\n\n建昌县总工会\n2703年3月6日\n")
    return draft_of_a_file(tmp_path, text)


ITEMS = ("（一）各乡镇、县直各部门组织本单位职工参与，每单位推荐作品不少于2件，报送作品照片（JPG格式）。"
         "请于4月10日前发送至邮箱jczgh_sf@163.com。\n"
         "（二）县档案馆负责整理历届获奖作品，于3月31日前将作品目录（Excel格式）报送同一邮箱。")


def test_an_institution_set_apart_in_the_salutation_with_its_own_item_is_no_department_of_the_other(tmp_path):
    group, own = draft(tmp_path, "各乡镇人民政府，县直各部门，县档案馆", ITEMS).requirements
    assert "县档案馆" not in group.units and own.units == ["县档案馆"]
    assert set(group.units) <= set(TOWNS_AND_DEPARTMENTS) and len(group.units) > 30  # no institution among them


def test_near_miss_the_institution_without_an_item_of_its_own_stays_in_the_departments(tmp_path):
    items = ITEMS.split("\n")[0]
    (group,) = draft(tmp_path, "各乡镇人民政府，县直各部门，县档案馆", items).requirements
    assert "县档案馆" in group.units


def test_near_miss_every_unit_asked_keeps_the_institution(tmp_path):
    items = ITEMS.replace("各乡镇、县直各部门组织本单位职工参与", "各单位组织本单位职工参与")
    group, own = draft(tmp_path, "各乡镇人民政府，县直各部门，县档案馆", items).requirements
    assert "县档案馆" in group.units


def test_near_miss_a_department_set_apart_stays_one_of_the_departments(tmp_path):
    items = ITEMS.replace("县档案馆负责整理", "县文旅局负责整理")
    group, own = draft(tmp_path, "各乡镇人民政府，县直各部门，县文旅局", items).requirements
    assert "县文旅局" in group.units and own.units == ["县文旅局"]
