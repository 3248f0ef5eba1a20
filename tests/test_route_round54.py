"""Held-out mailbox 54: what it showed the collector missing, on mails and files written for these tests (the
campaigns are mixed54's as the clerk loaded them: the 涉企行政检查专项整治自查 of the towns, the zone and the
departments, and the towns' 一事一议财政奖补项目 申报 of a 申报汇总表 and a 请示 signed, stamped and scanned).

A material's word second in a list of papers (…明细表和请示) is not qualified by the paper before it; one workbook whose
sheets are two campaigns' materials answers both; a 请示 typed on a computer with the seal pasted in as a picture and
no signature is not the signed and stamped scan asked."""

from __future__ import annotations

import datetime as dt
import io

from route_helpers import SH, held_out_campaigns, mail, place

from collector.parsers import parse_message

ZC, SB = "2064-03-19-sqxzjczxzzzc", "2064-04-02-cjgysyjsysyyczjb"  # 涉企检查自查; 一事一议申报
APRIL_12 = dt.datetime(2064, 4, 12, 10, 0, tzinfo=SH)
YS_TITLE = "2064年度一事一议财政奖补项目申报汇总表"
YS_ROWS = [["序号", "村名", "项目名称", "总投资（万元）", "申请奖补资金（万元）"], [1, "东沟村", "东沟村村内户外道路项目", 31, 18.6]]
JC_TABLE_ROWS = [["检查类型", "检查次数", "检查企业（家）", "发现问题（个）"], ["日常检查", 4, 6, 1]]
JC_LIST_ROWS = [["序号", "姓名", "执法证号", "执法领域", "所在科室"], [1, "孙立新", "21140012345", "综合行政执法", "综合行政执法队"]]


def routed(raw: bytes, when: dt.datetime = APRIL_12):
    return place(held_out_campaigns("mixed54"), raw, when)


