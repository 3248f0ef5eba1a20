"""What held-out notices 1700–1719 showed the drafter missing (the share of branch h-fixn85c), on notice texts written
for these tests, each with a near miss that must not fire: a mailbox written as an account name with its webmail in
brackets (1714)."""

from __future__ import annotations

from collector.drafting import draft_campaign
from collector.roster import builtin_roster

ROSTER = builtin_roster()
TOWNS = sorted(ROSTER.names(["town", "township"]))
DEPARTMENTS = sorted(ROSTER.names(["department", "institution"]))
MAILBOX = "邮箱：jcqxsl_ban@163.com\n"


def draft(body: str, salutation: str = "各乡镇人民政府：", mailbox: str = MAILBOX, tail: str = ""):
    text = (f"关于开展2461年农田灌溉设施情况调查的通知\n{salutation}\n{body}\n{mailbox}"
            f"联系人：邬建平  联系电话：0429-7713528\n\n建昌县农田水利建设办公室\n2461年9月1日\n{tail}")
    return draft_campaign(text, ROSTER)


def kinds(r) -> list[str]:
    return sorted(p["kind"] + ("/" + p["formats"][0] if p.get("formats") else "") for p in r.parts)


ONE = "一、各乡镇于9月12日（星期三）前报送灌溉设施台账（Excel格式）。\n"


# ---------------------------------------------------------------- 1714: 电子邮箱：jcnyyc2514（163邮箱）


def test_an_account_name_with_its_webmail_in_brackets_is_that_webmails_address():
    campaign = draft(ONE, mailbox="电子邮箱：jcgg_tj2461（126邮箱）\n")
    assert campaign.addresses == ["jcgg_tj2461@126.com"]


def test_a_number_with_a_webmail_in_brackets_under_another_label_is_no_address():
    """Near miss: 联系电话：13904291234（163邮箱同号）: a phone number, not labelled a mailbox, is no account."""
    campaign = draft(ONE, mailbox="联系电话：13904291234（163邮箱）\n")
    assert campaign.addresses == []
