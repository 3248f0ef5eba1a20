"""Held-out mailbox 73 (round 73): what it showed the collector missing, on campaigns and mails written for these tests
(a 2084 消防设施检查 of the 应急局, owing one Excel 检查表; a 2084 全民阅读月 of the 文旅局, owing a Word 总结 and 3 to 5
photos; the same towns owing both, the windows overlapping).

A mail with photos only, whose own words name one campaign's matter (县应急局, 消防栓) and of the other campaign only say
that the files are pictures (现场照片见附件), is not filed under the campaign asking photos: the picture word fits it by
the files' type alone. Within the campaign it speaks of, photos none of its parts take, a request for action (请…派人 /
维修 / 处理) and the material said to follow (检查表汇总后再报) go to a person as a report, with that reason.
A photo mail naming the photo campaign's matter, or a photo with no words at all, is read as before.

A photo mail naming the campaign (补一张阅读月照片, 再补两张阅读月照片), sent after the unit's 总结 and two photos of 3 to 5
asked, is filed with its requirement: the unit's earlier mails of it are short of photos (summed over them, as the
status sums them), so what stands before the campaign's word (补一张) names no other matter. A lone photo before any
earlier mail, and one after the photos were all sent, are read as before.
"""

from __future__ import annotations

import datetime as dt
import io
from types import SimpleNamespace

from match_order import match_in_arrival_order
from route_helpers import ROSTER, SH, _docx, mail, one_table_campaign

from collector.campaign import campaign_from_dict

FIRE, READ = "2084-04-02-xfssjc", "2084-04-06-qmydy"
APR_12 = dt.datetime(2084, 4, 12, 9, 40, tzinfo=SH)
TOWNS = ["大屯镇", "石佛乡", "药王庙镇"]


def fire():
    """One Excel 检查情况表 of the 应急局; 消防 a campaign word only, as 人防 was (no requirement's hint)."""
    return one_table_campaign(FIRE, "2084年消防设施检查", "2084-04-02", "消防设施检查", TOWNS, "2084-04-25T17:00:00+08:00",
                              ["消防设施检查情况表", "检查情况表", "检查表"], topics=("消防",))


def reading():
    return campaign_from_dict({
        "id": READ, "title": "2084年全民阅读月活动", "notice_date": "2084-04-06",
        "mailbox": {"addresses": ["jc7710089@163.com"], "subject_hints": ["全民阅读月", "阅读月"]},
        "units": TOWNS,
        "requirements": [{"id": "summary", "title": "全民阅读月活动总结及活动现场照片", "due": "2084-04-30T17:00:00+08:00",
                          "hints": ["阅读月活动总结", "活动总结", "活动现场照片", "现场照片", "阅读月"],
                          "parts": [{"id": "doc", "title": "活动总结（Word）", "kind": "document",
                                     "formats": ["docx", "doc"], "words": ["活动总结", "阅读月"]},
                                    {"id": "photos", "title": "活动现场照片", "kind": "photo", "min_count": 3}]}],
    }, roster=ROSTER)


def jpeg(seed: int = 1) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (640, 480), (30 * seed % 256, 150, 90)).save(out, "JPEG")
    return out.getvalue()


def photos(n: int, start: int = 1) -> dict[str, bytes]:
    return {f"IMG_2084041{k}_10{k}.jpg": jpeg(k) for k in range(start, start + n)}


def in_order(mails: list[bytes], tmp_path):
    """The mails a day apart from 4月12日, through the real pipeline (what each unit owed when each came)."""
    dated = [SimpleNamespace(raw=r, received_at=APR_12 + dt.timedelta(days=k)) for k, r in enumerate(mails)]
    return [m for _, m in match_in_arrival_order(dated, [fire(), reading()], tmp_path)]


SENDER = "dtz_zhb@163.com"


def from_town(subject: str, body: str, files: dict[str, bytes]) -> bytes:
    return mail(subject, body + "\n\n发自我的iPhone", files, sender=SENDER)


# ---------------------------------------------------------------- a fault reported with a photo


def fault(body: str, subject: str = "大屯镇2号消防栓漏水") -> bytes:
    return from_town(subject, body, photos(1))


def test_a_fault_report_with_a_photo_is_not_the_photo_campaigns(tmp_path):
    (m,) = in_order([fault("县应急局：\n今天检查，我镇敬老院2号消防栓漏水，现场照片见附件，请尽快派人维修。检查表汇总后再报。\n"
                           "大屯镇应急办")], tmp_path)
    assert m.state == "needs_review" and m.campaign == FIRE and m.unit == "大屯镇", (m.campaign, m.reason)
    assert "请求处理" in m.reason and "材料另行报送" in m.reason, m.reason


def test_other_words_of_a_fault_report(tmp_path):
    """The rule is no phrase of one mail: 请协调处理, 随后报送, 图片 for 照片, the campaign named only by 消防."""
    (m,) = in_order([fault("县应急局：\n石佛乡政府院内的消防器材箱损坏，图片附后，请协调处理。检查情况表随后报送。\n石佛乡",
                           subject="石佛乡灭火器箱损坏")], tmp_path)
    assert m.state == "needs_review" and m.campaign == FIRE and "请求处理" in m.reason, (m.campaign, m.reason)


