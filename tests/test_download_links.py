"""Parts a notice lets come as download links (``links: true``, docs/campaign-format.md): mixed55 asked its towns for
a drone video and photo originals, “较大的可使用超大附件、文件中转站或百度网盘等方式发送下载链接”, and the collector
counted no link. Here, on notices, mails and files written for these tests: the drafter marks the parts such a
sentence opens to links (and not when it refuses them, nor for the office's own drive); the campaign file and the
dashboard form carry the flag; the parse stage reads a saved shortcut's address and 钉钉邮箱's large attachments; the
status counts a working link for the part it fits, a share that names no file for the parts the mail's files do not
bring, and no link that had expired when the mail came; a mail that is only a transfer service's link is filed."""

from __future__ import annotations

import datetime as dt

import pytest
from route_helpers import SH, held_out_campaigns, mail, place
from test_campaign_form import through_the_form
from test_drafting_820s import drafted

from collector.campaign import CampaignError, campaign_from_dict
from collector.dashboard.campaign_form import Posted, data_from_form, form_from_posted
from collector.parsers import parse_message
from collector.parsers.links import cloud_drive_shares, links_from_text, shortcut_target
from collector.roster import builtin_roster
from collector.status import FiledFile, evaluate, FiledMail, parts_present

SC = "2065-10-12-qxxczxcgzyxzl"
OCT_20_2065 = dt.datetime(2065, 10, 20, 15, 0, tzinfo=SH)

# ---------------------------------------------------------------- drafting


def links_marked(draft) -> dict[str, bool]:
    return {p["id"]: bool(p.get("links")) for r in draft.requirements for p in r.parts}


def test_a_notice_letting_big_videos_and_photos_come_by_link_marks_those_parts():
    body = ("请各乡镇于10月23日17时前将宣传视频、活动照片和登记表发送至jcxc@163.com。视频、照片文件较大的，"
            "可使用163邮箱超大附件或百度网盘等方式发送下载链接；登记表请作为附件直接发送。")
    marked = links_marked(drafted(body))
    assert marked["video"] and marked["photos"]
    assert not marked["table"]  # 登记表请作为附件直接发送


def test_a_sentence_naming_only_photos_opens_only_the_photos():
    body = ("请各乡镇于10月23日17时前将宣传视频和活动照片发送至jcxc@163.com。照片原图较大的，可上传网盘后将分享链接"
            "和提取码发至邮箱。")
    marked = links_marked(drafted(body))
    assert marked["photos"] and not marked["video"]


def test_links_refused_or_the_offices_own_drive_open_nothing():
    refused = ("请各乡镇于10月23日17时前将宣传视频和活动照片发送至jcxc@163.com。请以邮件附件形式发送，"
               "不接受网盘链接。")
    assert not any(links_marked(drafted(refused)).values())
    template = ("请各乡镇于10月23日17时前将宣传视频和活动照片发送至jcxc@163.com。登记表模板已上传至政务云盘，"
                "请自行下载。")
    assert not any(links_marked(drafted(template)).values())


# ---------------------------------------------------------------- the campaign file and the form


def campaign(parts: list[dict]):
    return campaign_from_dict({
        "id": "sc", "title": "影像资料征集", "units": {"kinds": ["town"]},
        "requirements": [{"id": "sc", "title": "视频照片及登记表", "due": "2065-10-23T17:00:00+08:00", "parts": parts}],
    }, roster=builtin_roster())


VIDEO = {"id": "video", "title": "航拍视频", "kind": "document", "formats": ["mp4", "mov"], "words": ["航拍视频"],
         "links": True}
PHOTOS = {"id": "photos", "title": "照片原图", "kind": "photo", "min_count": 10, "links": True}
TABLE = {"id": "table", "title": "登记表", "kind": "document", "formats": ["xlsx"], "words": ["登记表"]}


