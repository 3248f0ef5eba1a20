"""Photos as units' phones really send them (team issue #16).

Three kinds, each drawn from a small cached pool and made unique per copy:
  - phone JPEG: 12 MP (4032x3024), 2-5 MB, full of sensor noise, with the EXIF
    block phones write: IFD0 (make, model, orientation, time), the Exif IFD
    (DateTimeOriginal, ImageUniqueID) and IFD1 holding an embedded JPEG preview
    (160x120 on iPhones, 320x240 or 512x384 on Android phones);
  - phone HEIC: the same scene as HEVC with a thumbnail item and EXIF, as iPhones
    write it (the per-copy time and id are patched into a fixed-length
    placeholder, so the pool is encoded once);
  - recompressed: what WeChat or QQ hand on, 1280 px on the long side, quality
    90, no EXIF and no preview.
"""

from __future__ import annotations

import datetime as dt
import io
import struct
from pathlib import Path

from bench import mailgen

PHONE_SIZE = (4032, 3024)
RECOMPRESSED_SIDE = 1280
PREVIEW_SIZES = {"Apple": (160, 120), "HUAWEI": (512, 384), "Xiaomi": (320, 240), "OPPO": (320, 240), "vivo": (512, 384)}
PHONES = [("HUAWEI", "ELE-AL00"), ("Xiaomi", "Redmi K40"), ("OPPO", "PDEM10"), ("vivo", "V2055A"), ("Apple", "iPhone 12")]
POOL_VERSION = "1"
MAILBOX_VERSION = "2"  # bump when the mails change (the pools are kept)
JPEG_POOL, HEIC_POOL = 10, 4
_TIME_PLACEHOLDER = b"1999:01:01 00:00:00"
_ID_PLACEHOLDER = b"#" * 32


