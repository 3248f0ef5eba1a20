"""One planned mail written out: its sender and subject, its body, its documents and
photos, composed the way its mail client writes a mail."""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import urllib.parse

from collector.demo.attachments import CAMERAS, make_docx, make_photo, make_scanned_pdf, zip_with_gbk_names
from collector.demo.clients import CLIENT_DOMAINS, COMPOSERS, DOCX, Att, Draft, received_header
from collector.demo.mailbox.scenario import Plan
from collector.demo.mailbox.units import (
    ADDRESS_STEMS, COMMON_NAMES, LEADER_TITLES, RARE_NAMES, Unit, interview_manuscript, phone, summary_paragraphs,
)


def unit_address(unit: Unit | None, client: str, rng: random.Random, outsider: str = "tjj") -> str:
    stem = ADDRESS_STEMS.get(unit.name, "unit") if unit else outsider
    domain = rng.choice(CLIENT_DOMAINS[client])
    if domain == "qq.com":
        return f"{rng.randrange(10**8, 4 * 10**9)}@qq.com"
    if domain == "hld.gov.cn":
        return f"jc{stem}@hld.gov.cn"
    if domain == "icloud.com":
        return f"jc{stem}{rng.randrange(10, 99)}@icloud.com"
    return f"jc{stem}{rng.choice(['', '2019', '01', '123', '_bgs'])}@{domain}"


def sender_name(unit_name: str, rng: random.Random, person: str | None = None) -> str:
    choice = rng.random()
    if person:
        return person
    if choice < 0.35:
        return rng.choice(COMMON_NAMES)
    if choice < 0.5:
        return rng.choice(RARE_NAMES)
    if choice < 0.75:
        return unit_name.lstrip("县") + "办公室" if unit_name.startswith("县") else unit_name + "党政办"
    return "建昌县" + unit_name.lstrip("县") if unit_name.startswith("县") else unit_name


def summary_subject(unit_name: str, rng: random.Random) -> str:
    return rng.choice([
        f"{unit_name}5·15政务公开日活动总结",
        f"5·15政务公开日活动总结及照片（{unit_name}）",
        f"【{unit_name}】第十七届“5·15政务公开日”活动总结",
        f"{unit_name} 政务公开日总结和照片",
        f"{unit_name}报送5.15政务公开日活动总结",
        f"515活动总结-{unit_name}",
    ])


NOTICE_QUOTE = (
    "------------------ 原始邮件 ------------------\n"
    "发件人: \"县政府办\" <jc7710089@163.com>\n"
    "发送时间: 2023年5月5日(星期五) 下午3:20\n"
    "主题: 关于开展第十七届“5·15政务公开日”活动的通知\n\n"
    "各乡镇政府，县政府各部门：\n"
    "现将《关于开展第十七届“5·15政务公开日”活动的通知》转发给你们，请县发改局、县营商局、县工信局等"
    "附件1所列部门于5月11日16时前报送访谈材料，各单位于5月23日16时前报送活动总结及记录照片。"
)


