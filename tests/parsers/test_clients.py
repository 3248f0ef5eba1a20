"""Fixture mails shaped like each client really sends them."""

from collector.parsers import parse_message


def names(mail):
    return [a.filename for a in mail.attachments]


def test_foxmail_gb2312_label_over_gbk_bytes_in_quotes(parsed):
    mail = parsed("foxmail_gbk.eml")
    assert mail.subject == "县发改局5·15政务公开日活动材料（朱镕基喆）"
    assert "\u30fb" not in mail.subject  # A1A4 is U+00B7 in GBK, not katakana middle dot
    assert mail.from_name == "县发改局王喆"
    assert mail.from_addr == "fgj_wangzhe@163.com"
    assert mail.to == ["zwgk515@163.com"]
    assert mail.message_id == "<202305151612297543210@163.com>"
    assert mail.headers["X-Mailer"].startswith("Foxmail")
    assert names(mail) == ["县发改局5·15政务公开日活动总结.docx", "现场照片（朱镕基喆）.jpg"]
    assert [a.kind for a in mail.attachments] == ["document", "photo"]
    assert "5·15政务公开日活动材料" in mail.body_text
    assert mail.not_submission is None


def test_outlook_split_words_and_inline_image(parsed):
    mail = parsed("outlook_zh.eml")
    assert mail.subject == "县统计局5·15政务公开日活动照片台账（李堃、陈珺）报送"
    image, ledger = mail.attachments
    assert image.filename == "image001.jpg" and image.inline and image.kind == "photo"
    assert ledger.filename == "县统计局～2023年5·15政务公开日活动照片台账（含镕喆堃珺）.xlsx"
    assert ledger.kind == "document" and ledger.text_status == "ok" and "县发改局" in ledger.text


def test_coremail_gbk_words_and_zip_with_gbk_member_names(parsed):
    mail = parsed("coremail_gbk_zip.eml")
    assert mail.subject == "县发改局5·15活动照片"
    assert names(mail) == [
        "县发改局活动照片（朱镕基喆）.zip", "现场照片（朱镕基喆）.jpg", "5·15活动总结.docx",
        "堃珺台账.zip", "台账.xlsx",
    ]
    assert [a.parent for a in mail.attachments] == [None, 0, 0, None, 3]
    assert mail.attachments[1].kind == "photo" and mail.attachments[1].photo.camera == "HUAWEI P40"
    assert all(a.problem is None for a in mail.attachments)


def test_iphone_heic_inline_with_rfc2231_name(parsed):
    mail = parsed("iphone_heic.eml")
    assert mail.from_name == "陈珺"
    assert names(mail) == ["IMG_0001.heic", "现场照片（喆）.heic"]
    first, second = mail.attachments
    for attachment in mail.attachments:
        assert attachment.kind == "photo" and attachment.inline and attachment.content_type == "image/heic"
    assert (first.photo.taken_at, first.photo.camera) == ("2023-05-15T10:02:45", "Apple iPhone 13")
    assert (first.photo.width, first.photo.height) == (640, 480)
    assert (second.photo.taken_at, second.photo.camera) == ("2023-05-15T10:05:00", "Apple iPhone 14 Pro")
    assert (second.photo.width, second.photo.height) == (900, 1200)
    assert "活动照片见附件" in mail.body_text


def test_thunderbird_rfc2231_continuations_cut_mid_character(parsed):
    mail = parsed("thunderbird_rfc2231.eml")
    assert names(mail) == [
        "县市场监管局5·15政务公开日活动总结（定稿，含镕喆堃珺签字页）.pdf", "签字页扫描件.pdf", "总结.doc",
    ]


def test_raw_8bit_gbk_subject_sender_and_filename(parsed):
    mail = parsed("raw8bit_gbk.eml")
    assert mail.subject == "县林业局5·15政务公开日材料（朱镕基喆）"
    assert mail.from_name == "县林业局"
    (txt,) = mail.attachments
    assert txt.filename == "县林业局5·15活动记录（堃）.txt"
    assert txt.kind == "document" and "王喆" in txt.text


def test_7z_members_in_memory(parsed):
    mail = parsed("sevenzip.eml")
    assert names(mail) == ["城关镇5·15材料.7z", "活动照片1.png", "政务公开日总结.docx"]
    assert [a.parent for a in mail.attachments] == [None, 0, 0]
    assert mail.attachments[1].photo is not None
    assert "政务公开日" in mail.attachments[2].text


def test_rar_with_gbk_member_names(parsed):
    mail = parsed("rar_gbk.eml")
    assert names(mail) == ["县教育局活动照片（喆）.rar", "活动照片（喆）.png", "总结（堃珺）.txt"]
    assert [a.parent for a in mail.attachments] == [None, 0, 0]
    assert mail.attachments[1].kind == "photo" and "王喆" in mail.attachments[2].text


def test_forwarded_rfc822_part_and_attached_eml_are_opened(parsed):
    mail = parsed("forwarded.eml")
    assert names(mail) == [
        "县审计局5·15活动总结.eml", "县审计局活动总结.docx", "县水利局活动照片.eml", "IMG_20230515_093012.jpg",
    ]
    assert [a.parent for a in mail.attachments] == [None, 0, None, 2]
    assert mail.attachments[0].content_type == "message/rfc822"
    assert mail.attachments[0].data.startswith(b"From:")
    first, second = mail.forwarded
    assert (first.from_name, first.from_addr, first.subject) == ("县审计局 陈珺", "sjj_chenjun@163.com", "县审计局5·15活动总结")
    assert first.date == "Mon, 15 May 2023 15:00:00 +0800"
    assert (second.from_name, second.subject) == ("县水利局", "县水利局活动照片")
    assert "县审计局活动总结见附件" in mail.body_text


def test_parts_without_names_and_mislabelled_types(parsed):
    mail = parsed("no_names.eml")
    assert names(mail) == ["附件1.jpg", "附件2.pdf", "photo.jpg", "DSC_0001"]
    assert [a.content_type for a in mail.attachments] == ["image/jpeg", "application/pdf", "image/png", "image/jpeg"]
    assert [a.kind for a in mail.attachments] == ["photo", "document", "photo", "photo"]


def test_html_only_body_becomes_text(parsed):
    mail = parsed("html_only_gb2312.eml")
    assert "5·15政务公开日活动已完成，负责人朱镕基喆" in mail.body_text
    assert "<p>" not in mail.body_text


def test_display_name_with_unquoted_comma_and_lookalike_address():
    raw = (b"From: alice@example.org <bob@example.com>\r\nTo: Last, First <x@y.cn>, =?gbk?B?1cXI/Q==?= <z@y.cn>\r\n"
           b"Subject: x\r\n\r\nbody\r\n")
    mail = parse_message(raw)
    assert mail.from_addr == "bob@example.com"  # the real (angle) address, not the name
    assert mail.from_raw == "alice@example.org <bob@example.com>"
    assert mail.to == ["x@y.cn", "z@y.cn"]
