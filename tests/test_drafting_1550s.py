"""What held-out notices 1540–1559 showed the drafter missing (four of the eight; the other four are in
tests/test_drafting_1540s.py), on notice texts written for these tests: every numbered item of a list a colon opens
(1547, three items, the third lost), an item typed in the mail body and a 申报书 among the items `上述材料` points back
at (1552), and 正午前 (1555)."""

from __future__ import annotations

import datetime as dt

from collector.drafting import draft_campaign
from collector.drafting.requirements import material_names
from collector.roster import builtin_roster

ROSTER = builtin_roster()


def draft(body: str, salutation: str = "各乡镇人民政府："):
    text = (f"关于开展2434年农业社会化服务情况调查的通知\n{salutation}\n{body}\n联系人：葛立新  联系电话：0429-7714471\n\n"
            f"建昌县农业社会化服务中心\n2434年4月8日\n")
    return draft_campaign(text, ROSTER)


def the_requirement(body: str):
    (r,) = draft(body).requirements
    return r


def shapes(r) -> list[str]:
    out = []
    for p in r.parts:
        formats = set(p.get("formats") or [])
        out.append(p["kind"] if p["kind"] != "document" else "sheet" if "xlsx" in formats
                   else "scan" if formats == {"pdf"} else "document")
    return sorted(out)


def test_every_item_of_the_list_a_colon_opens_is_a_material():
    body = ("二、报送材料\n请各乡镇于4月28日（星期五）前将以下材料电子版发送至中心邮箱（jcnyfw@163.com）：\n"
            "1．《社会化服务组织名录》（Excel格式）；\n2．服务组织年度财务报告（加盖公章后扫描为PDF）；\n"
            "3．服务价格变动情况说明（Word格式）；\n4．典型服务案例（Word格式）。\n"
            "原始票据由各乡镇留存，核查时调阅。")
    r = the_requirement(body)
    assert shapes(r) == ["document", "document", "scan", "sheet"]
    assert r.title.startswith("社会化服务组织名录及") and "以下材料" not in r.title


def test_two_items_after_a_colon_stay_two():
    """Near miss: a list of two, and a sentence after it saying what is kept, not sent."""
    body = ("请各乡镇于4月28日前将以下材料发送至jcnyfw@163.com：\n1．《社会化服务组织名录》（Excel格式）；\n"
            "2．典型服务案例（Word格式）。\n原始票据及服务合同由各乡镇留存备查。")
    assert shapes(the_requirement(body)) == ["document", "sheet"]


def test_a_declaration_is_a_material():
    assert material_names("报送申报书（Word格式）") == ["申报书"]
    assert [n[-3:] for n in material_names("每个推荐组织的申报书")] == ["申报书"]


def test_the_items_pointed_back_at_hold_a_form_a_scan_and_facts_typed_in_the_mail():
    body = ("二、申报材料\n（一）《2434年示范服务组织推荐名录》（Excel格式）；\n"
            "（二）每个推荐组织的申报书，经乡镇审核盖章后扫描为PDF文件；\n"
            "（三）乡镇农业社会化服务联络员的姓名、职务、手机号码，请直接写在邮件正文中。\n"
            "申报书原件由乡镇留存备查。\n三、报送时间\n请各乡镇于5月8日（星期一）上午11时前将上述材料发送至中心邮箱jcnyfw@163.com。")
    r = the_requirement(body)
    assert shapes(r) == ["field", "scan", "sheet"]
    assert r.due.replace(tzinfo=None) == dt.datetime(2434, 5, 8, 11, 0)


def test_noon_written_zhengwu():
    body = "请各乡镇于5月8日（星期一）正午前将《服务面积统计表》（Excel格式）发送至jcnyfw@163.com。"
    assert the_requirement(body).due.replace(tzinfo=None) == dt.datetime(2434, 5, 8, 12, 0)


def test_zhengwu_with_its_hour_keeps_the_minutes():
    """Near miss: 正午12时30分前 is half past noon, not noon."""
    body = "请各乡镇于5月8日（星期一）正午12时30分前将《服务面积统计表》（Excel格式）发送至jcnyfw@163.com。"
    assert the_requirement(body).due.replace(tzinfo=None) == dt.datetime(2434, 5, 8, 12, 30)
