"""Two misses of the thirty-second held-out mailbox (tests/fixtures/mixed32): a subject copied from another
unit's mail and not changed, and a reply on the notice of a campaign that collects papers of every matter
(the 公文 a 公文质量评查 asks for are reports, requests and notices on anything)."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest
from route_helpers import SH, held_out_campaigns, mail, office_quote, place

from collector.campaign import load_campaigns


sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed"))
from mixed_docs import stamped_pdf  # noqa: E402  (a scanner's PDF: pictures, no text)

GW = "2042-06-06-sbnxzgwzlpc"
JUNE = dt.datetime(2042, 6, 12, 14, 50, tzinfo=SH)
QUOTE = office_quote("关于开展2042年上半年乡镇公文质量评查的通知", "各乡镇人民政府：\n请于2042年6月17日16时前将3件公文发送至…")


@pytest.fixture(scope="module")
def campaigns():
    return held_out_campaigns("mixed32")


def papers(unit: str) -> dict[str, bytes]:
    titles = ["关于上半年森林防火工作情况的报告", "关于申请村级道路维修资金的请示", "关于做好汛期安全工作的通知"]
    return {f"建昌县{unit}人民政府{t}.pdf": stamped_pdf(k) for k, t in enumerate(titles, 1)}


def test_a_subject_copied_from_another_units_mail_is_the_senders(campaigns):
    raw = mail("大屯镇公文评查", "县政府办公室：\n3件公文见附件。\n养马甸子乡党政办", papers("养马甸子乡"))
    m = place(campaigns, raw, JUNE)
    assert (m.state, m.campaign, m.unit) == ("filed", GW, "养马甸子乡"), m.reason


def test_a_subject_naming_another_unit_whose_files_are_that_units_still_goes_to_a_person(campaigns):
    raw = mail("大屯镇公文评查", "县政府办公室：\n3件公文见附件。\n养马甸子乡党政办", papers("大屯镇"))
    m = place(campaigns, raw, JUNE)
    assert m.unit != "养马甸子乡" or m.state == "needs_review", m.reason
    assert m.state == "needs_review" and "多个单位" in m.reason, m.reason  # the subject and the files against the sign-off


def test_a_reply_on_the_notice_of_a_campaign_for_papers_of_every_matter_is_its(campaigns):
    raw = mail("回复：关于开展2042年上半年乡镇公文质量评查的通知", "3件公文扫描件见附件。\n杨树湾子乡党政办" + QUOTE,
               papers("杨树湾子乡"))
    m = place(campaigns, raw, JUNE)
    assert (m.state, m.campaign, m.unit, m.requirements) == ("filed", GW, "杨树湾子乡", ["gw"]), m.reason


def test_the_same_papers_without_the_reply_or_the_campaigns_words_go_to_a_person(campaigns):
    m = place(campaigns, mail("材料", "请查收。\n杨树湾子乡党政办", papers("杨树湾子乡")), JUNE)
    assert m.state == "needs_review", m.reason


def test_the_drafted_campaign_for_papers_takes_the_reply_too():
    """The campaign as the drafter wrote it, untouched: its 公文 part's only word is 公文, a word for any paper."""
    drafted = load_campaigns([str(p) for p in (Path(__file__).parent / "fixtures" / "mixed32" / "campaigns" /
                                                "drafts").glob("*公文*.yaml")])
    raw = mail("回复：关于开展2042年上半年乡镇公文质量评查的通知", "3件公文扫描件见附件。\n杨树湾子乡党政办" + QUOTE,
               papers("杨树湾子乡"))
    m = place(drafted, raw, JUNE)
    assert (m.state, m.campaign, m.unit) == ("filed", GW, "杨树湾子乡"), m.reason
