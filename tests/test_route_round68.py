"""Held-out mailbox 68 (round 68): what it showed the collector missing, on campaigns, notices and mails written for
these tests (a 2080 答复 of the 县人大代表建议 and 政协委员提案 whose notice assigns numbered items to four departments in
its 承办单位分解表; a 2080 值班表 of the towns).

A requirement may carry the notice's assignment of numbered items to units (``assigned``, drafted from the 附件's
承办单位 column): a mail naming only an item's number is the unit's the table gives it to; a unit answering only items
of another unit is held; a 以此为准 answering an item the unit had not answered before replaces nothing. Besides: an
item number before a material's word is no topic of another matter; a draft sent for the office to read before it is
signed is not the submission; a person's letter of thanks naming the bureau it thanks is no unit's mail."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from match_order import match_in_arrival_order
from route_helpers import ROSTER, SH, _docx, mail, place

from collector.campaign import CampaignError, campaign_from_dict
from collector.drafting import draft_campaign

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed"))
from mixed_docs import stamped_pdf  # noqa: E402

DF = "2080-09-01-jytadf"
OCT_9 = dt.datetime(2080, 10, 9, 10, 0, tzinfo=SH)
OFFICE = "jc7710089@163.com"
ASSIGNED = {"建议第4号": "县住建局", "建议第7号": "县自然资源局", "建议第9号": "县住建局", "提案第4号": "县林草局",
            "提案第13号": "县审计局"}


def replies(assigned: dict | None = None, hints: tuple = ()):
    """The 答复函: a stamped scan (PDF) per item, by the four departments the 分解表 names."""
    req = {"id": "df", "title": "建议提案答复函（盖章扫描件）", "due": "2080-10-20T17:00:00+08:00",
           "hints": ["答复函", "建议提案答复", *hints],
           "parts": [{"id": "stamped", "title": "答复函扫描件（PDF）", "kind": "document", "formats": ["pdf"],
                      "words": ["答复函"]}]}
    if assigned is not None:
        req["assigned"] = assigned
    return campaign_from_dict({
        "id": DF, "title": "2080年县人大代表建议和政协委员提案办理答复", "notice_date": "2080-09-01",
        "mailbox": {"addresses": [OFFICE], "subject_hints": ["建议提案办理答复"]},
        "units": ["县住建局", "县自然资源局", "县林草局", "县审计局"], "requirements": [req],
    }, roster=ROSTER)


def scan(seed: int = 1) -> bytes:
    return stamped_pdf(seed)


# ---------------------------------------------------------------- the campaign format: assigned


def test_a_requirement_reads_its_assigned_items():
    (req,) = replies(ASSIGNED).requirements
    assert req.assigned == ASSIGNED
    (plain,) = replies().requirements
    assert plain.assigned == {}


def test_an_item_assigned_to_a_unit_outside_the_requirement_is_refused():
    with pytest.raises(CampaignError, match="assigned"):
        replies({"建议第4号": "县教育局"})


# ---------------------------------------------------------------- the drafter reads the 分解表

NOTICE = """关于做好2080年建议提案办理答复工作的通知

县政府有关部门：
    现将承办任务分解如下（见附件）。请于2080年10月20日17:00前将答复函扫描件（PDF格式，每件一份）发送至县政府办公室邮箱。

附件：2080年建议提案承办单位分解表

建昌县人民政府办公室
2080年9月1日