def test_links_is_read_from_the_file_and_must_be_true_or_false():
    parts = campaign([VIDEO, TABLE]).requirements[0].parts
    assert [p.links for p in parts] == [True, False]
    with pytest.raises(CampaignError, match="links must be true or false"):
        campaign([{**VIDEO, "links": "yes"}])


def test_links_comes_back_from_the_form_and_from_its_checkbox():
    data = {"id": "sc", "title": "影像资料征集", "units": {"kinds": ["town"]},
            "requirements": [{"id": "sc", "title": "视频照片及登记表", "due": "2065-10-23T17:00:00+08:00",
                              "parts": [VIDEO, PHOTOS, TABLE]}]}
    parts = through_the_form(data)["requirements"][0]["parts"]
    assert [p.get("links") for p in parts] == [True, True, None]
    posted = Posted([("id", "sc"), ("title", "影像资料征集"), ("notice_date", "2065-10-12"),
                     ("addresses", "jcxc@163.com"), ("units", "石佛乡"), ("r0_id", "sc"), ("r0_title", "视频"), ("r0_units_all", "1"),
                     ("r0_due", "2065-10-23 17:00"), ("r0p0_id", "video"), ("r0p0_title", "航拍视频"),
                     ("r0p0_kind", "document"), ("r0p0_links", "1"), ("r0p1_id", "table"), ("r0p1_title", "登记表"),
                     ("r0p1_kind", "document")])
    units = [{"name": u.name, "kind": u.kind} for u in builtin_roster().units]
    back, errors = data_from_form(form_from_posted(posted), units, set())
    assert errors == {}
    assert [p.get("links") for p in back["requirements"][0]["parts"]] == [True, None]


# ---------------------------------------------------------------- parse


def test_a_saved_shortcut_is_read_for_the_address_it_points_to():
    shortcut = b"[InternetShortcut]\r\nURL=https://pan.baidu.com/s/1AbC?pwd=x7k2\r\nIconIndex=0\r\n"
    assert shortcut_target(shortcut, "url") == "https://pan.baidu.com/s/1AbC?pwd=x7k2"
    assert shortcut_target(b"[InternetShortcut]\r\nURL=file:///C:/a.xlsx\r\n", "url") is None  # a file on their PC
    raw = mail("石佛乡影像资料", "链接见附件，提取码x7k2", {"影像资料_百度网盘.url": shortcut})
    (att,) = parse_message(raw).attachments
    assert att.link_url == "https://pan.baidu.com/s/1AbC?pwd=x7k2"


def test_dingtalk_mails_large_attachments_and_more_share_services_are_links():
    body = ("来自钉钉邮箱的超大附件（钉盘）\n石佛乡航拍视频.mp4（1.2GB，2065-11-20过期）\n"
            "https://mail.dingtalk.com/largeattach/download?fid=abc123")
    (link,) = links_from_text(body)
    assert (link.filename, link.link_expires) == ("石佛乡航拍视频.mp4", "2065-11-20")
    text = "夸克：https://pan.quark.cn/s/1a2b3c 文叔叔：https://c.wss.ink/f/xyz 139：https://caiyun.139.com/w/i/abc"
    assert len(cloud_drive_shares(text)) == 3
    assert cloud_drive_shares("请到 https://www.jianchang.gov.cn/zwgk/ 下载模板") == []


# ---------------------------------------------------------------- status


def att(name: str, kind: str, **more) -> FiledFile:
    return FiledFile(name, kind, more.pop("text", ""), False, more.pop("width", None), more.pop("height", None), **more)


def msg(n: int, *atts: FiledFile, body: str = "", subject: str = "石佛乡影像资料") -> FiledMail:
    return FiledMail(f"{n:064x}", None, dt.datetime(2065, 10, 14 + n, 10, 0, tzinfo=SH), "a@163.com", "", body, False,
                list(atts), ["sc"], subject)


REGISTER = att("石佛乡影像资料登记表.xlsx", "document", text="影像资料登记表")