def test_a_photo_naming_the_photo_campaigns_matter_stays_there(tmp_path):
    """阅读月 named: the photos are that campaign's, even beside 消防 words."""
    (m,) = in_order([fault("县文旅局：\n阅读月活动现场照片见附件，活动在消防站旁边的书屋举办。\n大屯镇",
                           subject="大屯镇阅读月照片")], tmp_path)
    assert m.campaign == READ and m.unit == "大屯镇", (m.state, m.campaign, m.reason)


def test_a_photo_with_no_words_is_read_as_before(tmp_path):
    """Nothing said at all: no campaign's matter to weigh, the picture fits the photo campaign alone."""
    (m,) = in_order([from_town("大屯镇", "", photos(1))], tmp_path)
    assert m.campaign == READ and m.unit == "大屯镇", (m.state, m.campaign, m.reason)


def test_a_fault_photo_without_the_material_put_off_keeps_the_plain_reason(tmp_path):
    """A request for action but no word of the material to follow: held as a photo the campaign does not ask."""
    (m,) = in_order([fault("县应急局：\n今天检查，我镇敬老院2号消防栓漏水，现场照片见附件，请尽快派人维修。\n大屯镇应急办")],
                    tmp_path)
    assert m.state == "needs_review" and m.campaign == FIRE and "不要求照片" in m.reason, (m.campaign, m.reason)


# ---------------------------------------------------------------- one more photo after two


def summary_and_two() -> bytes:
    return from_town("大屯镇阅读月活动总结", "县文旅局：\n总结和两张照片见附件，还有一张明天补发。\n大屯镇党政办",
                     {"大屯镇2084年全民阅读月活动总结.docx": _docx(["大屯镇人民政府2084年全民阅读月活动总结", "活动开展情况……"]),
                      **photos(2)})


def test_a_third_photo_after_two_is_filed_with_its_requirement(tmp_path):
    first, third = in_order([summary_and_two(),
                             from_town("大屯镇补一张阅读月照片", "县文旅局：\n补发活动照片一张（前两张已随总结报送）。\n大屯镇党政办",
                                       photos(1, 3))], tmp_path)
    assert (first.state, first.requirements) == ("filed", ["summary"]), first.reason
    assert (third.state, third.campaign, third.unit, third.requirements) == ("filed", READ, "大屯镇", ["summary"]), \
        third.reason


def owed_now(tmp_path) -> set[str]:
    """What 大屯镇 still owes in the 阅读月 campaign by the status stage, over every mail filed in ``tmp_path``."""
    from collector import index
    from collector.status.table import still_open

    db = index.connect(tmp_path)
    try:
        return still_open(db, reading(), ["大屯镇"])[(READ, "大屯镇")]
    finally:
        db.close()


def test_the_photos_of_two_mails_make_the_part(tmp_path):
    """The status sums the photos over the unit's mails of the requirement: two, then one, make the three asked."""
    in_order([summary_and_two()], tmp_path / "two")
    assert owed_now(tmp_path / "two") == {"summary"}
    in_order([summary_and_two(), from_town("大屯镇补一张阅读月照片", "补发活动照片一张。\n大屯镇党政办", photos(1, 3))],
             tmp_path / "three")
    assert owed_now(tmp_path / "three") == set()


def test_two_more_photos_in_other_words(tmp_path):
    _, more = in_order([summary_and_two(), from_town("大屯镇再补两张阅读月照片", "再发两张现场照片。\n大屯镇", photos(2, 3))],
                       tmp_path)
    assert (more.state, more.campaign, more.requirements) == ("filed", READ, ["summary"]), more.reason


def test_a_lone_photo_without_an_earlier_mail_is_read_as_before(tmp_path):
    """No 总结 or photo of the unit before: one photo is no photo part of three, held for a person."""
    (m,) = in_order([from_town("大屯镇补一张阅读月照片", "县文旅局：\n补发活动照片一张。\n大屯镇党政办", photos(1, 3))], tmp_path)
    assert m.state == "needs_review" and not m.requirements, (m.state, m.reason)


def test_a_photo_beyond_the_count_is_read_as_before(tmp_path):
    """The 总结 and five photos sent (3 to 5 asked): nothing short, one more is held for a person as before."""
    first = from_town("大屯镇阅读月活动总结", "县文旅局：\n总结和照片见附件。\n大屯镇党政办",
                      {"大屯镇2084年全民阅读月活动总结.docx": _docx(["大屯镇人民政府2084年全民阅读月活动总结", "活动开展情况……"]),
                       **photos(5)})
    _, more = in_order([first, from_town("大屯镇补一张阅读月照片", "补发活动照片一张。\n大屯镇党政办", photos(1, 6))], tmp_path)
    assert more.state == "needs_review" and not more.requirements, (more.state, more.reason)
