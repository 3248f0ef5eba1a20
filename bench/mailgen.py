"""A realistic mailbox for the benchmark, generated once and cached as Maildir files.

What units really send to the 5·15 mailbox: a summary (docx) with 1-4 phone
photos, sometimes everything in a zip, interview documents, and plain mails
(questions, replies, cloud-drive links). Photos are noise over gradients and
shapes so they do not compress to nothing, drawn from a pool of distinct
JPEGs; every copy gets its own EXIF block (camera, time, orientation, a unique
ImageUniqueID), so every mail's sha256 differs while generation stays fast.

Mails are CRLF Maildir files whose mtime is the INTERNALDATE Dovecot reports.
"""

from __future__ import annotations

import base64
import concurrent.futures
import dataclasses
import datetime as dt
import email.header
import email.utils
import hashlib
import io
import json
import os
import random
import struct
import zipfile
from pathlib import Path

POOL_SIZE = 50
MAILBOX_ADDRESS = "jc7710089@163.com"
CST = dt.timezone(dt.timedelta(hours=8))
FIRST_DAY = dt.datetime(2023, 5, 6, 8, 0, tzinfo=CST)
LAST_DAY = dt.datetime(2023, 5, 23, 18, 0, tzinfo=CST)
GENERATOR_VERSION = "3"  # bump when the mail format changes: invalidates caches
SMALL_VERSION = "2"  # the same for the small text mails

CAMERAS = [("HUAWEI", "ELE-AL00"), ("Xiaomi", "Redmi K40"), ("OPPO", "PDEM10"), ("vivo", "V2055A"),
           ("Apple", "iPhone 12"), ("Canon", "Canon EOS 80D"), ("NIKON CORPORATION", "NIKON D7500")]
MAIL_DOMAINS = ["163.com", "126.com", "qq.com", "sina.com", "139.com"]
ACTIVITY_WORDS = ["政务公开日活动现场", "政策宣讲", "群众咨询", "发放宣传资料", "入户走访", "座谈会", "公开栏更新"]

FALLBACK_UNITS = ["建昌镇", "八家子镇", "喇嘛洞镇", "药王庙镇", "汤神庙镇", "玲珑塔镇", "大屯镇", "石佛乡",
                  "县发改局", "县营商局", "县工信局", "县交通局", "县市场局", "县住建局", "县水利局", "县民政局"]
FALLBACK_INTERVIEW = ["县发改局", "县营商局", "县工信局", "县交通局", "县市场局", "县住建局", "县水利局", "县民政局"]


# ----- photos --------------------------------------------------------------------------