附件
2080年建议提案承办单位分解表
序号\t编号\t案由\t{head}
1\t建议第4号\t关于老旧小区改造的建议\t县住建局
2\t建议第7号\t关于耕地保护的建议\t县自然资源局
3\t提案第4号\t关于森林防火的提案\t县林草局
"""


def test_the_drafter_reads_which_unit_answers_each_item():
    draft = draft_campaign(NOTICE.format(head="承办单位"), ROSTER)
    (req,) = draft.requirements
    assert req.assigned == {"建议第4号": "县住建局", "建议第7号": "县自然资源局", "提案第4号": "县林草局"}
    assert draft.to_dict()["requirements"][0]["assigned"] == req.assigned


def test_a_numbered_table_without_an_answering_column_assigns_nothing():
    draft = draft_campaign(NOTICE.format(head="联系单位"), ROSTER)
    assert all(not r.assigned for r in draft.requirements)
    assert all("assigned" not in r for r in draft.to_dict()["requirements"])


# ---------------------------------------------------------------- a mail naming only its item


def test_a_mail_naming_only_its_item_is_the_assigned_units():
    raw = mail("第7号答复函", "您好，第7号答复函已盖章扫描，见附件。\n李娜", {"第7号.pdf": scan()}, sender="ln2080x@163.com")
    m = place([replies(ASSIGNED)], raw, OCT_9)
    assert (m.state, m.unit, m.requirements) == ("filed", "县自然资源局", ["df"]), m.reason
    assert "建议第7号" in m.reason


def test_a_number_two_units_are_assigned_in_two_series_is_held():
    raw = mail("第4号答复函", "您好，第4号答复函已盖章扫描，见附件。\n李娜", {"第4号.pdf": scan()}, sender="ln2080x@163.com")
    assert place([replies(ASSIGNED)], raw, OCT_9).state == "needs_review"


def test_without_an_assignment_a_bare_number_names_no_unit():
    raw = mail("第7号答复函", "您好，第7号答复函已盖章扫描，见附件。\n李娜", {"第7号.pdf": scan()}, sender="ln2080x@163.com")
    assert place([replies()], raw, OCT_9).state == "needs_review"


# ---------------------------------------------------------------- a unit answering another unit's item


def test_a_unit_answering_only_another_units_item_is_held():
    raw = mail("审计局关于政协提案第4号的答复", "现将我局关于县政协提案第4号的答复函报送，请查收。\n建昌县审计局办公室",
               {"建昌县审计局关于县政协提案第4号的答复.pdf": scan()}, sender="sjj2080@163.com")
    m = place([replies(ASSIGNED)], raw, OCT_9)
    assert (m.state, m.unit) == ("needs_review", "县审计局"), m.reason
    assert "提案第4号由县林草局承办" in m.reason and "提案第13号" in m.reason


def test_a_unit_answering_its_own_items_in_a_list_is_filed():
    raw = mail("住建局建议第4号、第9号答复函", "我局承办的建议第4号、第9号答复函扫描件见附件。\n建昌县住房和城乡建设局办公室",
               {"建议第4号答复.pdf": scan(1), "建议第9号答复.pdf": scan(2)}, sender="zjj2080@163.com")
    m = place([replies(ASSIGNED)], raw, OCT_9)
    assert (m.state, m.unit, m.requirements) == ("filed", "县住建局", ["df"]), m.reason


def test_its_own_item_beside_another_units_is_filed():
    raw = mail("审计局提案第13号答复函", "我局承办的提案第13号答复函扫描件见附件（提案第4号的协办意见已另报林草局）。\n建昌县审计局办公室",
               {"建昌县审计局关于提案第13号的答复.pdf": scan()}, sender="sjj2080@163.com")
    m = place([replies(ASSIGNED)], raw, OCT_9)
    assert (m.state, m.unit) == ("filed", "县审计局"), m.reason


# ---------------------------------------------------------------- 以此为准 of an item not answered before


def _in_order(mails: list[bytes], tmp_path):
    """The mails a day apart, through the real pipeline."""
    dated = [SimpleNamespace(raw=r, received_at=OCT_9 + dt.timedelta(days=k)) for k, r in enumerate(mails)]
    return [m for _, m in match_in_arrival_order(dated, [replies(ASSIGNED)], tmp_path)]


def audits(subject: str, text: str, item: str, seed: int) -> bytes:
    """县审计局's answer to ``item``, a scan."""
    return mail(subject, f"{text}\n建昌县审计局办公室", {f"建昌县审计局{item}的答复.pdf": scan(seed)}, sender="sjj2080@163.com")


def test_a_first_answer_to_its_item_marked_final_is_no_correction(tmp_path):
    first, second = _in_order([audits("审计局提案第4号答复", "现将提案第4号答复函报送。", "提案第4号", 1),
                               audits("审计局提案第13号答复函", "我局承办的提案第13号答复函见附件。前次报错了编号，请以本件为准。",
                                      "提案第13号", 2)], tmp_path)
    assert first.state == "needs_review"
    assert (second.state, second.unit, second.is_correction) == ("filed", "县审计局", False), second.reason