def write_mail(plan: Plan, rng: random.Random) -> tuple[bytes, str, str, bool]:
    """Returns (raw, decoded subject, sender address, is_correction)."""
    unit = plan.unit
    options = plan.options
    outsider = options.get("outsider")
    unit_name = unit.name if unit else outsider[0]
    official = unit.official if unit else outsider[1]
    address = unit_address(unit, plan.client, rng, outsider="tjj")
    name = sender_name(unit_name, rng, options.get("personal"))
    sent_at = plan.received_at - dt.timedelta(seconds=rng.randrange(3, 70))
    if "clock_skew" in options:
        sent_at = plan.received_at + dt.timedelta(minutes=options["clock_skew"])
    attachments: list[Att] = []
    html_extra = ""
    quoted = ""
    correction = False
    photo_day = dt.datetime(2023, 5, rng.choice([15, 15, 16, 17]), rng.randrange(8, 11), rng.randrange(60),
                            rng.randrange(60))
    camera = rng.choice(CAMERAS)
    caption = f"第十七届“5·15政务公开日”活动 {unit_name}"

    def photos(count: int, heic: bool = False) -> list[Att]:
        out = []
        for n in range(count):
            taken = photo_day + dt.timedelta(minutes=3 * n, seconds=rng.randrange(60))
            if heic:
                data = make_photo(rng, caption, taken, ("Apple", "iPhone 12"), fmt="HEIC")
                out.append(Att(f"IMG_{rng.randrange(1000, 9999)}.HEIC", data, "image/heic", inline=True))
            else:
                data = make_photo(rng, caption, taken, camera)
                style = rng.random()
                if camera[0] in ("Canon",):
                    filename = f"IMG_{rng.randrange(1000, 9999)}.JPG"
                elif camera[0].startswith("NIKON"):
                    filename = f"DSC_{rng.randrange(1000, 9999)}.JPG"
                elif style < 0.25:
                    filename = f"活动照片{n + 1}.jpg"
                else:
                    filename = f"IMG_{taken:%Y%m%d_%H%M%S}.jpg"
                out.append(Att(filename, data, "image/jpeg"))
        return out

    if plan.kind in ("interview", "correction_interview"):
        leader = options.get("leader") or rng.choice(COMMON_NAMES)
        title = rng.choice(LEADER_TITLES) if unit.name != "生态环境局建昌分局" else "分局长"
        contact = rng.choice(COMMON_NAMES + RARE_NAMES[:2])
        tel = phone(rng)
        joint = options.get("joint")
        whose = "县农业农村局、县乡村振兴局" if joint else unit.official
        correction = plan.kind == "correction_interview"
        subject = (f"更正：{unit.name}“重要工作部门谈”访谈材料（以此为准）" if correction else rng.choice([
            f"{unit.name}“重要工作部门谈”访谈材料",
            f"{unit.name}5·15政务公开日访谈稿及访谈领导",
            f"报送：重要工作部门谈访谈材料（{unit.name}）",
            f"{unit.name}-部门谈访谈稿",
        ]))
        lines = ["县政府办：", f"现将{whose}“重要工作部门谈”活动有关材料报送如下："]
        if correction:
            lines = ["县政府办：", "因工作调整，我局访谈领导有变化，现重新报送访谈材料，之前发送的作废，以此为准。"]
        if not options.get("fields_in_doc_only"):
            lines.append(f"访谈领导：{leader}（{title}）")
            if not options.get("no_contact"):
                lines.append(f"联系人：{contact}    联系电话：{tel}")
        lines += ["访谈稿件详见附件。", "", f"{unit.name.lstrip('县')}办公室", f"{sent_at:%Y年%-m月%-d日}"]
        body = "\n".join(lines)
        doc_lines = interview_manuscript(unit, leader, title, rng)
        if options.get("fields_in_doc_only"):
            doc_lines += [f"访谈领导：{leader}（{title}）", f"联系人：{contact}，联系电话：{tel}"]
        doc = make_docx(f"{whose}“重要工作部门谈”访谈稿", doc_lines, [unit.official, f"{sent_at:%Y年%-m月%-d日}"],
                        contact, sent_at - dt.timedelta(hours=2))
        filename = rng.choice([f"{unit.name}访谈稿.docx", f"“重要工作部门谈”访谈稿（{unit.name}）.docx",
                               f"{unit.official}访谈稿件.docx"])
        if options.get("leader") == "朱镕峰":
            filename = f"{unit.name}访谈稿（朱镕峰）.docx"
        if correction:
            filename = f"{unit.name}访谈稿（更正版）.docx"
        attachments.append(Att(filename, doc, DOCX))
    elif plan.kind == "autoreply":
        subject = "自动回复：关于报送5·15政务公开日活动总结的提醒"
        body = "您好，您的来信已收到，我会尽快处理。\n此邮件为自动回复。"
    elif plan.kind == "photos_later":
        subject = rng.choice([f"补发照片--{unit_name}5·15活动", f"{unit_name}补发5·15政务公开日活动照片"])
        body = f"县政府办：\n前期报送的活动总结漏发了照片，现补发{options['photos']}张，请查收。\n{unit_name}"
        attachments += photos(options["photos"])
    else:  # summary / correction_summary
        correction = plan.kind == "correction_summary"
        subject = summary_subject(unit_name, rng)
        if correction:
            subject = f"更正：{unit_name}5·15政务公开日活动总结（以此为准）"
        if options.get("reply"):
            subject = "回复：关于开展第十七届“5·15政务公开日”活动的通知"
            quoted = NOTICE_QUOTE
        text_unit = unit or Unit(unit_name, "department", official, "")
        paragraphs = summary_paragraphs(text_unit, rng)
        if correction:
            paragraphs.insert(1, "（更正版：修改了活动数据，以此为准。）")
        signature = [official, f"{sent_at:%Y年%-m月%-d日}"]
        title = f"{official}关于开展第十七届“5·15政务公开日”活动的总结"
        doc_stem = rng.choice([f"{unit_name}5·15政务公开日活动总结", title, "活动总结",
                               f"{unit_name}政务公开日总结"])
        if correction:
            doc_stem = f"{unit_name}活动总结（更正版）"
        if options.get("personal"):
            doc_stem = f"{unit_name}政务公开日活动总结（{options['personal']}）"
        if plan.parts and "summary.report" in plan.parts:
            if options.get("pdf"):
                attachments.append(Att(f"{doc_stem}.pdf", make_scanned_pdf(rng, title, paragraphs, sent_at), "application/pdf"))
            else:
                data = make_docx(title, paragraphs, signature, name, sent_at - dt.timedelta(hours=3))
                ext = options.get("ext", ".docx")
                content_type = {".doc": "application/msword", ".wps": "application/kswps"}.get(ext, DOCX)
                att = Att(f"{doc_stem}{ext}", data, content_type)
                if options.get("raw_filename"):
                    att.raw_filename = att.filename.encode("gbk")
                attachments.append(att)
        count = options.get("photos", rng.randrange(2, 5))
        if "summary.photos" in plan.parts and count:
            if options.get("zip"):
                files = [(f"现场宣传照片{n + 1}.jpg", a.data) for n, a in enumerate(photos(count))]
                attachments.append(Att(f"{unit_name}活动照片.zip", zip_with_gbk_names(files, sent_at),
                                       "application/x-zip-compressed"))
            elif options.get("large_link"):
                expires = plan.received_at + dt.timedelta(days=15)
                token = hashlib.sha256(f"{unit_name}{rng.random()}".encode()).hexdigest()[:32]
                title_q = urllib.parse.quote(f"{unit_name}活动照片.zip")
                url = ("https://mail.163.com/large-attachment-download/index.html?p=X-NETEASE-HUGE-ATTACHMENT"
                       f"&amp;file={token}&amp;title={title_q}")
                html_extra = (
                    '<div style="clear:both;margin-top:20px;border:1px solid #ccc;padding:8px">'
                    '<div style="font-weight:bold">从网易163邮箱发来的超大附件</div>'
                    f'<div><a href="{url}" target="_blank">{unit_name}活动照片.zip</a>'
                    f' <span>(120.5M, {expires:%Y年%-m月%-d日 %H:%M} 到期)</span></div></div>'
                )
            elif options.get("outlook_inline"):
                attachments += [Att("image001.jpg", p.data, "image/jpeg", inline=True) for p in photos(1)]
                attachments += photos(count - 1)
            else:
                attachments += photos(count, heic=options.get("heic", False))
        lines = ["县政府办：", f"现将{official}第十七届“5·15政务公开日”活动总结及活动照片报送，请查收。"]
        if plan.parts == ("summary.report",) and plan.client != "webmail163":
            lines = ["县政府办：", f"现报送{unit_name}5·15政务公开日活动总结，照片随后补发。"]
        if plan.parts == ("summary.photos",):
            lines = ["政府办：", "先发几张活动照片，总结材料正在领导审核，随后报送。"]
        if options.get("large_link"):
            lines.append("照片较大，用超大附件发送，请在到期前下载。")
        if correction:
            lines = ["县政府办：", "昨天报送的活动总结数据有误，现重新报送，以此为准，请以本邮件为准。"]
        lines += ["", f"{unit_name}  {name}", f"联系电话：{phone(rng)}"]
        body = "\n".join(lines)
    draft = Draft(name, address, subject, body, sent_at, attachments, html_extra, quoted)
    if plan.kind == "autoreply":
        draft.extra_headers = ["Auto-Submitted: auto-replied", "X-Autoreply: yes", "Precedence: auto_reply",
                               "In-Reply-To: <reminder-20230522@jc7710089.163.com>"]
    if quoted:
        draft.extra_headers = ["In-Reply-To: <notice-20230505152000@163.com>",
                               "References: <notice-20230505152000@163.com>"]
    composer = COMPOSERS[plan.client]
    raw = composer(draft, rng)
    raw = received_header(plan.received_at, rng, address).encode() + raw
    return raw, subject, address, correction