def _render_photo(seed: int) -> bytes:
    """One distinct JPEG of 0.3-1.5 MB: gradient sky/ground, blurred shapes, sensor noise."""
    import numpy as np
    from PIL import Image, ImageDraw, ImageFilter

    rnd = np.random.default_rng(seed)
    width, height = [(1600, 1200), (2048, 1536), (2560, 1920), (3000, 2250)][seed % 4]
    noise = 4 + (seed * 7) % 9
    y = np.linspace(0, 1, height)[:, None, None]
    x = np.linspace(0, 1, width)[None, :, None]
    c1, c2, c3 = (rnd.uniform(0, 255, 3) for _ in range(3))
    base = c1 * (1 - y) + c2 * y * (1 - x) + c3 * x * y
    img = Image.fromarray(base.astype(np.uint8))
    draw = ImageDraw.Draw(img)
    for _ in range(60):
        x0, y0 = int(rnd.integers(0, width)), int(rnd.integers(0, height))
        size = int(rnd.integers(20, width // 4))
        colour = tuple(int(v) for v in rnd.integers(0, 255, 3))
        box = [x0, y0, x0 + size, y0 + int(size * rnd.uniform(0.3, 2))]
        (draw.ellipse if rnd.random() < 0.5 else draw.rectangle)(box, fill=colour)
    img = img.filter(ImageFilter.GaussianBlur(2))
    noisy = np.asarray(img).astype(np.int16) + rnd.normal(0, noise, (height, width, 1)).astype(np.int16)
    img = Image.fromarray(np.clip(noisy, 0, 255).astype(np.uint8))
    out = io.BytesIO()
    img.save(out, "JPEG", quality=85)
    data = out.getvalue()
    if len(data) > 1_500_000:  # keep within the brief's 0.3-1.5 MB
        out = io.BytesIO()
        img.save(out, "JPEG", quality=75)
        data = out.getvalue()
    return data


def photo_pool(cache_dir: Path, size: int = POOL_SIZE) -> list[bytes]:
    return cached_pool(cache_dir / f"photo-pool-v{GENERATOR_VERSION}", size, _render_photo, ".jpg")


def cached_pool(folder: Path, size: int, render, suffix: str) -> list[bytes]:
    """render(0..size-1), rendered on every core on first use and kept in folder."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = [folder / f"{i:02d}{suffix}" for i in range(size)]
    missing = [i for i, p in enumerate(paths) if not p.exists()]
    if missing:
        with concurrent.futures.ProcessPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
            for i, data in zip(missing, pool.map(render, missing)):
                tmp = paths[i].with_suffix(".tmp")
                tmp.write_bytes(data)
                tmp.replace(paths[i])
    return [p.read_bytes() for p in paths]


def with_exif(jpeg: bytes, camera: tuple[str, str], taken: dt.datetime, orientation: int, unique: str) -> bytes:
    """The pool JPEG with a fresh EXIF APP1 segment right after SOI."""
    from PIL import Image

    exif = Image.Exif()
    exif[0x010F], exif[0x0110] = camera
    exif[0x0112] = orientation
    exif[0x0132] = taken.strftime("%Y:%m:%d %H:%M:%S")
    sub = exif.get_ifd(0x8769)
    sub[0x9003] = taken.strftime("%Y:%m:%d %H:%M:%S")
    sub[0xA420] = unique  # ImageUniqueID
    payload = exif.tobytes()
    segment = b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload
    return jpeg[:2] + segment + jpeg[2:]


# ----- documents -----------------------------------------------------------------------


def make_docx(title: str, paragraphs: list[str]) -> bytes:
    import docx

    document = docx.Document()
    document.add_heading(title, level=1)
    for text in paragraphs:
        document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return with_fixed_times(out.getvalue())


def with_fixed_times(package: bytes) -> bytes:
    """The zip again with every member dated 2023-05-15, so the same document is the same bytes
    (python-docx stamps its members with the time of saving)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(package)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(zipfile.ZipInfo(info.filename, date_time=(2023, 5, 15, 0, 0, 0)), source.read(info),
                            compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def make_zip(members: list[tuple[str, bytes]]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for name, data in members:  # dated, not stamped with the time of writing: the same bytes every time
            archive.writestr(zipfile.ZipInfo(name, date_time=(2023, 5, 15, 0, 0, 0)), data,
                             compress_type=zipfile.ZIP_DEFLATED, compresslevel=1)
    return out.getvalue()


# ----- MIME ----------------------------------------------------------------------------


def _encoded_word(text: str, charset: str = "utf-8") -> str:
    return email.header.Header(text, charset).encode(maxlinelen=998)


def _b64_lines(data: bytes) -> bytes:
    return base64.encodebytes(data).replace(b"\n", b"\r\n")


@dataclasses.dataclass
class Part:
    filename: str
    content_type: str
    data: bytes


def build_mail(
    *,
    from_name: str,
    from_addr: str,
    subject: str,
    body: str,
    date: dt.datetime,
    message_id: str,
    attachments: list[Part],
    charset: str = "utf-8",
) -> bytes:
    """A mail as 163 webmail writes it: multipart/mixed, text+html alternative, base64 parts."""
    boundary = "----=_Part_" + hashlib.sha1(message_id.encode()).hexdigest()[:20]
    alt = "----=_Alt_" + hashlib.sha1(message_id.encode()).hexdigest()[20:36]
    html = "<div>" + "</div><div>".join(body.splitlines()) + "</div>"
    lines = [
        f"Received: from {from_addr.split('@')[1]} (unknown [10.0.0.1]) by mx.163.com; {email.utils.format_datetime(date)}",
        f"From: {_encoded_word(from_name, charset)} <{from_addr}>",
        f"To: {MAILBOX_ADDRESS}",
        f"Subject: {_encoded_word(subject, charset)}",
        f"Date: {email.utils.format_datetime(date)}",
        f"Message-ID: <{message_id}>",
        "X-Mailer: Coremail Webmail Server Version XT5.0.13",
        "MIME-Version: 1.0",
        f'Content-Type: multipart/mixed; boundary="{boundary}"',
        "",
        f"--{boundary}",
        f'Content-Type: multipart/alternative; boundary="{alt}"',
        "",
        f"--{alt}",
        f"Content-Type: text/plain; charset={charset.upper()}",
        "Content-Transfer-Encoding: base64",
        "",
    ]
    out = io.BytesIO()
    out.write("\r\n".join(lines).encode("ascii") + b"\r\n")
    out.write(_b64_lines(body.encode(charset)))
    out.write(f"\r\n--{alt}\r\nContent-Type: text/html; charset={charset.upper()}\r\n"
              f"Content-Transfer-Encoding: base64\r\n\r\n".encode("ascii"))
    out.write(_b64_lines(html.encode(charset)))
    out.write(f"\r\n--{alt}--\r\n".encode("ascii"))
    for part in attachments:
        name = _encoded_word(part.filename, charset)
        out.write(
            f'\r\n--{boundary}\r\nContent-Type: {part.content_type}; name="{name}"\r\n'
            f'Content-Transfer-Encoding: base64\r\nContent-Disposition: attachment; filename="{name}"\r\n\r\n'.encode("ascii")
        )
        out.write(_b64_lines(part.data))
    out.write(f"\r\n--{boundary}--\r\n".encode("ascii"))
    return out.getvalue()


# ----- the mailbox ---------------------------------------------------------------------


def _units() -> tuple[list[str], list[str]]:
    try:
        from collector.campaign import load_campaigns

        campaign = load_campaigns(None)[0]
        interview = next(r.units for r in campaign.requirements if r.id == "interview")
        return [u.name for u in campaign.units], list(interview)
    except Exception:  # noqa: BLE001 - the bench must not depend on the campaign API
        return FALLBACK_UNITS, FALLBACK_INTERVIEW


@dataclasses.dataclass
class Sender:
    unit: str
    name: str
    address: str


def _senders(rnd: random.Random) -> list[Sender]:
    units, _ = _units()
    senders = []
    for i, unit in enumerate(units):
        domain = MAIL_DOMAINS[i % len(MAIL_DOMAINS)]
        local = f"jc{hashlib.md5(unit.encode()).hexdigest()[:6]}{i}" if domain != "qq.com" else str(10_000_000 + i * 7919)
        senders.append(Sender(unit, unit + rnd.choice(["", "办公室", "党政办", "综合股"]), f"{local}@{domain}"))
    return senders


def _received_at(index: int, count: int) -> dt.datetime:
    span = (LAST_DAY - FIRST_DAY).total_seconds()
    return FIRST_DAY + dt.timedelta(seconds=int(span * index / max(count, 1)))


class MailFactory:
    """Deterministic mails from a seed; photos come from the shared pool."""

    def __init__(self, pool: list[bytes], seed: int = 515):
        self.pool = pool
        self.rnd = random.Random(seed)
        self.senders = _senders(self.rnd)
        self.interview_units = set(_units()[1])

    def _photo(self, index: int, n: int, when: dt.datetime) -> bytes:
        jpeg = self.rnd.choice(self.pool)
        taken = when - dt.timedelta(hours=self.rnd.randint(2, 96), minutes=self.rnd.randint(0, 59))
        orientation = 6 if self.rnd.random() < 0.3 else 1
        return with_exif(jpeg, self.rnd.choice(CAMERAS), taken, orientation, f"bench-{index:06d}-{n:02d}")

    def _summary_docx(self, sender: Sender, index: int) -> bytes:
        activity = "、".join(self.rnd.sample(ACTIVITY_WORDS, 3))
        return make_docx(
            f"{sender.unit}第十七届“5·15政务公开日”活动总结",
            [
                f"按照县政府办公室通知要求，{sender.unit}于5月15日开展了政务公开日活动。",
                f"活动内容包括{activity}，共接待群众{self.rnd.randint(20, 300)}人次，发放资料{self.rnd.randint(50, 900)}份。",
                f"联系人：{self.rnd.choice('王李张刘陈杨赵黄')}{self.rnd.choice(['伟', '芳', '磊', '静', '强'])}，"
                f"电话：13{self.rnd.randint(100000000, 999999999)}。编号 {index}。",
            ],
        )

    def mail(self, index: int, count: int, kind: str | None = None) -> tuple[bytes, dt.datetime]:
        when = _received_at(index, count)
        sender = self.rnd.choice(self.senders)
        kind = kind or self.rnd.choices(["photos", "zip", "interview", "plain"], [60, 5, 20, 15])[0]
        if kind == "interview" and sender.unit not in self.interview_units:
            sender = self.rnd.choice([s for s in self.senders if s.unit in self.interview_units] or self.senders)
        attachments: list[Part] = []
        if kind == "photos":
            subject = f"{sender.unit}5·15政务公开日活动总结及照片"
            body = f"您好：\n附件是{sender.unit}政务公开日活动总结和活动照片，请查收。\n{sender.name}"
            attachments.append(Part(f"{sender.unit}政务公开日活动总结.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", self._summary_docx(sender, index)))
            for n in range(self.rnd.choices([1, 2, 3, 4], [45, 30, 15, 10])[0]):
                attachments.append(Part(f"活动照片{n + 1}.jpg", "image/jpeg", self._photo(index, n, when)))
        elif kind == "zip":
            subject = f"{sender.unit}政务公开日材料（压缩包）"
            body = f"材料较多，已打包，请查收。\n{sender.name}"
            members = [(f"{sender.unit}/照片/IMG_{index:04d}{n:02d}.jpg", self._photo(index, n, when)) for n in range(self.rnd.randint(3, 5))]
            members.append((f"{sender.unit}/活动总结.docx", self._summary_docx(sender, index)))
            attachments.append(Part(f"{sender.unit}政务公开日材料.zip", "application/zip", make_zip(members)))
        elif kind == "interview":
            leader = self.rnd.choice("王李张刘陈杨赵黄") + self.rnd.choice(["建国", "海军", "丽华", "志强"])
            subject = f"{sender.unit}“重要工作部门谈”访谈材料"
            body = f"访谈领导：{leader}局长\n联系人电话：13{self.rnd.randint(100000000, 999999999)}\n访谈稿件见附件。"
            attachments.append(Part(f"{sender.unit}访谈稿.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                    make_docx(f"{sender.unit}访谈稿", [f"主持人：请{leader}局长介绍今年的重点工作。", f"{leader}：今年我们重点做好……（编号 {index}）"])))
        else:
            subject = self.rnd.choice(["请问活动总结什么时候报送", "回复：关于政务公开日的通知", "照片太大，网盘链接"])
            body = f"您好，{sender.unit}想确认一下报送要求。\n编号 {index}\n"
            if "网盘" in subject:
                body += "链接: https://pan.baidu.com/s/1AbCdEfGhIjK 提取码: 8x7q\n"
        raw = build_mail(
            from_name=sender.name, from_addr=sender.address, subject=subject, body=body,
            date=when - dt.timedelta(seconds=self.rnd.randint(5, 600)),
            message_id=f"bench.{index}.{self.rnd.getrandbits(40):x}@{sender.address.split('@')[1]}",
            attachments=attachments, charset=self.rnd.choice(["utf-8", "utf-8", "gbk"]),
        )
        return raw, when

    def small_mail(self, index: int, count: int) -> tuple[bytes, dt.datetime]:
        """A few-KB text mail (for the 10,000-mail idle poll)."""
        when = _received_at(index, count)
        sender = self.senders[index % len(self.senders)]
        raw = build_mail(
            from_name=sender.name, from_addr=sender.address, subject=f"{sender.unit}政务公开日问题咨询 {index}",
            body=f"您好，请问报送要求。编号 {index}\n" + "政务公开。" * self.rnd.randint(2, 40),
            date=when, message_id=f"small.{index}@{sender.address.split('@')[1]}", attachments=[],
        )
        return raw, when


# ----- Maildir cache -------------------------------------------------------------------


def maildir_name(index: int, when: dt.datetime, size: int) -> str:
    return f"{int(when.timestamp())}.M{index:06d}P1.bench,S={size},W={size}:2,"


def write_maildir_file(cur: Path, index: int, raw: bytes, when: dt.datetime) -> Path:
    path = cur / maildir_name(index, when, len(raw))
    path.write_bytes(raw)
    os.utime(path, (when.timestamp(), when.timestamp()))
    return path


def big_mail(factory: MailFactory, index: int) -> tuple[bytes, dt.datetime]:
    """One mail with a ~50 MB zip of photos (what a town sends when it zips a day's pictures)."""
    when = dt.datetime(2023, 5, 20, 10, 0, tzinfo=CST)
    members, size, n = [], 0, 0
    while size < 50 * 1024 * 1024:
        photo = factory._photo(index, n, when)
        members.append((f"照片/IMG_{n:04d}.jpg", photo))
        size += len(photo)
        n += 1
    data = make_zip(members)
    raw = build_mail(
        from_name="建昌镇党政办", from_addr="jcz515@163.com", subject="建昌镇政务公开日全部照片",
        body="全部照片打包发送，请查收。", date=when, message_id=f"big.{index}@163.com",
        attachments=[Part("建昌镇政务公开日照片.zip", "application/zip", data)],
    )
    return raw, when


def mailbox_stats(cur: Path) -> dict:
    manifest = json.loads((cur.parent / "manifest.json").read_text())
    sizes = [p.stat().st_size for p in cur.iterdir()]
    return {"count": manifest["count"], "bytes": manifest["bytes"], "largest": max(sizes, default=0),
            "photo_bytes": manifest.get("photo_bytes", 0)}