def test_a_named_link_brings_the_part_it_fits_and_stands_for_the_whole_photo_set():
    c = campaign([VIDEO, PHOTOS, TABLE])
    req = c.requirements[0]
    mail_ = msg(1, REGISTER, att("石佛乡航拍视频.mp4", "link", link_url="https://mail.163.com/large-attachment-download/x"),
                att("石佛乡照片原图.zip", "link", link_url="https://mail.163.com/large-attachment-download/y"))
    assert parts_present(mail_, req, c) == {"video": 1, "photos": 10, "table": 1}
    assert evaluate([mail_], req, c)[0]


def test_links_count_nowhere_a_notice_did_not_open_to_them():
    c = campaign([{**VIDEO, "links": False}, TABLE])
    mail_ = msg(1, REGISTER, att("石佛乡航拍视频.mp4", "link", link_url="https://mail.163.com/large-attachment-download/x"))
    assert parts_present(mail_, c.requirements[0], c) == {"video": 0, "table": 1}


def test_a_share_naming_no_file_brings_the_parts_the_files_do_not():
    c = campaign([VIDEO, PHOTOS, TABLE])
    photos = [att(f"DJI_{i:04d}.JPG", "photo", width=4000, height=3000, sha256=f"{i:064x}") for i in range(10)]
    mail_ = msg(1, REGISTER, *photos, body="视频在百度网盘：链接: https://pan.baidu.com/s/1xYz?pwd=ab12 提取码: ab12")
    assert parts_present(mail_, c.requirements[0], c) == {"video": 1, "photos": 10, "table": 1}
    in_the_table = msg(2, att("登记表.xlsx", "document", text="影像资料登记表\n下载链接 https://pan.quark.cn/s/9f8e7d"))
    assert parts_present(in_the_table, c.requirements[0], c) == {"video": 1, "photos": 10, "table": 1}


def test_a_link_expired_before_the_mail_came_brings_nothing():
    c = campaign([VIDEO, TABLE])
    forwarded = msg(1, REGISTER, att("超大附件1", "link", link_url="https://mail.163.com/large-attachment-download/x",
                                     link_expires="2065年10月9日"))
    assert parts_present(forwarded, c.requirements[0], c)["video"] == 0
    working = msg(2, REGISTER, att("超大附件1", "link", link_url="https://mail.163.com/large-attachment-download/x",
                                   link_expires="2065年11月9日 14:05"))
    assert parts_present(working, c.requirements[0], c)["video"] == 1


def test_a_shortcut_to_a_share_is_a_link():
    c = campaign([VIDEO, TABLE])
    mail_ = msg(1, REGISTER, att("影像资料_免费高速下载_百度网盘.url", "other", link_url="https://pan.baidu.com/s/1q"))
    assert parts_present(mail_, c.requirements[0], c)["video"] == 1


# ---------------------------------------------------------------- routing


def test_a_transfer_services_mail_naming_the_unit_and_the_material_is_filed():
    body = ("您好！\n\n石佛乡党政办 通过文叔叔给您发送了2个文件，共计1.2GB。\n\n附言：县政府办：石佛乡成果展航拍视频和照片原图，"
            "登记表另发。\n\n点击下载：https://c.wss.ink/f/aB3dE5\n文件有效期至：2065-10-27 16:30\n\n"
            "此邮件由文叔叔系统自动发送，请勿直接回复。")
    m = place(held_out_campaigns("mixed55"), mail("石佛乡党政办 通过文叔叔给您发送了文件", body, sender="noreply@wenshushu.cn"),
              OCT_20_2065)
    assert (m.state, m.campaign, m.unit, m.requirements) == ("filed", SC, "石佛乡", ["sc"])
    assert "以下载链接报送" in m.reason


def test_a_system_mail_without_a_link_is_still_ignored():
    body = ("石佛乡党政办 通过文叔叔给您发送的文件已被下载1次。\n\n此邮件由文叔叔系统自动发送，请勿直接回复。")
    m = place(held_out_campaigns("mixed55"), mail("文件已被下载", body, sender="noreply@wenshushu.cn"), OCT_20_2065)
    assert m.state != "filed"