def test_the_same_item_sent_again_marked_final_is_a_correction(tmp_path):
    first, second = _in_order([audits("审计局提案第13号答复函", "提案第13号答复函见附件。", "提案第13号", 1),
                               audits("审计局提案第13号答复函（更正）", "提案第13号答复函重新盖章扫描，以此为准。", "提案第13号", 2)],
                              tmp_path)
    assert (first.state, first.is_correction) == ("filed", False)
    assert (second.state, second.is_correction) == ("filed", True), second.reason


# ---------------------------------------------------------------- an item number is no other matter


# the hints as drafted from 答复函扫描件: 复函扫描件 is its cut, and 提案第13号答 stood before it
CUT = ("答复函扫描件", "复函扫描件")


def test_an_item_number_before_the_material_is_no_topic_of_another_matter():
    raw = mail("转发：提案第13号答复函扫描件", "转发县审计事务中心起草的提案第13号答复函（已盖局章），请查收。\n建昌县审计局办公室",
               {"建昌县审计局提案第13号的答复.pdf": scan()}, sender="sjj2080@163.com")
    m = place([replies(hints=CUT)], raw, OCT_9)
    assert (m.state, m.unit, m.requirements) == ("filed", "县审计局", ["df"]), m.reason


def test_a_foreign_topic_before_the_material_still_is_one():
    raw = mail("审计局防汛抗旱物资采购第2号答复函", "防汛抗旱物资采购第2号答复函见附件。\n建昌县审计局办公室",
               {"防汛抗旱物资采购第2号答复函.pdf": scan()}, sender="sjj2080@163.com")
    assert place([replies(hints=CUT)], raw, OCT_9).state == "needs_review"


# ---------------------------------------------------------------- a draft for the office to read first


def test_a_draft_for_the_office_to_read_before_signing_is_held():
    raw = mail("林草局提案第4号答复函（初稿）请审阅", "我局答复函初稿见附件，请县政府办公室先审阅，无意见后我局再签发盖章报送。\n建昌县林草局办公室",
               {"林草局提案第4号答复函（初稿）.docx": _docx(["答复函（初稿）", "尊敬的委员："])}, sender="lcj2080@163.com")
    m = place([replies(ASSIGNED)], raw, OCT_9)
    assert (m.state, m.unit) == ("needs_review", "县林草局"), m.reason
    assert "不是正式报送" in m.reason


def test_a_letter_reviewed_by_its_own_leader_and_stamped_is_filed():
    raw = mail("林草局提案第4号答复函", "我局答复函经主要负责同志审核后签发盖章，扫描件见附件。\n建昌县林草局办公室",
               {"建昌县林草局关于提案第4号的答复.pdf": scan()}, sender="lcj2080@163.com")
    m = place([replies(ASSIGNED)], raw, OCT_9)
    assert (m.state, m.unit) == ("filed", "县林草局"), m.reason


# ---------------------------------------------------------------- a person's thanks


def test_a_members_letter_of_thanks_is_no_units_mail():
    raw = mail("感谢信", "县政府办公室的同志们：\n我是县政协委员赵丽。我提的提案，林草局的同志专门来沟通，答复很实在，特此来信表示感谢！\n赵丽",
               sender="28817733@qq.com", name="赵丽")
    m = place([replies(ASSIGNED)], raw, OCT_9)
    assert m.state == "ignored", m.reason


def test_a_members_complaint_naming_a_bureau_is_still_held():
    raw = mail("关于提案答复的意见", "县政府办公室：\n我是县政协委员赵丽。林草局对我的提案答复不具体，请督促重新答复。\n赵丽",
               sender="28817733@qq.com", name="赵丽")
    assert place([replies(ASSIGNED)], raw, OCT_9).state == "needs_review"


@pytest.mark.parametrize("closing", ["谢谢！", "非常感谢！", "对林草局同志的辛苦表示感谢，但"])
def test_a_members_request_closing_with_thanks_is_still_held(closing):
    """谢谢 / 非常感谢 closing a request, or thanks beside one: the person asks something, a person answers it."""
    body = f"县政府办公室：\n我是县政协委员赵丽。{closing}林草局对我的提案答复不具体，请督促重新答复。谢谢！\n赵丽"
    raw = mail("关于提案答复的意见", body, sender="28817733@qq.com", name="赵丽")
    assert place([replies(ASSIGNED)], raw, OCT_9).state == "needs_review"