def workbook(sheets: list[tuple[str, str, list[list]]]) -> bytes:
    """An .xlsx of (sheet name, title row, rows) sheets."""
    import openpyxl

    wb = openpyxl.Workbook()
    for k, (name, title, rows) in enumerate(sheets):
        ws = wb.active if k == 0 else wb.create_sheet()
        ws.title = name
        ws.append([title])
        ws.append(["填报单位：", "大屯镇人民政府"])
        for row in rows:
            ws.append(row)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def seal_picture(side: int = 320):
    """A red seal on a white ground, as a unit pastes one into Word: a ring, a star, strokes for the name on the rim."""
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (side, side), (255, 255, 255))
    d = ImageDraw.Draw(img)
    red = (218, 30, 38)
    d.ellipse((8, 8, side - 8, side - 8), outline=red, width=9)
    d.regular_polygon((side // 2, side // 2, side // 8), 5, fill=red)
    for k in range(8):
        d.rectangle((60 + k * 25, 60 + abs(4 - k) * 8, 75 + k * 25, 85 + abs(4 - k) * 8), fill=red)
    return img


def signature_picture():
    """The head's signature as an e-seal system stamps it beside the seal: black strokes, small."""
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (220, 90), (255, 255, 255))
    ImageDraw.Draw(img).line([(12, 60), (50, 20), (80, 70), (120, 25), (160, 66), (205, 30)], fill=(15, 15, 20), width=6)
    return img


def typed_pdf(lines: list[str], pictures: list[tuple[object, tuple[int, int, int, int]]]) -> bytes:
    """One A4 page as an office suite exports it: the lines as text (a CID font with a ToUnicode map, so the words
    can be copied) and each picture its own image drawn in its box (x, y, width, height, in points)."""
    chars = sorted(set("".join(lines)))
    cmap = ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CIDSystemInfo << /Registry (Adobe) /Ordering "
            "(UCS) /Supplement 0 >> def /CMapName /Adobe-Identity-UCS def /CMapType 2 def 1 begincodespacerange <0000> "
            f"<FFFF> endcodespacerange {len(chars)} beginbfchar\n"
            + "\n".join(f"<{ord(c):04X}> <{ord(c):04X}>" for c in chars)
            + "\nendbfchar endcmap CMapName currentdict /CMap defineresource pop end end").encode("ascii")
    objs: list[bytes] = []

    def add(body: bytes) -> int:
        objs.append(body)
        return len(objs)

    def stream(head: str, data: bytes) -> bytes:
        return f"<< {head} /Length {len(data)} >>\nstream\n".encode() + data + b"\nendstream"

    catalog, pages = add(b""), add(b"")
    tounicode = add(stream("", cmap))
    cid = add(b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) "
              b"/Ordering (GB1) /Supplement 4 >> /DW 1000 >>")
    font = add(f"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /Identity-H /DescendantFonts [{cid} 0 R] "
               f"/ToUnicode {tounicode} 0 R >>".encode())
    ops, xobjects = ["BT"], []
    for k, line in enumerate(lines):
        ops.append(f"/F1 12 Tf 1 0 0 1 72 {760 - 22 * k} Tm <{''.join(f'{ord(c):04X}' for c in line)}> Tj")
    ops.append("ET")
    for k, (img, (x, y, w, h)) in enumerate(pictures):
        out = io.BytesIO()
        img.save(out, "JPEG", quality=90)
        head = (f"/Type /XObject /Subtype /Image /Width {img.width} /Height {img.height} /ColorSpace /DeviceRGB "
                "/BitsPerComponent 8 /Filter /DCTDecode")
        xobjects.append(f"/Im{k} {add(stream(head, out.getvalue()))} 0 R")
        ops.append(f"q {w} 0 0 {h} {x} {y} cm /Im{k} Do Q")
    content = add(stream("", "\n".join(ops).encode("ascii")))
    page = add(f"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 {font} 0 R >> "
               f"/XObject << {' '.join(xobjects)} >> >> /Contents {content} 0 R >>".encode())
    objs[catalog - 1] = f"<< /Type /Catalog /Pages {pages} 0 R >>".encode()
    objs[pages - 1] = f"<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>".encode()
    out = io.BytesIO()
    out.write(b"%PDF-1.5\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode() + "".join(f"{o:010d} 00000 n \n" for o in offsets).encode())
    out.write(f"trailer\n<< /Size {len(objs) + 1} /Root {catalog} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def scanned_pdf() -> bytes:
    """The signed and stamped paper through a scanner: one picture of the page, black words and a red seal, no text."""
    from PIL import Image, ImageDraw

    page = Image.new("RGB", (827, 1169), (244, 243, 240))
    d = ImageDraw.Draw(page)
    for k in range(18):
        d.rectangle((90, 150 + 36 * k, 740 - (k % 4) * 60, 166 + 36 * k), fill=(40, 40, 45))
    page.paste(seal_picture(220), (480, 820))
    out = io.BytesIO()
    page.save(out, "PDF", resolution=100)
    return out.getvalue()


REQUEST_LINES = ["大屯镇人民政府", "关于申报2064年度一事一议财政奖补项目的请示", "县人民政府：",
                 "经村民代表会议民主议事并公示无异议，我镇拟申报项目1个，申请奖补资金18.6万元。", "妥否，请批示。",
                 "镇长：周海峰", "大屯镇人民政府", "2064年4月11日"]
REQUEST = "大屯镇关于申报2064年度一事一议财政奖补项目的请示.pdf"


def application(request: bytes, body: str = "我镇一事一议项目申报汇总表和请示见附件。") -> bytes:
    table = workbook([("申报汇总表", YS_TITLE, YS_ROWS)])
    return mail("大屯镇一事一议项目申报", f"县政府办公室：\n{body}\n大屯镇党政办",
                {"大屯镇一事一议项目申报汇总表.xlsx": table, REQUEST: request}, sender="dtzdzb@163.com")


# ---------------------------------------------------------------- a paper second in a list


def test_a_material_second_in_a_list_of_papers_is_not_qualified_by_the_first():
    """…明细表和请示: the 请示 stands alone; the 明细表 (no word of the campaign's) is the sheet whose own title is the
    申报汇总表. Read as one phrase, 明细表和 was a topic the campaign never uses, another matter's 请示."""
    table = workbook([("申报汇总表", YS_TITLE, YS_ROWS)])
    raw = mail("大屯镇一事一议项目明细表和请示", "县政府办公室：\n我镇一事一议项目明细表和请示见附件。\n大屯镇党政办",
               {"大屯镇一事一议项目明细表.xlsx": table, "请示.pdf": scanned_pdf()}, sender="dtzdzb@163.com")
    m = routed(raw)
    assert (m.state, m.unit, m.campaign, m.requirements) == ("filed", "大屯镇", SB, ["sb"]), m.reason


def test_a_word_after_a_joining_word_and_a_paper_is_listed():
    from collector.match.other_matter import _listed_after_another_paper

    assert _listed_after_another_paper("一事一议项目明细表和")
    assert _listed_after_another_paper("自查报告、")
    assert _listed_after_another_paper("工作方案及 ")
    assert not _listed_after_another_paper("全市安全生产执法培训")  # a qualifier, not a list
    assert not _listed_after_another_paper("安全和消防")  # 和 inside a topic: no paper before it


def test_a_topic_of_another_matter_before_the_material_is_still_seen():
    table = workbook([("Sheet1", "2064年度农村危房改造补助资金申报汇总表", YS_ROWS)])
    raw = mail("大屯镇农村危房改造补助资金申报汇总表", "县政府办公室：\n危房改造补助资金申报汇总表见附件。\n大屯镇党政办",
               {"大屯镇农村危房改造补助资金申报汇总表.xlsx": table}, sender="dtzdzb@163.com")
    m = routed(raw)
    assert m.state == "needs_review" and "危房改造" in m.reason, m.reason


# ---------------------------------------------------------------- one workbook, two campaigns' sheets


def test_one_workbook_whose_sheets_answer_two_campaigns_goes_to_a_person():
    book = workbook([("申报汇总表", YS_TITLE, YS_ROWS), ("检查情况统计表", "2063年以来涉企行政检查情况统计表", JC_TABLE_ROWS)])
    raw = mail("大屯镇一事一议项目申报", "县政府办公室：\n申报汇总表和请示见附件，检查情况统计表也在表格里。\n大屯镇党政办",
               {"大屯镇一事一议项目申报汇总表.xlsx": book, REQUEST: scanned_pdf()}, sender="dtzdzb@163.com")
    m = routed(raw)
    assert m.state == "needs_review" and "各工作表分属多项活动" in m.reason, m.reason
    assert "涉企行政检查专项整治自查" in m.reason and "一事一议" in m.reason, m.reason


def test_one_workbook_of_one_campaigns_two_materials_is_filed():
    book = workbook([("检查情况统计表", "2063年以来涉企行政检查情况统计表", JC_TABLE_ROWS),
                     ("执法人员清单", "行政执法人员清单", JC_LIST_ROWS)])
    raw = mail("大屯镇涉企行政检查自查统计表和清单", "县政府办公室：\n统计表和执法人员清单在一个表格的两页。\n大屯镇党政办",
               {"大屯镇涉企检查统计表和清单.xlsx": book}, sender="dtzdzb@163.com")
    m = routed(raw)
    assert (m.state, m.unit, m.campaign, m.requirements) == ("filed", "大屯镇", ZC, ["zc"]), m.reason


def test_a_workbooks_sheet_titles():
    from collector.match.campaigns import sheet_titles

    text = "[申报汇总表]\n2064年度申报汇总表\n填报单位：\t大屯镇\n[执法人员清单]\n\n行政执法人员清单\n序号\t姓名"
    assert sheet_titles(text) == ["申报汇总表 2064年度申报汇总表", "执法人员清单 行政执法人员清单"]
    assert sheet_titles("[Sheet1]\n申报汇总表\n1\t东沟村") == []


# ---------------------------------------------------------------- a seal pasted into a typed PDF


def test_a_typed_request_with_a_pasted_seal_is_no_signed_scan():
    request = typed_pdf(REQUEST_LINES, [(seal_picture(), (330, 520, 120, 120))])
    m = routed(application(request, "我镇一事一议项目申报汇总表和请示见附件，请示盖的是电子章。"))
    assert m.state == "needs_review" and (m.unit, m.campaign) == ("大屯镇", SB), m.reason
    assert "公章是贴上的图片" in m.reason and REQUEST in m.reason, m.reason


def test_a_typed_request_with_the_heads_signature_and_seal_pictures_is_filed():
    """An 电子印章 system's PDF: the words typed, the seal and the head's signature both pictures on the page."""
    request = typed_pdf(REQUEST_LINES, [(seal_picture(), (330, 520, 120, 120)), (signature_picture(), (120, 600, 110, 45))])
    m = routed(application(request, "请示已在电子印章系统加盖电子印章和镇长电子签名。"))
    assert (m.state, m.unit, m.campaign, m.requirements) == ("filed", "大屯镇", SB, ["sb"]), m.reason


def test_a_scanned_request_is_filed():
    m = routed(application(scanned_pdf()))
    assert (m.state, m.unit, m.campaign, m.requirements) == ("filed", "大屯镇", SB, ["sb"]), m.reason


def test_a_pasted_seal_counts_for_nothing_where_no_signed_scan_is_asked():
    """The 自查报告 asks Word and no signature: a PDF of it with a seal picture is judged as before, by its words."""
    from collector.match.signed import asks_a_signed_scan

    (zc,) = [c for c in held_out_campaigns("mixed54") if c.id == ZC]
    (sb,) = [c for c in held_out_campaigns("mixed54") if c.id == SB]
    assert not any(asks_a_signed_scan(p) for r in zc.requirements for p in r.parts)
    assert [p.id for r in sb.requirements for p in r.parts if asks_a_signed_scan(p)] == ["scan"]


def test_a_seal_alone_on_a_white_page_is_a_seal_and_a_scanned_page_is_not():
    """Sampled down, a seal pasted on an otherwise empty page is pink, not the seal's red: still a seal. A page with a
    signature beside the seal, or with black words, is no seal."""
    from PIL import Image, ImageDraw

    from collector.parsers.photos import photo_info, picture_role

    def role(img) -> str | None:
        out = io.BytesIO()
        img.save(out, "JPEG", quality=85)
        return picture_role(photo_info(out.getvalue()), out.getvalue())

    page = Image.new("RGB", (827, 1169), (255, 255, 255))
    page.paste(seal_picture(200), (480, 800))
    assert role(page) == "印章"
    assert role(seal_picture()) == "印章"
    signed = page.copy()  # an 电子印章 system's page: the head's signature in blue ink beside the seal
    ImageDraw.Draw(signed).line([(200, 860), (260, 820), (300, 880), (360, 815), (420, 870)], fill=(40, 50, 150), width=5)
    assert role(signed) is None
    scan = parse_message(mail("大屯镇请示", "见附件", {"请示.pdf": scanned_pdf()}))
    assert [a.text_status for a in scan.attachments] == ["scanned"]
    typed = parse_message(mail("大屯镇请示", "见附件", {"请示.pdf": typed_pdf(REQUEST_LINES, [(page, (0, 0, 595, 842))])}))
    assert [a.filename.endswith("（印章）.jpg") for a in typed.attachments] == [False, True]