def render_scene(seed: int, size: tuple[int, int] = PHONE_SIZE):
    """A noisy 12 MP scene: gradient, blurred shapes, per-channel sensor noise."""
    import numpy as np
    from PIL import Image, ImageDraw, ImageFilter

    rnd = np.random.default_rng(10_000 + seed)
    width, height = size
    small = (width // 4, height // 4)  # shapes drawn at 1/4 and scaled up: soft edges like a phone lens
    y = np.linspace(0, 1, small[1])[:, None, None]
    x = np.linspace(0, 1, small[0])[None, :, None]
    c1, c2, c3 = (rnd.uniform(0, 255, 3) for _ in range(3))
    img = Image.fromarray((c1 * (1 - y) + c2 * y * (1 - x) + c3 * x * y).astype(np.uint8))
    draw = ImageDraw.Draw(img)
    for _ in range(80):
        x0, y0 = int(rnd.integers(0, small[0])), int(rnd.integers(0, small[1]))
        side = int(rnd.integers(8, small[0] // 4))
        colour = tuple(int(v) for v in rnd.integers(0, 255, 3))
        box = [x0, y0, x0 + side, y0 + int(side * rnd.uniform(0.3, 2))]
        (draw.ellipse if rnd.random() < 0.5 else draw.rectangle)(box, fill=colour)
    img = img.filter(ImageFilter.GaussianBlur(1)).resize(size, Image.Resampling.BILINEAR)
    sigma = 5 + seed % 4
    noisy = np.asarray(img).astype(np.int16) + rnd.normal(0, sigma, (height, width, 3)).astype(np.int16)
    return Image.fromarray(np.clip(noisy, 0, 255).astype(np.uint8))


def _jpeg(img, quality: int) -> bytes:
    out = io.BytesIO()
    img.save(out, "JPEG", quality=quality)
    return out.getvalue()


def preview_jpeg(img, size: tuple[int, int]) -> bytes:
    """The IFD1 preview: small enough for the 64 KB APP1 segment."""
    from PIL import Image

    small = img.resize(size, Image.Resampling.BILINEAR)
    for quality in (85, 75, 60, 40):
        data = _jpeg(small, quality)
        if len(data) < 48_000:
            return data
    return data


# ----- EXIF as phones write it -------------------------------------------------------------

def _ascii(text: str | bytes) -> tuple[int, int, bytes]:
    value = (text.encode() if isinstance(text, str) else text) + b"\0"
    return 2, len(value), value


def _ifd(entries: dict[int, tuple[int, int, bytes]], at: int, next_ifd: int) -> bytes:
    """One little-endian TIFF IFD at offset `at`, its long values right after it."""
    head = struct.pack("<H", len(entries))
    data = b""
    data_at = at + 2 + 12 * len(entries) + 4
    for tag in sorted(entries):
        kind, count, value = entries[tag]
        if len(value) <= 4:
            field = value.ljust(4, b"\0")
        else:
            field = struct.pack("<I", data_at + len(data))
            data += value + b"\0" * (len(value) % 2)
        head += struct.pack("<HHI", tag, kind, count) + field
    return head + struct.pack("<I", next_ifd) + data


def exif_tiff(camera: tuple[str, str], taken: bytes, orientation: int, unique: bytes, preview: bytes | None) -> bytes:
    """The TIFF body of an EXIF block: IFD0, the Exif IFD and (with a preview) IFD1."""
    short = lambda v: (3, 1, struct.pack("<H", v))  # noqa: E731
    long_ = lambda v: (4, 1, struct.pack("<I", v))  # noqa: E731
    ifd0 = {0x010F: _ascii(camera[0]), 0x0110: _ascii(camera[1]), 0x0112: short(orientation),
            0x0132: _ascii(taken), 0x8769: long_(0)}
    sub = {0x9003: _ascii(taken), 0x9004: _ascii(taken), 0xA420: _ascii(unique)}
    ifd0_len = len(_ifd(ifd0, 8, 0))
    sub_at = 8 + ifd0_len
    sub_len = len(_ifd(sub, sub_at, 0))
    ifd1_at = sub_at + sub_len
    ifd0[0x8769] = long_(sub_at)
    tiff = b"II*\x00" + struct.pack("<I", 8) + _ifd(ifd0, 8, ifd1_at if preview else 0) + _ifd(sub, sub_at, 0)
    if preview:
        ifd1 = {0x0103: short(6), 0x0201: long_(0), 0x0202: long_(len(preview))}
        thumb_at = ifd1_at + len(_ifd(ifd1, ifd1_at, 0))
        ifd1[0x0201] = long_(thumb_at)
        tiff += _ifd(ifd1, ifd1_at, 0) + preview
    return tiff


def with_phone_exif(jpeg: bytes, camera: tuple[str, str], taken: dt.datetime, orientation: int,
                    unique: str, preview: bytes | None) -> bytes:
    """The JPEG with an APP1 EXIF segment (and its preview) right after SOI, as phones put it."""
    payload = b"Exif\0\0" + exif_tiff(camera, taken.strftime("%Y:%m:%d %H:%M:%S").encode(), orientation,
                                      unique.encode()[:32], preview)
    return jpeg[:2] + b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload + jpeg[2:]


# ----- the pools -----------------------------------------------------------------------------

def _render_jpeg(seed: int) -> bytes:
    """Pool entry: the phone JPEG (2-5 MB, no EXIF yet) and its preview, length-prefixed."""
    img = render_scene(seed)
    data = b""
    for quality in (95, 93, 90, 87, 84, 80):
        data = _jpeg(img, quality)
        if len(data) <= 5_000_000:
            break
    camera = PHONES[seed % len(PHONES)]
    preview = preview_jpeg(img, PREVIEW_SIZES[camera[0]])
    return struct.pack(">I", len(preview)) + preview + data


def _render_heic(seed: int) -> bytes:
    import pillow_heif

    img = render_scene(100 + seed)
    exif = b"Exif\0\0" + exif_tiff(("Apple", "iPhone 13"), _TIME_PLACEHOLDER, 1, _ID_PLACEHOLDER, None)
    heif = pillow_heif.from_pillow(img)
    out = io.BytesIO()
    heif.save(out, format="HEIF", quality=60, exif=exif, thumbnails=[320])
    return out.getvalue()


def _render_recompressed(seed: int) -> bytes:
    from PIL import Image

    img = render_scene(200 + seed)
    img.thumbnail((RECOMPRESSED_SIDE, RECOMPRESSED_SIDE), Image.Resampling.BILINEAR)
    return _jpeg(img, 90)


def _pool(cache_dir: Path, kind: str, count: int, render) -> list[bytes]:
    return mailgen.cached_pool(cache_dir / f"phone-pool-v{POOL_VERSION}" / kind, count, render, ".bin")


class PhonePhotos:
    """Unique copies of the pools' photos, deterministic for a given draw order."""

    def __init__(self, cache_dir: Path):
        self.jpegs = [_split_jpeg(e) for e in _pool(cache_dir, "jpeg", JPEG_POOL, _render_jpeg)]
        self.heics = _pool(cache_dir, "heic", HEIC_POOL, _render_heic)
        self.recompressed = _pool(cache_dir, "recompressed", JPEG_POOL, _render_recompressed)

    def jpeg(self, rnd, taken: dt.datetime, unique: str) -> bytes:
        index = rnd.randrange(len(self.jpegs))
        preview, data = self.jpegs[index]
        camera = PHONES[index % len(PHONES)]
        orientation = 6 if rnd.random() < 0.4 else 1
        return with_phone_exif(data, camera, taken, orientation, unique, preview)

    def heic(self, rnd, taken: dt.datetime, unique: str) -> bytes:
        data = rnd.choice(self.heics)
        stamp = taken.strftime("%Y:%m:%d %H:%M:%S").encode()
        return data.replace(_TIME_PLACEHOLDER, stamp).replace(_ID_PLACEHOLDER, unique.encode()[:32].ljust(32, b"-"))

    def recompressed_copy(self, rnd, unique: str) -> bytes:
        """No EXIF; a comment segment keeps every copy's bytes distinct."""
        data = rnd.choice(self.recompressed)
        comment = unique.encode()
        return data[:2] + b"\xff\xfe" + struct.pack(">H", len(comment) + 2) + comment + data[2:]


def _split_jpeg(entry: bytes) -> tuple[bytes, bytes]:
    (length,) = struct.unpack(">I", entry[:4])
    return entry[4:4 + length], entry[4 + length:]


# ----- the mails -----------------------------------------------------------------------------

PHOTOS_PER_PHONE_MAIL = ([1, 2, 3, 5, 8, 12], [20, 20, 20, 20, 12, 8])  # 12 x 4 MB: 163's 50 MB attachment limit


def phone_mail(factory, photos: PhonePhotos, index: int, count: int) -> tuple[bytes, dt.datetime, int]:
    """One mail of the phone-photo mailbox and the bytes of the photos in it:
    photos straight from a phone (JPEG or HEIC), photos passed through WeChat,
    and the usual interview and plain mails."""
    rnd = factory.rnd
    kind = rnd.choices(["phone", "wechat", "interview", "plain"], [65, 20, 10, 5])[0]
    if kind in ("interview", "plain"):
        raw, when = factory.mail(index, count, kind)
        return raw, when, 0
    when = mailgen._received_at(index, count)
    sender = rnd.choice(factory.senders)
    attachments: list[mailgen.Part] = []
    if rnd.random() < 0.5:
        attachments.append(mailgen.Part(f"{sender.unit}政务公开日活动总结.docx",
                                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                        factory._summary_docx(sender, index)))
    n = rnd.choices(*PHOTOS_PER_PHONE_MAIL)[0] if kind == "phone" else rnd.randint(5, 20)
    for k in range(n):
        taken = when - dt.timedelta(hours=rnd.randint(2, 96), minutes=rnd.randint(0, 59))
        unique = f"phone-{index:05d}-{k:02d}"
        if kind == "wechat":
            name, ctype, data = f"mmexport{1684000000000 + index * 1000 + k}.jpg", "image/jpeg", photos.recompressed_copy(rnd, unique)
        elif rnd.random() < 0.3:
            name, ctype, data = f"IMG_{index:04d}{k:02d}.HEIC", "image/heic", photos.heic(rnd, taken, unique)
        else:
            name, ctype, data = f"IMG_20230515_{index:04d}{k:02d}.jpg", "image/jpeg", photos.jpeg(rnd, taken, unique)
        attachments.append(mailgen.Part(name, ctype, data))
    subject = f"{sender.unit}5·15政务公开日活动照片" + ("（微信转发）" if kind == "wechat" else "")
    raw = mailgen.build_mail(
        from_name=sender.name, from_addr=sender.address, subject=subject,
        body=f"您好：\n附件是{sender.unit}政务公开日活动照片{n}张，请查收。\n{sender.name}",
        date=when - dt.timedelta(seconds=rnd.randint(5, 600)),
        message_id=f"phone.{index}.{rnd.getrandbits(40):x}@{sender.address.split('@')[1]}",
        attachments=attachments, charset=rnd.choice(["utf-8", "gbk"]),
    )
    photo_bytes = sum(len(p.data) for p in attachments if p.content_type.startswith("image/"))
    return raw, when, photo_bytes
