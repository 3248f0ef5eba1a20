import io
import struct
import zlib

import imagehash
import pytest
from conftest import ASSETS
from PIL import Image

from collector.parsers import parse_message
from collector.parsers.photos import THUMB_MAX, PhotoProblem, photo_info


def test_jpeg_exif_time_camera_and_orientation_corrected_size():
    info = photo_info((ASSETS / "photo_rotated.jpg").read_bytes())
    assert info.taken_at == "2023-05-15T09:30:12"
    assert info.camera == "HUAWEI P40"
    assert (info.width, info.height) == (600, 800)  # stored 800x600 with orientation 6


def test_thumbnail_is_small_upright_jpeg():
    info = photo_info((ASSETS / "photo_rotated.jpg").read_bytes())
    thumb = Image.open(io.BytesIO(info.thumbnail))
    assert thumb.format == "JPEG"
    assert max(thumb.size) <= THUMB_MAX
    assert thumb.size[1] > thumb.size[0]  # portrait, like the corrected photo
    assert len(info.thumbnail) < 40_000


def test_heic_exif_and_size():
    info = photo_info((ASSETS / "IMG_0001.heic").read_bytes())
    assert (info.width, info.height) == (640, 480)
    assert info.taken_at == "2023-05-15T10:02:45"
    assert info.camera == "Apple iPhone 13"
    assert Image.open(io.BytesIO(info.thumbnail)).format == "JPEG"


def test_heic_with_embedded_thumbnail_is_read_from_the_thumbnail():
    data = (ASSETS / "IMG_0002_thumb.heic").read_bytes()
    fast = photo_info(data)
    assert (fast.width, fast.height) == (900, 1200)  # rotated like the viewer shows it
    assert fast.taken_at == "2023-05-15T10:05:00" and fast.camera == "Apple iPhone 14 Pro"
    thumb = Image.open(io.BytesIO(fast.thumbnail))
    assert thumb.size[1] > thumb.size[0]
    full = Image.open(io.BytesIO(data))
    out = io.BytesIO()
    full.convert("RGB").save(out, "JPEG")
    slow = photo_info(out.getvalue())
    assert imagehash.hex_to_hash(fast.phash) - imagehash.hex_to_hash(slow.phash) <= 6


def test_png_without_exif():
    info = photo_info((ASSETS / "photo.png").read_bytes())
    assert (info.width, info.height, info.taken_at, info.camera) == (640, 480, None, None)


def _resized(data: bytes, size, fmt="JPEG") -> bytes:
    img = Image.open(io.BytesIO(data)).convert("RGB").resize(size)
    out = io.BytesIO()
    img.save(out, fmt, quality=60)
    return out.getvalue()


def test_same_photo_resized_has_close_phash_and_other_photo_does_not():
    original = (ASSETS / "photo.png").read_bytes()
    smaller = _resized(original, (320, 240))
    webp = _resized(original, (1280, 960), "WEBP")
    other = _resized((ASSETS / "photo.png").read_bytes(), (640, 480))
    other_img = Image.open(io.BytesIO(other)).transpose(Image.Transpose.FLIP_TOP_BOTTOM)
    buf = io.BytesIO()
    other_img.save(buf, "JPEG")
    h0 = imagehash.hex_to_hash(photo_info(original).phash)
    assert h0 - imagehash.hex_to_hash(photo_info(smaller).phash) <= 6
    assert h0 - imagehash.hex_to_hash(photo_info(webp).phash) <= 6
    assert h0 - imagehash.hex_to_hash(photo_info(buf.getvalue()).phash) > 12


def _png_header_only(width: int, height: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + chunk(b"IEND", b"")


@pytest.mark.parametrize("side", [10_000, 40_000])  # above the warning and above the error limit
def test_decompression_bomb_refused(side):
    with pytest.raises(PhotoProblem, match="过大"):
        photo_info(_png_header_only(side, side))


def test_bomb_in_a_mail_is_a_problem_not_a_crash():
    import base64

    bomb = base64.encodebytes(_png_header_only(40_000, 40_000))
    raw = (b"From: a@b.cn\r\nSubject: x\r\nContent-Type: multipart/mixed; boundary=B\r\n\r\n--B\r\n"
           b"Content-Type: image/png; name=big.png\r\nContent-Transfer-Encoding: base64\r\n\r\n" + bomb + b"--B--\r\n")
    (attachment,) = parse_message(raw).attachments
    assert attachment.kind == "photo" and attachment.photo is None
    assert "过大" in attachment.problem


def test_truncated_photo_is_a_problem():
    data = (ASSETS / "photo_rotated.jpg").read_bytes()[:2000]
    with pytest.raises(PhotoProblem):
        info = photo_info(data)
        assert info  # Pillow may read a truncated JPEG header; decoding must fail
